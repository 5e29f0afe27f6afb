// A HedgeDoc pad's own YAML frontmatter (`title:`, `tags:`, `lang:`): its entries as text, read by the `yaml` library.
import { parse } from 'yaml';

export interface PadFrontmatter {
  entries: Array<{ key: string; value: string; line: number }>;
  /** The first line after the closing `---`. */
  bodyStart: number;
}

/**
 * The block between a first line `---` and the next `---`/`...`, when `yaml` reads it as a mapping; undefined
 * otherwise (no block, unclosed, no mapping, invalid YAML), and its lines are then read as notes like any other.
 */
export function readPadFrontmatter(lines: readonly string[]): PadFrontmatter | undefined {
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  if (close < 0) return undefined;
  let data: unknown;
  try {
    data = parse(lines.slice(1, close).join('\n'), { maxAliasCount: 10, logLevel: 'error' });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const entries = Object.entries(data as Record<string, unknown>).map(([key, value]) => ({ key, value: asText(value), line: lineOf(lines, key, close) }));
  return { entries: entries.filter((e) => e.value !== ''), bodyStart: close + 1 };
}

/** A value as one line of text: a list joined by commas, a mapping as JSON. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s+/gu, ' ').trim();
}

function lineOf(lines: readonly string[], key: string, close: number): number {
  const at = lines.findIndex((line, i) => i > 0 && i < close && line.startsWith(`${key}:`));
  return at < 0 ? 0 : at;
}
