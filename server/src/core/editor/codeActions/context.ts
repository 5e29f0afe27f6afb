// What every quick fix gets to look at, and text helpers they share (line text, whole-line blocks, the document's EOL).
import type { TextEdit, WorkspaceEditPlan } from '../editing';
import { say, type EditingTextKey } from '../editingTexts';
import { LineIndex } from '../../text';
import type { Diagnostic, EventPlan, Language, Range, SessionProtocol, SessionSummary } from '../../model';

/** The request for code actions: the document, its findings, and the event around it. */
export interface CodeActionInput {
  uri: string;
  protocol: SessionProtocol;
  text: string;
  /** All findings of the document (as validateSession returns them). */
  diagnostics: readonly Diagnostic[];
  /** The range the editor asks about (cursor or selection). */
  range: Range;
  plan?: EventPlan;
  /** The other sessions of the event, for the slots and rooms still free. */
  others?: readonly SessionSummary[];
  /** The text of `plan.uri`, for edits that add to barcamp.json; without it those fixes are not offered. */
  planText?: string;
  /** `YYYY-MM-DD`, for due-date proposals. */
  today: string;
  /** The language of titles (the editor's). */
  language: Language;
}

/** One way to fix something, before it becomes a code action. */
export interface Fix {
  title: string;
  edit: WorkspaceEditPlan;
  /** Safe fixes are applied by "fix all" without asking. */
  safe?: boolean;
  preferred?: boolean;
}

export interface FixContext extends CodeActionInput {
  index: LineIndex;
  /** The language of inserted markup: the document's own, else the event's, else the editor's. */
  docLanguage: Language;
  eol: string;
  t(key: EditingTextKey, args?: Record<string, string | number>): string;
}

export function fixContext(input: CodeActionInput): FixContext {
  return {
    ...input,
    index: new LineIndex(input.text),
    docLanguage: input.protocol.language ?? input.plan?.language ?? input.language,
    eol: input.text.includes('\r\n') ? '\r\n' : '\n',
    t: (key, args) => say(input.language, key, args),
  };
}

/** A fix whose edits all apply to the document itself. */
export function localFix(ctx: FixContext, title: string, edits: TextEdit[], extra: Pick<Fix, 'safe' | 'preferred'> = {}): Fix {
  return { title, edit: { changes: { [ctx.uri]: edits } }, ...extra };
}

export function isBlank(ctx: FixContext, line: number): boolean {
  return ctx.index.lineText(line).trim() === '';
}

/** The text a range covers. */
export function textAt(ctx: FixContext, range: Range): string {
  return ctx.index.text.slice(ctx.index.offsetAt(range.start), ctx.index.offsetAt(range.end));
}

/**
 * Inserts whole lines so they stand apart as a block: at the first non-blank line from `line` on (or at
 * the end), with one blank line before and after it, whatever blank lines are already there.
 */
export function insertBlock(ctx: FixContext, line: number, block: string[]): TextEdit {
  const { index, eol } = ctx;
  let at = Math.max(0, line);
  while (at < index.lineCount && isBlank(ctx, at)) at++;
  const body = block.join(eol);
  if (at >= index.lineCount) {
    const text = index.text;
    const end = index.positionAt(text.length);
    const lead = text.trim() === '' ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    return { range: { start: end, end }, newText: `${lead}${body}${eol}` };
  }
  const start = { line: at, character: 0 };
  const lead = at === 0 || isBlank(ctx, at - 1) ? '' : eol;
  return { range: { start, end: start }, newText: `${lead}${body}${eol}${eol}` };
}

/** Deletes whole lines `first`…`last` with their line breaks (at the end of the text, the break before them). */
export function deleteLines(ctx: FixContext, first: number, last: number): TextEdit {
  const { index } = ctx;
  if (last + 1 < index.lineCount) return { range: { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }, newText: '' };
  const start = first > 0 ? index.positionAt(index.lineEnd(first - 1)) : { line: 0, character: 0 };
  return { range: { start, end: index.positionAt(index.text.length) }, newText: '' };
}
