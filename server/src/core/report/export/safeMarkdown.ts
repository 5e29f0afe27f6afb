// Shared safety rules for protocol Markdown: parsing, which link URLs may stay links, escaping for HTML and Markdown.
import type { Root } from 'mdast';
import { parseMarkdown } from '../../syntax';

/**
 * How many levels a protocol's own headings move down in the documentation: the session is a level-3
 * heading there and its sections level 4, so a protocol's `###` becomes a level-5 heading.
 */
export const BLOCK_HEADING_SHIFT = 2;

/**
 * The mdast of a piece of Markdown, parsed as protocols are (so an item means here what it meant there);
 * the text as one paragraph when parsing fails, so rendering never throws.
 */
export function markdownTree(markdown: string): Root {
  try {
    return parseMarkdown(markdown);
  } catch {
    return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: markdown }] }] };
  }
}

/**
 * One line that the parser turns into nothing but a paragraph of the same text: it starts with a letter
 * or digit (no block marker, no ordered list `1.`), ends without a space, and holds no character that
 * could open inline syntax (emphasis, code, links, raw HTML, entities, escapes) nor a line break or
 * control character. Most protocol items are such lines; rendering them needs no parse (a tenth of an
 * aggregate's time, measured). A property test holds this definition against the parser.
 */
export function isPlainLine(markdown: string): boolean {
  return PLAIN_LINE.test(markdown);
}

const PLAIN_LINE = /^(?!\d+[.)])[\p{L}\p{N}](?:[^\\`*_[\]<>&~\u0000-\u001f\u007f]*[^\\`*_[\]<>&~\u0000-\u0020\u007f])?$/u;

/** An absolute web address (or a scheme-relative one): fetched from elsewhere when shown as an image. */
export function isRemote(url: string): boolean {
  return /^\s*(?:https?:)?\/\//iu.test(url);
}

/** Schemes a link may keep. Everything else (javascript:, data:, vbscript:, file:, …) loses its link. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The URL when a link to it is harmless: http, https, mailto or a relative reference. The scheme is
 * read the way browsers do, after dropping whitespace and control characters they ignore
 * (`java\tscript:` is `javascript:` to a browser); entities were already decoded by the parser.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/gu, '');
  const scheme = /^([^/?#]*?):/u.exec(compact);
  if (scheme && !ALLOWED_SCHEMES.has(scheme[1].toLowerCase())) return undefined;
  return encodeUrl(url.trim());
}

/**
 * Percent-encodes what may not stand in a URL as written (spaces, quotes, `<`, non-ASCII), keeping
 * what already is an escape or a reserved character, as browsers and CommonMark renderers do.
 * Iterates by code point, so a lone surrogate becomes U+FFFD instead of making encodeURIComponent throw.
 */
function encodeUrl(url: string): string {
  let out = '';
  for (const ch of url) {
    if (/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]$/u.test(ch)) out += ch;
    else out += encodeURIComponent(/^[\uD800-\uDFFF]$/u.test(ch) ? '\uFFFD' : ch);
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return String(text ?? '').replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c]);
}

/**
 * Escapes plain text (a name, a tag, a topic) for use inside Markdown, so it renders as written and
 * cannot open a link, emphasis, raw HTML or a table cell: line breaks become spaces, Markdown's
 * punctuation gets a backslash, and a line start that would begin a block (`#`, `-`, `1.`) is escaped.
 */
export function escapeMarkdown(text: string): string {
  const s = String(text ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&')
    .replace(/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&');
  return s.replace(/^[#+=-]/u, '\\$&').replace(/^(\d+)([.)])/u, '$1\\$2');
}
