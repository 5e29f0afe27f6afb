// Document links: web addresses and relative file links (`[Folien](../folien.pdf)`), resolved against the protocol's URI.
import type { DocumentLinkEntry } from './editing';
import { LineIndex } from '../text';
import { blankOut } from '../text';

/** `[text](target)` or `![alt](target "title")`: the target, in angle brackets or without spaces. */
const INLINE_LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/gu;
/** `<https://…>` autolinks. */
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]+)>/giu;
/** Bare web addresses in prose. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/giu;
/** A scheme (`https:`, `mailto:`) marks an absolute target; a Windows drive letter (`C:`) is no scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]+:/iu;

/**
 * Links in the text: inline Markdown links (web or relative, resolved against `uri`), autolinks and
 * bare `http(s)://` addresses (trailing sentence punctuation excluded). Fenced code blocks are skipped;
 * `#anchor` targets are left to the editor. Never throws.
 */
export function documentLinks(text: string, uri: string): DocumentLinkEntry[] {
  const source = String(text ?? '');
  const index = new LineIndex(source);
  const masked = maskCode(source);
  const links: DocumentLinkEntry[] = [];
  const taken: Array<[number, number]> = [];
  const add = (start: number, end: number, target: string | undefined) => {
    if (target === undefined || taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    links.push({ range: index.rangeAt(start, end), target });
  };
  for (const m of masked.matchAll(INLINE_LINK)) {
    const raw = m[1];
    const start = (m.index ?? 0) + m[0].indexOf(raw, m[0].indexOf(']('));
    const bracketed = raw.startsWith('<');
    const target = bracketed ? raw.slice(1, -1) : raw;
    add(bracketed ? start + 1 : start, start + raw.length - (bracketed ? 1 : 0), resolve(target, uri));
  }
  for (const m of masked.matchAll(AUTOLINK)) add((m.index ?? 0) + 1, (m.index ?? 0) + 1 + m[1].length, m[1]);
  for (const m of masked.matchAll(BARE_URL)) {
    const url = trimPunctuation(m[0]);
    add(m.index ?? 0, (m.index ?? 0) + url.length, url);
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The absolute target of a link, or undefined for an anchor, an empty target or one that cannot be resolved. */
function resolve(target: string, base: string): string | undefined {
  if (target === '' || target.startsWith('#')) return undefined;
  if (SCHEME.test(target) && !/^[a-z]:[\\/]/iu.test(target)) return target;
  try {
    return new URL(target.replace(/\\/gu, '/'), base).toString();
  } catch {
    return undefined;
  }
}

/** A URL ends before sentence punctuation and before a closing parenthesis it did not open. */
function trimPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && /[.,;:!?*_~]/u.test(url[end - 1])) end--;
  let trimmed = url.slice(0, end);
  while (trimmed.endsWith(')') && count(trimmed, '(') < count(trimmed, ')')) trimmed = trimmed.slice(0, -1);
  return trimmed;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** The text with fenced code blocks and inline code spans blanked out (same length, same line breaks). */
function maskCode(text: string): string {
  return text.replace(/^([ ]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ ]{0,3}\2[ \t]*$|(?![\s\S]))/gmu, blankOut).replace(/(`+)[^`\n]+?\1/gu, blankOut);
}
