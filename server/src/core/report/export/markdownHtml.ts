// A small, safe Markdown → HTML renderer for protocol content: every text escaped, raw HTML shown as text, only harmless links.
import type { Definition, Nodes, Parents, Root } from 'mdast';
import { isComment } from '../../syntax';
import type { ImageAssets, ReportBlock, ReportItem } from '../reportModel';
import { BLOCK_HEADING_SHIFT, escapeHtml, isPlainLine, isRemote, markdownTree, safeUrl } from './safeMarkdown';

interface RenderContext {
  /** Added to a heading's depth, so `##` in event.md nests below the report's own `<h2>`. */
  headingOffset: number;
  definitions: Map<string, Definition>;
  /** The copies of the protocol's image files by address as written (ReportSession.imageAssets). */
  assets?: ImageAssets;
}

/**
 * Renders Markdown as HTML. Only a fixed set of node types become elements; raw HTML (`<script>`,
 * `<img onerror=…>`) is rendered as escaped text, images become links (the page stays self-contained),
 * and a link keeps its `href` only when `safeUrl` allows it. No attribute ever carries protocol text
 * except a checked `href`.
 */
export function markdownToHtml(markdown: string, headingOffset = 0, assets?: ImageAssets): string {
  const tree = markdownTree(markdown);
  return renderChildren(tree, { headingOffset, definitions: collectDefinitions(tree), assets });
}

/** Like markdownToHtml, but a lone paragraph loses its `<p>`, so a list item reads as one line. */
export function inlineMarkdownToHtml(markdown: string): string {
  if (isPlainLine(markdown)) return escapeHtml(markdown);
  return inlineHtmlOfParsed(markdownTree(markdown));
}

/** inlineMarkdownToHtml for a text already parsed (the tree is only read). */
export function inlineHtmlOfParsed(tree: Root): string {
  const ctx = { headingOffset: 0, definitions: collectDefinitions(tree) };
  const content = tree.children.filter((n) => n.type !== 'definition');
  if (content.length === 1 && content[0].type === 'paragraph') return renderChildren(content[0], ctx);
  return renderChildren(tree, ctx);
}

/** Blocks already parsed (the tree is only read) as HTML, with headings moved down by `headingOffset`. */
export function blockHtmlOfParsed(tree: Root, headingOffset: number, assets?: ImageAssets): string {
  return renderChildren(tree, { headingOffset, definitions: collectDefinitions(tree), assets });
}

/** A section's or the intro's Markdown as HTML below the session's headings: rendered ahead, or now. */
export function blockHtml(block: ReportBlock, assets?: ImageAssets): string {
  return block.rendered?.html ?? markdownToHtml(block.markdown, BLOCK_HEADING_SHIFT, assets);
}

/** An item's Markdown as inline HTML: rendered ahead where it was parsed, or now. */
export function itemHtml(item: ReportItem): string {
  return item.rendered?.html ?? inlineMarkdownToHtml(item.markdown);
}

/** A tree's link and image definitions by lowercased label, the first of each (as CommonMark resolves them). */
export function collectDefinitions(tree: Root): Map<string, Definition> {
  const map = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition' && !map.has(node.identifier.toLowerCase())) map.set(node.identifier.toLowerCase(), node);
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return map;
}

function renderChildren(parent: Parents, ctx: RenderContext): string {
  const flow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
  const parts = (parent.children as Nodes[]).map((child) => renderNode(child, ctx, flow, parent));
  return (flow ? parts.filter((part) => part !== '') : parts).join(flow ? '\n' : '');
}

function renderNode(node: Nodes, ctx: RenderContext, flow: boolean, parent: Parents): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'paragraph':
      return tightItem(parent) ? renderChildren(node, ctx) : `<p>${renderChildren(node, ctx)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, node.depth + ctx.headingOffset));
      return `<h${level}>${renderChildren(node, ctx)}</h${level}>`;
    }
    case 'emphasis':
      return `<em>${renderChildren(node, ctx)}</em>`;
    case 'strong':
      return `<strong>${renderChildren(node, ctx)}</strong>`;
    case 'delete':
      return `<del>${renderChildren(node, ctx)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>\n${renderChildren(node, ctx)}\n</blockquote>`;
    case 'list':
      return renderList(node, ctx);
    case 'listItem':
      return renderListItem(node, ctx);
    case 'link':
      return renderLink(node.url, renderChildren(node, ctx));
    case 'linkReference':
      return renderLink(ctx.definitions.get(node.identifier.toLowerCase())?.url, renderChildren(node, ctx), `[${renderChildren(node, ctx)}]`);
    case 'image':
      return renderImage(node.url, node.alt, ctx);
    case 'imageReference':
      return renderImage(ctx.definitions.get(node.identifier.toLowerCase())?.url, node.alt, ctx);
    case 'html':
      // A comment is a template's hint, shown by no renderer; other raw HTML from a protocol is shown, never run.
      if (isComment(node)) return '';
      return flow ? `<p>${escapeHtml(node.value)}</p>` : escapeHtml(node.value);
    case 'definition':
      return '';
    case 'table':
      return renderTable(node, ctx);
    default:
      return renderUnknown(node, ctx);
  }
}

/** A GFM table: the first row is the head; a column's alignment becomes a class the stylesheet knows. */
function renderTable(node: Extract<Nodes, { type: 'table' }>, ctx: RenderContext): string {
  const align = (i: number) => {
    const a = node.align?.[i];
    return a === 'left' || a === 'right' || a === 'center' ? ` class="align-${a}"` : '';
  };
  const row = (cells: Extract<Nodes, { type: 'tableRow' }>, tag: 'th' | 'td') =>
    `<tr>${cells.children.map((cell, i) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}${align(i)}>${renderChildren(cell, ctx)}</${tag}>`).join('')}</tr>`;
  const [head, ...body] = node.children;
  if (!head) return '';
  const tbody = body.length > 0 ? `\n<tbody>\n${body.map((r) => row(r, 'td')).join('\n')}\n</tbody>` : '';
  return `<table>\n<thead>\n${row(head, 'th')}\n</thead>${tbody}\n</table>`;
}

/** Node types the parser does not produce today (footnotes) degrade to their escaped text. */
function renderUnknown(node: Nodes, ctx: RenderContext): string {
  if ('children' in node) return renderChildren(node as Parents, ctx);
  return 'value' in node && typeof node.value === 'string' ? escapeHtml(node.value) : '';
}

function tightItem(parent: Parents): boolean {
  return parent.type === 'listItem' && parent.spread !== true;
}

function renderList(node: Extract<Nodes, { type: 'list' }>, ctx: RenderContext): string {
  const tag = node.ordered ? 'ol' : 'ul';
  const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
  const tasks = node.children.some((item) => typeof item.checked === 'boolean') ? ' class="tasks"' : '';
  return `<${tag}${start}${tasks}>\n${node.children.map((item) => renderListItem(item, ctx)).join('\n')}\n</${tag}>`;
}

function renderListItem(node: Extract<Nodes, { type: 'listItem' }>, ctx: RenderContext): string {
  const box = typeof node.checked === 'boolean' ? `<span class="box" aria-hidden="true">${node.checked ? '☑' : '☐'}</span> ` : '';
  return `<li>${box}${renderChildren(node, ctx).replace(/^\n|\n$/gu, '')}</li>`;
}

/**
 * An image copied into the documentation's assets is shown; one from the web becomes a link (the page
 * fetches nothing from elsewhere); a file that is not carried leaves its description (or address) as text.
 */
function renderImage(url: string | null | undefined, alt: string | null | undefined, ctx: RenderContext): string {
  const asset = url && ctx.assets && Object.hasOwn(ctx.assets, url) ? ctx.assets[url] : undefined;
  if (asset !== undefined) return `<img src="${escapeHtml(safeUrl(asset) ?? '')}" alt="${escapeHtml(alt ?? '')}" loading="lazy">`;
  if (url && isRemote(url)) return renderLink(url, escapeHtml(alt || url));
  return escapeHtml(alt || url || '');
}

/** A link when the URL is safe, else just its content (or `fallback`), so the words stay readable. */
function renderLink(url: string | null | undefined, content: string, fallback = content): string {
  const href = url === undefined || url === null ? undefined : safeUrl(url);
  if (href === undefined) return fallback;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${content}</a>`;
}
