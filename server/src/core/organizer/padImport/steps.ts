// A next step as a pad writes it (`→ Anna, bis 30.11.`, `Verantwortlich: X, Frist: …`, `(@anna, bis …)`) in the markup's step syntax.
import type { EventPlan, Language } from '../../model';
import { collapseWhitespace } from '../../text';
import { dateIn } from './when';
import { handleOf, matchPerson, splitNames, type MatchedPerson, type PeopleLookup } from './people';
import { isSpace, trimEndWhere } from './scan';

export interface PadStep {
  /** The item's text after `- `: `[ ] Checkliste teilen @anna-schmidt bis 30.11.2020`. */
  text: string;
  owners: MatchedPerson[];
  /** The due date as written into the step (`30.11.2020`, `2020-11-30`), when one was found. */
  due?: string;
}

export interface StepContext {
  lookup: PeopleLookup;
  plan?: EventPlan;
  language: Language;
}

const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{4})?)(?![\p{N}])`;
/** A due clause: `, bis 30.11.`, `Frist: 30.11.2020`, `bis zum 30.11.2020`, `due 2020-11-30`, `Deadline 1.12.`. */
const DUE_CLAUSE = new RegExp(String.raw`\s*[,;]?\s*(?<![\p{L}\p{N}_])(bis|due|until|frist|deadline|termin|fällig(?:\s+am)?|by)(?![\p{L}\p{N}_])\s*:?\s*(?:(?:zum|spätestens|am)\s+)?${DATE}`, 'iu');
/** `Verantwortlich: Anna, Bob` up to a `;` or `)`. */
const OWNER_LABEL = /(?<![\p{L}])(?:verantwortlich(?:e)?|verantw\.|verantwortung|zuständig(?:e)?|wer|owners?|responsible|who)\s*:\s*([^;()]*)/iu;
/** An arrow before the owners: `→ Anna`, `-> Anna und Bob`, `=> Anna`. */
const ARROW_SIGN = /→|->|=>|⇒|➔|➜|➡/u;
/** `(@anna)`, `(@anna, @bob)`: handles in parentheses. */
const HANDLES_IN_PARENS = /\s*\(\s*(@[^()]*)\)/u;

/**
 * The step in the markup: a checkbox (`[x]` when the pad ticked it: `[x]`, `✓`, `✔`), the task, the owners
 * as `@handle`s and the due date after `bis`/`due`. A clause that names no people stays text as written.
 */
export function padStep(raw: string, ctx: StepContext): PadStep {
  let text = collapseWhitespace(raw);
  const checkbox = /^\[([ xX])\]\s*/u.exec(text) ?? /^([✓✔☑✅])\s*/u.exec(text);
  const done = checkbox !== null && checkbox[1] !== ' ';
  if (checkbox) text = text.slice(checkbox[0].length);
  const due = readDue(text, ctx);
  if (due) text = due.rest;
  const owners: MatchedPerson[] = [];
  for (const find of [(t: string) => OWNER_LABEL.exec(t), arrowAtEnd, (t: string) => HANDLES_IN_PARENS.exec(t)]) {
    const m = find(text);
    // `→ Kai bis Ende November`: the names end where a due clause begins, even one without a date; that stays text.
    const [named, rest] = m ? splitAtDue(m[1]) : ['', ''];
    const names = m ? splitNames(trimEndWhere(named, (c) => isSpace(c) || ',.:–-'.includes(c))) : undefined;
    const matched = names?.map((name) => matchPerson(name, ctx.lookup));
    if (!m || !matched?.every(plausibleOwner)) continue;
    owners.push(...matched);
    text = `${text.slice(0, m.index)}${rest ? ` ${rest}` : ''}${text.slice(m.index + m[0].length)}`;
  }
  const task = trimEndWhere(text.replace(/\(\s*\)/gu, ''), (c) => isSpace(c) || ',;:–-'.includes(c)).trim();
  const handles = owners.map((o) => handleOf(o)).filter(Boolean);
  const parts = [done ? '[x]' : '[ ]', task, ...handles.map((h) => `@${h}`), due ? `${due.keyword} ${due.written}` : ''];
  return { text: parts.filter(Boolean).join(' '), owners, ...(due ? { due: due.written } : {}) };
}

/**
 * The owners' arrow clause at the step's end, `→ Anna, Bob`, shaped like a match (`index`, `[0]`, `[1]`): the
 * first arrow with no `;` or parenthesis after it. Found from the last such character on, not by a regex that
 * scans to the end from every arrow (quadratic on a line of arrows).
 */
function arrowAtEnd(text: string): { index: number; 0: string; 1: string } | undefined {
  let from = text.length;
  while (from > 0 && !';()'.includes(text[from - 1])) from--;
  const arrow = ARROW_SIGN.exec(text.slice(from));
  if (!arrow) return undefined;
  let index = from + arrow.index;
  while (index > 0 && isSpace(text[index - 1])) index--;
  const owners = text.slice(from + arrow.index + arrow[0].length);
  return { index, 0: text.slice(index), 1: owners.trimStart() };
}

/** The names before a due clause and the clause: `Kai bis Ende November` → `Kai`, `bis Ende November`. */
function splitAtDue(text: string): [string, string] {
  const keyword = /(?<=[\s,])(?:bis|due|until|frist|deadline|termin|fällig)(?![\p{L}\p{N}_])/iu.exec(text);
  if (!keyword) return [text, ''];
  // The separators before the keyword, walked back over instead of matched by `[\s,]+` from every position.
  let at = keyword.index;
  while (at > 0 && (isSpace(text[at - 1]) || text[at - 1] === ',')) at--;
  return [text.slice(0, at), text.slice(keyword.index)];
}

/** Someone of the plan, a handle, or a capitalized name: `→ B migrieren` is a task, not an owner. */
function plausibleOwner(person: MatchedPerson): boolean {
  return person.match !== 'none' || person.asHandle || person.written.split(' ').every((word) => /^\p{Lu}/u.test(word));
}

/** The first due clause with a real date (a date without a year gets the event's); the text without it. */
function readDue(text: string, ctx: StepContext): { keyword: string; written: string; rest: string } | undefined {
  const m = DUE_CLAUSE.exec(text);
  if (!m) return undefined;
  const iso = dateIn(m[2], ctx.plan);
  if (!iso) return undefined;
  const [year, month, day] = iso.split('-');
  // The date as the pad wrote it: ISO stays ISO, a German date gets its year.
  const written = /^\d{4}-/u.test(m[2]) ? iso : `${day}.${month}.${year}`;
  const said = m[1].toLowerCase();
  const keyword = said === 'bis' || said === 'due' || said === 'until' ? said : ctx.language === 'en' ? 'due' : 'bis';
  return { keyword, written, rest: text.slice(0, m.index) + text.slice(m.index + m[0].length) };
}
