// Rules unknown-room, unknown-slot, unknown-day: frontmatter values the event's barcamp.json does not list.
import { toIsoDate } from '../../text';
import type { Located } from '../../model';
import { closestMatch } from '../../text';
import { likeWritten } from '../../event';
import { problem, type Rule } from './rule';

/** unknown-room: `room:` is not one of the plan's rooms (checked only when the plan lists rooms). */
export const unknownRoom: Rule = (protocol, ctx) => unlisted('unknown-room', 'room', protocol.meta.room, ctx.plan?.rooms);

/** unknown-slot: `slot:` is not one of the plan's slots (checked only when the plan lists slots). */
export const unknownSlot: Rule = (protocol, ctx) => unlisted('unknown-slot', 'slot', protocol.meta.slot, ctx.plan?.slots);

/**
 * unknown-day: `day:` is not a day number of the plan, or `date:` is none of its days' dates.
 * Dates compare as ISO, so `28.02.2017` and `2017-02-28` are the same day.
 */
export const unknownDay: Rule = (protocol, ctx) => {
  const days = ctx.plan?.days ?? [];
  const { day, date } = protocol.meta;
  const result = [];
  if (day && days.length > 0 && !days.some((d) => d.day === day.value)) {
    result.push(problem('unknown-day', day.range, { day: day.value, known: listed(days.map((d) => d.day)) }));
  }
  const dated = days.flatMap((d) => (d.date && toIsoDate(d.date) ? [toIsoDate(d.date) as string] : []));
  const iso = date ? toIsoDate(date.value) : undefined;
  // An unreadable date is the parser's invalid-date finding; reporting it twice would only add noise.
  if (date && iso && dated.length > 0 && !dated.includes(iso)) {
    // Named as the user writes dates, the nearest event day first: the likely meant one, and the fix.
    const raw = protocol.frontmatter?.fields.find((f) => f.key === 'date')?.value;
    const written = typeof raw === 'string' ? raw.trim() : date.value;
    const nearest = likeWritten(written, nearestDay(iso, dated));
    const known = listed(dated.map((d) => likeWritten(written, d)));
    result.push(problem('unknown-day', date.range, { variant: 'date', date: written, nearest, known }, { suggestion: nearest }));
  }
  return result;
};

/** The event day closest to `iso` (the earlier one on a tie). */
function nearestDay(iso: string, days: string[]): string {
  const at = (d: string) => Date.parse(`${d}T00:00:00Z`);
  return days.reduce((best, d) => (Math.abs(at(d) - at(iso)) < Math.abs(at(best) - at(iso)) ? d : best));
}

/** A finding when `field` has a value and the non-empty `list` lacks it exactly; suggests the closest entry. */
function unlisted(code: 'unknown-room' | 'unknown-slot', arg: string, field: Located | undefined, list: string[] | undefined) {
  if (!field || !list || list.length === 0 || list.includes(field.value)) return [];
  // Exact match on purpose: sessions are grouped and checked for conflicts by these strings, so
  // "raum 1" next to "Raum 1" is worth a fix — the suggestion makes that one click.
  return [problem(code, field.range, { [arg]: field.value, known: listed(list) }, { suggestion: closestMatch(field.value, list) })];
}

/** The valid values for the message, so the user can pick one even without a suggestion; long lists are cut. */
function listed(values: unknown[], max = 8): string {
  const shown = values.slice(0, max).map(String).join(', ');
  return values.length > max ? `${shown}, …` : shown;
}
