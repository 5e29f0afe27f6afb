// Builds the session model from the mdast root: the first `#` heading and the `##` sections with their items.
import type { Heading, Root, RootContent } from 'mdast';
import { declaresNone, matchSectionKeyword, misspelledSectionKeyword } from './keywords';
import { nodeRange, offsets, plainText, readItems, readParticipants } from './items';
import type { LineIndex } from '../text';
import type { Item, Language, Located, NextStep, Problem, Range, Section, SessionProtocol } from '../model';
import { toNextStep } from './nextSteps';
import { collapseWhitespace } from '../text';

/** The parts of a SessionProtocol that come from the Markdown body. */
export type BodyModel = Pick<SessionProtocol, 'heading' | 'sections' | 'participants' | 'unnamedParticipants' | 'findings' | 'nextSteps' | 'openQuestions' | 'language'>;

/**
 * Walks the top-level blocks: a `##` heading opens a section that runs until the next heading of
 * depth ≤ 2; anything nested (a heading in a list, quote or code fence) is content, not structure.
 */
export function toModel(root: Root, index: LineIndex, problems: Problem[]): BodyModel {
  const model: BodyModel = { sections: [], participants: [], unnamedParticipants: 0, findings: [], nextSteps: [], openQuestions: [] };
  let open: { heading: Heading; nodes: RootContent[] } | undefined;
  const close = () => {
    if (open) addSection(model, open.heading, open.nodes, index, problems);
    open = undefined;
  };
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      close();
      if (node.depth === 2) open = { heading: node, nodes: [] };
      else if (!model.heading) model.heading = readHeading(node, index);
    } else if (open) {
      open.nodes.push(node);
    }
  }
  close();
  model.language = majorityLanguage(model.sections);
  return model;
}

/** The range of a heading's words (without the `#` marks), where a corrected word goes. */
function headingTextRange(heading: Heading, index: LineIndex, fallback: Range): Range {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  if (!first || !last) return fallback;
  return { start: nodeRange(first, index, fallback).start, end: nodeRange(last, index, fallback).end };
}

function addSection(model: BodyModel, heading: Heading, nodes: RootContent[], index: LineIndex, problems: Problem[]): void {
  const headingRange = nodeRange(heading, index, index.rangeAt(0, 0));
  const text = collapseWhitespace(plainText(heading)).replace(/\s*:+$/u, '');
  const matched = matchSectionKeyword(text);
  const misspelled = matched ? undefined : misspelledSectionKeyword(text);
  const keyword = matched ?? misspelled;
  const kind = keyword?.kind ?? 'notes';
  // A heading close to a keyword counts as that section (nothing written under it is lost), and says so.
  if (misspelled) problems.push({ code: 'misspelled-section', range: headingTextRange(heading, index, headingRange), args: { heading: text, keyword: misspelled.word }, suggestion: misspelled.word });
  const content = nodes.filter((n) => !isComment(n));
  const lastEnd = offsets(nodes[nodes.length - 1])[1];
  const range = lastEnd === undefined ? headingRange : { start: headingRange.start, end: index.positionAt(lastEnd) };
  let raws = readItems(nodes, index);
  let declaredNone = false;
  if (kind === 'nextSteps' && raws.length === 1 && declaresNone(raws[0].item.text)) {
    declaredNone = true;
    raws = [];
  }
  const items: Item[] = kind === 'nextSteps' ? raws.map((r) => toNextStep(r, index, problems)) : raws.map((r) => r.item);
  const section: Section = { kind, heading: text, headingRange, range, items, hasContent: declaredNone || hasContent(content, items), declaredNone };
  if (keyword?.language) section.language = keyword.language;
  model.sections.push(section);
  if (kind === 'participants') {
    for (const item of items) {
      const { people, unnamed } = readParticipants(item);
      model.participants.push(...people);
      model.unnamedParticipants += unnamed;
    }
  } else if (kind === 'findings') model.findings.push(...items);
  else if (kind === 'nextSteps') model.nextSteps.push(...(items as NextStep[]));
  else if (kind === 'openQuestions') model.openQuestions.push(...items);
}

/** The first `#` heading's text, located at its content (without `# `). */
function readHeading(heading: Heading, index: LineIndex): Located | undefined {
  const value = collapseWhitespace(plainText(heading));
  if (value === '') return undefined;
  const start = offsets(heading.children[0])[0];
  const end = offsets(heading.children[heading.children.length - 1])[1];
  const range = start !== undefined && end !== undefined ? index.rangeAt(start, end) : nodeRange(heading, index, index.rangeAt(0, 0));
  return { value, range };
}

/** An HTML comment (a template's placeholder hint) is not content. */
function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/u.test(node.value);
}

/** The language most recognized headings belong to; undefined when none or tied. */
function majorityLanguage(sections: Section[]): Language | undefined {
  let de = 0;
  let en = 0;
  for (const s of sections) {
    if (s.language === 'de') de++;
    else if (s.language === 'en') en++;
  }
  return de > en ? 'de' : en > de ? 'en' : undefined;
}

/**
 * A section has content when it has items or any block that is not a list. A list of only empty
 * bullets (`- `, `- [ ] ` as a skeleton leaves them) is a placeholder, not an outcome.
 */
function hasContent(content: RootContent[], items: Item[]): boolean {
  return items.length > 0 || content.some((n) => n.type !== 'list');
}
