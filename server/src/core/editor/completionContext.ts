// Where the cursor stands for completion: a heading, a frontmatter key or value, a tag, an `@` owner, a due date.
import { LineIndex } from '../text';
import type { Position, Range, SessionProtocol } from '../model';

/** What is being typed at the cursor and the range a proposal replaces. */
export type CompletionContext =
  | { kind: 'heading'; typed: string; range: Range }
  | { kind: 'fieldKey'; typed: string; range: Range; colonFollows: boolean; presentKeys: Set<string> }
  | { kind: 'fieldValue'; key: string; typed: string; range: Range; pad: string }
  | { kind: 'tag'; typed: string; range: Range; inList: boolean; pad: string }
  | { kind: 'owner'; range: Range }
  | { kind: 'due'; typed: string; range: Range };

const KEY_CHARS = /^[\p{L}\p{N}_-]*/u;
const FIELD = /^([\p{L}\p{N}_-]+)[ \t]*:[ \t]*/u;
const OWNER_BEFORE = /(?<![\p{L}\p{N}\p{M}_.+\-@/])@[\p{L}\p{N}\p{M}_.-]*$/u;
const HANDLE_CHARS = /^[\p{L}\p{N}\p{M}_.-]*/u;
const DUE_BEFORE = /(?<![\p{L}\p{N}_])(?:bis|due|until)(?:[ \t]*:[ \t]*|[ \t]+)(?:zum[ \t]+)?([\d.-]*)$/iu;
const DATE_CHARS = /^[\d.-]*/u;

/** The completion context at `position`, or undefined where nothing is proposed (plain prose). */
export function completionContext(protocol: SessionProtocol, text: string, position: Position): CompletionContext | undefined {
  const index = new LineIndex(text);
  if (position.line >= index.lineCount) return undefined;
  const line = index.lineText(position.line);
  const character = Math.min(position.character, line.length);
  const before = line.slice(0, character);
  const lines = frontmatterLines(index);
  if (lines && position.line >= lines.first && position.line <= lines.last) {
    return frontmatterContext(index, lines, position.line, line, character);
  }
  if (lines && position.line === 0) return undefined;
  const at = (start: number, end: number): Range => ({ start: { line: position.line, character: start }, end: { line: position.line, character: end } });
  if (/^#{1,2}(?:[ \t][^#]*)?$/u.test(before)) return { kind: 'heading', typed: before, range: at(0, Math.max(character, line.trimEnd().length)) };
  const owner = OWNER_BEFORE.exec(before);
  if (owner) return { kind: 'owner', range: at(owner.index, character + (HANDLE_CHARS.exec(line.slice(character))?.[0].length ?? 0)) };
  const due = DUE_BEFORE.exec(before);
  if (due && inNextSteps(protocol, position.line)) {
    const start = character - due[1].length;
    return { kind: 'due', typed: due[1], range: at(start, character + (DATE_CHARS.exec(line.slice(character))?.[0].length ?? 0)) };
  }
  return undefined;
}

/** Lines 1…last of a frontmatter (opened by `---` on line 0); an unclosed one runs to the first blank line or heading. */
function frontmatterLines(index: LineIndex): { first: number; last: number } | undefined {
  if (!/^---[ \t]*$/u.test(index.lineText(0))) return undefined;
  for (let line = 1; line < index.lineCount; line++) {
    if (/^(?:---|\.\.\.)[ \t]*$/u.test(index.lineText(line))) return { first: 1, last: line - 1 };
  }
  let last = 0;
  while (last + 1 < index.lineCount && !/^(?:[ \t]*$|#)/u.test(index.lineText(last + 1))) last++;
  return { first: 1, last: Math.max(last, 1) };
}

function frontmatterContext(index: LineIndex, lines: { first: number; last: number }, lineNo: number, line: string, character: number): CompletionContext | undefined {
  const at = (start: number, end: number): Range => ({ start: { line: lineNo, character: start }, end: { line: lineNo, character: end } });
  const before = line.slice(0, character);
  if (/^[\p{L}\p{N}_-]*$/u.test(before)) {
    const end = character + (KEY_CHARS.exec(line.slice(character))?.[0].length ?? 0);
    const colonFollows = /^[ \t]*:/u.test(line.slice(end));
    return { kind: 'fieldKey', typed: before, range: at(0, end), colonFollows, presentKeys: presentKeys(index, lines, lineNo) };
  }
  const field = FIELD.exec(line);
  if (!field || character < field[0].length) return undefined;
  const key = field[1];
  const valueStart = field[0].length;
  // `room:|` needs a space before the value, or YAML reads `room:Elbe` as one word.
  const pad = field[0].endsWith(':') ? ' ' : '';
  if (key === 'tags') return tagContext(line, valueStart, character, at, pad);
  const end = Math.max(character, line.trimEnd().length);
  return { kind: 'fieldValue', key, typed: line.slice(valueStart, character), range: at(valueStart, end), pad };
}

/** The tag being typed: the list element around the cursor in `[a, b]`, or the comma-separated part in `a, b`. */
function tagContext(line: string, valueStart: number, character: number, at: (s: number, e: number) => Range, pad: string): CompletionContext {
  const inList = line.slice(valueStart).startsWith('[');
  const before = line.slice(valueStart, character);
  const separator = Math.max(before.lastIndexOf(','), inList ? before.lastIndexOf('[') : -1);
  let start = valueStart + separator + 1;
  while (start < character && (line[start] === ' ' || line[start] === '\t')) start++;
  const rest = line.slice(character);
  const stop = rest.search(inList ? /[,\]]/u : /,/u);
  const end = character + (stop < 0 ? rest.trimEnd().length : rest.slice(0, stop).trimEnd().length);
  return { kind: 'tag', typed: line.slice(start, character), range: at(start, end), inList, pad: start === valueStart ? pad : '' };
}

/** Keys already written in the frontmatter, except on the line being edited. */
function presentKeys(index: LineIndex, lines: { first: number; last: number }, except: number): Set<string> {
  const keys = new Set<string>();
  for (let line = lines.first; line <= lines.last; line++) {
    const m = line === except ? null : FIELD.exec(index.lineText(line));
    if (m) keys.add(m[1]);
  }
  return keys;
}

/** True when `line` lies below the heading of a next-steps section (and before the next section). */
function inNextSteps(protocol: SessionProtocol, line: number): boolean {
  const section = [...protocol.sections].reverse().find((s) => s.headingRange.start.line < line);
  return section?.kind === 'nextSteps';
}
