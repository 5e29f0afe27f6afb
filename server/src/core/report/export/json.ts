// The event as data: a stable, documented JSON shape (docs/event-documentation.md), schemaVersion first, then the marker.
import { formatMessage } from '../../diagnostics';
import type { Language } from '../../model';
import { GENERATED_MARKER } from '../generatedMarker';
import type { EventReport, ReportItem, ReportSession, ReportStep } from '../reportModel';

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const JSON_SCHEMA_VERSION = 1;

/**
 * Renders the report as pretty-printed JSON with a final newline. Absent values are `null` rather than
 * missing, so every session has the same keys and spreadsheet or BI imports see stable columns.
 */
export function renderJson(report: EventReport): string {
  const document = {
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
    stats: statsData(report),
    sessions: report.sessions.map((s) => sessionData(s, report.language)),
    tags: report.tags.map((t) => ({ tag: t.tag, sessions: [...t.sessions] })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The figures in the documented order: the event's own head count first, then what the protocols say. */
function statsData(report: EventReport) {
  const { days, sessions, attendees, ...rest } = report.stats;
  return { days, sessions, attendees: attendees ?? null, ...rest };
}

function sessionData(s: ReportSession, language: Language) {
  return {
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
    intro: s.intro?.markdown ?? null,
    sections: s.sections.map((section) => ({ kind: section.kind, heading: section.heading, markdown: section.markdown })),
    findings: s.findings.map(itemData),
    nextSteps: s.nextSteps.map(stepData),
    openQuestions: s.openQuestions.map(itemData),
    diagnostics: s.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: formatMessage(d, language), line: d.line, column: d.column })),
  };
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
