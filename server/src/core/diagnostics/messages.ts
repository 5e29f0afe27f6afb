// Localized diagnostic messages: picks the table for a language, fills in a finding's arguments, adds the did-you-mean.
import type { Language, Problem } from '../model';
import { CANONICAL_HEADINGS } from '../syntax';
import { MESSAGES_DE } from './messages.de';
import { MESSAGES_EN } from './messages.en';
import type { MessageTable } from './messageTable';

export type { MessageTable } from './messageTable';

/** The message tables by language, exported for tests that check their completeness. */
export const MESSAGE_TABLES: Readonly<Record<Language, MessageTable>> = { de: MESSAGES_DE, en: MESSAGES_EN };

/** Shown for an argument a finding lacks, so a template never shows a raw `{name}`. */
const MISSING_ARG = '…';

/** Replaces every `{name}` in one pass, so braces inside an argument's value are left alone. */
function fill(template: string, args: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(args, name) ? args[name] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : MISSING_ARG;
  });
}

/** What a message is made of: a problem's code, arguments and suggestion (its range and severity play no part). */
export type MessageSource = Pick<Problem, 'code' | 'args' | 'suggestion'>;

/**
 * `{section}` and `{none}` for a problem that names a section by its kind (see headingArgs): in the
 * protocol's own language when it has one, else in the message's.
 */
function headingWords(args: Problem['args'] | undefined, lang: Language): Record<string, string> {
  const kind = args?.sectionKind;
  if (kind !== 'findings' && kind !== 'nextSteps') return {};
  const language: Language = args?.headingLanguage === 'de' || args?.headingLanguage === 'en' ? args.headingLanguage : lang;
  return { section: CANONICAL_HEADINGS[language][kind], none: language === 'de' ? 'keine' : 'none' };
}

/** The template for a problem: its variant's wording if the table has one, else the code's. */
function templateFor(table: MessageTable, problem: MessageSource): string | undefined {
  const variant = problem.args?.variant;
  const messages = table.messages as Record<string, string | undefined>;
  if (variant !== undefined) {
    const specific = messages[`${problem.code}/${variant}`];
    if (specific !== undefined) return specific;
  }
  return messages[problem.code];
}

/**
 * The user-visible message for `problem` in `lang`, with its arguments filled in and, when the
 * problem has a suggestion, a "Meinten Sie …?" / "Did you mean …?" sentence appended.
 * Never throws: an unknown code yields the code itself, a missing argument an ellipsis.
 */
export function formatMessage(problem: MessageSource, lang: Language): string {
  const table = MESSAGE_TABLES[lang] ?? MESSAGES_EN;
  const template = templateFor(table, problem);
  if (template === undefined) return String(problem.code);
  const args = { ...(problem.args ?? {}), ...headingWords(problem.args, lang), suggestion: problem.suggestion ?? '' };
  const message = fill(template, args);
  if (!problem.suggestion) return message;
  const hint = table.suggestions[problem.code] ?? table.suggestions.default;
  return hint === '' ? message : `${message} ${fill(hint, args)}`;
}

/**
 * The message language for a locale tag: `de`, `de-DE`, `de_AT`, `de_DE.UTF-8` → `'de'`;
 * anything else, and no tag at all, → `'en'`.
 */
export function resolveLanguage(tag: string | undefined): Language {
  return typeof tag === 'string' && /^\s*de(?![a-z])/iu.test(tag) ? 'de' : 'en';
}
