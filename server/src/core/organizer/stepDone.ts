// Checking a next step off or re-opening it: the smallest text edit, never a rewrite of the file.
import type { Range, SessionProtocol } from '../model';
import { listMarkerEnd, splitLines } from '../syntax';

/** A replacement of `range` by `newText`, in the document's positions (0-based, UTF-16). */
export interface StepEdit {
  range: Range;
  newText: string;
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
