// Entry point of parsing: a `*.session.md` text becomes a SessionProtocol; never throws.
import type { Heading, Root } from 'mdast';
import { splitFrontmatter } from './frontmatter';
import { LineIndex } from '../text';
import { parseMarkdown } from './markdown';
import { readMeta } from './meta';
import type { EventPlan, EventSections, Problem, SessionProtocol } from '../model';
import type { PieceCache } from './pieceCache';
import { blankOut } from '../text';
import { complexityExceeded, DEFAULT_LIMITS, sizeExceeded, type LimitExceeded, type ParseLimits } from './limits';
import { toModel } from './toModel';

/** What an event's plan changes about parsing its protocols: the limits, and its own section headings. */
export interface ParseSettings extends ParseLimits {
  sections?: EventSections;
}

/** The settings for a protocol of an event: its barcamp.json may set the size (`limits.maxFileSizeMB`) and add headings (`sections`). */
export function parseSettingsFor(plan: Pick<EventPlan, 'maxFileSizeMB' | 'sections'> | undefined): ParseSettings {
  if (plan?.maxFileSizeMB === undefined && plan?.sections === undefined) return DEFAULT_LIMITS;
  let settings = settingsOfPlans.get(plan);
  if (!settings) {
    settings = { ...DEFAULT_LIMITS };
    if (plan.maxFileSizeMB !== undefined) settings.maxChars = Math.round(plan.maxFileSizeMB * 1024 * 1024);
    if (plan.sections) settings.sections = plan.sections;
    settingsOfPlans.set(plan, settings);
  }
  return settings;
}

/** One settings object per plan (plans are replaced, never changed), so a parse can tell whether its plan changed. */
const settingsOfPlans = new WeakMap<object, ParseSettings>();

/**
 * Parses a session protocol. Positions are 0-based line / UTF-16 character of the text without a
 * leading BOM (editors drop the BOM too). Never throws: whatever goes wrong yields an empty protocol.
 * Pass the same `cache` for every version of one document (an editor's) to reparse only what changed;
 * the result is the same as without it.
 */
export function parseSession(text: string, uri: string, cache?: PieceCache, limits: ParseSettings = DEFAULT_LIMITS): SessionProtocol {
  return parseGuarded(text, uri, cache, limits).protocol;
}

/** A protocol together with the syntax tree it was read from, positioned in `index.text` (the text without BOM). */
export interface ParsedSession {
  protocol: SessionProtocol;
  tree: Root;
  index: LineIndex;
}

/**
 * parseSession, also handing out the tree, for the report's job: it renders the items from their own
 * nodes instead of parsing each again (see core/report/export/renderAhead.ts). Empty tree when not parsed.
 */
export function parseSessionTree(text: string, uri: string, limits: ParseSettings = DEFAULT_LIMITS): ParsedSession {
  return parseGuarded(text, uri, undefined, limits);
}

function parseGuarded(text: string, uri: string, cache: PieceCache | undefined, limits: ParseSettings): ParsedSession {
  const source = (typeof text === 'string' ? text : String(text ?? '')).replace(/^\uFEFF/u, '');
  const tooLarge = sizeExceeded(source, limits);
  if (tooLarge) return unparsed(limitedProtocol(source, uri, tooLarge));
  try {
    return parseText(source, uri, cache, limits);
  } catch {
    return unparsed(emptyProtocol(source, uri));
  }
}

/** limitedProtocol with its (empty) tree, for callers that take a ParsedSession. */
export function limitedSession(source: string, uri: string, limit: LimitExceeded): ParsedSession {
  return unparsed(limitedProtocol(source, uri, limit));
}

function unparsed(protocol: SessionProtocol): ParsedSession {
  return { protocol, tree: { type: 'root', children: [] }, index: new LineIndex('') };
}

/**
 * A protocol whose parse would cost too much (see limits.ts), or was stopped for taking too long: one
 * problem at its first line, nothing else read. Its line count is counted without building anything.
 */
function limitedProtocol(source: string, uri: string, limit: LimitExceeded): SessionProtocol {
  let lineCount = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) lineCount++;
  }
  return { ...emptyShape(uri, lineCount), problems: [limitProblem(limit)] };
}

/** The one problem of a protocol over a limit, at its first line; sizes in MB with one decimal. */
function limitProblem(limit: LimitExceeded): Problem {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const megabytes = (chars: number) => String(Math.round((chars / (1024 * 1024)) * 10) / 10);
  if (limit.kind === 'too-large') return { code: 'too-large', range, args: { size: megabytes(limit.chars), limit: megabytes(limit.limit) } };
  return { code: 'too-complex', range, args: { variant: limit.reason, line: limit.line + 1, limit: limit.limit } };
}

function parseText(source: string, uri: string, cache: PieceCache | undefined, limits: ParseSettings): ParsedSession {
  const index = new LineIndex(source);
  const split = splitFrontmatter(index);
  const problems: Problem[] = [...split.problems];
  const meta = readMeta(split.frontmatter?.fields ?? [], index, problems);
  // Frontmatter characters become spaces: blank lines to Markdown, while offsets and lines stay those of `source`.
  const bodyStart = split.bodyStartLine < index.lineCount ? index.starts[split.bodyStartLine] : source.length;
  const markdown = blankOut(source.slice(0, bodyStart)) + source.slice(bodyStart);
  // A shape that would make the parse super-linear: only the headings are read, for the outline.
  const complex = complexityExceeded(markdown, limits);
  if (complex) problems.unshift(limitProblem(complex));
  const tree = complex ? headingsTree(markdown) : parseMarkdown(markdown, undefined, cache);
  const body = toModel(tree, index, problems, limits.sections);
  const protocol: SessionProtocol = {
    uri,
    meta,
    sections: body.sections,
    participants: body.participants,
    unnamedParticipants: body.unnamedParticipants,
    active: body.active,
    interested: body.interested,
    findings: body.findings,
    nextSteps: body.nextSteps,
    openQuestions: body.openQuestions,
    images: body.images,
    lineCount: index.lineCount,
    problems,
  };
  const topic = meta.title ?? body.heading;
  if (topic) protocol.topic = topic;
  if (body.heading) protocol.heading = body.heading;
  if (body.intro) protocol.intro = body.intro;
  if (split.frontmatter) protocol.frontmatter = split.frontmatter;
  if (body.language) protocol.language = body.language;
  return { protocol, tree, index };
}

function emptyProtocol(source: string, uri: string): SessionProtocol {
  let lineCount = 1;
  try {
    lineCount = new LineIndex(source).lineCount;
  } catch {
    // Keep 1: even the line count failed.
  }
  return emptyShape(uri, lineCount);
}

function emptyShape(uri: string, lineCount: number): SessionProtocol {
  return {
    uri,
    meta: { tags: [] },
    sections: [],
    participants: [],
    unnamedParticipants: 0,
    active: [],
    interested: [],
    findings: [],
    nextSteps: [],
    openQuestions: [],
    images: [],
    lineCount,
    problems: [],
  };
}

/**
 * The ATX headings of a text as a syntax tree, found line by line without the Markdown parser (which is
 * what the limits keep away from such a text): enough for the topic, the sections and the outline.
 */
function headingsTree(markdown: string): Root {
  const children: Heading[] = [];
  const heading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
  let offset = 0;
  let line = 1;
  for (const text of markdown.split(/\r\n|\r|\n/u)) {
    const m = heading.exec(text);
    if (m) {
      const words = m[2] ?? '';
      const wordsAt = offset + (words === '' ? text.length : text.indexOf(words, m[1].length));
      const point = (at: number) => ({ line, column: at - offset + 1, offset: at });
      const node: Heading = { type: 'heading', depth: m[1].length as Heading['depth'], children: [], position: { start: point(offset), end: point(offset + text.length) } };
      if (words !== '') node.children.push({ type: 'text', value: words, position: { start: point(wordsAt), end: point(wordsAt + words.length) } });
      children.push(node);
    }
    offset += text.length + (markdown.startsWith('\r\n', offset + text.length) ? 2 : 1);
    line++;
  }
  return { type: 'root', children };
}
