// Text edits in a barcamp.json: find a person's entry, change their id or name, append a person, room or slot.
import type { TextEdit } from './editing';
import { propertyOf, scanJson, type JsonArray, type JsonObject, type JsonValue } from '../text';
import { LineIndex } from '../text';
import type { Person, Range } from '../model';
import { slugify } from '../text';

/** A barcamp.json text that scanned as a JSON object. */
interface PlanText {
  text: string;
  index: LineIndex;
  root: JsonObject;
}

/** Where a person is declared in `people`. */
export interface PlanPersonEntry {
  /** The whole entry (object or bare name). */
  range: Range;
  /** The `name` value (or the bare string), quotes included. */
  nameRange?: Range;
  /** The `id` value, quotes included; absent when the id is derived from the name. */
  idRange?: Range;
}

/** The lists of barcamp.json a quick fix may append to. */
export type PlanListKey = 'people' | 'rooms' | 'slots';

/** The plan text as a JSON object with offsets; undefined when it is no valid JSON object. */
function readPlan(planText: string | undefined): PlanText | undefined {
  const text = String(planText ?? '').replace(/^\uFEFF/u, '');
  const root = scanJson(text);
  return root?.kind === 'object' ? { text, index: new LineIndex(text), root } : undefined;
}

/** The handle the plan reader derives for an entry, exactly as eventPlan.ts does (explicit id, else the slug of the name). */
function entryHandle(entry: JsonValue): string | undefined {
  if (entry.kind === 'string') return slugify(entry.value) || undefined;
  if (entry.kind !== 'object') return undefined;
  const id = stringValue(propertyOf(entry, 'id')?.value)?.trim();
  if (id) return id.replace(/^@/u, '');
  const name = stringValue(propertyOf(entry, 'name')?.value);
  return name ? slugify(name) || undefined : undefined;
}

function stringValue(value: JsonValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

function peopleEntries(plan: PlanText): JsonValue[] {
  const people = propertyOf(plan.root, 'people')?.value;
  return people?.kind === 'array' ? people.items : [];
}

function findEntry(plan: PlanText, person: Person): JsonValue | undefined {
  return peopleEntries(plan).find((entry) => entryHandle(entry) === person.id);
}

/** Where `person` is declared in the plan text, or undefined (no such entry, or the text is no valid JSON). */
export function findPlanPersonEntry(planText: string | undefined, person: Person): PlanPersonEntry | undefined {
  const plan = readPlan(planText);
  const entry = plan && findEntry(plan, person);
  if (!plan || !entry) return undefined;
  const at = (v: { start: number; end: number }) => plan.index.rangeAt(v.start, v.end);
  if (entry.kind === 'string') return { range: at(entry), nameRange: at(entry) };
  const id = propertyOf(entry, 'id')?.value;
  const name = propertyOf(entry, 'name')?.value;
  const result: PlanPersonEntry = { range: at(entry) };
  if (name?.kind === 'string') result.nameRange = at(name);
  if (id?.kind === 'string') result.idRange = at(id);
  return result;
}

/**
 * The edits that give `person` a new `id` and/or `name` in the plan text. An entry without `id`
 * gets one; a bare-name entry becomes an object when it needs an id. Undefined when the entry is not found.
 */
export function renamePersonInPlan(planText: string | undefined, person: Person, change: { id?: string; name?: string }): TextEdit[] | undefined {
  const plan = readPlan(planText);
  const entry = plan && findEntry(plan, person);
  if (!plan || !entry) return undefined;
  const replace = (v: { start: number; end: number }, newText: string): TextEdit => ({ range: plan.index.rangeAt(v.start, v.end), newText });
  if (entry.kind === 'string') {
    const name = change.name ?? entry.value;
    const newText = change.id === undefined ? JSON.stringify(name) : `{ "id": ${JSON.stringify(change.id)}, "name": ${JSON.stringify(name)} }`;
    return [replace(entry, newText)];
  }
  if (entry.kind !== 'object') return undefined;
  const edits: TextEdit[] = [];
  if (change.id !== undefined) edits.push(idEdit(plan, entry, change.id));
  const name = propertyOf(entry, 'name')?.value;
  if (change.name !== undefined && name?.kind === 'string') edits.push(replace(name, JSON.stringify(change.name)));
  return edits;
}

/** Replaces the `id` value, or inserts `"id": …` as the entry's first property. */
function idEdit(plan: PlanText, entry: JsonObject, id: string): TextEdit {
  const current = propertyOf(entry, 'id')?.value;
  if (current) return { range: plan.index.rangeAt(current.start, current.end), newText: JSON.stringify(id) };
  const first = entry.properties[0]?.key;
  const at = plan.index.positionAt(first ? first.start : entry.start + 1);
  return { range: { start: at, end: at }, newText: `"id": ${JSON.stringify(id)}${first ? ', ' : ''}` };
}

/**
 * The edit that appends `valueJson` (already JSON) to the list `key` of the plan, in the list's own
 * layout: one entry per line stays one per line, an inline list stays inline. A missing list is added
 * as the root object's last property. Undefined when the text is no valid JSON object or `key` is no list.
 */
export function appendToPlanList(planText: string | undefined, key: PlanListKey, valueJson: string): TextEdit | undefined {
  const plan = readPlan(planText);
  if (!plan) return undefined;
  const property = propertyOf(plan.root, key);
  if (property && property.value.kind !== 'array') return undefined;
  if (property) return appendItem(plan, property.value as JsonArray, valueJson);
  return appendProperty(plan, plan.root, `${JSON.stringify(key)}: [${valueJson}]`);
}

function appendItem(plan: PlanText, list: JsonArray, valueJson: string): TextEdit {
  const last = list.items[list.items.length - 1];
  if (!last) return insertAt(plan, list.start + 1, valueJson);
  const previousEnd = list.items.length > 1 ? list.items[list.items.length - 2].end : list.start + 1;
  return insertAt(plan, last.end, `,${separator(plan.text.slice(previousEnd, last.start))}${valueJson}`);
}

function appendProperty(plan: PlanText, object: JsonObject, propertyJson: string): TextEdit {
  const last = object.properties[object.properties.length - 1];
  if (!last) return insertAt(plan, object.start + 1, propertyJson);
  const previousEnd = object.properties.length > 1 ? object.properties[object.properties.length - 2].value.end : object.start + 1;
  return insertAt(plan, last.value.end, `,${separator(plan.text.slice(previousEnd, last.key.start))}${propertyJson}`);
}

/** The whitespace that separates the last two entries (a newline and indentation, or a space). */
function separator(between: string): string {
  const space = /\s*$/u.exec(between)?.[0] ?? '';
  return space === '' ? ' ' : space;
}

function insertAt(plan: PlanText, offset: number, newText: string): TextEdit {
  const at = plan.index.positionAt(offset);
  return { range: { start: at, end: at }, newText };
}

/** A person entry as JSON, on one line like the demo's: `{ "id": "max-mustermann", "name": "Max Mustermann" }`. */
export function personJson(id: string, name: string, org?: string): string {
  const withOrg = org ? `, "org": ${JSON.stringify(org)}` : '';
  return `{ "id": ${JSON.stringify(id)}, "name": ${JSON.stringify(name)}${withOrg} }`;
}

/** A readable name guessed from a handle: `max-mustermann` → `Max Mustermann`, `jan-ole.brandt` → `Jan Ole Brandt`. */
export function nameFromHandle(handle: string): string {
  return handle
    .split(/[-_.]+/u)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toLocaleUpperCase('de') + w.slice(1))
    .join(' ');
}
