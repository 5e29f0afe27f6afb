// A small JSON scanner that keeps offsets: precise text edits in barcamp.json need to know where each value stands.

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

class JsonSyntaxError extends Error {}

/**
 * The value tree of a JSON text with offsets, or undefined when the text is not valid JSON
 * (then nobody should edit it by offsets). A leading BOM must already be removed. Never throws.
 */
export function scanJson(text: string): JsonValue | undefined {
  try {
    const scanner = new Scanner(String(text ?? ''));
    const value = scanner.value();
    scanner.skipSpace();
    return scanner.atEnd() ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The value of `key` in an object (the first one, as JSON.parse would not: it keeps the last; duplicates are rare). */
export function propertyOf(object: JsonValue | undefined, key: string): JsonProperty | undefined {
  return object?.kind === 'object' ? object.properties.find((p) => p.key.value === key) : undefined;
}

class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  skipSpace(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at])) this.at++;
  }

  value(): JsonValue {
    this.skipSpace();
    const ch = this.text[this.at];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/u.exec(this.text.slice(this.at, this.at + 400));
    if (!m) throw new JsonSyntaxError(`unexpected character at ${this.at}`);
    const start = this.at;
    this.at += m[0].length;
    return { kind: 'other', start, end: this.at };
  }

  private object(): JsonObject {
    const start = this.at++;
    const properties: JsonProperty[] = [];
    this.skipSpace();
    if (this.text[this.at] === '}') return { kind: 'object', properties, start, end: ++this.at };
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') throw new JsonSyntaxError('expected a key');
      const key = this.string();
      this.skipSpace();
      this.expect(':');
      properties.push({ key, value: this.value() });
      this.skipSpace();
      if (this.text[this.at] === '}') return { kind: 'object', properties, start, end: ++this.at };
      this.expect(',');
    }
  }

  private array(): JsonArray {
    const start = this.at++;
    const items: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.at] === ']') return { kind: 'array', items, start, end: ++this.at };
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      if (this.text[this.at] === ']') return { kind: 'array', items, start, end: ++this.at };
      this.expect(',');
    }
  }

  private string(): JsonString {
    const start = this.at++;
    while (this.at < this.text.length && this.text[this.at] !== '"') {
      if (this.text[this.at] === '\\') this.at++;
      this.at++;
    }
    if (this.at >= this.text.length) throw new JsonSyntaxError('unclosed string');
    this.at++;
    // JSON.parse checks the escapes and raw control characters exactly as the plan reader does.
    return { kind: 'string', value: JSON.parse(this.text.slice(start, this.at)) as string, start, end: this.at };
  }

  private expect(ch: string): void {
    if (this.text[this.at] !== ch) throw new JsonSyntaxError(`expected ${ch} at ${this.at}`);
    this.at++;
  }
}
