// Renders the item Markdown of one protocol for the report up front, so a worker thread can do it next to parsing.
import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { LineIndex } from '../lineIndex';
import type { Item, SessionProtocol } from '../model';
import type { ParsedSession } from '../parse';
import { reportMarkdowns } from '../reportSession';
import type { RenderedFragment } from './fragmentMemo';
import { inlineHtmlOfParsed } from './markdownHtml';
import { needsNeutralizing, neutralizeParsed } from './neutralizeMarkdown';
import { isPlainLine, parseMarkdown } from './safeMarkdown';

export { withFragments, type RenderedFragment } from './fragmentMemo';

/**
 * Every item Markdown the report of `protocol` renders (findings, next steps, open questions) that is more
 * than a plain line, with its Markdown-export and HTML renderings; each text once, however often it occurs.
 * With the tree the protocol was parsed from, most findings and questions are rendered from their own
 * nodes instead of being parsed again (the second parse cost a fifth of an aggregate, measured).
 */
export function renderFragments(protocol: SessionProtocol, parsed?: Pick<ParsedSession, 'tree' | 'index'>): RenderedFragment[] {
  const nodes = parsed ? itemNodes(parsed.tree) : undefined;
  const fragments = new Map<string, RenderedFragment>();
  for (const { markdown, item } of reportMarkdowns(protocol)) {
    // Plain lines need no parse, so they are left to the renderers (and kept out of the worker's message).
    if (isPlainLine(markdown) || fragments.has(markdown)) continue;
    const fromTree = item && nodes && parsed ? fromOwnNodes(markdown, item, nodes, parsed.index) : undefined;
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
 * The renderings of an item from the nodes the protocol's parse made of it, when they are what parsing
 * its Markdown alone would make: not a task item (alone, `[ ]` is text), no reference link (alone, it
 * would miss the definitions elsewhere in the protocol), no code block (its indentation is the item's);
 * over several lines, only when the report's dedent strips exactly the item's content column, so every
 * line means alone what it meant in the list. Undefined otherwise; tests hold both ways equal.
 */
function fromOwnNodes(markdown: string, item: Item, nodes: Map<number, ListItem | Paragraph>, index: LineIndex): RenderedFragment | undefined {
  const node = nodes.get(index.offsetAt(item.range.start));
  if (!node || (node.type === 'listItem' && typeof node.checked === 'boolean')) return undefined;
  const children = (node.type === 'listItem' ? node.children : [node]) as RootContent[];
  const first = children[0]?.position?.start;
  if (first?.offset === undefined || children.some(hasReferenceOrCode)) return undefined;
  const root: Root = { type: 'root', children };
  if (item.markdown === markdown && !/[\r\n]/u.test(markdown)) return [markdown, neutralizeParsed(markdown, root, 0, first.offset), inlineHtmlOfParsed(root)];
  // Over several lines, offsets in the tree no longer match the dedented text; only an item that needs no neutralizing is taken.
  if (item.markdown.includes('\t') || continuationIndent(item.markdown) !== first.column - 1) return undefined;
  if (needsNeutralizing(root, index.text)) return undefined;
  // The nodes keep the file's line endings; the dedented Markdown, parsed alone, has only `\n`.
  return [markdown, markdown, inlineHtmlOfParsed(root).replace(/\r\n?/gu, '\n')];
}

/** The smallest indentation of the non-blank lines after the first, as the report's dedent measures it. */
function continuationIndent(markdown: string): number {
  const rest = markdown.split(/\r\n|\r|\n/u).slice(1).filter((line) => line.trim() !== '');
  return Math.min(...rest.map((line) => line.length - line.trimStart().length));
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

const SEEN_DIFFERENTLY_ALONE = new Set(['linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'code']);

function hasReferenceOrCode(node: Nodes): boolean {
  return SEEN_DIFFERENTLY_ALONE.has(node.type) || ('children' in node && (node.children as Nodes[]).some(hasReferenceOrCode));
}
