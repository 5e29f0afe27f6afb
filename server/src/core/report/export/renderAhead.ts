// Prepares a session for the report together with its blocks' and steps' renderings, where it is parsed (the report job's thread).
import type { Heading, Nodes, RootContent } from 'mdast';
import type { LineIndex } from '../../text';
import { listsItems, otherBlocks, splitSections, type ParsedSession } from '../../syntax';
import type { ImageAssets, RenderedItem, ReportBlock } from '../reportModel';
import { prepareSession, type PreparedSession, type SessionContext } from '../reportSession';
import { blockHtmlOfParsed, inlineHtmlOfParsed } from './markdownHtml';
import { neutralizeParsed } from './neutralizeMarkdown';
import { BLOCK_HEADING_SHIFT, isPlainLine, markdownTree } from './safeMarkdown';

/**
 * prepareSession, with the intro, every section's shown blocks and every next step that is more than a
 * plain line rendered ahead (see ReportItem.rendered): the exporters then only assemble. Blocks are
 * rendered from their own nodes in the protocol's tree instead of being parsed again (a second parse cost
 * a fifth of an aggregate, measured); steps lost their owners and due phrase, so they are parsed again.
 */
export function prepareRendered(parsed: Pick<ParsedSession, 'protocol' | 'tree' | 'index'>, ctx: SessionContext): PreparedSession {
  const { protocol } = parsed;
  const prepared = prepareSession(protocol, ctx);
  const done = new Map<string, RenderedItem>();
  // A step's report Markdown lacks its owners and due phrase, so it is no longer the source its nodes were made from.
  for (const step of prepared.session.nextSteps) {
    if (isPlainLine(step.markdown)) continue;
    let rendered = done.get(step.markdown);
    if (!rendered) done.set(step.markdown, (rendered = fromParse(step.markdown)));
    step.rendered = rendered;
  }
  const body = splitSections(parsed.tree);
  const { intro, sections, imageAssets: assets } = prepared.session;
  // An intro on both sides of the title is two runs joined: its Markdown is then parsed again.
  const split = body.title !== undefined && body.intro.some(after(body.title)) && !body.intro.every(after(body.title));
  if (intro) intro.rendered = (split ? undefined : fromBlocks(intro, body.intro, parsed.index, assets)) ?? fromBlockParse(intro.markdown, assets);
  sections.forEach((section, i) => {
    const nodes = body.sections.length === sections.length ? body.sections[i].nodes : undefined;
    const shown = nodes && listsItems(section.kind) ? otherBlocks(nodes) : nodes;
    if (section.shown) section.shown.rendered = (shown && fromBlocks(section.shown, shown, parsed.index, assets)) ?? fromBlockParse(section.shown.markdown, assets);
  });
  return prepared;
}

/** Whether a node stands after `title`. */
function after(title: Heading): (node: RootContent) => boolean {
  const at = title.position?.start.offset ?? 0;
  return (node) => (node.position?.start.offset ?? 0) > at;
}

/** A section's or the intro's renderings from its Markdown alone, headings moved below the session's. */
function fromBlockParse(markdown: string, assets: ImageAssets | undefined): RenderedItem {
  const tree = markdownTree(markdown);
  return rendering(markdown, blockHtmlOfParsed(tree, BLOCK_HEADING_SHIFT, assets), neutralizeParsed(markdown, tree, BLOCK_HEADING_SHIFT, 0, assets));
}

/**
 * A block's renderings from the protocol's own nodes, when that is what parsing its Markdown alone gives:
 * the nodes, taken from the text (as one run, or each alone joined as the model joins other blocks), are
 * its Markdown (line breaks made `\n`, as the report's are); no reference link (alone, it would miss the
 * definitions elsewhere in the protocol). Undefined otherwise; tests hold both ways equal.
 */
function fromBlocks(block: ReportBlock, nodes: RootContent[], index: LineIndex, assets: ImageAssets | undefined): RenderedItem | undefined {
  if (nodes.length === 0 || nodes.some(hasReference)) return undefined;
  const lineStart = (node: RootContent) => index.starts[(node.position?.start.line ?? 1) - 1] ?? 0;
  // The nodes keep the file's line endings; the report's Markdown, and so a parse of it, has only `\n`.
  const unix = (s: string) => (s.includes('\r') ? s.replace(/\r\n?/gu, '\n') : s);
  const run = { start: lineStart(nodes[0]), end: nodes[nodes.length - 1].position?.end.offset ?? 0, nodes };
  // One run only where nothing but space stands between the nodes: its text is then theirs alone.
  const consecutive = nodes.every((n, i) => i === 0 || index.text.slice(nodes[i - 1].position?.end.offset ?? 0, n.position?.start.offset ?? 0).trim() === '');
  const runs = consecutive && unix(index.text.slice(run.start, run.end)) === block.markdown ? [run] : nodes.map((n) => ({ start: lineStart(n), end: n.position?.end.offset ?? 0, nodes: [n] }));
  const texts = runs.map(({ start, end }) => index.text.slice(start, end));
  if (runs.length > 1 && unix(texts.join('\n\n')) !== block.markdown) return undefined;
  const html = runs.map((r) => blockHtmlOfParsed({ type: 'root', children: r.nodes }, BLOCK_HEADING_SHIFT, assets)).filter((h) => h !== '');
  const markdown = runs.map((r, i) => neutralizeParsed(texts[i], { type: 'root', children: r.nodes }, BLOCK_HEADING_SHIFT, r.start, assets));
  return rendering(block.markdown, unix(html.join('\n')), unix(markdown.join('\n\n')));
}

/** Both renderers only read the tree, so one parse serves both (on their own they parse twice). */
function fromParse(markdown: string): RenderedItem {
  const tree = markdownTree(markdown);
  return rendering(markdown, inlineHtmlOfParsed(tree), neutralizeParsed(markdown, tree));
}

function rendering(markdown: string, html: string, neutralized: string): RenderedItem {
  return neutralized === markdown ? { html } : { html, markdown: neutralized };
}

const REFERENCES = new Set(['linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition']);

function hasReference(node: Nodes): boolean {
  return REFERENCES.has(node.type) || ('children' in node && (node.children as Nodes[]).some(hasReference));
}
