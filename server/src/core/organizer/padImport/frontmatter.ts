// A HedgeDoc pad's own YAML frontmatter (`title:`, `tags:`, `lang:`): its entries and comments as text, read by the `yaml` library.
import { Lexer, parse } from 'yaml';

export interface PadFrontmatterEntry {
  key: string;
  /** The value as one line of text; empty for a key without a value (kept too: nothing of the pad is dropped). */
  value: string;
  /** The items when the value is a list (`Ergebnisse:` then `- …`), so a section key gets them as its items. */
  items?: string[];
  line: number;
}

export interface PadFrontmatter {
  entries: PadFrontmatterEntry[];
  /** The block's `# …` comments, without the `#`: YAML drops them, the import keeps them. */
  comments: Array<{ text: string; line: number }>;
  /** The first line after the closing `---`. */
  bodyStart: number;
}

/** A key as a pad's settings write it (`title`, `GA`, `Nächste Schritte`): no flow collection, quote or `?` key. */
const SIMPLE_KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,59}$/u;

/**
 * The block between a first line `---` and the next `---`/`...`, when `yaml` reads it as a mapping of simple
 * keys; undefined otherwise (no block, unclosed, no mapping, odd keys, invalid YAML), and its lines are then read
 * as notes like any other. Only for Markdown pads: in a plain-text pad `---` lines are separators.
 */
export function readPadFrontmatter(lines: readonly string[]): PadFrontmatter | undefined {
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  if (close < 0) return undefined;
  const source = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    data = parse(source, { maxAliasCount: 10, logLevel: 'error' });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const pairs = Object.entries(data as Record<string, unknown>);
  if (!pairs.every(([key]) => SIMPLE_KEY.test(key))) return undefined;
  const keyLines = keyLinesOf(lines, close);
  const entries = pairs.map(([key, value]): PadFrontmatterEntry => {
    const items = Array.isArray(value) ? value.map(asText).filter(Boolean) : undefined;
    return { key, value: asText(value), ...(items ? { items } : {}), line: keyLines.get(key) ?? 0 };
  });
  return { entries, comments: commentsOf(source, lines, close), bodyStart: close + 1 };
}

/** The comments of the block, each with the line it stands on (found by its text, in order). */
function commentsOf(source: string, lines: readonly string[], close: number): Array<{ text: string; line: number }> {
  const comments: Array<{ text: string; line: number }> = [];
  let from = 1;
  try {
    for (const token of new Lexer().lex(source)) {
      if (!token.startsWith('#')) continue;
      let at = lines.findIndex((line, i) => i >= from && i < close && line.includes(token));
      if (at < 0) at = from;
      else from = at + 1;
      const text = token.slice(1).trim();
      if (text !== '') comments.push({ text, line: at });
    }
  } catch {
    // The lexer reads any text; should it ever throw, the entries are still there.
  }
  return comments;
}

/** A value as one line of text: a list joined by commas, a mapping as JSON. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s+/gu, ' ').trim();
}

/** The line each top-level `key:` of the block starts on, in one pass (a search per key is quadratic in a big block). */
function keyLinesOf(lines: readonly string[], close: number): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = 1; i < close; i++) {
    const colon = lines[i].indexOf(':');
    const key = colon > 0 ? lines[i].slice(0, colon) : '';
    if (key !== '' && !at.has(key)) at.set(key, i);
  }
  return at;
}
