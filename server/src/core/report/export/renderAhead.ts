// Prepares a session for the report together with its items' renderings, where it is parsed (the report job's thread).
import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { LineIndex } from '../../text';
import type { Item } from '../../model';
import type { ParsedSession } from '../../syntax';
import type { RenderedItem, ReportItem } from '../reportModel';
import { prepareSession, type PreparedSession, type SessionContext } from '../reportSession';
import { inlineHtmlOfParsed } from './markdownHtml';
import { needsNeutralizing, neutralizeParsed } from './neutralizeMarkdown';
import { isPlainLine, markdownTree } from './safeMarkdown';

/**
 * prepareSession, with every finding, next step and open question that is more than a plain line
 * rendered ahead (see ReportItem.rendered): the exporters then only assemble. Most findings and questions
 * are rendered from their own nodes in the protocol's tree instead of being parsed again (the second
 * parse cost a fifth of an aggregate, measured); plain lines are left to the exporters, which need no parse.
 */
export function prepareRendered(parsed: Pick<ParsedSession, 'protocol' | 'tree' | 'index'>, ctx: SessionContext): PreparedSession {
  const { protocol } = parsed;
  const prepared = prepareSession(protocol, ctx);
  const nodes = itemNodes(parsed.tree);
  const done = new Map<string, RenderedItem>();
  const render = (item: ReportItem, source?: Item) => {
    if (isPlainLine(item.markdown)) return;
    let rendered = done.get(item.markdown);
    if (!rendered) {
      rendered = (source && fromOwnNodes(item.markdown, source, nodes, parsed.index)) ?? fromParse(item.markdown);
      done.set(item.markdown, rendered);
    }
    item.rendered = rendered;
  };
  prepared.session.findings.forEach((item, i) => render(item, protocol.findings[i]));
  prepared.session.openQuestions.forEach((item, i) => render(item, protocol.openQuestions[i]));
  // A step's report Markdown lacks its owners and due phrase, so it is no longer the source its nodes were made from.
  prepared.session.nextSteps.forEach((step) => render(step));
  return prepared;
}

/** Both renderers only read the tree, so one parse serves both (on their own they parse twice). */
function fromParse(markdown: string): RenderedItem {
  const tree = markdownTree(markdown);
  return rendering(markdown, inlineHtmlOfParsed(tree), neutralizeParsed(markdown, tree));
}

function rendering(markdown: string, html: string, neutralized: string): RenderedItem {
  return neutralized === markdown ? { html } : { html, markdown: neutralized };
}

/**
 * The renderings of an item from the nodes the protocol's parse made of it, when they are what parsing
 * its Markdown alone would make: not a task item (alone, `[ ]` is text), no reference link (alone, it
 * would miss the definitions elsewhere in the protocol), no code block (its indentation is the item's);
 * over several lines, only when the report's dedent strips exactly the item's content column, so every
 * line means alone what it meant in the list. Undefined otherwise; tests hold both ways equal.
 */
function fromOwnNodes(markdown: string, item: Item, nodes: Map<number, ListItem | Paragraph>, index: LineIndex): RenderedItem | undefined {
  const node = nodes.get(index.offsetAt(item.range.start));
  if (!node || (node.type === 'listItem' && typeof node.checked === 'boolean')) return undefined;
  const children = (node.type === 'listItem' ? node.children : [node]) as RootContent[];
  const first = children[0]?.position?.start;
  if (first?.offset === undefined || children.some(hasReferenceOrCode)) return undefined;
  const root: Root = { type: 'root', children };
  if (item.markdown === markdown && !/[\r\n]/u.test(markdown)) return rendering(markdown, inlineHtmlOfParsed(root), neutralizeParsed(markdown, root, 0, first.offset));
  // Over several lines, offsets in the tree no longer match the dedented text; only an item that needs no neutralizing is taken.
  if (item.markdown.includes('\t') || continuationIndent(item.markdown) !== first.column - 1) return undefined;
  if (needsNeutralizing(root, index.text)) return undefined;
  // The nodes keep the file's line endings; the dedented Markdown, parsed alone, has only `\n`.
  return { html: inlineHtmlOfParsed(root).replace(/\r\n?/gu, '\n') };
}

/** The smallest indentation of the non-blank lines after the first, as the report's dedent measures it. */
function continuationIndent(markdown: string): number {
  const rest = markdown
    .split(/\r\n|\r|\n/u)
    .slice(1)
    .filter((line) => line.trim() !== '');
  return Math.min(...rest.map((line) => line.length - line.trimStart().length));
}

/**
 * The nodes items are read from, by start offset (an item's range starts where its node does): the
 * items of top-level lists and top-level paragraphs (see readItems). Nothing deeper is visited, which
 * walking the whole tree cost a sixth of this step (measured).
 */
function itemNodes(tree: Root): Map<number, ListItem | Paragraph> {
  const found = new Map<number, ListItem | Paragraph>();
  const add = (node: ListItem | Paragraph) => {
    const start = node.position?.start.offset;
    if (start !== undefined && !found.has(start)) found.set(start, node);
  };
  for (const node of tree.children) {
    if (node.type === 'list') node.children.forEach(add);
    else if (node.type === 'paragraph') add(node);
  }
  return found;
}

const SEEN_DIFFERENTLY_ALONE = new Set(['linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'code']);

function hasReferenceOrCode(node: Nodes): boolean {
  return SEEN_DIFFERENTLY_ALONE.has(node.type) || ('children' in node && (node.children as Nodes[]).some(hasReferenceOrCode));
}
