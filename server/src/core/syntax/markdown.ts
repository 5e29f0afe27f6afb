// Parses the Markdown body with remark (plus task lists and tables), cut into pieces so long protocols stay linear and edits reparse one piece.
import type { Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cutPoints } from './markdownCuts';
import type { PieceCache } from './pieceCache';
import { remarkTables, remarkTaskLists } from './gfmParts';

export { cutPoints } from './markdownCuts';

/** Created once: building a unified processor per document would cost more than small parses. */
const plain = unified().use(remarkParse).use(remarkTaskLists);
const withTables = unified().use(remarkParse).use(remarkTaskLists).use(remarkTables);

/**
 * The processor for a text: with tables only where one can be (a `|` stands in it). The table
 * extension costs a tenth of a parse on every line; a text without `|` parses alike without it.
 */
function processorFor(text: string): typeof plain {
  return text.includes('|') ? withTables : plain;
}

/**
 * Texts up to this length are parsed whole, and blank-line cuts only split pieces at least this long
 * (measured on a 5,000-line protocol: 16 KB pieces 0.55 s, 1 KB 0.35 s, uncut 0.7 s).
 */
const MIN_CHUNK = 1024;

/**
 * Parses `markdown` into one mdast tree whose positions (line, column, offset) refer to `markdown`.
 *
 * Why pieces: micromark's cost grows faster than linearly with document length (measured: 0.25 MB of
 * lists 0.9 s, 1 MB 5.2 s, 5 MB over 200 s), while a document cut into pieces parses in linear time
 * (5 MB about 10 s) and a typical long protocol about twice as fast. Cuts are made only where every
 * piece parses exactly as it does in the whole document (see cutPoints; a test compares both).
 *
 * With a `cache` (one per document), pieces whose text is unchanged since the last parse are not parsed
 * again: their nodes are reused and moved to where the piece now starts. The returned tree shares nodes
 * with the cache, so it is valid only until the next parse with the same cache and must not be changed.
 */
export function parseMarkdown(markdown: string, minChunk = MIN_CHUNK, cache?: PieceCache): Root {
  const cuts = markdown.length > minChunk ? cutPoints(markdown, minChunk) : [];
  if (cuts.length === 0 && !cache) return processorFor(markdown).parse(markdown);
  const root: Root = { type: 'root', children: [] };
  cache?.begin();
  const ends = [...cuts, markdown.length];
  const texts = ends.map((end, i) => markdown.slice(i === 0 ? 0 : ends[i - 1], end));
  let start = 0;
  let line = 0;
  ends.forEach((end, i) => {
    root.children.push(...pieceAt(texts[i], start, line, cache));
    line += countLineBreaks(markdown, start, end);
    start = end;
  });
  cache?.commit();
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(markdown, line) };
  return root;
}

/** The nodes of one piece, positioned at `offset`/`line` of the whole text: from the cache when it has them. */
function pieceAt(text: string, offset: number, line: number, cache: PieceCache | undefined): RootContent[] {
  const cached = cache?.take(text);
  let children: RootContent[];
  if (cached) {
    children = cached.children;
    if (cached.offset !== offset || cached.line !== line) for (const child of children) shift(child, offset - cached.offset, line - cached.line);
  } else {
    children = processorFor(text).parse(text).children;
    for (const child of children) shift(child, offset, line);
  }
  cache?.put(text, { children, offset, line });
  return children;
}

/** Moves a node (and its descendants) by `offset` characters and `lines` lines. */
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
