// Rule duplicate-section: the same kind of section twice splits what belongs together (free notes may repeat).
import type { Section } from '../../model';
import { problem, type Rule } from './rule';

/** duplicate-section: every further section of a kind already seen, pointing back at the first one. */
export const duplicateSection: Rule = (protocol) => {
  const first = new Map<Section['kind'], Section>();
  const result = [];
  for (const section of protocol.sections) {
    if (section.kind === 'notes') continue;
    const earlier = first.get(section.kind);
    if (!earlier) {
      first.set(section.kind, section);
      continue;
    }
    const args = { heading: section.heading, first: earlier.heading, firstLine: earlier.headingRange.start.line + 1 };
    result.push(problem('duplicate-section', section.headingRange, args, { related: [{ uri: protocol.uri, range: earlier.headingRange }] }));
  }
  return result;
};
