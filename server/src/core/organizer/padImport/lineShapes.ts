// How a pad's lines look, before any meaning is read into them: list items and their indent, separators, Markdown or plain text.
import { collapseWhitespace } from '../../text';

export interface ListItem {
  indent: number;
  marker: string;
  text: string;
}

/** A line that only names who does a step (`→ Anna, bis 30.11.`): it belongs to the step above. */
export const ARROW_START = /^\s*(?:→|->|=>|⇒|➔|➜|➡)/u;
/** A plain-text pad's separator line (`---`, `===`, `___`): it parts the notes, it says nothing itself. */
export const SEPARATOR = /^([-=_*~])\1{2,}$/u;

/** A list item: `* `, `- `, `• `, `1. ` (in a plain-text pad also `–`, `·`, `▪`, `◦`), its indent in columns (a tab is four). */
export function listItem(raw: string, markdown: boolean): ListItem | undefined {
  const m = markdown ? /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/u.exec(raw) : /^(\s*)([-*+•–·▪◦‣]|\d{1,3}[.)])\s+(.*)$/u.exec(raw);
  if (!m || (markdown && /^\s*([-*_])(\s*\1){2,}\s*$/u.test(raw))) return undefined;
  const marker = /^\d/u.test(m[2]) ? (markdown ? m[2] : `${m[2].slice(0, -1)}.`) : markdown ? m[2] : '-';
  return { indent: indentWidth(m[1]), marker, text: m[3] };
}

export function indentWidth(raw: string): number {
  const indent = /^\s*/u.exec(raw)?.[0] ?? '';
  return [...indent].reduce((width, c) => width + (c === '\t' ? 4 : 1), 0);
}

/** Whether the pad is Markdown (HedgeDoc): by its file name, else by a frontmatter, a heading or a checkbox. */
export function isMarkdown(text: string, fileName: string | undefined): boolean {
  const name = (fileName ?? '').toLowerCase();
  if (/\.(?:md|markdown|mdown)$/u.test(name)) return true;
  if (name.endsWith('.txt')) return false;
  // `[ \t]*`, not `\s*`: with `m`, `\s*` runs across line ends and goes quadratic on a pad of blank lines.
  return /^---\n/u.test(text) || /^#{1,6}\s|^[ \t]*[-*] \[[ xX]\]/mu.test(text);
}

/** The topic a file name gives (`datenschutz-pad.txt` → `datenschutz-pad`), when there is nothing better. */
export function fileTopic(fileName: string | undefined): string | undefined {
  const base = (fileName ?? '').replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  return collapseWhitespace(base) || undefined;
}
