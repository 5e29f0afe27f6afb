// The words the markup recognizes, kept as data: section headings (German and English), frontmatter keys, "none" markers.
import type { EventSections, Language, SectionKind } from '../model';
import { editDistance } from '../text';

/** One recognized heading keyword; `language` is absent when the word is used in both languages. */
export interface SectionKeyword {
  kind: Exclude<SectionKind, 'notes'>;
  word: string;
  language?: Language;
}

/**
 * Every heading keyword. Matching is case-insensitive; a trailing colon, a trailing count or remark in
 * parentheses (`Teilnehmende (10)`) and surrounding whitespace are ignored, and of a heading that names
 * several (`Nächste Schritte / Verabredungen`) the first part that is a keyword counts.
 */
export const SECTION_KEYWORDS: readonly SectionKeyword[] = [
  ...words('participants', 'de', 'Teilnehmende', 'Teilnehmer', 'Teilnehmer*innen', 'Teilnehmer:innen', 'TeilnehmerInnen', 'Teilnehmer_innen', 'Teilnehmer/innen', 'Anwesende', 'Anwesend'),
  ...words('participants', 'en', 'Participants', 'Attendees', 'Attendance'),
  ...words('findings', 'de', 'Ergebnisse', 'Erkenntnisse', 'Zusammenfassung', 'Ergebnis', 'Resultate', 'Resultat', 'Fazit'),
  ...words('findings', 'en', 'Findings', 'Results', 'Outcomes', 'Key takeaways', 'Takeaways', 'Summary'),
  ...words('nextSteps', 'de', 'Nächste Schritte', 'Aufgaben', 'Maßnahmen', 'Massnahmen', 'Verabredungen', 'Vereinbarungen'),
  ...words('nextSteps', undefined, 'To-dos', 'Todos', 'To-do', 'Todo', 'To dos', 'To do'),
  ...words('nextSteps', 'en', 'Next steps', 'Action items', 'Actions'),
  ...words('openQuestions', 'de', 'Offene Fragen', 'Fragen'),
  ...words('openQuestions', 'en', 'Open questions', 'Questions'),
  // An action field's people: who drive it, and who want to be kept informed.
  ...words('active', 'de', 'Aktive'),
  ...words('active', 'en', 'Active', 'Active members'),
  ...words('interested', 'de', 'Interessenten', 'Interessierte', 'Interessent*innen'),
  ...words('interested', 'en', 'Interested', 'Interested people'),
];

/** The canonical (first) heading of each section kind per language, for templates, quick fixes and exports. */
export const CANONICAL_HEADINGS: Record<Language, Record<Exclude<SectionKind, 'notes'>, string>> = {
  de: { participants: 'Teilnehmende', findings: 'Ergebnisse', nextSteps: 'Nächste Schritte', openQuestions: 'Offene Fragen', active: 'Aktive', interested: 'Interessenten' },
  en: { participants: 'Participants', findings: 'Findings', nextSteps: 'Next steps', openQuestions: 'Open questions', active: 'Active', interested: 'Interested' },
};

/** Frontmatter keys the markup knows; any other key is kept but flagged by the unknown-field rule. */
export const KNOWN_FIELDS = ['title', 'day', 'date', 'slot', 'room', 'host', 'documenter', 'tags', 'participants', 'status', 'actionField'] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

/** Texts that, as the only item of a next-steps section, declare that there are none (after normalizeNoneText). */
export const NONE_WORDS: readonly string[] = ['keine', 'none', 'keine nächsten schritte', 'no next steps', 'n a'];

/** Normalizes a heading for lookup: lowercase, whitespace collapsed, trailing colon(s) and whitespace removed. */
export function normalizeHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s*:+$/u, '')
    .trim();
}

/**
 * True when an item says there are no next steps: one of NONE_WORDS, or a sentence that starts so
 * (`keine weiteren Schritte vereinbart`, `none agreed`, `nichts vereinbart`, `nothing agreed`).
 */
export function declaresNone(text: string): boolean {
  const normalized = normalizeNoneText(text);
  return (
    NONE_WORDS.includes(normalized) ||
    /^(?:keine|none|no next steps|nichts|nothing)(?: (?:weiteren?|further|nächsten|next|schritte|steps|vereinbart|agreed|geplant|planned|bisher|yet))*$/u.test(normalized)
  );
}

/** Normalizes an item text for NONE_WORDS: lowercase, punctuation and symbols turned into spaces, trimmed. */
export function normalizeNoneText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

const builtIn = new Map(SECTION_KEYWORDS.map((k) => [normalizeHeading(k.word), k]));

/** The built-in keywords with an event's own (barcamp.json `sections`), made once per plan; a built-in word keeps its kind. */
const withEventWords = new WeakMap<EventSections, Map<string, SectionKeyword>>();

function keywordsOf(eventSections: EventSections | undefined): Map<string, SectionKeyword> {
  if (!eventSections) return builtIn;
  let map = withEventWords.get(eventSections);
  if (!map) {
    map = new Map(builtIn);
    for (const [kind, words] of Object.entries(eventSections) as Array<[SectionKeyword['kind'], string[]]>) {
      for (const word of words) if (!map.has(normalizeHeading(word))) map.set(normalizeHeading(word), { kind, word });
    }
    withEventWords.set(eventSections, map);
  }
  return map;
}

/** The keyword a `##` heading matches (built in, or the event's own), or undefined for a free notes section. */
export function matchSectionKeyword(heading: string, eventSections?: EventSections): SectionKeyword | undefined {
  const byHeading = keywordsOf(eventSections);
  const normalized = normalizeHeading(heading);
  const exact = byHeading.get(normalized);
  if (exact) return exact;
  const bare = normalized.replace(/\s*\([^()]*\)$/u, '').replace(/\s+\d+$/u, '');
  for (const part of bare.split(/\s*(?:\/|\||\s[–—-]\s|,|;)\s*/u)) {
    const keyword = byHeading.get(part.trim());
    if (keyword) return keyword;
  }
  return undefined;
}

/**
 * The keyword a heading that matches none is probably a typo of (`Ergebnise` → `Ergebnisse`): the
 * closest by edit distance, within the did-you-mean limits; undefined for a heading of its own.
 */
export function misspelledSectionKeyword(heading: string, eventSections?: EventSections): SectionKeyword | undefined {
  const byHeading = keywordsOf(eventSections);
  const bare = normalizeHeading(heading).replace(/\s*\([^()]*\)$/u, '');
  // Stricter than did-you-mean: a short heading of its own (`Fotos`, `Links`) must not turn into a keyword (`Todos`).
  const limit = bare.length < 6 ? 0 : bare.length < 9 ? 1 : 2;
  let best: SectionKeyword | undefined;
  let bestDistance = limit + 1;
  for (const [word, keyword] of byHeading) {
    if (Math.abs(word.length - bare.length) > limit) continue;
    const distance = editDistance(bare, word);
    if (distance > 0 && distance < bestDistance) {
      best = keyword;
      bestDistance = distance;
    }
  }
  return best;
}

function words(kind: SectionKeyword['kind'], language: Language | undefined, ...list: string[]): SectionKeyword[] {
  return list.map((word) => (language ? { kind, word, language } : { kind, word }));
}
