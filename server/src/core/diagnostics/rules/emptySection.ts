// Rule empty-section: a heading with nothing at all below it, where something was surely meant to stand.
import { problem, type Rule } from './rule';

/**
 * empty-section: a section whose heading is followed directly by the next heading (or the end). Findings
 * and next steps have their own rules for that; a template's placeholder (an empty bullet, a comment) is
 * not reported, since a new protocol is full of them and nothing was lost there.
 */
export const emptySection: Rule = (protocol) =>
  protocol.sections.filter((s) => s.kind !== 'findings' && s.kind !== 'nextSteps' && s.markdown.trim() === '').map((s) => problem('empty-section', s.headingRange, { heading: s.heading || '##' }));
