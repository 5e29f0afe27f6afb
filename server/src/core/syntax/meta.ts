// Turns raw frontmatter fields into typed session metadata; impossible dates and counts that are no number become problems.
import { toIsoDate } from '../text';
import type { LineIndex } from '../text';
import type { FrontmatterField, Located, Problem, Range, SessionMeta } from '../model';
import { NUMBER_WORDS } from './items';
import { readReviewStatus } from './reviewStatus';

/**
 * Reads the known fields. Values of the wrong type are left out of the metadata (the raw field stays in
 * `frontmatter.fields` for rules to inspect); a `date` that is not a real day yields an `invalid-date` problem.
 * When a key occurs twice, the first occurrence wins (YAML already reported the duplicate).
 */
export function readMeta(fields: FrontmatterField[], index: LineIndex, problems: Problem[]): SessionMeta {
  const meta: SessionMeta = { tags: [] };
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.key)) continue;
    seen.add(field.key);
    const { key, value, valueRange: range } = field;
    switch (key) {
      case 'title':
      case 'slot':
      case 'room':
      case 'host':
      case 'documenter':
        meta[key] = located(asText(value), range);
        break;
      case 'day':
      case 'participants': {
        const count = asCount(value) ?? countIn(value);
        meta[key] = located(count, range);
        // Not a plain number: named, and read where it says one (`ca. 100` → 100, `eins` → 1), never silently dropped.
        if (asCount(value) === undefined && value !== null && value !== undefined && value !== '') {
          const written = typeof value === 'string' ? value.trim() : shownValue(value);
          problems.push({
            code: 'invalid-field-value',
            range,
            args: count === undefined ? { field: key, value: written } : { variant: 'read', field: key, value: written, count },
            ...(count === undefined ? {} : { suggestion: String(count) }),
          });
        }
        break;
      }
      case 'actionField':
        meta.actionField = located(asText(value), range);
        break;
      case 'status': {
        const status = readReviewStatus(value);
        if (status) meta.status = { value: status, range };
        // An unknown word counts as a draft: said, so a protocol nobody approved is never taken for approved.
        else if (value !== null && value !== undefined && value !== '')
          problems.push({ code: 'invalid-field-value', range, args: { variant: 'status', field: key, value: asText(value) ?? shownValue(value) } });
        break;
      }
      case 'date': {
        const raw = asText(value);
        if (raw === undefined) break;
        const iso = toIsoDate(raw);
        if (iso) meta.date = { value: iso, range };
        else problems.push({ code: 'invalid-date', range, args: { date: raw } });
        break;
      }
      case 'tags':
        meta.tags = readTags(value, range, index);
        break;
    }
  }
  return meta;
}

function located<T>(value: T | undefined, range: Range): Located<T> | undefined {
  return value === undefined ? undefined : { value, range };
}

/** A non-empty string (numbers, e.g. a slot written as 1030, are turned into strings). */
function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s === '' ? undefined : s;
}

/** A non-negative whole number, also when written as a string ("1"). */
function asCount(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/u.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** A value that is no text, as the message shows it: short, and never failing (YAML aliases can make a cycle). */
function shownValue(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 80);
  } catch {
    return String(value).slice(0, 80);
  }
}

/**
 * The number an approximate or worded count means: `ca. 100`, `~100`, `etwa 40`, `about 30`, `100+`,
 * `eins`, `zwölf`; undefined when it names none or several.
 */
function countIn(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const bare = value
    .trim()
    .toLowerCase()
    .replace(/^(?:ca\.?|circa|etwa|rund|ungefähr|knapp|über|mehr als|about|around|approx\.?|approximately|roughly|over|more than|~|>)\s*/u, '')
    .replace(/\s*(?:\+|personen|people|teilnehmende|participants)$/u, '');
  if (/^\d{1,6}$/u.test(bare)) return Number(bare);
  return Object.hasOwn(NUMBER_WORDS, bare) ? NUMBER_WORDS[bare] : undefined;
}

/** Tags as a YAML list or a comma-separated string; each tag is located by searching its text inside the value. */
function readTags(value: unknown, range: Range, index: LineIndex): Located[] {
  const parts = Array.isArray(value) ? value.map(asText) : typeof value === 'string' ? value.split(',').map(asText) : [asText(value)];
  const start = index.offsetAt(range.start);
  const source = index.text.slice(start, index.offsetAt(range.end));
  const tags: Located[] = [];
  let from = 0;
  for (const tag of parts) {
    if (tag === undefined) continue;
    const at = source.indexOf(tag, from);
    if (at < 0) {
      tags.push({ value: tag, range });
      continue;
    }
    tags.push({ value: tag, range: index.rangeAt(start + at, start + at + tag.length) });
    from = at + tag.length;
  }
  return tags;
}
