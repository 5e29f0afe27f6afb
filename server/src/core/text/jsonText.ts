// barcamp.json as a value tree with offsets (jsonc-parser): precise text edits need to know where each value stands.
// The ESM build: the package's main entry is UMD, whose inner require('./impl/…') calls no bundler resolves.
import { parseTree, type Node, type ParseError, type ParseOptions } from 'jsonc-parser/lib/esm/main.js';

export interface JsonString {
  kind: 'string';
  value: string;
  /** Offsets of the literal, quotes included. */
  start: number;
  end: number;
}

export interface JsonProperty {
  key: JsonString;
  value: JsonValue;
}

export interface JsonObject {
  kind: 'object';
  properties: JsonProperty[];
  start: number;
  end: number;
}

export interface JsonArray {
  kind: 'array';
  items: JsonValue[];
  start: number;
  end: number;
}

/** Numbers, `true`, `false`, `null`: never edited, only skipped. */
export interface JsonOther {
  kind: 'other';
  start: number;
  end: number;
}

export type JsonValue = JsonString | JsonObject | JsonArray | JsonOther;

/** How barcamp.json is read everywhere: comments are tolerated (people annotate plans), trailing commas and empty files are not. */
export const JSON_OPTIONS: ParseOptions = { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false };

/**
 * The value tree of a JSON text with offsets, or undefined when the text has any syntax error
 * (then nobody should edit it by offsets). Comments are allowed. A leading BOM must already be removed. Never throws.
 */
export function scanJson(text: string): JsonValue | undefined {
  try {
    const errors: ParseError[] = [];
    const root = parseTree(String(text ?? ''), errors, JSON_OPTIONS);
    return root && errors.length === 0 ? toValue(root) : undefined;
  } catch {
    return undefined;
  }
}

/** The value of `key` in an object (the first one, as JSON.parse would not: it keeps the last; duplicates are rare). */
export function propertyOf(object: JsonValue | undefined, key: string): JsonProperty | undefined {
  return object?.kind === 'object' ? object.properties.find((p) => p.key.value === key) : undefined;
}

function toValue(node: Node): JsonValue {
  const span = { start: node.offset, end: node.offset + node.length };
  if (node.type === 'string') return { kind: 'string', value: String(node.value), ...span };
  if (node.type === 'array') return { kind: 'array', items: (node.children ?? []).map(toValue), ...span };
  if (node.type === 'object') return { kind: 'object', properties: (node.children ?? []).flatMap(toProperty), ...span };
  return { kind: 'other', ...span };
}

/** A `property` node holds the key and (in a text without errors, always) the value. */
function toProperty(node: Node): JsonProperty[] {
  const [key, value] = node.children ?? [];
  if (!key || !value) return [];
  return [{ key: toValue(key) as JsonString, value: toValue(value) }];
}
