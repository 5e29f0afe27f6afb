// Date syntax of the markup: ISO `YYYY-MM-DD` and German `DD.MM.YYYY`, with a check that the day exists.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;

/** True when `raw` looks like a date in one of the two accepted forms (whether or not the day exists). */
export function looksLikeDate(raw: string): boolean {
  return ISO.test(raw) || GERMAN.test(raw);
}

/**
 * The `YYYY-MM-DD` form of an ISO or German date, or undefined when it is not a date
 * or the day does not exist (2017-02-30, 31.04.2017).
 */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = ISO.exec(s);
  let year: number, month: number, day: number;
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = GERMAN.exec(s))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
