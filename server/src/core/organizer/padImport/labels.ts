// The labels a pad starts its lines with (`Thema:`, `Raum:`, `Sessiongeber*in:`, `Ergebnisse:`): which field or section each means.
import type { EventSections, Language, SectionKind } from '../../model';
import { matchSectionKeyword, misspelledSectionKeyword } from '../../syntax';

/** A frontmatter field a pad label fills; `when` is a value holding date and time together (`Wann:`). */
export type PadField = 'title' | 'room' | 'day' | 'date' | 'slot' | 'when' | 'host' | 'documenter' | 'tags';

/** Field labels, German and English, lower case and without gender endings (`Sessiongeber*in` → `sessiongeber`). */
const FIELD_LABELS: ReadonlyArray<[PadField, Language | undefined, string[]]> = [
  ['title', 'de', ['thema', 'titel', 'sessionthema', 'sessiontitel', 'session-titel', 'name der session']],
  ['title', undefined, ['session']],
  ['title', 'en', ['topic', 'title', 'session title', 'session topic']],
  ['room', 'de', ['raum', 'ort', 'sessionraum']],
  ['room', 'en', ['room', 'location']],
  ['slot', 'de', ['zeit', 'uhrzeit', 'zeitfenster', 'beginn', 'zeitslot']],
  ['slot', undefined, ['slot']],
  ['slot', 'en', ['time', 'time slot', 'timeslot', 'start']],
  ['day', 'de', ['tag']],
  ['day', 'en', ['day']],
  ['date', 'de', ['datum']],
  ['date', 'en', ['date']],
  ['when', 'de', ['wann']],
  ['when', 'en', ['when']],
  [
    'host',
    'de',
    [
      'sessiongeber',
      'sessiongeberin',
      'sessiongeberinnen',
      'sessiongebende',
      'moderation',
      'moderator',
      'moderatorin',
      'leitung',
      'gastgeber',
      'gastgeberin',
      'referent',
      'referentin',
      'impulsgeber',
      'impulsgeberin',
    ],
  ],
  ['host', 'en', ['host', 'hosts', 'session host', 'facilitator', 'speaker', 'moderator']],
  ['documenter', 'de', ['protokoll', 'protokollant', 'protokollantin', 'protokollführung', 'protokoll von', 'schriftführung', 'mitschrift']],
  ['documenter', 'en', ['documenter', 'notes by', 'note taker', 'notetaker', 'minutes by', 'minutes', 'scribe']],
  ['tags', 'de', ['schlagworte', 'schlagwörter', 'stichworte', 'stichwörter']],
  ['tags', 'en', ['tags', 'keywords', 'hashtags']],
];

const FIELDS = new Map(FIELD_LABELS.flatMap(([field, language, labels]) => labels.map((label) => [label, { field, language }] as const)));

/** A line split into its label and the value after the colon; the label at most five words, so a sentence is no label. */
export interface LabelLine {
  label: string;
  value: string;
}

/**
 * `Label: value`, `**Label:** value`, `Sessiongeber:in: value`, `Label` with a colon and nothing after it.
 * Undefined for a line with no such label (a sentence with a colon in its middle has more than five words before it).
 */
export function labelLine(line: string): LabelLine | undefined {
  // Emphasis around the label (`**Raum:** Elbe`, `**Raum**: Elbe`) closes after it; the value's own emphasis stays.
  const m = /^([*_]{0,2})(\p{L}[\p{L}\p{N}\s.*_/&'’-]{0,40}?(?::in(?:nen)?)?)(?:\1)?\s*[:：]\s*(?:\1(?=\s|$))?(?!\/\/)(.*)$/u.exec(line.trim());
  if (!m || m[2].trim().split(/\s+/u).length > 5) return undefined;
  return { label: m[2].trim(), value: m[3].trim() };
}

/** The label lower case, gender endings and emphasis dropped: `Protokollant*in` → `protokollant`, `TeilnehmerInnen` → `teilnehmer`. */
export function normalizeLabel(label: string): string {
  return label
    .replace(/(?<=\p{Ll})(?:[*:_/]in(?:nen)?|In(?:nen)?)$/u, '')
    .toLowerCase()
    .replace(/[*_]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The frontmatter field a label names, and the language the label is written in (absent: either). */
export function fieldOfLabel(label: string): { field: PadField; language?: Language } | undefined {
  return FIELDS.get(normalizeLabel(label));
}

/**
 * The section a label or heading names, through the parser's own keywords (synonyms, typos, the event's
 * own headings). `strict` leaves out typos: a line without a colon must name a section exactly to be one.
 */
export function sectionOfLabel(
  label: string,
  eventSections: EventSections | undefined,
  strict: boolean,
): { kind: Exclude<SectionKind, 'notes'>; word: string; misspelled: boolean; language?: Language } | undefined {
  const text = label.replace(/[*_]+/gu, ' ').trim();
  const exact = matchSectionKeyword(text, eventSections);
  if (exact) return { kind: exact.kind, word: exact.word, misspelled: false, ...(exact.language ? { language: exact.language } : {}) };
  const typo = strict ? undefined : misspelledSectionKeyword(text, eventSections);
  return typo ? { kind: typo.kind, word: typo.word, misspelled: true, ...(typo.language ? { language: typo.language } : {}) } : undefined;
}
