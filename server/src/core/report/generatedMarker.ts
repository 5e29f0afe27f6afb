// The marker every generated file carries, so a later run overwrites its own output but never a file a person wrote.
import type { Language } from '../model';
import { reportTexts } from './reportTexts';

/** The token the Markdown and HTML comments and the JSON `generator` field contain. */
export const GENERATED_MARKER = 'barcamp-sessions:generated';

/** How many characters of an existing file `isGenerated` needs: the marker always stands at the top. */
export const MARKER_HEAD_LENGTH = 4096;

/** The first line of a generated Markdown or HTML file: an HTML comment, invisible when rendered. */
export function markerComment(language: Language): string {
  // `--` must not occur inside an HTML comment; the texts contain none, the replace keeps it that way.
  return `<!-- ${GENERATED_MARKER} · ${reportTexts(language).marker.replace(/--+/gu, '–')} -->`;
}

/**
 * The header row of the generated CSV, which is its marker. A CSV has no comment syntax: a marker line
 * before or after the data would become a bogus row in Excel, in every filter and in every import. The
 * exact header, a fixed sequence of ten column names in either language, is what no hand-written table
 * starts with by accident, and it survives Excel's "save as CSV UTF-8".
 */
export function csvHeader(language: Language, separator: string): string {
  const c = reportTexts(language).csv;
  return [c.session, c.task, c.owners, c.due, c.done, c.overdue, c.day, c.slot, c.room, c.file].join(separator);
}

const CSV_HEADERS = [csvHeader('de', ';'), csvHeader('en', ',')];

const COMMENT = new RegExp(`^(?:<!doctype html>\\s*)?<!--\\s*${escapeRegExp(GENERATED_MARKER)}\\b`, 'iu');
const JSON_FIELD = new RegExp(`^\\{\\s*"schemaVersion"\\s*:\\s*\\d+\\s*,\\s*"generator"\\s*:\\s*"${escapeRegExp(GENERATED_MARKER)}"`, 'u');

/**
 * True when `content` (a whole file or its first MARKER_HEAD_LENGTH characters) was written by the
 * aggregation: Markdown and HTML open with the marker comment (HTML after its doctype), JSON with
 * `schemaVersion` and then `"generator": "barcamp-sessions:generated"`, CSV with the generated header row.
 * Anything else — an empty file included — counts as written by a person.
 */
export function isGenerated(content: string): boolean {
  if (typeof content !== 'string') return false;
  const head = content.slice(0, MARKER_HEAD_LENGTH).replace(/^\uFEFF/u, '');
  if (COMMENT.test(head) || JSON_FIELD.test(head)) return true;
  const firstLine = /^[^\r\n]*/u.exec(head)![0];
  return CSV_HEADERS.includes(firstLine);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
