// The review step in the protocol: "Mark as reviewed" / "Mark as approved" while the cursor is in the frontmatter.
import { intersects, type CodeActionPlan } from '../editing';
import { REVIEW_STATUSES, type ReviewStatus } from '../../model';
import { currentStatus, reviewStatusEdits, statusLanguage } from '../reviewStatus';
import type { CodeActionInput } from './context';
import { say, type EditingTextKey } from '../editingTexts';

/** The code-action kind of these actions: a rewrite, not a fix of a finding. */
export const STATUS_ACTION_KIND = 'refactor.rewrite';

const TITLES: Partial<Record<ReviewStatus, EditingTextKey>> = { reviewed: 'action.markReviewed', approved: 'action.markApproved' };

/**
 * One action per status above the protocol's current one, when the requested range touches its
 * frontmatter: the same edit as the command "Set review status", in the protocol's words. Nothing for a
 * protocol without frontmatter or with an unclosed one, and nothing once it is approved.
 */
export function statusActions(input: CodeActionInput): CodeActionPlan[] {
  const { protocol, text, uri } = input;
  const frontmatter = protocol.frontmatter;
  if (!frontmatter || !intersects(input.range, frontmatter.range)) return [];
  const language = statusLanguage({ protocol, planLanguage: input.plan?.language, fallback: input.language });
  const above = REVIEW_STATUSES.slice(REVIEW_STATUSES.indexOf(currentStatus(protocol)) + 1);
  return above.flatMap((status): CodeActionPlan[] => {
    const key = TITLES[status];
    const edits = key ? reviewStatusEdits(text, protocol, status, language) : undefined;
    if (!key || !edits || edits.length === 0) return [];
    return [{ title: say(input.language, key), kind: STATUS_ACTION_KIND, diagnostics: [], edit: { changes: { [uri]: edits } } }];
  });
}
