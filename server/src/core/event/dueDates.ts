// Due-date proposals for next steps (in a week, in two weeks, end of month, the event's days), relative to a given day.
import { toIsoDate } from '../text';
import type { EventPlan, Language, SessionProtocol } from '../model';

/** One proposed date and why it is proposed (the key of its label). */
export interface DateSuggestion {
  iso: string;
  reason: 'week' | 'twoWeeks' | 'endOfMonth' | 'eventDay';
  day?: number;
}

/** How a protocol writes its dates: `2017-02-28` or `28.02.2017`. */
export type DateStyle = 'iso' | 'german';

/**
 * Dates worth proposing after `bis`/`due`: one and two weeks after `today`, the end of its month
 * (the next month's end on the last day of a month), then the event's days from barcamp.json.
 * `today` is `YYYY-MM-DD`, passed in so the core stays pure; an invalid one leaves only the event days.
 */
export function dueDateSuggestions(today: string, plan: EventPlan | undefined): DateSuggestion[] {
  const result: DateSuggestion[] = [];
  const base = toIsoDate(String(today ?? ''));
  if (base) {
    result.push({ iso: addDays(base, 7), reason: 'week' }, { iso: addDays(base, 14), reason: 'twoWeeks' });
    const monthEnd = endOfMonth(base);
    result.push({ iso: monthEnd === base ? endOfMonth(addDays(base, 1)) : monthEnd, reason: 'endOfMonth' });
  }
  for (const day of plan?.days ?? []) {
    if (day.date && !result.some((s) => s.iso === day.date)) result.push({ iso: day.date, reason: 'eventDay', day: day.day });
  }
  return result;
}

/** `iso` plus `days` days (UTC arithmetic, so no time zone or daylight saving can shift the day). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The last day of the month `iso` falls in. */
export function endOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** An ISO date written the way `raw` writes dates: ISO when `raw` starts with a year, else `DD.MM.YYYY`. */
export function likeWritten(raw: string, iso: string): string {
  return inDateStyle(iso, /^\s*["']?\d{4}-/u.test(raw) ? 'iso' : 'german');
}

/** The date in the given style. */
export function inDateStyle(iso: string, style: DateStyle): string {
  if (style === 'iso') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/**
 * The style most of the protocol's due dates use; when there are none or it is a tie, the style of the
 * language (German `TT.MM.JJJJ`, as the German hints ask; English ISO).
 */
export function dateStyleOf(protocol: SessionProtocol, language: Language | undefined = protocol.language): DateStyle {
  let german = 0;
  let iso = 0;
  for (const step of protocol.nextSteps) {
    if (!step.due) continue;
    if (/^\d{4}-/u.test(step.due.raw)) iso++;
    else german++;
  }
  if (german !== iso) return german > iso ? 'german' : 'iso';
  return language === 'de' ? 'german' : 'iso';
}
