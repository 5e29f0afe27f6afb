// Checking a next step off or re-opening it: the smallest text edit, never a rewrite of the file.
import type { Position, Range, SessionProtocol } from './model';

/** A replacement of `range` by `newText`, in the document's positions (0-based, UTF-16). */
export interface StepEdit {
  range: Range;
  newText: string;
}

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

/**
 * The edits that give the next step starting on `line` the state `done`: `[ ]` ↔ `[x]` at its checkbox;
 * a list item without checkbox gets `[x] ` after its marker when checked off (re-opening it needs
 * nothing). An empty list when the step is in that state already; undefined when no step starts on
 * that line or the step is a paragraph, which has no place for a checkbox.
 */
export function stepDoneEdits(text: string, protocol: SessionProtocol, line: number, done: boolean): StepEdit[] | undefined {
  const step = protocol?.nextSteps.find((s) => s.range.start.line === line);
  if (!step) return undefined;
  if (step.checkboxRange) return step.done === done ? [] : [{ range: step.checkboxRange, newText: done ? '[x]' : '[ ]' }];
  const contentStart = listMarkerEnd(splitLines(text), step.range.start);
  if (!contentStart) return undefined;
  return done ? [{ range: { start: contentStart, end: contentStart }, newText: '[x] ' }] : [];
}
