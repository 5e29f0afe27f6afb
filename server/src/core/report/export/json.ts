// The event as data: a stable, documented JSON shape (docs/event-documentation.md), schemaVersion first, then the marker.
import { GENERATED_MARKER } from '../generatedMarker';
import type { EventReport, ReportDiagnostic, ReportItem, ReportSession, ReportStep } from '../reportModel';
import { joinGroups, joinPieces, sessionPiece, type Piece } from './pieces';

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const JSON_SCHEMA_VERSION = 1;

/** Where a session object stands in the document: inside `sessions`, two levels deep. */
const SESSION_INDENT = 4;

/**
 * Renders the report as pretty-printed JSON with a final newline. Absent values are `null` rather than
 * missing, so every session has the same keys and spreadsheet or BI imports see stable columns.
 * The text is `JSON.stringify(data, null, 2)` of the whole document (tests hold it so), put together
 * from one text per session, so sessions rendered ahead are only joined.
 */
export function renderJson(report: EventReport): string {
  return joinPieces(jsonPieces(report));
}

/** The document as pieces, with a slot for each session's object rendered ahead (see pieces.ts). */
export function jsonPieces(report: EventReport): Piece[] {
  const head = {
    schemaVersion: JSON_SCHEMA_VERSION,
    generator: GENERATED_MARKER,
    event: {
      name: report.title,
      language: report.language,
      days: report.days.map((d) => ({ day: d.day, date: d.date ?? null })),
      introduction: report.notes.introduction ?? null,
      closing: report.notes.closing ? { heading: report.notes.closing.heading, markdown: report.notes.closing.markdown } : null,
    },
    today: report.today ?? null,
    stats: { ...report.stats },
  };
  const sessions = report.sessions.map((s) => [' '.repeat(SESSION_INDENT), sessionPiece(s, report, 'json', () => sessionJson(s)), diagnosticsJson(s.diagnostics)]);
  const tags = report.tags.map((t) => ({ tag: t.tag, sessions: [...t.sessions] }));
  return [
    withoutClosingBrace(pretty(head, 0)),
    ',\n  "sessions": ',
    ...(sessions.length > 0 ? ['[\n', ...joinGroups(sessions, ',\n'), '\n  ]'] : ['[]']),
    `,\n  "tags": ${pretty(tags, 1)}`,
    '\n}\n',
  ];
}

/** A session's object as it stands in the document, up to (without) its `diagnostics` and closing brace. */
export function sessionJson(s: ReportSession): string {
  const data = {
    id: s.id,
    file: s.file,
    title: s.title,
    day: s.day ?? null,
    date: s.date ?? null,
    slot: s.slot ?? null,
    room: s.room ?? null,
    host: s.host ?? null,
    documenter: s.documenter ?? null,
    tags: [...s.tags],
    participants: s.participants.map((p) => ({ name: p.name, org: p.org ?? null })),
    participantCount: s.participantCount,
    findings: s.findings.map(itemData),
    nextSteps: s.nextSteps.map(stepData),
    openQuestions: s.openQuestions.map(itemData),
  };
  // Cut before the line that closes the object: `\n` and SESSION_INDENT spaces and `}`.
  return pretty(data, SESSION_INDENT / 2).slice(0, -(SESSION_INDENT + 2));
}

/** The last member of a session object, and the brace that closes it. */
function diagnosticsJson(diagnostics: readonly ReportDiagnostic[]): string {
  const data = diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.line, column: d.column }));
  return `,\n${' '.repeat(SESSION_INDENT + 2)}"diagnostics": ${pretty(data, SESSION_INDENT / 2 + 1)}\n${' '.repeat(SESSION_INDENT)}}`;
}

/**
 * `JSON.stringify(value, null, 2)` as it reads `depth` levels deep inside a larger document: stringified
 * inside `depth` arrays of one element each, whose own lines are then cut off (one native call, no pass
 * over the text to indent it).
 */
function pretty(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return depth === 0 ? text : text.slice(OPENERS[depth].length, text.length - CLOSERS[depth].length);
}

/** What `depth` wrapping arrays add before and after the value: `[\n  [\n    ` … `\n  ]\n]`. */
const OPENERS = Array.from({ length: 4 }, (_, depth) => Array.from({ length: depth }, (_, k) => `[\n${' '.repeat(2 * (k + 1))}`).join(''));
const CLOSERS = Array.from({ length: 4 }, (_, depth) => Array.from({ length: depth }, (_, k) => `\n${' '.repeat(2 * (depth - 1 - k))}]`).join(''));

/** An object's text without its final line, the closing brace: members are added after it. */
function withoutClosingBrace(objectText: string): string {
  return objectText.slice(0, objectText.lastIndexOf('\n'));
}

function itemData(item: ReportItem) {
  return { text: item.text, markdown: item.markdown };
}

function stepData(step: ReportStep) {
  return {
    text: step.text,
    markdown: step.markdown,
    owners: step.owners.map((o) => ({ handle: o.handle, name: o.name, org: o.org ?? null, known: o.known })),
    due: step.due ?? null,
    dueAsWritten: step.dueAsWritten ?? null,
    done: step.done,
    overdue: step.overdue,
  };
}
