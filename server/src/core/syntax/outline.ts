// Document outline (session → frontmatter/sections → items and sub-headings) and folding ranges of a parsed session.
import type { FoldingRange, Item, NextStep, OutlineNode, Position, Range, Section, SessionProtocol } from '../model';
import { shorten } from '../text';

const ITEM_NAME_LENGTH = 60;
const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * One root node for the session (named after the topic, else 'Session'), with a 'field' node for the
 * frontmatter, then one node per `##` section holding its items. Every selectionRange lies inside its
 * range and every child inside its parent, as LSP requires; names are never empty (VS Code rejects those).
 */
export function outline(protocol: SessionProtocol): OutlineNode[] {
  const children: OutlineNode[] = [];
  const fm = protocol.frontmatter;
  if (fm && fm.fields.length > 0) {
    children.push({
      name: 'Frontmatter',
      kind: 'field',
      range: fm.range,
      selectionRange: { start: fm.range.start, end: { line: fm.range.start.line, character: fm.range.start.character + 3 } },
      children: fm.fields.map((f) => ({
        name: f.key || '?',
        detail: shorten(fieldText(f.value), ITEM_NAME_LENGTH),
        kind: 'field' as const,
        range: { start: f.keyRange.start, end: maxPos(f.keyRange.end, f.valueRange.end) },
        selectionRange: f.keyRange,
        children: [],
      })),
    });
  }
  for (const section of protocol.sections) {
    children.push({
      name: section.heading || '##',
      detail: String(section.items.length),
      kind: 'section',
      range: section.range,
      selectionRange: section.headingRange,
      children: sectionChildren(section),
    });
  }
  const topic = protocol.topic;
  let end: Position = { line: Math.max(0, protocol.lineCount - 1), character: 0 };
  for (const child of children) end = maxPos(end, child.range.end);
  if (topic) end = maxPos(end, topic.range.end);
  return [
    {
      name: topic?.value || 'Session',
      kind: 'session',
      range: { start: { line: 0, character: 0 }, end },
      selectionRange: topic?.range ?? ZERO,
      children,
    },
  ];
}

/**
 * Folds the frontmatter block, each section (heading to its last content line) and each list item that
 * spans several lines. Single-line ranges are left out.
 */
export function foldingRanges(protocol: SessionProtocol): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (r: Range) => {
    if (r.end.line > r.start.line) ranges.push({ startLine: r.start.line, endLine: r.end.line });
  };
  if (protocol.frontmatter) add(protocol.frontmatter.range);
  for (const section of protocol.sections) {
    add(section.range);
    section.items.forEach((item) => add(item.range));
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** A section's items and sub-headings in the order they stand, so `### Arbeitsgruppe A` shows where its items begin. */
function sectionChildren(section: Section): OutlineNode[] {
  const items = section.items.map((item) => itemNode(item, section.kind === 'nextSteps'));
  if (section.subheadings.length === 0) return items;
  const headings = section.subheadings.map((h): OutlineNode => ({
    name: shorten(h.value, ITEM_NAME_LENGTH),
    detail: '#'.repeat(h.depth),
    kind: 'section',
    range: h.range,
    selectionRange: h.range,
    children: [],
  }));
  return [...items, ...headings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function itemNode(item: Item, isNextStep: boolean): OutlineNode {
  const node: OutlineNode = {
    name: shorten(item.text || item.markdown.trim(), ITEM_NAME_LENGTH) || '…',
    kind: 'item',
    range: item.range,
    selectionRange: item.range,
    children: [],
  };
  if (isNextStep) {
    const step = item as NextStep;
    const detail = [...(step.owners ?? []).map((o) => '@' + o.handle), step.due?.raw, step.done ? '✓' : undefined].filter(Boolean).join(' ');
    if (detail) node.detail = detail;
  }
  return node;
}

function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(fieldText).join(', ');
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return '';
    }
  }
  return String(value);
}

function maxPos(a: Position, b: Position): Position {
  return a.line > b.line || (a.line === b.line && a.character >= b.character) ? a : b;
}
