// Builds the session model from the mdast root: the `#` title, the intro and every section with its items, as written.
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { declaresNone, matchSectionKeyword, misspelledSectionKeyword } from './keywords';
import { isComment, listsItems, nodeRange, offsets, otherBlocks, plainText, readImages, readItems, readParticipants } from './items';
import type { LineIndex } from '../text';
import type { EventSections, Item, Language, Located, NextStep, Problem, Range, Section, SessionProtocol, Subheading } from '../model';
import { toNextStep } from './nextSteps';
import { collapseWhitespace, toIsoDate } from '../text';

/** The parts of a SessionProtocol that come from the Markdown body. */
export type BodyModel = Pick<
  SessionProtocol,
  'heading' | 'intro' | 'sections' | 'participants' | 'unnamedParticipants' | 'active' | 'interested' | 'findings' | 'nextSteps' | 'openQuestions' | 'images' | 'language'
>;

/** A section's heading with the top-level blocks below it. */
export interface SectionNodes {
  heading: Heading;
  nodes: RootContent[];
}

/** The top-level blocks of a body, sorted: the `#` title, what stands outside every section, the sections. */
export interface BodyNodes {
  title?: Heading;
  intro: RootContent[];
  sections: SectionNodes[];
}

/**
 * Splits the top-level blocks: the first `#` heading with words is the title; any other heading of depth
 * ≤ 2 opens a section that runs until the next one; blocks before the first section are the intro.
 * Anything nested (a heading in a list, quote or code fence) is content, not structure.
 */
export function splitSections(root: Root): BodyNodes {
  const body: BodyNodes = { intro: [], sections: [] };
  let open: SectionNodes | undefined;
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      open = undefined;
      const words = collapseWhitespace(plainText(node)) !== '';
      if (node.depth === 1 && !body.title && words) body.title = node;
      // Any other heading opens a section, also an empty one (a heading being typed): what follows it is
      // never folded back into the intro, which so stays one run before the first section and one after the title.
      else body.sections.push((open = { heading: node, nodes: [] }));
    } else if (open) open.nodes.push(node);
    else body.intro.push(node);
  }
  return body;
}

/** Builds the body model from the tree; every top-level block lands in the intro or in a section. */
export function toModel(root: Root, index: LineIndex, problems: Problem[], eventSections?: EventSections): BodyModel {
  const model: BodyModel = { sections: [], participants: [], unnamedParticipants: 0, active: [], interested: [], findings: [], nextSteps: [], openQuestions: [], images: readImages(root, index) };
  const body = splitSections(root);
  if (body.title) model.heading = readHeading(body.title, index);
  const intro = readIntro(body, index);
  if (intro) model.intro = intro;
  checkDates(body.intro, index, problems);
  checkPersonalData(body.intro, index, problems);
  for (const section of body.sections) addSection(model, section.heading, section.nodes, index, problems, eventSections);
  model.language = majorityLanguage(model.sections);
  return model;
}

/** The intro as written: its blocks before the title and after it, each run sliced from the text. */
function readIntro(body: BodyNodes, index: LineIndex): Located | undefined {
  // A template's placeholder comment alone is no intro.
  if (body.intro.every(isComment)) return undefined;
  const titleAt = offsets(body.title)[0] ?? Infinity;
  const runs = [body.intro.filter((n) => (offsets(n)[0] ?? 0) < titleAt), body.intro.filter((n) => (offsets(n)[0] ?? 0) > titleAt)];
  const parts = runs.map((nodes) => blocksMarkdown(nodes, index)).filter((text) => text.trim() !== '');
  const [start] = offsets(body.intro[0]);
  const [, end] = offsets(body.intro[body.intro.length - 1]);
  if (parts.length === 0 || start === undefined || end === undefined) return undefined;
  return { value: parts.join('\n\n'), range: index.rangeAt(start, end) };
}

/** Blocks as written: from the start of the first one's line (its indentation belongs to it) to the end of the last. */
export function blocksMarkdown(nodes: RootContent[], index: LineIndex): string {
  const first = nodes[0]?.position?.start;
  const [, end] = offsets(nodes[nodes.length - 1]);
  if (!first || end === undefined) return '';
  return index.text.slice(index.starts[first.line - 1] ?? first.offset ?? 0, end);
}

/** The range of a heading's words (without the `#` marks), where a corrected word goes. */
function headingTextRange(heading: Heading, index: LineIndex, fallback: Range): Range {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  if (!first || !last) return fallback;
  return { start: nodeRange(first, index, fallback).start, end: nodeRange(last, index, fallback).end };
}

function addSection(model: BodyModel, heading: Heading, nodes: RootContent[], index: LineIndex, problems: Problem[], eventSections: EventSections | undefined): void {
  const headingRange = nodeRange(heading, index, index.rangeAt(0, 0));
  const text = collapseWhitespace(plainText(heading)).replace(/\s*:+$/u, '');
  const matched = matchSectionKeyword(text, eventSections);
  const misspelled = matched ? undefined : misspelledSectionKeyword(text, eventSections);
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
  const section: Section = {
    kind,
    heading: text,
    headingRange,
    range,
    items,
    hasContent: declaredNone || hasContent(content, items),
    declaredNone,
    markdown: blocksMarkdown(nodes, index),
    // Only where the report shows it: slicing every section's blocks on every keystroke would be work for nothing.
    otherMarkdown: listsItems(kind)
      ? otherBlocks(nodes)
          .map((n) => blocksMarkdown([n], index))
          .join('\n\n')
      : '',
    subheadings: subheadings(nodes, index),
  };
  if (keyword?.language) section.language = keyword.language;
  model.sections.push(section);
  // Due dates are read with their steps; a date anywhere else (a finding, a free section) is checked too.
  if (kind !== 'nextSteps') checkDates(nodes, index, problems);
  checkPersonalData(nodes, index, problems);
  if (kind === 'participants') {
    for (const item of items) {
      const { people, unnamed } = readParticipants(item);
      model.participants.push(...people);
      model.unnamedParticipants += unnamed;
    }
  } else if (kind === 'active' || kind === 'interested') {
    for (const item of items) model[kind].push(...readParticipants(item).people);
  } else if (kind === 'findings') model.findings.push(...items);
  else if (kind === 'nextSteps') model.nextSteps.push(...(items as NextStep[]));
  else if (kind === 'openQuestions') model.openQuestions.push(...items);
}

/** A written date in the markup's two styles, as a word of its own (`31.04.2017`, `2017-02-30`). */
const WRITTEN_DATE = /(?<![\p{L}\p{N}.-])(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}]|[.-]\d)/gu;

/**
 * invalid-date for every written date in the blocks' text that names no day that exists (a finding
 * "Frist war der 30.02.2017"). Only text is read: code, link targets and raw HTML hold no dates of the protocol's.
 */
function checkDates(nodes: RootContent[], index: LineIndex, problems: Problem[]): void {
  // A text without a digit run like a year holds no date: most blocks are passed over without a walk.
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      const [start, end] = offsets(node);
      if (start === undefined || end === undefined) return;
      for (const m of index.text.slice(start, end).matchAll(WRITTEN_DATE)) {
        if (!toIsoDate(m[0])) problems.push({ code: 'invalid-date', range: index.rangeAt(start + m.index, start + m.index + m[0].length), args: { date: m[0] } });
      }
    } else if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  for (const node of nodes) {
    const [start, end] = offsets(node);
    if (start !== undefined && end !== undefined && /\d{4}/u.test(index.text.slice(start, end))) visit(node);
  }
}

/** An e-mail address: something@domain.tld, not an `@handle` (nothing before the @). */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
/** A phone number: `+49 431 123456`, `0431/123456`, `(0431) 123456`, `+49 (0)40 1234-56`, `Tel.:0431 123456`; its digits are counted apart (8 to 15). */
const PHONE = /(?<![\p{L}\p{N}+.,/-])(?:\+\d{1,3} ?|\(?0)(?:\(0\) ?)?\d[\d /()-]{4,}\d(?![\p{L}\p{N}]|[.,:]\d)/gu;

/**
 * personal-data for every e-mail address and phone number in the blocks as written (text, link targets,
 * code alike: all of it is published). Information only: with the person's consent it may stand.
 */
function checkPersonalData(nodes: RootContent[], index: LineIndex, problems: Problem[]): void {
  for (const node of nodes) {
    const [start, end] = offsets(node);
    if (start === undefined || end === undefined) continue;
    const text = index.text.slice(start, end);
    if (text.includes('@')) for (const m of text.matchAll(EMAIL)) problems.push(personalData(index, start + m.index, m[0], 'email'));
    // Eight digits, apart only by what a phone number may hold between them (`+49 30 901 820` has no run of four).
    if (!/\d(?:[ /()-]*\d){7}/u.test(text)) continue;
    for (const m of text.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/gu, '').length;
      if (digits >= 8 && digits <= 15) problems.push(personalData(index, start + m.index, m[0].trim(), 'phone'));
    }
  }
}

function personalData(index: LineIndex, at: number, text: string, kind: 'email' | 'phone'): Problem {
  return { code: 'personal-data', range: index.rangeAt(at, at + text.length), args: kind === 'phone' ? { variant: 'phone', text } : { text } };
}

/** The headings among a section's own blocks (depth 3 and deeper: lower ones open sections). */
function subheadings(nodes: RootContent[], index: LineIndex): Subheading[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'heading') return [];
    const value = collapseWhitespace(plainText(node));
    return value === '' ? [] : [{ value, depth: node.depth, range: nodeRange(node, index, index.rangeAt(0, 0)) }];
  });
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
