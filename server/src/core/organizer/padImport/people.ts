// People named in a pad, matched against the event plan: full names, ids and handles, first names only when unique.
import type { Person } from '../../model';
import { collapseWhitespace, foldForSearch, slugify } from '../../text';

/** How a written name was matched: the plan's person by full name, handle or unique first name; none; or several. */
export type PersonMatch = 'name' | 'handle' | 'firstName' | 'none' | 'ambiguous';

export interface MatchedPerson {
  /** As the pad wrote it (without `@`). */
  written: string;
  /** True when the pad wrote a handle (`@anna`). */
  asHandle: boolean;
  match: PersonMatch;
  person?: Person;
}

/** The plan's people, looked up by folded full name, by handle and by first name (a first name may name several). */
export interface PeopleLookup {
  byName: Map<string, Person>;
  byHandle: Map<string, Person>;
  byFirstName: Map<string, Person[]>;
}

export function peopleLookup(people: readonly Person[]): PeopleLookup {
  const lookup: PeopleLookup = { byName: new Map(), byHandle: new Map(), byFirstName: new Map() };
  for (const person of people) {
    const name = collapseWhitespace(String(person.name ?? ''));
    if (name === '') continue;
    if (!lookup.byName.has(foldName(name))) lookup.byName.set(foldName(name), person);
    for (const handle of [slugify(person.id), slugify(name)]) if (handle && !lookup.byHandle.has(handle)) lookup.byHandle.set(handle, person);
    const first = foldName(name.split(' ')[0]);
    lookup.byFirstName.set(first, [...(lookup.byFirstName.get(first) ?? []), person]);
  }
  return lookup;
}

/** Who `written` names: a handle (`@anna-schmidt`), a full name, or a first name that only one person of the plan has. */
export function matchPerson(written: string, lookup: PeopleLookup): MatchedPerson {
  const asHandle = written.trim().startsWith('@');
  const text = collapseWhitespace(written).replace(/^@/u, '');
  const folded = foldName(text);
  const byName = lookup.byName.get(folded);
  if (byName) return { written: text, asHandle, match: 'name', person: byName };
  const byHandle = lookup.byHandle.get(slugify(text));
  if (byHandle && (asHandle || /[-_.]/u.test(text))) return { written: text, asHandle, match: 'handle', person: byHandle };
  if (!text.includes(' ')) {
    const firsts = lookup.byFirstName.get(folded) ?? [];
    if (firsts.length === 1) return { written: text, asHandle, match: 'firstName', person: firsts[0] };
    if (firsts.length > 1) return { written: text, asHandle, match: 'ambiguous' };
  }
  return { written: text, asHandle, match: 'none' };
}

/** The name the markup writes for a person (host, documenter, participant): the plan's name, else as written. */
export function nameOf(matched: MatchedPerson): string {
  return matched.person ? collapseWhitespace(matched.person.name) : matched.written;
}

/** The handle the markup writes for an owner: the plan person's id, else the slug of the name as written. */
export function handleOf(matched: MatchedPerson): string {
  return matched.person ? slugify(matched.person.id) || slugify(matched.person.name) : slugify(matched.written);
}

/**
 * Splits a list of names (`Anna, Norbert und Fatma`, `Anna & Bob`, `Anna; Bob / Carla`) into names; undefined
 * when a part does not look like a name (a sentence, digits, more than four words), so a line of text stays text.
 */
export function splitNames(text: string): string[] | undefined {
  // Whitespace collapsed first: a separator then has at most one space around it, so the split stays linear.
  const parts = collapseWhitespace(text)
    .split(/ ?(?:[,;/&+]| (?:und|and|sowie) ) ?/u)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every(looksLikeName) ? parts : undefined;
}

/** A name or handle: up to four words starting with a letter (or `@`), no digits, no sentence punctuation. */
export function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  return words.length <= 4 && /^@?\p{L}/u.test(text) && !/[\p{N}!?:"„“”()[\]{}<>*#|=]/u.test(text) && text.length <= 60;
}

/** A name for comparing: case, accents and `ß`/`ss` aside (`norbert weiss` is `Norbert Weiß`). */
function foldName(name: string): string {
  return foldForSearch(name).replace(/ß/gu, 'ss');
}
