// Rules about frontmatter fields: unknown keys, and a participant count below the names listed.
import { KNOWN_FIELDS } from '../../syntax';
import { closestMatch } from '../../text';
import { problem, type Rule } from './rule';

/**
 * German words people naturally write for the known keys. Edit distance alone cannot get from
 * `raum` to `room` reliably (nor at all from `leitung` to `host`), yet a German-first audience writes exactly these.
 */
const GERMAN_KEYS: Readonly<Record<string, (typeof KNOWN_FIELDS)[number]>> = {
  titel: 'title',
  thema: 'title',
  datum: 'date',
  zeit: 'slot',
  zeitslot: 'slot',
  uhrzeit: 'slot',
  raum: 'room',
  ort: 'room',
  gastgeber: 'host',
  gastgeberin: 'host',
  leitung: 'host',
  moderation: 'host',
  sessiongeber: 'host',
  sessiongeberin: 'host',
  protokoll: 'documenter',
  protokollant: 'documenter',
  protokollantin: 'documenter',
  dokumentation: 'documenter',
  schlagworte: 'tags',
  schlagwörter: 'tags',
  stichworte: 'tags',
  stichwörter: 'tags',
  teilnehmende: 'participants',
  teilnehmer: 'participants',
  teilnehmerzahl: 'participants',
  anzahl: 'participants',
};

/** The known key someone probably meant by `key: value`. */
function suggestKey(key: string, value: unknown): string | undefined {
  const word = key.trim().toLowerCase();
  // `tag` is German for day but also a misspelt `tags`: the value tells which (`tag: 2` vs `tag: Datenschutz`).
  if (word === 'tag') return typeof value === 'number' ? 'day' : 'tags';
  if (Object.prototype.hasOwnProperty.call(GERMAN_KEYS, word)) return GERMAN_KEYS[word];
  return closestMatch(key, KNOWN_FIELDS);
}

/** unknown-field: a frontmatter key the schema does not know; it is kept but has no effect. */
export const unknownField: Rule = (protocol) =>
  (protocol.frontmatter?.fields ?? [])
    .filter((field) => !(KNOWN_FIELDS as readonly string[]).includes(field.key))
    .map((field) => problem('unknown-field', field.keyRange, { key: field.key }, { suggestion: suggestKey(field.key, field.value) }));

/** participant-count-mismatch: `participants: N` is lower than the number of names listed — someone is missing from the count. */
export const participantCountMismatch: Rule = (protocol) => {
  const count = protocol.meta.participants;
  const listed = protocol.participants.length + (protocol.unnamedParticipants ?? 0);
  if (!count || count.value >= listed) return [];
  return [problem('participant-count-mismatch', count.range, { count: count.value, listed })];
};
