// Linear-time string helpers for the pad import: it runs on the language server's main thread, where a backtracking regex on a long line stalls the editor.

/**
 * Lines longer than this are kept verbatim as plain text: no label, heading, step or people heuristics run on
 * them, so no rule can take more than linear time on a pasted blob (a real label or list item is far shorter).
 */
export const MAX_HEURISTIC_LINE = 2000;

const SPACE = /\s/u;

export function isSpace(c: string): boolean {
  return SPACE.test(c);
}

/** `text` without the characters at its end that `strip` accepts: `/[…]+$/` without the quadratic backtracking. */
export function trimEndWhere(text: string, strip: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && strip(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `text` without trailing whitespace and colons (`Ergebnisse :` → `Ergebnisse`). */
export function trimEndColons(text: string): string {
  return trimEndWhere(text, (c) => c === ':' || isSpace(c)).trimEnd();
}

/**
 * An ATX heading (`## Ergebnisse ##`): its level and text, the optional closing `#`s dropped; undefined for
 * no heading. Written out because `/^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/` backtracks quadratically on long space runs.
 */
export function atxHeading(line: string): { level: number; text: string } | undefined {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level < 1 || level > 6 || level >= line.length || !isSpace(line[level])) return undefined;
  let text = line.slice(level).trim();
  let hashes = text.length;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  // A closing sequence counts only after a space: `## C#` keeps its `#`.
  if (hashes < text.length && hashes > 0 && isSpace(text[hashes - 1])) text = text.slice(0, hashes).trimEnd();
  return { level, text };
}

/**
 * Splits at `,` and `;` outside parentheses (`Anna, Norbert (Stadt, Kiel)` → two parts): a comma counts unless
 * the next parenthesis after it is a closing one. One pass from the end instead of a lookahead per comma.
 */
export function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let end = text.length;
  let nextParen = '';
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '(' || c === ')') nextParen = c;
    else if ((c === ',' || c === ';') && nextParen !== ')') {
      parts.push(text.slice(i + 1, end));
      end = i;
    }
  }
  parts.push(text.slice(0, end));
  return parts.reverse();
}

/** `Norbert Weiß (Stadt Kiel)` → name and `(Stadt Kiel)`; undefined when parentheses sit anywhere else. */
export function nameAndNote(part: string): { name: string; note?: string } | undefined {
  const open = part.indexOf('(');
  if (open < 0) return part.includes(')') ? undefined : { name: part.trim() };
  const close = part.indexOf(')', open);
  if (close !== part.length - 1 || part.indexOf('(', open + 1) >= 0 || part.slice(0, open).includes(')')) return undefined;
  return { name: part.slice(0, open).trim(), note: part.slice(open) };
}
