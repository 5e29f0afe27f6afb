// Renders the item Markdown of one protocol for the report up front, so a worker thread can do it next to parsing.
import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { Item, SessionProtocol } from '../model';
import type { ParsedSession } from '../parse';
import { reportMarkdowns } from '../reportSession';
import type { RenderedFragment } from './fragmentMemo';
import { inlineHtmlOfParsed } from './markdownHtml';
import { neutralizeParsed } from './neutralizeMarkdown';
import { isPlainLine, parseMarkdown } from './safeMarkdown';

export { withFragments, type RenderedFragment } from './fragmentMemo';

/**
 * Every item Markdown the report of `protocol` renders (findings, next steps, open questions) that is more
 * than a plain line, with its Markdown-export and HTML renderings; each text once, however often it occurs.
 * With the tree the protocol was parsed from, a one-line finding or question is rendered from its own
 * nodes instead of being parsed again (the second parse cost a fifth of an aggregate, measured).
 */
export function renderFragments(protocol: SessionProtocol, parsed?: Pick<ParsedSession, 'tree' | 'index'>): RenderedFragment[] {
  const nodes = parsed ? itemNodes(parsed.tree) : undefined;
  const fragments = new Map<string, RenderedFragment>();
  for (const { markdown, item } of reportMarkdowns(protocol)) {
    // Plain lines need no parse, so they are left to the renderers (and kept out of the worker's message).
    if (isPlainLine(markdown) || fragments.has(markdown)) continue;
    const fromTree = item && nodes && parsed ? fromOwnNodes(markdown, item, nodes, parsed.index.offsetAt(item.range.start)) : undefined;
    fragments.set(markdown, fromTree ?? fromParse(markdown));
  }
  return [...fragments.values()];
}

/** Both renderers only read the tree, so one parse serves both (on their own they parse twice). */
function fromParse(markdown: string): RenderedFragment {
  const tree = parseMarkdown(markdown);
  return [markdown, neutralizeParsed(markdown, tree), inlineHtmlOfParsed(tree)];
}

/**
 * The renderings of a one-line item from the nodes the protocol's parse made of it, when they are what
 * parsing the line alone would make: not a task item (alone, `[ ]` is text) and no reference link (alone,
 * it would miss the definitions elsewhere in the protocol). Undefined otherwise; a test holds both ways equal.
 */
function fromOwnNodes(markdown: string, item: Item, nodes: Map<number, ListItem | Paragraph>, start: number): RenderedFragment | undefined {
  if (/[\r\n]/u.test(markdown)) return undefined;
  const node = nodes.get(start);
  if (!node || (node.type === 'listItem' && typeof node.checked === 'boolean')) return undefined;
  const children = (node.type === 'listItem' ? node.children : [node]) as RootContent[];
  const base = children[0]?.position?.start.offset;
  if (base === undefined || item.markdown !== markdown || children.some(hasReference)) return undefined;
  const root: Root = { type: 'root', children };
  return [markdown, neutralizeParsed(markdown, root, 0, base), inlineHtmlOfParsed(root)];
}

/** Every list item and paragraph of the tree by its start offset: an item's range starts where its node does. */
function itemNodes(tree: Root): Map<number, ListItem | Paragraph> {
  const found = new Map<number, ListItem | Paragraph>();
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    if ((node.type === 'listItem' || node.type === 'paragraph') && start !== undefined && !found.has(start)) found.set(start, node);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

function hasReference(node: Nodes): boolean {
  if (node.type === 'linkReference' || node.type === 'imageReference' || node.type === 'definition' || node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasReference);
}
