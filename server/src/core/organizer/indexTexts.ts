// The texts of the workspace index's progress indicator, in German and English.
import type { Language } from '../model';

/** Both languages, exported for the test that checks they cover the same keys. */
export const INDEX_TEXTS: Readonly<Record<Language, { title: string; progress: (done: number, total: number) => string }>> = {
  de: { title: 'Barcamp-Protokolle einlesen', progress: (done, total) => `${done} von ${total} Protokollen` },
  en: { title: 'Reading barcamp protocols', progress: (done, total) => `${done} of ${total} protocols` },
};

/** The progress title and message of the workspace index in `language`. */
export function indexTexts(language: Language): (typeof INDEX_TEXTS)['en'] {
  return INDEX_TEXTS[language] ?? INDEX_TEXTS.en;
}
