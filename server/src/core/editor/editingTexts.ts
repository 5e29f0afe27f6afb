// Looks up the texts of the editor features by language and fills in `{name}` placeholders.
import type { Language } from '../model';
import { EDITING_TEXTS_DE } from './editingTexts.de';
import { EDITING_TEXTS_EN, type EditingTextKey } from './editingTexts.en';

export type { EditingTextKey } from './editingTexts.en';

/** Both tables, exported for the test that checks they cover the same keys. */
export const EDITING_TEXTS: Readonly<Record<Language, Record<EditingTextKey, string>>> = { de: EDITING_TEXTS_DE, en: EDITING_TEXTS_EN };

/** The text `key` in `language` with every `{name}` replaced from `args` (a missing argument becomes `…`). */
export function say(language: Language, key: EditingTextKey, args: Readonly<Record<string, string | number>> = {}): string {
  const template = (EDITING_TEXTS[language] ?? EDITING_TEXTS_EN)[key] ?? key;
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => (Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : '…'));
}
