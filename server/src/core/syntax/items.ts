// Reads the items of a section from mdast nodes: list items, or paragraphs when the section has no list.
import type { Nodes, ListItem, Paragraph, RootContent } from 'mdast';
import type { LineIndex } from '../text';
import type { Item, Participant, Range } from '../model';
import { collapseWhitespace } from '../text';

/** A section item together with the mdast node it came from, for kind-specific readers (next steps). */
export interface RawItem {
  item: Item;
  node: ListItem | Paragraph;
  /** Offsets of the item's own content (without its list marker, checkbox and nested lists). */
  ownStart: number;
  ownEnd: number;
}

/**
 * The items of a section's content. Every list item of every top-level list counts (also below `###`
 * sub-headings); nested lists stay part of their parent item's Markdown. Only when the section has no
 * list at all does each paragraph count as one item, so an intro line above a list is not an item.
 * Empty items are skipped.
 */
export function readItems(nodes: RootContent[], index: LineIndex): RawItem[] {
  const listItems = nodes.flatMap((n) => (n.type === 'list' ? n.children : []));
  const sources: Array<ListItem | Paragraph> = listItems.length > 0 ? listItems : nodes.filter((n): n is Paragraph => n.type === 'paragraph');
  const items: RawItem[] = [];
  for (const node of sources) {
    const raw = toRawItem(node, index);
    if (raw && raw.item.markdown.trim() !== '') items.push(raw);
  }
  return items;
}

function toRawItem(node: ListItem | Paragraph, index: LineIndex): RawItem | undefined {
  const [start, end] = offsets(node);
  if (start === undefined || end === undefined) return undefined;
  const own: Nodes[] = node.type === 'listItem' ? node.children.filter((c) => c.type !== 'list') : [node];
  const contentNodes: Nodes[] = node.type === 'listItem' ? node.children : [node];
  const contentStart = offsets(contentNodes[0])[0] ?? end;
  const ownStart = offsets(own[0])[0] ?? contentStart;
  const ownEnd = offsets(own[own.length - 1])[1] ?? ownStart;
  const item: Item = {
    text: collapseWhitespace(own.map(plainText).join(' ')),
    markdown: index.text.slice(contentStart, end),
    range: index.rangeAt(start, end),
  };
  return { item, node, ownStart, ownEnd };
}

/** Splits `Name (Organisation)` into name and organisation. */
export function toParticipant(item: Item): Participant {
  const m = /^(.+?)\s*\(([^()]*)\)$/u.exec(item.text);
  const name = (m ? m[1] : item.text).trim();
  const org = m?.[2].trim();
  return org ? { name, org, range: item.range } : { name, range: item.range };
}

/** The text of a node without Markup: inline code keeps its content, images their alt text, blocks are joined by a space. */
export function plainText(node: Nodes | undefined): string {
  if (!node) return '';
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'html':
    case 'definition':
      return '';
    case 'code':
      return node.value;
  }
  if ('children' in node) {
    const block = node.type !== 'paragraph' && node.type !== 'heading' && !isInline(node.children[0]);
    return (node.children as Nodes[]).map(plainText).join(block ? ' ' : '');
  }
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

function isInline(node: Nodes | undefined): boolean {
  return !!node && ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'break', 'html'].includes(node.type);
}

/** Start and end offsets of a node, when it has a position. */
export function offsets(node: Nodes | undefined): [number | undefined, number | undefined] {
  return [node?.position?.start.offset, node?.position?.end.offset];
}

/** The range of a node, or `fallback` when it has no position. */
export function nodeRange(node: Nodes, index: LineIndex, fallback: Range): Range {
  const [start, end] = offsets(node);
  return start === undefined || end === undefined ? fallback : index.rangeAt(start, end);
}
