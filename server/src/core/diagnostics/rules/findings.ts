// Rule missing-findings: a session protocol without an outcome is the most common gap, so it warns.
import { headingArgs, problem, topicOrFirstLine, type Rule } from './rule';

/**
 * missing-findings: no findings section, or none with content. With several findings sections
 * one with content suffices (the duplicate is duplicate-section's business).
 */
export const missingFindings: Rule = (protocol) => {
  const sections = protocol.sections.filter((s) => s.kind === 'findings');
  if (sections.some((s) => s.hasContent)) return [];
  const args = headingArgs(protocol, 'findings');
  if (sections.length === 0) return [problem('missing-findings', topicOrFirstLine(protocol), args)];
  const [first] = sections;
  return [problem('missing-findings', first.headingRange, { ...args, variant: 'empty', heading: first.heading })];
};
