// Where a list item's marker ends: the parser tells a step's text from its marker, checking a step off writes after it.
import type { Position } from '../model';

/** A list marker (`-`, `*`, `+`, `1.`, `1)`) and the blanks after it. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/u;

/** Splits a text into lines at `\r\n`, `\n` or a lone `\r`, as the parser counts them. */
export function splitLines(text: string): string[] {
  return String(text ?? '').split(/\r\n|\r|\n/u);
}

/**
 * Where the content of the list item starting at `start` begins: just after its marker and blanks.
 * Undefined when no list marker stands there (a paragraph).
 */
export function listMarkerEnd(lines: readonly string[], start: Position): Position | undefined {
  const line = lines[start.line];
  if (line === undefined) return undefined;
  const m = LIST_MARKER.exec(line.slice(start.character));
  return m ? { line: start.line, character: start.character + m[0].length } : undefined;
}
