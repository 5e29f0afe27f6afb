// Renders the item Markdown of one protocol for the report up front, so a worker thread can do it next to parsing.
import type { SessionProtocol } from '../model';
import { reportMarkdowns } from '../reportSession';
import type { RenderedFragment } from './fragmentMemo';
import { inlineHtmlOfParsed } from './markdownHtml';
import { neutralizeParsed } from './neutralizeMarkdown';
import { parseMarkdown } from './safeMarkdown';

export { withFragments, type RenderedFragment } from './fragmentMemo';

/**
 * Every item Markdown the report of `protocol` renders (findings, next steps, open questions), with its
 * Markdown-export and HTML renderings. Each text once, however often it occurs, and parsed once for both renderings.
 */
export function renderFragments(protocol: SessionProtocol): RenderedFragment[] {
  return [...new Set(reportMarkdowns(protocol))].map((markdown) => {
    // Both renderers only read the tree, so one parse serves both (on their own they parse twice).
    // Parsing a session's items joined in one call was tried: no faster once micromark's setup is shared.
    const tree = parseMarkdown(markdown);
    return [markdown, neutralizeParsed(markdown, tree), inlineHtmlOfParsed(tree)];
  });
}
