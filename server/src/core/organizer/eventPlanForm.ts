// The guided event setup: a barcamp.json from the form's values (new, or merged into an existing plan) and the form's values of a plan.
import { slugify, toIsoDate } from '../text';
import { DEFAULT_OUTPUT_FOLDER, EXPORT_FORMATS } from '../report';
import { parseEventPlan } from '../event';

/** The values of the event form, as the webview posts them: plain strings, lists one entry per line. */
export interface EventForm {
  name: string;
  language: 'de' | 'en';
  /** One row per day; a date `YYYY-MM-DD` or `DD.MM.YYYY`, '' for a day without a date. */
  days: Array<{ date: string }>;
  /** One room per line. */
  rooms: string;
  /** One slot per line, e.g. `10:30`. */
  slots: string;
  /** One person per line, `Name (Org)` or `Name`; a `*` (or ✓) at the end: agreed to be named. */
  people: string;
  /** A whole number, or '' for none. */
  attendees: string;
  outputFolder: string;
  formats: string[];
  publish: 'all' | 'reviewed' | 'approved';
  privacyNames: 'consent' | 'all' | 'none';
}

export type EventFormField = 'name' | 'days' | 'attendees' | 'formats' | 'base';

/** What keeps the form from being saved: a code and the field (and row) it belongs to; the client words it. */
export interface EventFormProblem {
  code: 'missingName' | 'invalidDate' | 'invalidAttendees' | 'noFormats' | 'invalidBase';
  field: EventFormField;
  /** The row of `days`, 0-based. */
  row?: number;
  /** The value that is wrong, as typed. */
  value?: string;
}

/** The text of the barcamp.json (only when there are no problems) and the problems. */
export interface EventFormResult {
  text?: string;
  problems: EventFormProblem[];
}

/** The marker at the end of a people line: the person agreed to be named in the published documentation. */
export const CONSENT_MARKER = '*';
const CONSENT_AT_END = /\s*(?:\*|✓|✔)\s*$/u;

type Json = Record<string, unknown>;

/**
 * The barcamp.json the form describes: two-space JSON with a final newline. With `base` (the current text
 * of the file) the form's fields are merged into it, so every key the form does not show (`$schema`,
 * `rules`, `sections`, `actionFields`, `limits`, a person's own id …) stays. Dates are checked (real dates
 * in either style), days numbered in date order, duplicate rooms, slots and people dropped, people ids
 * are slugs of their names and unique. Never throws.
 */
export function eventPlanFromForm(form: Partial<EventForm> | undefined, base?: string): EventFormResult {
  const f = form ?? {};
  const problems: EventFormProblem[] = [];
  let plan: Json = {};
  if (typeof base === 'string') {
    const parsed = parseObject(base);
    if (!parsed) return { problems: [{ code: 'invalidBase', field: 'base' }] };
    plan = parsed;
  }

  const name = oneLine(f.name);
  if (!name) problems.push({ code: 'missingName', field: 'name' });

  const dated: string[] = [];
  let undated = 0;
  (Array.isArray(f.days) ? f.days : []).forEach((row, i) => {
    const raw = oneLine(row?.date);
    if (!raw) return void undated++;
    const iso = toIsoDate(raw);
    if (!iso) problems.push({ code: 'invalidDate', field: 'days', row: i, value: raw });
    else if (!dated.includes(iso)) dated.push(iso);
  });
  dated.sort();
  const days: Json[] = [...dated.map((date, i) => ({ day: i + 1, date })), ...Array.from({ length: dated.length === 0 ? Math.max(undated, 1) : undated }, (_, i) => ({ day: dated.length + i + 1 }))];

  const attendeesText = oneLine(f.attendees);
  let attendees: number | undefined;
  if (attendeesText) {
    if (/^\d{1,9}$/u.test(attendeesText)) attendees = Number(attendeesText);
    else problems.push({ code: 'invalidAttendees', field: 'attendees', value: attendeesText });
  }

  const formats = EXPORT_FORMATS.filter((format) => Array.isArray(f.formats) && f.formats.includes(format));
  if (formats.length === 0) problems.push({ code: 'noFormats', field: 'formats' });

  if (problems.length > 0) return { problems };

  const isNew = typeof base !== 'string';
  const next: Json = plan;
  next.name = name;
  next.language = f.language === 'en' ? 'en' : 'de';
  if (attendees === undefined) delete next.attendees;
  else next.attendees = attendees;
  const privacy = isObject(next.privacy) ? next.privacy : {};
  privacy.names = f.privacyNames === 'all' || f.privacyNames === 'none' ? f.privacyNames : 'consent';
  next.privacy = privacy;
  next.days = days;
  next.rooms = lines(f.rooms);
  next.slots = lines(f.slots);
  next.people = people(f.people, Array.isArray(plan.people) ? plan.people : []);
  const output = isObject(next.output) ? next.output : {};
  output.folder = oneLine(f.outputFolder) || (typeof output.folder === 'string' && output.folder.trim() ? output.folder : DEFAULT_OUTPUT_FOLDER);
  // A plan that never named its formats and still wants them all stays without the list (all is the default).
  if (!isNew && output.formats === undefined && formats.length === EXPORT_FORMATS.length) delete output.formats;
  else output.formats = formats;
  const publish = f.publish === 'reviewed' || f.publish === 'approved' ? f.publish : 'all';
  // The status word the file already uses (`geprüft`) stays when it means the same.
  if (!(typeof output.publish === 'string' && publishOf(output.publish) === publish)) output.publish = publish;
  next.output = output;
  return { text: `${JSON.stringify(next, null, 2)}\n`, problems: [] };
}

/** The form's values of a barcamp.json text, or undefined when it is no JSON object. */
export function eventFormOf(text: string): EventForm | undefined {
  const raw = parseObject(text);
  const plan = raw ? parseEventPlan(text, '').plan : undefined;
  if (!raw || !plan) return undefined;
  const formats = plan.output.formats ? EXPORT_FORMATS.filter((format) => plan.output.formats!.includes(format)) : [...EXPORT_FORMATS];
  return {
    name: plan.name ?? '',
    language: plan.language ?? 'de',
    days: plan.days.length > 0 ? [...plan.days].sort((a, b) => a.day - b.day).map((d) => ({ date: d.date ?? '' })) : [{ date: '' }],
    rooms: plan.rooms.join('\n'),
    slots: plan.slots.join('\n'),
    people: plan.people.map((p) => `${p.name}${p.org ? ` (${p.org})` : ''}${p.consent ? ` ${CONSENT_MARKER}` : ''}`).join('\n'),
    attendees: plan.attendees === undefined ? '' : String(plan.attendees),
    outputFolder: plan.output.folder ?? DEFAULT_OUTPUT_FOLDER,
    formats: formats.length > 0 ? formats : [...EXPORT_FORMATS],
    publish: plan.output.publish === 'reviewed' || plan.output.publish === 'approved' ? plan.output.publish : 'all',
    privacyNames: plan.privacy?.names ?? 'consent',
  };
}

/** One person per line: `Name (Org)`, `Name`, a list bullet in front and the consent marker at the end allowed. */
export function parsePeopleLine(line: string): { name: string; org?: string; consent: boolean } | undefined {
  let s = oneLine(line).replace(/^(?:[-•–]|\d+[.)])\s+/u, '');
  const consent = CONSENT_AT_END.test(s);
  s = s.replace(CONSENT_AT_END, '');
  const m = /^(.*?)\s*\(([^()]*)\)$/u.exec(s);
  const name = (m ? m[1] : s).trim();
  const org = m?.[2].trim();
  if (!name) return undefined;
  return org ? { name, org, consent } : { name, consent };
}

/** The people of the form; a person the plan already has (same name) keeps its id and its other keys. */
function people(text: unknown, before: unknown[]): Json[] {
  const known = before.filter(isObject);
  const result: Json[] = [];
  const ids = new Set<string>();
  for (const line of String(text ?? '').split(/\r?\n/u)) {
    const entry = parsePeopleLine(line);
    if (!entry) continue;
    const same = result.find((p) => p.name === entry.name && p.org === entry.org);
    if (same) {
      if (entry.consent) same.consent = true;
      continue;
    }
    const old = known.find((p) => typeof p.name === 'string' && p.name.trim() === entry.name && !result.includes(p));
    const person: Json = old ? { ...old } : {};
    if (old) known.splice(known.indexOf(old), 1);
    const oldId = typeof person.id === 'string' && person.id.trim() && !ids.has(person.id.trim().replace(/^@/u, '')) ? person.id.trim().replace(/^@/u, '') : undefined;
    const id = oldId ?? freeId(slugify(entry.name) || 'person', ids);
    ids.add(id);
    const ordered: Json = { id, name: entry.name };
    if (entry.org) ordered.org = entry.org;
    if (entry.consent) ordered.consent = true;
    for (const [key, value] of Object.entries(person)) if (!['id', 'name', 'org', 'consent'].includes(key)) ordered[key] = value;
    result.push(ordered);
  }
  return result;
}

function freeId(slug: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? slug : `${slug}-${n}`;
    if (!taken.has(id)) return id;
  }
}

function publishOf(word: string): 'all' | 'reviewed' | 'approved' | undefined {
  const w = word.trim().toLowerCase();
  if (w === 'all') return 'all';
  if (w === 'reviewed' || w === 'geprüft') return 'reviewed';
  if (w === 'approved' || w === 'freigegeben') return 'approved';
  return undefined;
}

/** Lines trimmed, empty ones and repeats dropped (the first stays). */
function lines(text: unknown): string[] {
  return [
    ...new Set(
      String(text ?? '')
        .split(/\r?\n/u)
        .map((l) => oneLine(l))
        .filter((l) => l !== ''),
    ),
  ];
}

function oneLine(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s+/gu, ' ').trim() : '';
}

/**
 * Strict JSON on purpose, although barcamp.json may hold comments elsewhere: the form writes the whole
 * plan back, and comments would be lost; such a plan is refused and edited in the editor instead.
 */
function parseObject(text: string): Json | undefined {
  try {
    const data: unknown = JSON.parse(String(text).replace(/^\uFEFF/u, ''));
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
