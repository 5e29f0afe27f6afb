// The review statuses as documenters and organizers write them: English or German words, any case.
import type { ReviewStatus } from '../model';

/** Every word read as a status; the first of each status is how the language writes it. */
export const STATUS_WORDS: Readonly<Record<'de' | 'en', Readonly<Record<ReviewStatus, string>>>> = {
  de: { draft: 'Entwurf', reviewed: 'geprüft', approved: 'freigegeben' },
  en: { draft: 'draft', reviewed: 'reviewed', approved: 'approved' },
};

const BY_WORD = new Map<string, ReviewStatus>([
  ...(Object.values(STATUS_WORDS).flatMap((words) => Object.entries(words).map(([status, word]) => [word.toLowerCase(), status])) as Array<[string, ReviewStatus]>),
  // Typed without the umlaut.
  ['geprueft', 'reviewed'],
]);

/** The status a value names, or undefined for anything else (a number, an unknown word). */
export function readReviewStatus(value: unknown): ReviewStatus | undefined {
  return typeof value === 'string' ? BY_WORD.get(value.trim().toLowerCase()) : undefined;
}
