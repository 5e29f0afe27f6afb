// Keeps a protocol's Markdown as written for the Markdown export, but defuses raw HTML and unsafe links first.
import type { Nodes } from 'mdast';
import type { ReportItem } from '../reportModel';
import { plainText } from '../../syntax';
import { escapeMarkdown, isPlainLine, markdownTree, safeUrl } from './safeMarkdown';

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
export function neutralizeMarkdown(markdown: string, headingShift = 0): string {
  if (isPlainLine(markdown)) return markdown;
  const source = String(markdown ?? '');
  const edits: Edit[] = [];
  collectEdits(markdownTree(source), source, headingShift, edits);
  edits.sort((a, b) => b.start - a.start);
  let result = source;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** An item's Markdown for the Markdown export, neutralized. */
export function itemMarkdown(item: ReportItem): string {
  return neutralizeMarkdown(item.markdown);
}

/** Walks the tree; a node that is rewritten as a whole is not entered, so edits never overlap. */
function collectEdits(node: Nodes, source: string, headingShift: number, edits: Edit[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) {
    if (node.type === 'heading') {
      const marker = /^ {0,3}#{1,6}(?=[ \t]|$)/u.exec(source.slice(start, end));
      // Only the `#` marker changes, so edits inside the heading's text cannot overlap this one.
      if (marker && headingShift !== 0) edits.push({ start, end: start + marker[0].length, text: '#'.repeat(Math.min(6, node.depth + headingShift)) });
    } else {
      const text = rewrite(node, source.slice(start, end));
      if (text !== undefined) return void edits.push({ start, end, text });
    }
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectEdits(child, source, headingShift, edits);
}

/** The replacement of one node's source, or undefined to keep it. */
function rewrite(node: Nodes, original: string): string | undefined {
  switch (node.type) {
    case 'html':
      return original.replace(/</gu, '&lt;');
    case 'text':
      // Not HTML to CommonMark (`<svg/onload=…>`), but a lenient wiki renderer might think otherwise.
      return /(?<!\\)</u.test(original) ? original.replace(/(?<!\\)</gu, '&lt;') : undefined;
    case 'link':
      return safeUrl(node.url) === undefined ? escapeMarkdown(plainText(node)) : undefined;
    case 'image':
      return safeUrl(node.url) === undefined ? escapeMarkdown(node.alt ?? '') : undefined;
    case 'definition':
      return safeUrl(node.url) === undefined ? '' : undefined;
    default:
      return undefined;
  }
}
