// How much work one protocol may cost: a size limit and a linear scan for the shapes that make Markdown parsing super-linear.

/** The bounds of one parse; every protocol a person writes stays far below them. */
export interface ParseLimits {
  /** Characters (UTF-16 code units) of the whole file: 5 MB of text by default. */
  maxChars: number;
  /** Containers (list items, block quotes) open at once, counted on one line by markers and indentation. */
  maxNesting: number;
  /** Emphasis delimiter runs (`*`, `_`) in one paragraph: resolving them costs the square of their number. */
  maxDelimiters: number;
  /** List items in the whole body: each becomes several objects in the syntax tree. */
  maxListItems: number;
}

/**
 * Measured on this project's 2-core machine: 100 levels of nested lists parse in well under a
 * second, 1,000 levels took 28.6 s; 1,000 emphasis runs in a paragraph parse in ≈ 0.1 s, 20,000 took
 * 41 s; 10,000 list items are three times a 5,000-line protocol's; 20,000 next steps took 3 s and
 * 230 MB in the server (bench `hostile`), 100,000 items 1.6 GB.
 */
export const DEFAULT_LIMITS: ParseLimits = { maxChars: 5 * 1024 * 1024, maxNesting: 100, maxDelimiters: 1000, maxListItems: 10000 };

/** Why a protocol is not parsed as Markdown: too large, or a shape that would cost too much (with the line it starts on, 0-based). */
export type LimitExceeded = { kind: 'too-large'; chars: number; limit: number } | { kind: 'too-complex'; reason: 'nesting' | 'emphasis' | 'list-items' | 'time'; line: number; limit: number };

/** A list marker or block-quote marker where the last one ended (sticky: no copies of the line). */
const CONTAINER = /[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)/uy;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/u;
/** Columns of indentation that open one more level of a nested list (two per level is the common style). */
const COLUMNS_PER_LEVEL = 2;

/** The size check alone: it needs no scan. */
export function sizeExceeded(text: string, limits: ParseLimits = DEFAULT_LIMITS): LimitExceeded | undefined {
  return text.length > limits.maxChars ? { kind: 'too-large', chars: text.length, limit: limits.maxChars } : undefined;
}

/** One pass over the lines of the Markdown body: the first limit it exceeds, or undefined. */
export function complexityExceeded(markdown: string, limits: ParseLimits = DEFAULT_LIMITS): LimitExceeded | undefined {
  let items = 0;
  let delimiters = 0;
  let line = 0;
  let start = 0;
  while (start <= markdown.length) {
    const end = lineEnd(markdown, start);
    const text = markdown.slice(start, end);
    if (text.trim() === '')
      delimiters = 0; // a blank line ends the paragraph
    else {
      if (nesting(text) > limits.maxNesting) return { kind: 'too-complex', reason: 'nesting', line, limit: limits.maxNesting };
      if (LIST_ITEM.test(text) && ++items > limits.maxListItems) return { kind: 'too-complex', reason: 'list-items', line, limit: limits.maxListItems };
      delimiters += delimiterRuns(text);
      if (delimiters > limits.maxDelimiters) return { kind: 'too-complex', reason: 'emphasis', line, limit: limits.maxDelimiters };
    }
    if (end >= markdown.length) break;
    start = end + (markdown.startsWith('\r\n', end) ? 2 : 1);
    line++;
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Containers a line opens or continues: its markers one after another, or its indentation, whichever says more. */
function nesting(text: string): number {
  let markers = 0;
  CONTAINER.lastIndex = 0;
  while (CONTAINER.exec(text) && markers <= 1000) markers++;
  return Math.max(markers, Math.floor(indentation(text) / COLUMNS_PER_LEVEL));
}

function indentation(text: string): number {
  let columns = 0;
  for (const c of text) {
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** Runs of `*` or `_`: each may open or close emphasis. */
function delimiterRuns(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 42 || c === 95) && text.charCodeAt(i - 1) !== c) runs++;
  }
  return runs;
}
