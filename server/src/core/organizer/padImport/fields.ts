// The frontmatter an imported pad names: each field label's value matched against the plan (rooms, slots, days, people).
import type { EventPlan } from '../../model';
import { collapseWhitespace, foldForSearch } from '../../text';
import type { FrontmatterValues } from '../sessionSkeleton';
import type { PadField } from './labels';
import { matchPerson, nameOf, splitNames, type MatchedPerson, type PeopleLookup } from './people';
import { readWhen } from './when';

/** The fields found so far: the first value of each field wins, later ones stay text. */
export type PadFields = Partial<Omit<FrontmatterValues, 'tags'>> & { tags?: string[] };

export interface FieldContext {
  plan?: EventPlan;
  lookup: PeopleLookup;
}

/** What taking a value did: the fields it set and the people it named; undefined when the value is no such field's. */
export interface TakenField {
  set: Array<keyof PadFields>;
  people: MatchedPerson[];
  /** The values as written into the frontmatter, to tell whether every word of the pad's line is still there. */
  written: string;
}

/** Takes a labelled value into `fields`; undefined (nothing changed) when the field is set already or the value does not fit. */
export function takeField(fields: PadFields, field: PadField, rawValue: string, ctx: FieldContext): TakenField | undefined {
  const value = collapseWhitespace(frontmatterSafe(rawValue));
  if (value === '' || value.length > 300) return undefined;
  if (field === 'day' || field === 'date' || field === 'slot' || field === 'when') return takeWhen(fields, field, value, ctx);
  if (field === 'title') return fields.title ? undefined : set(fields, 'title', value);
  if (field === 'room') return fields.room ? undefined : set(fields, 'room', planRoom(value, ctx.plan));
  if (field === 'tags') {
    if (fields.tags) return undefined;
    const tags = value
      .split(/\s*[,;]\s*|\s+(?=#)/u)
      .map((t) => t.replace(/^#/u, '').trim())
      .filter(Boolean);
    fields.tags = tags;
    return { set: ['tags'], people: [], written: tags.join(' ') };
  }
  if (fields[field]) return undefined;
  const names = splitNames(value.replace(/\s*\([^()]*\)/gu, ''));
  if (!names) return set(fields, field, value);
  const people = names.map((name) => matchPerson(name, ctx.lookup));
  return { ...set(fields, field, people.map(nameOf).join(', ')), people };
}

/**
 * A label's values written as a list below it (`Sessiongeber:` then `- Anna`, `- Norbert`): taken only by a field
 * that holds several (people, tags), and for people only when every item is names; undefined leaves the list as text.
 */
export function takeFieldList(fields: PadFields, field: PadField, values: string[], ctx: FieldContext): TakenField | undefined {
  if (field !== 'host' && field !== 'documenter' && field !== 'tags') return undefined;
  const items = values.map((v) => collapseWhitespace(v)).filter(Boolean);
  if (items.length === 0) return undefined;
  if (field !== 'tags' && !items.every((item) => splitNames(item.replace(/\s*\([^()]*\)/gu, '')))) return undefined;
  return takeField(fields, field, items.join(', '), ctx);
}

function set(fields: PadFields, key: 'title' | 'room' | 'host' | 'documenter', value: string): TakenField {
  fields[key] = value;
  return { set: [key], people: [], written: value };
}

/** Day (or date) and slot from one value; only what is not set yet. */
function takeWhen(fields: PadFields, field: 'day' | 'date' | 'slot' | 'when', value: string, ctx: FieldContext): TakenField | undefined {
  const when = readWhen(value, field === 'date' ? 'when' : field, ctx.plan);
  const taken: TakenField = { set: [], people: [], written: '' };
  if (when.day && fields.day === undefined) {
    fields.day = when.day;
    taken.set.push('day');
  }
  if (when.slot && fields.slot === undefined) {
    fields.slot = when.slot;
    taken.set.push('slot');
  }
  taken.written = [fields.day, fields.slot].filter(Boolean).join(' ');
  return taken.set.length > 0 ? taken : undefined;
}

/** The plan's room the value names: the same words in any case, or the one room named as a word in it (`Elbe (2. OG)`). */
function planRoom(value: string, plan: EventPlan | undefined): string {
  const rooms = plan?.rooms ?? [];
  const folded = foldForSearch(value);
  const same = rooms.find((r) => foldForSearch(r) === folded);
  if (same) return same;
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  const named = rooms.filter((r) => words.has(foldForSearch(r)));
  return named.length === 1 ? named[0] : value;
}

/** A head count (`12`, `ca. 12`, `12 Personen`, `about 12 people`), else undefined. */
export function headCount(value: string): number | undefined {
  const m = /^(?:ca\.?|circa|etwa|rund|ungefähr|about|approx\.?|around|~)?\s*(\d{1,4})\s*(?:personen|leute|teilnehmende|menschen|people|persons|participants|tn)?\.?$/iu.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The text with what YAML may not hold (control characters, lone surrogates, U+FFFE/U+FFFF) turned into
 * U+FFFD, so a pad with binary bits still gives a frontmatter the parser reads.
 */
export function frontmatterSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
}
