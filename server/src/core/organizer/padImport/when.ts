// When a session took place, as a pad writes it (`Do, 26.01.2017, 10:30 Uhr`, `Tag 2`, `10.30`): day, date and slot of the plan.
import type { EventPlan } from '../../model';
import { toIsoDate } from '../../text';

export interface PadWhen {
  /** A day number (`2`) or an ISO date, as the new-session skeleton takes it. */
  day?: string;
  slot?: string;
}

/** Weekday names from Sunday on, German and English; German two-letter forms only as `Do.`/`Do,` (see weekdayDay). */
const WEEKDAYS = [
  ['sonntag', 'sunday', 'sun', 'So'],
  ['montag', 'monday', 'mon', 'Mo'],
  ['dienstag', 'tuesday', 'tue', 'Di'],
  ['mittwoch', 'wednesday', 'wed', 'Mi'],
  ['donnerstag', 'thursday', 'thu', 'Do'],
  ['freitag', 'friday', 'fri', 'Fr'],
  ['samstag', 'saturday', 'sat', 'Sa'],
];

/** `10:30`, `10.30`, `9:00`, `10 Uhr`; the first one in the text, as `HH:MM`. */
const TIME = /(?<![\p{N}.:])([01]?\d|2[0-3])(?:[:.]([0-5]\d)(?![\p{N}.])|\s*(?:Uhr|h)(?![\p{L}]))/iu;
/** `2pm`, `10:30 am`, `2 p.m.` */
const AM_PM = /(?<![\p{N}.:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?m\.?(?![\p{L}])/iu;
const FULL_DATE = /(?<![\p{N}.])(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?![\p{N}])/u;
/** `26.01.` or `26.1.` without a year. */
const PARTIAL_DATE = /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(?!\d)/u;

/**
 * Reads a date, day and time from a value. `field` says what the label asked for: a bare number is a day
 * under `Tag:`/`Day:`, a slot under `Slot:` (its position in the plan's slots). Undefined parts stay unset.
 */
export function readWhen(value: string, field: 'day' | 'slot' | 'when', plan: EventPlan | undefined): PadWhen {
  const when: PadWhen = {};
  const text = value.trim();
  const bare = /^(?:(?:tag|day|slot)\s*)?(\d{1,2})\.?$/iu.exec(text);
  if (bare && field === 'day') return { day: String(Number(bare[1])) };
  if (bare && field === 'slot') {
    const slot = plan?.slots[Number(bare[1]) - 1];
    return slot ? { slot } : {};
  }
  const date = dateIn(text, plan);
  // A date stays a date (`date:`): the parser finds its day in the plan, and the pad's words stay as they were.
  if (date) when.day = date;
  else {
    const dayNumber = /(?:^|\s)(?:tag|day)\s*(\d{1,2})(?!\d)/iu.exec(text);
    const weekday = weekdayDay(text, plan);
    if (dayNumber) when.day = String(Number(dayNumber[1]));
    else if (weekday) when.day = weekday;
  }
  // A date's digits are no time: look for one in what is left.
  const rest = text.replace(FULL_DATE, ' ').replace(PARTIAL_DATE, ' ');
  const time = TIME.exec(rest);
  const twelve = AM_PM.exec(rest);
  if (twelve) when.slot = slotOf(`${String((Number(twelve[1]) % 12) + (/p/iu.test(twelve[3]) ? 12 : 0)).padStart(2, '0')}:${twelve[2] ?? '00'}`, plan);
  else if (time) when.slot = slotOf(`${time[1].padStart(2, '0')}:${time[2] ?? '00'}`, plan);
  return when;
}

/** The ISO date in a text: written in full, or `DD.MM.` completed with the year of the event. */
export function dateIn(text: string, plan: EventPlan | undefined): string | undefined {
  const full = FULL_DATE.exec(text);
  if (full) return toIsoDate(full[1]);
  const partial = PARTIAL_DATE.exec(text);
  const year = eventYear(plan);
  return partial && year ? toIsoDate(`${partial[1]}.${partial[2]}.${year}`) : undefined;
}

/** The year of the event's first day, for dates a pad writes without one. */
export function eventYear(plan: EventPlan | undefined): string | undefined {
  const date = plan?.days.find((d) => d.date)?.date;
  return date && /^\d{4}-/u.test(date) ? date.slice(0, 4) : undefined;
}

/** A weekday name (`Donnerstag`, `Do`, `Thursday`) that exactly one day of the plan falls on. */
function weekdayDay(text: string, plan: EventPlan | undefined): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  // `so` and `do` are words too: a two-letter weekday counts only capitalized and followed by `.` or `,`.
  const short = /(?<!\p{L})(So|Mo|Di|Mi|Do|Fr|Sa)[.,]/u.exec(text)?.[1];
  const weekday = WEEKDAYS.findIndex((names) => names.slice(0, 3).some((n) => words.includes(n)) || names[3] === short);
  if (weekday < 0 || !plan) return undefined;
  const days = plan.days.filter((d) => d.date && new Date(`${d.date}T12:00:00Z`).getUTCDay() === weekday);
  return days.length === 1 ? String(days[0].day) : undefined;
}

/** The plan's slot that starts at `time` (`10:30` matches `10:30` and `10:30–11:15`), else the time itself. */
function slotOf(time: string, plan: EventPlan | undefined): string {
  const start = (slot: string) => {
    const m = /^\s*(\d{1,2})[:.](\d{2})/u.exec(slot);
    return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
  };
  return plan?.slots.find((s) => start(s) === time) ?? time;
}
