// Checking a next step off or re-opening it: the smallest text edit, never a rewrite of the file, and never of another step.
import type { NextStep, Range, SessionProtocol } from '../model';
import { listMarkerEnd, splitLines } from '../syntax';
import { stepLabel } from './nextStepsOverview';

/** A replacement of `range` by `newText`, in the document's positions (0-based, UTF-16). */
export interface StepEdit {
  range: Range;
  newText: string;
}

/**
 * The edits and the line they belong to: `guard` is that line's whole text as the edits were computed
 * against it. Whoever applies them checks the line still reads so (else the text changed meanwhile,
 * and the edit would land in the wrong place).
 */
export interface StepChange {
  edits: StepEdit[];
  guard: { line: number; text: string };
}

/**
 * The edits that give a next step the state `done`: `[ ]` ↔ `[x]` at its checkbox; a list item without
 * checkbox gets `[x] ` after its marker when checked off (re-opening it needs nothing). The step is the
 * one starting on `line`; with `label` (its words as the Next-steps view showed them) it must also read
 * so, or else the one step of the protocol that does (the file changed since the view was made: a step
 * inserted above moved it). Undefined when no such step is found, or when it is a paragraph, which has
 * no place for a checkbox. No edits when the step is in that state already.
 */
export function stepDoneEdits(text: string, protocol: SessionProtocol, line: number, done: boolean, label?: string): StepChange | undefined {
  const step = findStep(protocol, line, label);
  if (!step) return undefined;
  const lines = splitLines(text);
  const guard = { line: step.range.start.line, text: lines[step.range.start.line] ?? '' };
  if (step.checkboxRange) return { edits: step.done === done ? [] : [{ range: step.checkboxRange, newText: done ? '[x]' : '[ ]' }], guard };
  const contentStart = listMarkerEnd(lines, step.range.start);
  if (!contentStart) return undefined;
  return { edits: done ? [{ range: { start: contentStart, end: contentStart }, newText: '[x] ' }] : [], guard };
}

function findStep(protocol: SessionProtocol, line: number, label: string | undefined): NextStep | undefined {
  const steps = protocol?.nextSteps ?? [];
  const atLine = steps.find((s) => s.range.start.line === line);
  if (label === undefined || (atLine && labelOf(atLine) === label)) return atLine;
  const same = steps.filter((s) => labelOf(s) === label);
  return same.length === 1 ? same[0] : undefined;
}

function labelOf(step: NextStep): string {
  return stepLabel({ text: step.text, owners: step.owners.map((o) => o.handle), dueRaw: step.due?.raw });
}
