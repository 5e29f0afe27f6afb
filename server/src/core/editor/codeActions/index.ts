// Code actions: the quick fixes for the findings under the cursor, and "fix all" with the safe ones.
import { comparePositions, intersects, overlaps, type CodeActionPlan, type TextEdit } from '../editing';
import type { Diagnostic, DiagnosticCode, Range } from '../../model';
import { fixContext, localFix, type CodeActionInput, type Fix, type FixContext } from './context';
import { fixAddParticipant, fixAddPerson, fixAddPlanValue } from './planAdd';
import { fixRoomSlotConflict, fixUnknownDay } from './planValues';
import { fixDidYouMean, fixDueBeforeEvent, fixEmptySection, fixInvalidFieldValue, fixMisspelledSection, fixParticipantCount, fixRemoveField, fixTopicMismatch } from './replace';
import { fixActionFieldWithoutActive, fixDuplicateSection, fixMissingFindings, fixMissingNextSteps, fixMissingTopic, fixUnclosedFrontmatter, normalizeHeadingEdits } from './sections';
import { fixMissingDueDate, fixMissingOwner } from './steps';

export type { CodeActionInput } from './context';
export { statusActions, STATUS_ACTION_KIND } from './status';

type Fixer = (d: Diagnostic, ctx: FixContext) => Fix[];

/** The fixes per code, most likely first. invalid-date has none: which day was meant is anybody's guess. */
const FIXERS: Partial<Record<DiagnosticCode, Fixer[]>> = {
  'missing-topic': [fixMissingTopic],
  'missing-findings': [fixMissingFindings],
  'missing-next-steps': [fixMissingNextSteps],
  'next-step-without-owner': [fixMissingOwner],
  'next-step-without-due-date': [fixMissingDueDate],
  'unknown-person': [fixDidYouMean, fixAddPerson],
  'unknown-room': [fixDidYouMean, fixAddPlanValue],
  'unknown-slot': [fixDidYouMean, fixAddPlanValue],
  'unknown-field': [fixDidYouMean, fixRemoveField],
  'unknown-day': [fixUnknownDay],
  'room-slot-conflict': [fixRoomSlotConflict],
  'duplicate-section': [fixDuplicateSection],
  'topic-mismatch': [fixTopicMismatch],
  'participant-count-mismatch': [fixParticipantCount],
  'frontmatter-syntax': [fixUnclosedFrontmatter],
  'misspelled-section': [fixMisspelledSection],
  'due-before-event': [fixDueBeforeEvent],
  'invalid-field-value': [fixInvalidFieldValue],
  'empty-section': [fixEmptySection],
  'unknown-action-field': [fixDidYouMean],
  'unknown-participant': [fixAddParticipant],
  'action-field-without-active': [fixActionFieldWithoutActive],
};

/** The codes whose fixes may edit barcamp.json: only for these is its text worth reading. */
const PLAN_CODES: ReadonlySet<DiagnosticCode> = new Set(['next-step-without-owner', 'unknown-person', 'unknown-participant', 'unknown-room', 'unknown-slot']);

/** True when a fix for a finding in `range` may need the text of barcamp.json. */
export function needsPlanText(diagnostics: readonly Diagnostic[], range: Range): boolean {
  return diagnostics.some((d) => PLAN_CODES.has(d.code) && intersects(d.range, range));
}

/** The quick fixes for every finding that touches the input's range, plus heading normalization on a mixed-language heading. */
export function quickFixes(input: CodeActionInput): CodeActionPlan[] {
  const ctx = fixContext(input);
  const plans: CodeActionPlan[] = [];
  for (const d of input.diagnostics.filter((d) => intersects(d.range, input.range))) {
    for (const fix of fixesFor(d, ctx)) {
      plans.push({ title: fix.title, kind: 'quickfix', diagnostics: [d], edit: fix.edit, ...(fix.preferred ? { preferred: true } : {}) });
    }
  }
  const normalize = normalizeHeadingEdits(ctx);
  if (normalize && normalize.edits.some((e) => intersects(e.range, input.range))) {
    const title = ctx.t('action.normalize', { language: ctx.t(`language.${normalize.target}`) });
    plans.push({ title, kind: 'quickfix', diagnostics: [], edit: { changes: { [input.uri]: normalize.edits } } });
  }
  return plans;
}

/**
 * One action with every safe fix of the document (duplicate sections merged, field names and
 * case-only typos corrected, headings in the event's language), or undefined when there is none.
 * Fixes are taken in document order; one whose edits would overlap an earlier one is left for later.
 */
export function fixAll(input: CodeActionInput): CodeActionPlan | undefined {
  const ctx = fixContext(input);
  const accepted: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  const take = (edits: TextEdit[]): boolean => {
    if (edits.some((e) => accepted.some((a) => conflict(a.range, e.range)))) return false;
    accepted.push(...edits);
    return true;
  };
  for (const d of input.diagnostics) {
    const fix = fixesFor(d, ctx).find((f) => f.safe && Object.keys(f.edit.changes).every((uri) => uri === input.uri));
    if (fix && take(fix.edit.changes[input.uri] ?? [])) fixed.push(d);
  }
  const headingsNormalized = (normalizeHeadingEdits(ctx)?.edits ?? []).filter((edit) => take([edit])).length;
  if (accepted.length === 0) return undefined;
  return { title: ctx.t('action.fixAll'), kind: 'source.fixAll.barcamp', diagnostics: fixed, edit: localFix(ctx, '', accepted).edit, headingsNormalized };
}

/** Every fix of one finding; a fixer that fails on odd input offers nothing instead of failing the request. */
function fixesFor(d: Diagnostic, ctx: FixContext): Fix[] {
  return (FIXERS[d.code] ?? []).flatMap((fixer) => {
    try {
      return fixer(d, ctx);
    } catch {
      return [];
    }
  });
}

/** Two edits conflict when their ranges overlap, or one inserts strictly inside the text the other replaces. */
function conflict(a: Range, b: Range): boolean {
  return overlaps(a, b) || strictlyInside(a.start, b) || strictlyInside(b.start, a);
}

function strictlyInside(p: Range['start'], r: Range): boolean {
  return comparePositions(r.start, p) < 0 && comparePositions(p, r.end) < 0;
}
