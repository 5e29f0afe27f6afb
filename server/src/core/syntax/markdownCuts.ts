// Finds the line starts where a Markdown text can be cut into pieces that parse exactly as they do in the whole text.

const FENCE = /^(`{3,}|~{3,})(.*)$/u;
/** HTML block types 1, 2, 3 and 5: they interrupt paragraphs and end at a marker, not at a blank line. */
const HTML_UNTIL: Array<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^<!--/u, /-->/u],
  [/^<\?/u, /\?>/u],
  [/^<!\[CDATA\[/u, /\]\]>/u],
];
const ATX = /^#{1,6}(?:[ \t]|$)/u;
const BLANK = /^[ \t]*$/u;
/** After a blank line these may still continue an open list (an item of the same list), so no cut before them. */
const LIST_LIKE = /^[-*+_\d]/u;
export const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/mu;

/** What the scan knows about the block the current line is in. */
interface ScanState {
  fence?: { char: string; length: number };
  htmlEnd?: RegExp;
  previousBlank: boolean;
}

/**
 * Offsets of line starts where the text may be cut. Two kinds of line start at column 0 always begin a
 * new top-level block, closing every open container (a container's content is indented, and neither can
 * be a lazy continuation): an ATX heading, and — after a blank line — any line that cannot continue an
 * open list. Headings are always cut (so pieces are the regions between headings and stay the same while
 * text elsewhere changes); blank-line cuts only split pieces longer than `minChunk`.
 * Fences and marker-ended HTML blocks at column 0 are tracked, since their content may look like either.
 * On anything this scan cannot judge exactly (a fence or `<` indented by 1–3 spaces, which may belong to a
 * list item, or an HTML block that may end at a blank line) it stops cutting: the rest is one piece.
 * Link reference definitions act across the document, so a text that may contain one is not cut.
 */
export function cutPoints(text: string, minChunk: number): number[] {
  if (DEFINITION.test(text)) return [];
  const cuts: number[] = [];
  const state: ScanState = { previousBlank: false };
  let last = 0;
  const lineBreak = /\r\n|\r|\n/gu;
  let lineStart = 0;
  for (;;) {
    lineBreak.lastIndex = lineStart;
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const verdict = scanLine(text.slice(lineStart, lineEnd), state);
    if (verdict === 'stop') return cuts;
    if (lineStart > 0 && (verdict === 'heading' || (verdict === 'block' && lineStart - last >= minChunk))) {
      cuts.push(lineStart);
      last = lineStart;
    }
    if (!m) return cuts;
    lineStart = lineEnd + m[0].length;
  }
}

/**
 * Classifies one line and advances the state: 'heading' and 'block' lines may start a piece, 'stop'
 * ends all cutting, 'inside' is any other line.
 */
function scanLine(line: string, state: ScanState): 'heading' | 'block' | 'stop' | 'inside' {
  const afterBlank = state.previousBlank;
  state.previousBlank = false;
  if (state.fence) {
    const close = FENCE.exec(line.replace(/^ {1,3}/u, ''));
    if (close && close[1][0] === state.fence.char && close[1].length >= state.fence.length && close[2].trim() === '') state.fence = undefined;
    return 'inside';
  }
  if (state.htmlEnd) {
    if (state.htmlEnd.test(line)) state.htmlEnd = undefined;
    return 'inside';
  }
  if (BLANK.test(line)) {
    state.previousBlank = true;
    return 'inside';
  }
  if (/^ {1,3}(?:`{3}|~{3}|<)/u.test(line)) return 'stop';
  if (line.startsWith('<')) return openHtml(line, state) ? (afterBlank ? 'block' : 'inside') : 'stop';
  const starts = ATX.test(line) ? 'heading' : afterBlank && !LIST_LIKE.test(line) && !/^[ \t]/u.test(line) ? 'block' : 'inside';
  if (line.startsWith('`') || line.startsWith('~')) {
    const open = FENCE.exec(line);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) state.fence = { char: open[1][0], length: open[1].length };
  }
  return starts;
}

/** Tracks a marker-ended HTML block; false for any other HTML, which this scan cannot follow. */
function openHtml(line: string, state: ScanState): boolean {
  const kind = HTML_UNTIL.find(([start]) => start.test(line));
  if (!kind) return false;
  // The block may end on its first line; look for the end marker after the opening `<` and one more character.
  if (!kind[1].test(line.slice(2))) state.htmlEnd = kind[1];
  return true;
}
