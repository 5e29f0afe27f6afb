// People in protocols: who is named at a position, who that is in the event, and every mention across the event's sessions.
import { touches } from '../text';
import { LineIndex } from '../text';
import type { EventPlan, Person, PersonMention, Position, Range, SessionProtocol, SessionSummary } from '../model';
import { summarize } from '../syntax';
import { slugify } from '../text';

/** A person named in a protocol, with the exact range of what is written: the name, or the handle without `@`. */
export interface NamedPerson {
  role: PersonMention['role'];
  /** As written: the handle without `@` for owners, the name otherwise. */
  text: string;
  key: string;
  range: Range;
}

/** Who a mention refers to: the event's person when barcamp.json lists them, and every key that names them. */
export interface PersonIdentity {
  /** The key of the mention asked about. */
  key: string;
  person?: Person;
  /** Slugs that name this person: the plan person's id and name, else just `key`. */
  keys: Set<string>;
}

/** A mention in some session, as the index keeps it. */
export interface SessionMention {
  uri: string;
  mention: PersonMention;
}

/**
 * The exact range of a mention's text inside a document: the handle after the `@` for owners, the
 * name inside its list item or (possibly quoted) frontmatter value otherwise. Undefined when the text
 * is not written literally there (a name with Markdown emphasis, a YAML escape).
 */
export function mentionRange(index: LineIndex, mention: PersonMention): Range | undefined {
  const start = index.offsetAt(mention.range.start);
  const end = index.offsetAt(mention.range.end);
  const written = index.text.slice(start, end);
  if (mention.role === 'owner') return written.startsWith('@') ? index.rangeAt(start + 1, end) : undefined;
  const at = written.indexOf(mention.text);
  return at < 0 || mention.text === '' ? undefined : index.rangeAt(start + at, start + at + mention.text.length);
}

/** Every person named in the protocol, with exact ranges; mentions whose text cannot be located are left out. */
export function namedPeople(protocol: SessionProtocol, text: string): NamedPerson[] {
  const index = new LineIndex(text);
  return summarize(protocol).people.flatMap((mention) => {
    const range = mentionRange(index, mention);
    return range ? [{ role: mention.role, text: mention.text, key: mention.key, range }] : [];
  });
}

/** The person named at `position` (the cursor may stand right before or after the name, or on an owner's `@`), or undefined. */
export function personAt(protocol: SessionProtocol, text: string, position: Position): NamedPerson | undefined {
  return namedPeople(protocol, text).find((p) => {
    const { start, end } = p.range;
    return touches(p.role === 'owner' ? { start: { line: start.line, character: start.character - 1 }, end } : p.range, position);
  });
}

/** The plan's person a key refers to: by id first, then by the slug of the name. */
export function findPlanPerson(plan: EventPlan | undefined, key: string): Person | undefined {
  const people = plan?.people ?? [];
  return people.find((p) => slugify(p.id) === key) ?? people.find((p) => slugify(p.name) === key);
}

/** Who `key` names in the event. */
export function identify(key: string, plan: EventPlan | undefined): PersonIdentity {
  const person = findPlanPerson(plan, key);
  const keys = person ? [slugify(person.id), slugify(person.name), key] : [key];
  return person ? { key, person, keys: new Set(keys.filter(Boolean)) } : { key, keys: new Set([key]) };
}

/** True when a mention names the identified person. */
export function namesPerson(identity: PersonIdentity, mention: PersonMention): boolean {
  return identity.keys.has(mention.key);
}

/** Every mention of the person in the given sessions, in session order. */
export function mentionsOf(identity: PersonIdentity, sessions: readonly SessionSummary[]): SessionMention[] {
  return sessions.flatMap((s) => s.people.filter((m) => namesPerson(identity, m)).map((mention) => ({ uri: s.uri, mention })));
}

/** The URIs of the sessions that mention the person: the files whose text a rename or reference search needs. */
export function sessionsMentioning(identity: PersonIdentity, sessions: readonly SessionSummary[]): string[] {
  return [...new Set(mentionsOf(identity, sessions).map((m) => m.uri))];
}

/**
 * The keys of everyone the owners are checked against, as the unknown-person rule does: the plan's
 * people when it lists any, else the session's own people; undefined when there is no reference at all.
 */
export function knownKeys(protocol: SessionProtocol, plan: EventPlan | undefined): Set<string> | undefined {
  const people = plan?.people ?? [];
  if (people.length > 0) return new Set(people.flatMap((p) => [slugify(p.id), slugify(p.name)]).filter(Boolean));
  if (protocol.participants.length === 0) return undefined;
  const names = [...protocol.participants.map((p) => p.name), protocol.meta.host?.value, protocol.meta.documenter?.value];
  return new Set(names.map((n) => slugify(String(n ?? '').replace(/^@/u, ''))).filter(Boolean));
}
