// Reads a barcamp.json (one event: days, rooms, slots, people, rule overrides) defensively; never throws.
// The ESM build, as in core/text/jsonText.ts (the UMD main entry does not bundle).
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { JSON_OPTIONS, toIsoDate } from '../text';
import { DIAGNOSTIC_CODES, type ActionField, type DiagnosticCode, type EventDay, type EventPlan, type EventSections, type Language, type Person, type Problem, type RuleSetting } from '../model';
import { LineIndex } from '../text';
import { slugify } from '../text';
import { readReviewStatus } from '../syntax';

/** A parsed plan, or the position of the JSON syntax error that prevented it. */
export interface EventPlanResult {
  plan?: EventPlan;
  error?: { message: string; line: number; character: number };
}

const SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Parses barcamp.json text (comments allowed, as in the editor's JSON with comments). Unknown keys and
 * malformed entries are ignored; values are coerced where the intent is clear (rooms as strings or
 * `{ name }`, slots as strings or `{ start }`/`{ time }`, people without `id` get `slugify(name)`).
 * Only a JSON syntax error or a non-object root yields `error` (the first one).
 */
export function parseEventPlan(text: string, uri: string): EventPlanResult {
  const source = withoutBom(text);
  const { data, errors } = readJson(source);
  if (errors.length > 0) {
    const { line, character } = new LineIndex(source).positionAt(errors[0].offset);
    return { error: { message: `JSON: ${printParseErrorCode(errors[0].error)}`, line, character } };
  }
  try {
    if (!isObject(data)) return { error: { message: 'barcamp.json must contain a JSON object', line: 0, character: 0 } };
    return { plan: toPlan(data, uri) };
  } catch (e) {
    return { error: { message: String((e as Error)?.message ?? e), line: 0, character: 0 } };
  }
}

/**
 * The findings about a barcamp.json text itself, at their places: every JSON syntax error (`plan-syntax`,
 * its variant naming what was expected), or one at the start when the root is no object. Words come later (formatMessage).
 */
export function planProblems(text: string): Problem[] {
  const source = withoutBom(text);
  const { data, errors } = readJson(source);
  const index = new LineIndex(source);
  if (errors.length === 0) return isObject(data) ? [] : [{ code: 'plan-syntax', range: index.rangeAt(0, 0), args: { variant: 'root' } }];
  return errors.map((e) => ({ code: 'plan-syntax', range: index.rangeAt(e.offset, e.offset + Math.max(e.length, 0)), args: syntaxArgs(e) }));
}

/** The message variant of a jsonc-parser error: what was expected there, in words the messages can say. */
function syntaxArgs(error: ParseError): Problem['args'] {
  const name = printParseErrorCode(error.error);
  const variant: Record<string, string> = {
    CommaExpected: 'comma',
    ColonExpected: 'colon',
    PropertyNameExpected: 'property',
    ValueExpected: 'value',
    CloseBraceExpected: 'close',
    CloseBracketExpected: 'close',
    EndOfFileExpected: 'end',
    UnexpectedEndOfString: 'string',
    InvalidEscapeCharacter: 'string',
    InvalidUnicode: 'string',
    InvalidCharacter: 'string',
  };
  const close = name === 'CloseBracketExpected' ? ']' : '}';
  return variant[name] ? { variant: variant[name], close, detail: name } : { detail: name };
}

function withoutBom(text: string): string {
  return (typeof text === 'string' ? text : '').replace(/^\uFEFF/u, '');
}

/** The parsed value and every syntax error; never throws. */
function readJson(source: string): { data: unknown; errors: ParseError[] } {
  const errors: ParseError[] = [];
  try {
    const data: unknown = parse(source, errors, JSON_OPTIONS);
    return { data, errors };
  } catch {
    // 1 is InvalidSymbol: a parser that fails outright leaves a finding at the start.
    return { data: undefined, errors: errors.length > 0 ? errors : [{ error: 1 as ParseError['error'], offset: 0, length: 0 }] };
  }
}

function toPlan(data: Record<string, unknown>, uri: string): EventPlan {
  const plan: EventPlan = {
    uri,
    days: list(data.days).flatMap((d, i) => toDay(d, i)),
    rooms: unique(
      list(data.rooms)
        .map((r) => text(isObject(r) ? r.name : r))
        .filter(isString),
    ),
    slots: unique(
      list(data.slots)
        .map((s) => text(isObject(s) ? (s.start ?? s.time) : s))
        .filter(isString),
    ),
    people: list(data.people).flatMap(toPerson),
    rules: toRules(data.rules),
    output: toOutput(data.output),
    actionFields: toActionFields(data.actionFields),
  };
  const names = isObject(data.privacy) ? data.privacy.names : undefined;
  if (names === 'consent' || names === 'all' || names === 'none') plan.privacy = { names };
  const name = text(data.name);
  if (name) plan.name = name;
  const language = toLanguage(data.language);
  if (language) plan.language = language;
  const size = isObject(data.limits) ? data.limits.maxFileSizeMB : undefined;
  // A number the readers can honour: from 0.1 MB to the 16 MB nothing reads beyond.
  if (typeof size === 'number' && Number.isFinite(size) && size >= 0.1 && size <= MAX_FILE_SIZE_MB) plan.maxFileSizeMB = size;
  // A head count the organizer states: a whole number, never derived from the protocols.
  if (typeof data.attendees === 'number' && Number.isInteger(data.attendees) && data.attendees >= 0) plan.attendees = data.attendees;
  const sections = toSections(data.sections);
  if (sections) plan.sections = sections;
  return plan;
}

const SECTION_KINDS = ['participants', 'findings', 'nextSteps', 'openQuestions'] as const;

/** `sections`: per known kind a list of headings (a single string counts as a list of one); anything else is left out. */
function toSections(value: unknown): EventSections | undefined {
  if (!isObject(value)) return undefined;
  const sections: EventSections = {};
  for (const kind of SECTION_KINDS) {
    const words = (Array.isArray(value[kind]) ? value[kind] : [value[kind]]).map(text).filter(isString);
    if (words.length > 0) sections[kind] = unique(words);
  }
  return Object.keys(sections).length > 0 ? sections : undefined;
}

/** `{ day, date }`, or a bare date string / day number at position `i` (day `i + 1`). */
function toDay(value: unknown, i: number): EventDay[] {
  if (typeof value === 'string' && toIsoDate(value)) return [{ day: i + 1, date: toIsoDate(value) }];
  if (typeof value === 'number') return Number.isInteger(value) ? [{ day: value }] : [];
  if (!isObject(value)) return [];
  const n = typeof value.day === 'string' ? Number(value.day) : (value.day ?? i + 1);
  if (typeof n !== 'number' || !Number.isInteger(n)) return [];
  const date = typeof value.date === 'string' ? toIsoDate(value.date) : undefined;
  return [date ? { day: n, date } : { day: n }];
}

/** `{ id, name, org }` or a bare name; without `id` the handle is the slug of the name. */
function toPerson(value: unknown): Person[] {
  const entry = isObject(value) ? value : { name: value };
  const name = text(entry.name);
  const id = text(entry.id) ?? (name ? slugify(name) : undefined);
  if (!id) return [];
  const org = text(entry.org);
  const person: Person = { id: id.replace(/^@/u, ''), name: name ?? id };
  if (org) person.org = org;
  // Only a plain `true` is consent: a string "yes" or a missing field is not (the public files then name nobody by mistake).
  if (entry.consent === true) person.consent = true;
  return [person];
}

/** `[{ id, title }]`; an entry without id takes the slug of its title, one without either is left out; ids are unique. */
function toActionFields(value: unknown): ActionField[] {
  const fields: ActionField[] = [];
  for (const entry of list(value)) {
    const title = text(isObject(entry) ? entry.title : entry);
    const id = text(isObject(entry) ? entry.id : undefined) ?? (title ? slugify(title) : undefined);
    if (!id || fields.some((f) => f.id === id)) continue;
    fields.push({ id, title: title ?? id });
  }
  return fields;
}

function toRules(value: unknown): Partial<Record<DiagnosticCode, RuleSetting>> {
  const rules: Partial<Record<DiagnosticCode, RuleSetting>> = {};
  if (!isObject(value)) return rules;
  for (const [code, setting] of Object.entries(value)) {
    if ((DIAGNOSTIC_CODES as readonly string[]).includes(code) && typeof setting === 'string' && SETTINGS.includes(setting)) {
      rules[code as DiagnosticCode] = setting as RuleSetting;
    }
  }
  return rules;
}

/** The most an event may allow (MB): no reader takes a larger file (`readPathSync`, the client's `MAX_READ_BYTES`). */
export const MAX_FILE_SIZE_MB = 16;

function toOutput(value: unknown): EventPlan['output'] {
  const output: EventPlan['output'] = {};
  if (!isObject(value)) return output;
  const folder = text(value.folder);
  if (folder) output.folder = folder;
  const formats = typeof value.formats === 'string' ? [value.formats] : list(value.formats);
  const valid = formats.map(text).filter(isString);
  if (valid.length > 0) output.formats = valid;
  // A word that is no status (`"approvd"`) must not publish every draft: it holds back all but approved sessions.
  const publish =
    value.publish === undefined || value.publish === null || (typeof value.publish === 'string' && value.publish.trim().toLowerCase() === 'all')
      ? undefined
      : (readReviewStatus(value.publish) ?? 'approved');
  if (publish) output.publish = publish;
  return output;
}

function toLanguage(value: unknown): Language | undefined {
  const tag = typeof value === 'string' ? value.trim().toLowerCase().slice(0, 2) : '';
  return tag === 'de' || tag === 'en' ? tag : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A trimmed non-empty string; numbers become strings (a room called 101). */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s === '' ? undefined : s;
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
