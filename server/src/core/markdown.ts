// Parses the Markdown body with remark (plus task lists), cut at top-level headings so long protocols stay linear.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkTaskLists } from './taskLists';

/** Created once: building a unified processor per document would cost more than small parses. */
const processor = unified().use(remarkParse).use(remarkTaskLists);

/** Pieces smaller than this are not cut further (measured on a 5,000-line protocol: 16 KB pieces 0.55 s, 1 KB 0.35 s, uncut 0.7 s). */
const MIN_CHUNK = 1024;

/**
 * Parses `markdown` into one mdast tree whose positions (line, column, offset) refer to `markdown`.
 *
 * Why chunks: micromark's cost grows faster than linearly with document length (measured: 0.25 MB of
 * lists 0.9 s, 1 MB 5.2 s, 5 MB over 200 s), while a document cut into pieces parses in linear time
 * (5 MB about 10 s) and a typical long protocol about twice as fast.
 * A cut is only made before an ATX heading at column 0 outside any fence or HTML block, where CommonMark
 * always starts a new top-level block, so every piece parses exactly as it would in the whole document
 * (a test compares both on random mixes of fences, HTML, lists and quotes).
 * Link reference definitions act across the document, so a text that may contain one is not cut.
 */
export function parseMarkdown(markdown: string, minChunk = MIN_CHUNK): Root {
  const cuts = markdown.length > minChunk ? cutPoints(markdown, minChunk) : [];
  if (cuts.length === 0) return processor.parse(markdown);
  const root: Root = { type: 'root', children: [] };
  let start = 0;
  let line = 0;
  for (const end of [...cuts, markdown.length]) {
    const piece = processor.parse(markdown.slice(start, end));
    for (const child of piece.children) shift(child, start, line);
    root.children.push(...piece.children);
    line += countLineBreaks(markdown, start, end);
    start = end;
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(markdown, line) };
  return root;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/u;
/** HTML block types 1, 2, 3 and 5: they interrupt paragraphs and end at a marker, not at a blank line. */
const HTML_UNTIL: Array<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^<!--/u, /-->/u],
  [/^<\?/u, /\?>/u],
  [/^<!\[CDATA\[/u, /\]\]>/u],
];
const ATX = /^#{1,6}(?:[ \t]|$)/u;
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/mu;

/**
 * Offsets of line starts where the text may be cut (see parseMarkdown), at least `minChunk` apart.
 * Only what starts at column 0 is certainly top-level (a container's content is indented; fences and HTML
 * are never lazy continuations), so only column-0 fences and marker-ended HTML blocks are tracked. On
 * anything this scan cannot judge exactly (a fence or `<` indented by 1–3 spaces, which may belong to a
 * list item, or an HTML block that may be a paragraph) it stops cutting: the rest is parsed as one piece.
 */
export function cutPoints(text: string, minChunk: number): number[] {
  if (DEFINITION.test(text)) return [];
  const cuts: number[] = [];
  let last = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  const lineBreak = /\r\n|\r|\n/gu;
  let lineStart = 0;
  for (;;) {
    lineBreak.lastIndex = lineStart;
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (fence) {
      const close = FENCE.exec(line.replace(/^ {1,3}/u, ''));
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && close[2].trim() === '') fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (ATX.test(line)) {
      if (lineStart - last >= minChunk) {
        cuts.push(lineStart);
        last = lineStart;
      }
    } else if (/^ {1,3}(?:`{3}|~{3}|<)/u.test(line)) {
      return cuts;
    } else if (line.startsWith('`') || line.startsWith('~')) {
      const open = FENCE.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) fence = { char: open[1][0], length: open[1].length };
    } else if (line.startsWith('<')) {
      const kind = HTML_UNTIL.find(([start]) => start.test(line));
      if (!kind) return cuts;
      // The block may end on its first line; look for the end marker after the opening `<` and one more character.
      if (!kind[1].test(line.slice(2))) htmlEnd = kind[1];
    }
    if (!m) return cuts;
    lineStart = lineEnd + m[0].length;
  }
}

/** Moves a node parsed from a piece to where the piece starts in the whole text. */
function shift(node: Nodes, offset: number, lines: number): void {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
    p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, offset, lines);
}

function countLineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function pointAtEnd(text: string, lines: number): { line: number; column: number; offset: number } {
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return { line: lines + 1, column: text.length - lastBreak, offset: text.length };
}
