// Quick fixes on the protocol's structure: insert missing sections and the topic, merge duplicates, unify heading language, close the frontmatter.
import { sameRange, type TextEdit } from '../editing';
import { CANONICAL_HEADINGS } from '../../syntax';
import type { Diagnostic, Language, Section, SectionKind } from '../../model';
import { deleteLines, insertBlock, isBlank, localFix, type Fix, type FixContext } from './context';

const ORDER: readonly SectionKind[] = ['participants', 'active', 'interested', 'findings', 'nextSteps', 'openQuestions'];

/** missing-findings: a findings section with an empty item, where the section order puts it. Nothing for an existing empty section. */
export function fixMissingFindings(d: Diagnostic, ctx: FixContext): Fix[] {
  if (existingSection(d, ctx)) return [];
  const heading = CANONICAL_HEADINGS[ctx.docLanguage].findings;
  return [localFix(ctx, ctx.t('action.insertSection', { heading }), [insertSection(ctx, 'findings', [`## ${heading}`, '- '])], { preferred: true })];
}

/** missing-next-steps: the section with an empty task, or with "keine"/"none"; for an empty section, "keine" under its heading. */
export function fixMissingNextSteps(d: Diagnostic, ctx: FixContext): Fix[] {
  const none = ctx.docLanguage === 'de' ? 'keine' : 'none';
  const existing = existingSection(d, ctx);
  if (existing) {
    const at = ctx.index.positionAt(ctx.index.lineEnd(existing.headingRange.end.line));
    return [localFix(ctx, ctx.t('action.writeNone', { none }), [{ range: { start: at, end: at }, newText: `${ctx.eol}- ${none}` }])];
  }
  const heading = CANONICAL_HEADINGS[ctx.docLanguage].nextSteps;
  return [
    localFix(ctx, ctx.t('action.insertSection', { heading }), [insertSection(ctx, 'nextSteps', [`## ${heading}`, '- [ ] '])], { preferred: true }),
    localFix(ctx, ctx.t('action.insertSectionNone', { heading, none }), [insertSection(ctx, 'nextSteps', [`## ${heading}`, `- ${none}`])]),
  ];
}

/** action-field-without-active: an empty item under an existing `## Aktive`, else the section after the participants. */
export function fixActionFieldWithoutActive(_d: Diagnostic, ctx: FixContext): Fix[] {
  const heading = CANONICAL_HEADINGS[ctx.docLanguage].active;
  const existing = ctx.protocol.sections.find((s) => s.kind === 'active');
  if (existing) {
    const at = ctx.index.positionAt(ctx.index.lineEnd(existing.headingRange.end.line));
    return [localFix(ctx, ctx.t('action.insertSection', { heading }), [{ range: { start: at, end: at }, newText: `${ctx.eol}- ` }], { preferred: true })];
  }
  return [localFix(ctx, ctx.t('action.insertSection', { heading }), [insertSection(ctx, 'active', [`## ${heading}`, '- '])], { preferred: true })];
}

/** missing-topic: a `#` heading after the frontmatter, named after the file (`e-akte.session.md` → `E akte`). */
export function fixMissingTopic(_d: Diagnostic, ctx: FixContext): Fix[] {
  const topic = topicFromUri(ctx.uri) || ctx.t('action.topicPlaceholder');
  const line = ctx.protocol.frontmatter ? ctx.protocol.frontmatter.range.end.line + 1 : 0;
  return [localFix(ctx, ctx.t('action.insertTopic', { topic }), [insertBlock(ctx, line, [`# ${topic}`])], { preferred: true })];
}

/** duplicate-section: moves the later section's content to the end of the first one and deletes the later heading. */
export function fixDuplicateSection(d: Diagnostic, ctx: FixContext): Fix[] {
  const sections = ctx.protocol.sections;
  const second = sections.find((s) => sameRange(s.headingRange, d.range));
  const first = second && sections.find((s) => s.kind === second.kind);
  if (!second || !first || first === second) return [];
  const edits: TextEdit[] = [];
  const contentFirst = second.headingRange.end.line + 1;
  const contentLast = second.range.end.line;
  const content = linesBetween(ctx, contentFirst, contentLast);
  if (content.length > 0) {
    const at = first.range.end;
    const lastLine = ctx.index.lineText(at.line);
    const sameList = first.range.end.line > first.headingRange.end.line && isListLine(lastLine) && isListLine(content[0]);
    const lead = first.range.end.line === first.headingRange.end.line || sameList ? ctx.eol : ctx.eol + ctx.eol;
    edits.push({ range: { start: at, end: at }, newText: lead + content.join(ctx.eol) });
  }
  let last = Math.max(contentLast, second.headingRange.end.line);
  while (last + 1 < ctx.index.lineCount && isBlank(ctx, last + 1)) last++;
  edits.push(deleteLines(ctx, second.headingRange.start.line, last));
  return [localFix(ctx, ctx.t('action.merge', { first: first.heading }), edits, { safe: true, preferred: true })];
}

/**
 * The edits that write every recognized heading in the event's language (barcamp.json `language`,
 * else the document's majority, else the editor's). Offered only when the document mixes languages
 * or the event names its language; one edit per heading so "fix all" can take them one by one.
 */
export function normalizeHeadingEdits(ctx: FixContext): { target: Language; edits: TextEdit[] } | undefined {
  const sections = ctx.protocol.sections.filter((s) => s.kind !== 'notes' && s.language !== undefined);
  const languages = new Set(sections.map((s) => s.language));
  const target = ctx.plan?.language ?? ctx.protocol.language ?? ctx.language;
  if (languages.size < 2 && !(ctx.plan?.language && !languages.has(target) && languages.size > 0)) return undefined;
  const edits = sections.filter((s) => s.language !== target).flatMap((s) => headingEdit(ctx, s, CANONICAL_HEADINGS[target][s.kind as Exclude<SectionKind, 'notes'>]));
  return edits.length > 0 ? { target, edits } : undefined;
}

/** frontmatter-syntax on an unclosed block: a `---` line after its last field. */
export function fixUnclosedFrontmatter(_d: Diagnostic, ctx: FixContext): Fix[] {
  const frontmatter = ctx.protocol.frontmatter;
  if (!frontmatter || frontmatter.range.end.line !== 0) return [];
  let line = 1;
  while (line < ctx.index.lineCount && !/^(?:[ \t]*$|#)/u.test(ctx.index.lineText(line))) line++;
  const edit: TextEdit =
    line < ctx.index.lineCount
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `---${ctx.eol}` }
      : { range: { start: ctx.index.positionAt(ctx.text.length), end: ctx.index.positionAt(ctx.text.length) }, newText: `${ctx.eol}---${ctx.eol}` };
  return [localFix(ctx, ctx.t('action.closeFrontmatter'), [edit], { preferred: true })];
}

/** The section whose heading the finding points at (the "empty section" variant), if any. */
function existingSection(d: Diagnostic, ctx: FixContext): Section | undefined {
  return ctx.protocol.sections.find((s) => sameRange(s.headingRange, d.range));
}

/** Inserts a section after the last section that comes before it in the usual order, else before the first that comes after it, else at the end. */
function insertSection(ctx: FixContext, kind: SectionKind, block: string[]): TextEdit {
  const rank = ORDER.indexOf(kind);
  const known = ctx.protocol.sections.filter((s) => s.kind !== 'notes');
  const before = known.filter((s) => ORDER.indexOf(s.kind) < rank).pop();
  if (before) return insertBlock(ctx, before.range.end.line + 1, block);
  const after = known.find((s) => ORDER.indexOf(s.kind) > rank);
  return insertBlock(ctx, after ? after.headingRange.start.line : ctx.index.lineCount, block);
}

/** Replaces the keyword of a `## keyword:` line, keeping the `## `, a trailing colon and closing hashes. */
function headingEdit(ctx: FixContext, section: Section, heading: string): TextEdit[] {
  const line = section.headingRange.start.line;
  const m = /^([ ]{0,3}#{2}[ \t]+)(.*?)([ \t]*:?[ \t]*(?:#+[ \t]*)?)$/u.exec(ctx.index.lineText(line));
  if (!m || m[2] === '') return [];
  return [{ range: { start: { line, character: m[1].length }, end: { line, character: m[1].length + m[2].length } }, newText: heading }];
}

/** Lines `first`…`last` without the blank ones at either end. */
function linesBetween(ctx: FixContext, first: number, last: number): string[] {
  const lines: string[] = [];
  for (let line = first; line <= last && line < ctx.index.lineCount; line++) lines.push(ctx.index.lineText(line));
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines;
}

function isListLine(line: string): boolean {
  return /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/u.test(line) || /^[ \t]*[-*+]$/u.test(line);
}

/** A topic guessed from the file name: `datenschutz-als-bremse.session.md` → `Datenschutz als bremse`. */
export function topicFromUri(uri: string): string {
  let name = uri.split(/[/\\]/u).pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Keep the raw name.
  }
  const words = name
    .replace(/\.session\.md$/iu, '')
    .replace(/[-_]+/gu, ' ')
    .trim();
  return words.charAt(0).toLocaleUpperCase('de') + words.slice(1);
}
