// Shared test helpers for the core: build documents line by line and compute positions/ranges by searching text.
import { strict as assert } from 'node:assert';
import { inflateRawSync } from 'node:zlib';
import type { Position, Range } from '../../server/src/core/model';

/** Joins lines with `\n` (LF), so a test document reads like the file it stands for. */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}

/** Joins lines with `\r\n` (CRLF), for line-ending tests. */
export function crlfLines(...parts: string[]): string {
  return parts.join('\r\n');
}

/** A position literal: `pos(2, 4)`. */
export function pos(line: number, character: number): Position {
  return { line, character };
}

/** A range literal: `range(2, 0, 2, 10)`. */
export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: pos(startLine, startChar), end: pos(endLine, endChar) };
}

/** The position of string offset `offset` in `text`; `\r\n`, `\n` and a lone `\r` each end a line. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

/**
 * The range of the `occurrence`-th (0-based) match of `needle` in `text`.
 * Throws when it is missing, so a typo in a test fails loudly instead of comparing against nonsense.
 */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let index = -1;
  for (let n = 0; n <= occurrence; n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`rangeOf: ${JSON.stringify(needle)} #${occurrence} not found`);
  }
  return { start: positionAt(text, index), end: positionAt(text, index + needle.length) };
}

/** The start position of the `occurrence`-th match of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 0): Position {
  return rangeOf(text, needle, occurrence).start;
}

/**
 * Splits a document marked with one `|` cursor into the text without the marker and the cursor position:
 * `cursor(lines('- [ ] Foo @an|'))` → `{ text: '- [ ] Foo @an', position: { line: 0, character: 12 } }`.
 * Use `marker` for documents that contain a literal `|`.
 */
export function cursor(marked: string, marker = '|'): { text: string; position: Position } {
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error('cursor: no marker in text');
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  return { text, position: positionAt(text, offset) };
}

/** The text a range covers, for asserting that a range points at what it claims to. */
export function textAt(text: string, r: Range): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const offset = (p: Position) => (starts[p.line] ?? text.length) + p.character;
  return text.slice(offset(r.start), offset(r.end));
}

/** Compact `line:char-line:char` form of a range, for readable assertion messages. */
export function fmtRange(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The parts of a zip file by name, inflated: the central directory read as the zip format describes it. */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'no end of central directory');
  const parts = new Map<string, string>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry expected');
    const [method, size, nameLength] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28)];
    const local = zip.readUInt32LE(at + 42);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    parts.set(zip.toString('utf8', at + 46, at + 46 + nameLength), (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}
