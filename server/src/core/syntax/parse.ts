// Entry point of parsing: a `*.session.md` text becomes a SessionProtocol; never throws.
import { splitFrontmatter } from './frontmatter';
import { LineIndex } from '../text';
import { parseMarkdown } from './markdown';
import { readMeta } from './meta';
import type { Problem, SessionProtocol } from '../model';
import type { PieceCache } from './pieceCache';
import { blankOut } from '../text';
import { toModel } from './toModel';

/**
 * Parses a session protocol. Positions are 0-based line / UTF-16 character of the text without a
 * leading BOM (editors drop the BOM too). Never throws: whatever goes wrong yields an empty protocol.
 * Pass the same `cache` for every version of one document (an editor's) to reparse only what changed;
 * the result is the same as without it.
 */
export function parseSession(text: string, uri: string, cache?: PieceCache): SessionProtocol {
  return parseGuarded(text, uri, cache);
}

function parseGuarded(text: string, uri: string, cache?: PieceCache): SessionProtocol {
  const source = (typeof text === 'string' ? text : String(text ?? '')).replace(/^\uFEFF/u, '');
  try {
    return parseText(source, uri, cache);
  } catch {
    return emptyProtocol(source, uri);
  }
}

function parseText(source: string, uri: string, cache: PieceCache | undefined): SessionProtocol {
  const index = new LineIndex(source);
  const split = splitFrontmatter(index);
  const problems: Problem[] = [...split.problems];
  const meta = readMeta(split.frontmatter?.fields ?? [], index, problems);
  // Frontmatter characters become spaces: blank lines to Markdown, while offsets and lines stay those of `source`.
  const bodyStart = split.bodyStartLine < index.lineCount ? index.starts[split.bodyStartLine] : source.length;
  const markdown = blankOut(source.slice(0, bodyStart)) + source.slice(bodyStart);
  const tree = parseMarkdown(markdown, undefined, cache);
  const body = toModel(tree, index, problems);
  const protocol: SessionProtocol = {
    uri,
    meta,
    sections: body.sections,
    participants: body.participants,
    findings: body.findings,
    nextSteps: body.nextSteps,
    openQuestions: body.openQuestions,
    lineCount: index.lineCount,
    problems,
  };
  const topic = meta.title ?? body.heading;
  if (topic) protocol.topic = topic;
  if (body.heading) protocol.heading = body.heading;
  if (split.frontmatter) protocol.frontmatter = split.frontmatter;
  if (body.language) protocol.language = body.language;
  return protocol;
}

function emptyProtocol(source: string, uri: string): SessionProtocol {
  let lineCount = 1;
  try {
    lineCount = new LineIndex(source).lineCount;
  } catch {
    // Keep 1: even the line count failed.
  }
  return { uri, meta: { tags: [] }, sections: [], participants: [], findings: [], nextSteps: [], openQuestions: [], lineCount, problems: [] };
}
