// Keeps a protocol's Markdown as written for the Markdown export, but defuses raw HTML and unsafe links first.
import type { Nodes, Root } from 'mdast';
import type { ImageAssets, ReportBlock, ReportItem } from '../reportModel';
import { isComment, plainText } from '../../syntax';
import { BLOCK_HEADING_SHIFT, escapeMarkdown, isPlainLine, isRemote, markdownTree, safeUrl } from './safeMarkdown';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The Markdown with only the dangerous parts rewritten, so emphasis, links, lists and code survive
 * byte for byte: raw HTML and a `<` in text get `&lt;` (a wiki then shows the tag instead of running it), a
 * link or image with a URL `safeUrl` refuses becomes its plain text, such a link definition is dropped,
 * and ATX headings move down by `headingShift` levels (an event.md `##` below the report's own `##`;
 * setext headings, rare in event notes, stay as they are).
 */
export function neutralizeMarkdown(markdown: string, headingShift = 0, assets?: ImageAssets): string {
  if (isPlainLine(markdown)) return markdown;
  const source = String(markdown ?? '');
  return neutralizeParsed(source, markdownTree(source), headingShift, 0, assets);
}

/**
 * neutralizeMarkdown for a text already parsed (the tree is only read). `base` is the offset `source`
 * starts at in the text the tree's positions refer to: 0 when `source` itself was parsed, more for a
 * piece of a protocol's tree.
 */
export function neutralizeParsed(source: string, tree: Root, headingShift = 0, base = 0, assets?: ImageAssets): string {
  // Every edit needs one of these: raw HTML and a `<` in text, links, images and definitions, ATX headings.
  if (!/[<[#]/u.test(source)) return source;
  const edits: Edit[] = [];
  collectEdits(tree, source, headingShift, base, edits, assets);
  if (edits.length === 0) return source;
  // Pieces joined once: replacing edit by edit copied the whole text each time (quadratic on a long section).
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(source.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/** A section's or the intro's Markdown for the Markdown export, headings moved below the session's: rendered ahead, or now. */
export function blockMarkdown(block: ReportBlock, assets?: ImageAssets): string {
  return block.rendered ? (block.rendered.markdown ?? block.markdown) : neutralizeMarkdown(block.markdown, BLOCK_HEADING_SHIFT, assets);
}

/** An item's Markdown for the Markdown export: rendered ahead where it was parsed, or neutralized now. */
export function itemMarkdown(item: ReportItem): string {
  return item.rendered ? (item.rendered.markdown ?? item.markdown) : neutralizeMarkdown(item.markdown);
}

/** Walks the tree; a node that is rewritten as a whole is not entered, so edits never overlap. */
function collectEdits(node: Nodes, source: string, headingShift: number, base: number, edits: Edit[], assets: ImageAssets | undefined): void {
  const at = node.position?.start.offset;
  const until = node.position?.end.offset;
  if (at !== undefined && until !== undefined) {
    const start = at - base;
    const end = until - base;
    if (node.type === 'heading') {
      const marker = /^ {0,3}#{1,6}(?=[ \t]|$)/u.exec(source.slice(start, end));
      // Only the `#` marker changes, so edits inside the heading's text cannot overlap this one.
      if (marker && headingShift !== 0) edits.push({ start, end: start + marker[0].length, text: '#'.repeat(Math.min(6, node.depth + headingShift)) });
    } else {
      const text = rewrite(node, source.slice(start, end), assets);
      if (text !== undefined) return void edits.push({ start, end, text });
    }
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectEdits(child, source, headingShift, base, edits, assets);
}

/**
 * The text with every `<` that is not escaped written as `&lt;`, or undefined when there is none. A `<`
 * after an odd number of backslashes is escaped (`\\<`); after an even number (`\\\\<`: an escaped
 * backslash) it is not.
 */
function unescapedAngles(text: string): string | undefined {
  let out = '';
  let changed = false;
  let backslashes = 0;
  for (const ch of text) {
    if (ch === '<' && backslashes % 2 === 0) {
      out += '&lt;';
      changed = true;
    } else out += ch;
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  return changed ? out : undefined;
}

/** The replacement of one node's source, or undefined to keep it. */
function rewrite(node: Nodes, original: string, assets: ImageAssets | undefined): string | undefined {
  switch (node.type) {
    case 'html':
      // A template's placeholder comment goes; any other raw HTML is shown as text.
      return isComment(node) ? '' : original.replace(/</gu, '&lt;');
    case 'text':
      // Not HTML to CommonMark (`<svg/onload=…>`), but a lenient wiki renderer might think otherwise.
      return unescapedAngles(original);
    case 'link':
      return safeUrl(node.url) === undefined ? escapeMarkdown(plainText(node)) : undefined;
    case 'image': {
      const url = safeUrl(node.url);
      if (url === undefined) return escapeMarkdown(node.alt ?? '');
      // A remote image would make every reader's renderer fetch it from a third party: a link instead, as in the HTML.
      if (isRemote(url)) return `[${escapeMarkdown(node.alt || url)}](<${url}>)`;
      // A file of the protocol's is shown from its copy beside the documentation; one not carried leaves its description.
      const asset = assets && Object.hasOwn(assets, node.url) ? assets[node.url] : undefined;
      return asset === undefined ? escapeMarkdown(node.alt || node.url) : `![${escapeMarkdown(node.alt ?? '')}](<${safeUrl(asset) ?? ''}>)`;
    }
    case 'imageReference':
      // Where its definition points is not known here: a link to it, never an image fetched on reading.
      return original.startsWith('!') ? original.slice(1) : undefined;
    case 'definition':
      return safeUrl(node.url) === undefined ? '' : undefined;
    default:
      return undefined;
  }
}
