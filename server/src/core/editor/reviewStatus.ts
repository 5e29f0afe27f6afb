// Setting a protocol's review status: the smallest edit of the frontmatter `status` field, in the protocol's own words.
import type { TextEdit } from './editing';
import type { FrontmatterField, Language, Range, ReviewStatus, SessionProtocol } from '../model';
import { KNOWN_FIELDS, STATUS_WORDS } from '../syntax';
import { LineIndex, requoteLike, yamlScalar } from '../text';

/** Where the status word is written, and in which language. */
export interface StatusLanguageInput {
  protocol: SessionProtocol;
  /** barcamp.json `language`, when the event names one. */
  planLanguage?: Language;
  /** The last resort: the editor's language. */
  fallback: Language;
}

/**
 * The language a status word is written in: the protocol's own (its headings), else the language of the
 * status word it already has (`status: draft`), else the event's, else `fallback`.
 */
export function statusLanguage({ protocol, planLanguage, fallback }: StatusLanguageInput): Language {
  return protocol.language ?? wordLanguage(statusField(protocol)?.value) ?? planLanguage ?? fallback;
}

/** The status a protocol is at: a protocol without a known `status` is a draft. */
export function currentStatus(protocol: SessionProtocol): ReviewStatus {
  return protocol.meta.status?.value ?? 'draft';
}

/**
 * The edits that give the protocol the review status `status`, written as `language` writes it
 * (`geprüft`, `reviewed`): the value of its `status` field replaced (its quotes kept), else a `status:`
 * line after the last known field (before the closing `---` when there is none), else a new frontmatter
 * block at the top. Positions are those of the text without a byte-order mark, as the parser gives them.
 * No edits when the protocol is at that status already; undefined when the frontmatter is not closed
 * (a line there would not be read as a field).
 */
export function reviewStatusEdits(text: string, protocol: SessionProtocol, status: ReviewStatus, language: Language): TextEdit[] | undefined {
  const source = String(text ?? '').replace(/^\uFEFF/u, '');
  const index = new LineIndex(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const word = STATUS_WORDS[language][status];
  const frontmatter = protocol.frontmatter;
  if (!frontmatter) {
    // A blank line between the new block and what follows, as the skeleton writes it.
    const gap = source === '' || index.lineText(0).trim() === '' ? '' : eol;
    return [{ range: at(0, 0), newText: `---${eol}status: ${word}${eol}---${eol}${gap}` }];
  }
  const closeLine = frontmatter.range.end.line;
  if (closeLine === frontmatter.range.start.line) return undefined;
  if (protocol.meta.status?.value === status) return [];
  const field = statusField(protocol);
  if (field) return [replaceValue(index, field, word)];
  const line = statusLineOf(index, closeLine);
  if (line !== undefined) {
    // Only where the YAML broke before it: the field was not read, but the line is still the status line.
    const colon = index.starts[line] + index.lineText(line).indexOf(':') + 1;
    return [{ range: index.rangeAt(colon, index.lineEnd(line)), newText: ` ${yamlScalar(word)}` }];
  }
  return [{ range: at(insertLine(frontmatter.fields, closeLine), 0), newText: `status: ${yamlScalar(word)}${eol}` }];
}

/** The first `status` field, the one the parser reads. */
function statusField(protocol: SessionProtocol): FrontmatterField | undefined {
  return protocol.frontmatter?.fields.find((f) => f.key === 'status');
}

/** The language a status word belongs to, when it is one. */
function wordLanguage(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (word === 'geprueft') return 'de';
  return (['de', 'en'] as const).find((language) => Object.values(STATUS_WORDS[language]).some((w) => w.toLowerCase() === word));
}

/**
 * Replaces the field's value. A value on the key's line is replaced as it stands, in its own quotes;
 * an empty one gets the word after the colon; a value on the lines below (a list, a map) is replaced
 * from the colon on, so the word stands on the key's line.
 */
function replaceValue(index: LineIndex, field: FrontmatterField, word: string): TextEdit {
  const { keyRange, valueRange } = field;
  const keyEnd = index.offsetAt(keyRange.end);
  const colon = index.text.indexOf(':', keyEnd);
  const valueStart = index.offsetAt(valueRange.start);
  // A block value's range runs to the start of the next line: its line break stays.
  const valueEnd = valueStart + index.text.slice(valueStart, index.offsetAt(valueRange.end)).trimEnd().length;
  const empty = valueEnd <= valueStart || valueStart < colon;
  if (!empty && valueRange.start.line === keyRange.end.line) {
    return { range: index.rangeAt(valueStart, valueEnd), newText: requoteLike(index.text.slice(valueStart, valueEnd), word) };
  }
  if (!empty) return { range: index.rangeAt(colon + 1, valueEnd), newText: ` ${yamlScalar(word)}` };
  // `status:` with nothing (or only a comment) after it: one blank after the colon, then the word.
  let from = colon + 1;
  if (index.text[from] === ' ' || index.text[from] === '\t') from++;
  const next = index.text[from];
  const lead = from === colon + 1 ? ' ' : '';
  const trail = next === undefined || next === '\r' || next === '\n' || next === ' ' || next === '\t' ? '' : ' ';
  return { range: index.rangeAt(from, from), newText: `${lead}${yamlScalar(word)}${trail}` };
}

/** A top-level `status:` line inside the frontmatter, for a block whose YAML did not parse that far. */
function statusLineOf(index: LineIndex, closeLine: number): number | undefined {
  for (let line = 1; line < closeLine; line++) if (/^status[ \t]*:/u.test(index.lineText(line))) return line;
  return undefined;
}

/** The line a new field goes on: after the last known field's value, else just before the closing `---`. */
function insertLine(fields: readonly FrontmatterField[], closeLine: number): number {
  const known = fields.filter((f) => (KNOWN_FIELDS as readonly string[]).includes(f.key));
  const last = known[known.length - 1];
  if (!last) return closeLine;
  const end = last.valueRange.end.line >= last.keyRange.end.line ? last.valueRange.end : last.keyRange.end;
  // A block value (a list below the key) may end at the start of the next line.
  const line = end.character === 0 && end.line > last.keyRange.end.line ? end.line : end.line + 1;
  return Math.min(line, closeLine);
}

function at(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}
