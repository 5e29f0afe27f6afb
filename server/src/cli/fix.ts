// `--fix`: the safe quick fixes of a protocol (core fixAll: merges, exact did-you-means, headings), applied until nothing changes.
import { fixAll, parseSession, validateSession, type Diagnostic, type DiagnosticCode, type TextEdit, type ValidationContext } from '../core';
import { LineIndex } from '../core/text';

/** At most this many rounds: each round's fixes may reveal the next (ESLint stops after 10 as well). */
const MAX_ROUNDS = 10;

export interface FixOutcome {
  text: string;
  /** The codes of the findings fixed, in order, one entry per finding. */
  fixed: DiagnosticCode[];
  /** Whether headings were put into the event's language (a fix without a finding of its own). */
  headings: boolean;
}

/**
 * The text with every safe fix applied. Only fixes the core marks safe are taken: they change what is
 * written, never add content a person has to supply (no invented owners, dates or sections).
 * Running it again on its result changes nothing.
 */
export function fixText(uri: string, text: string, ctx: ValidationContext, today: string): FixOutcome {
  const outcome: FixOutcome = { text, fixed: [], headings: false };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const protocol = parseSession(outcome.text, uri);
    const diagnostics = validateSession(protocol, ctx);
    const end = new LineIndex(outcome.text).positionAt(outcome.text.length);
    const action = fixAll({ uri, protocol, text: outcome.text, diagnostics, range: { start: { line: 0, character: 0 }, end }, plan: ctx.plan, today, language: ctx.language });
    const edits = action?.edit.changes[uri] ?? [];
    const next = applyEdits(outcome.text, edits);
    if (!action || next === outcome.text) break;
    outcome.fixed.push(...action.diagnostics.map((d: Diagnostic) => d.code));
    if ((action.headingsNormalized ?? 0) > 0) outcome.headings = true;
    outcome.text = next;
  }
  return outcome;
}

/** Applies non-overlapping edits (as fixAll returns them), from the last to the first so offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const { start, end, newText } of spans) result = result.slice(0, start) + newText + result.slice(end);
  return result;
}
