// The event as data: a stable, documented JSON shape (docs/event-documentation.md), schemaVersion first, then the marker.
import { formatMessage } from '../../diagnostics';
import { GENERATED_MARKER } from '../generatedMarker';
import type { Audience, EventReport, ReportItem, ReportPerson, ReportSession, ReportStep } from '../reportModel';

/** Bumped when a field changes meaning or disappears; new fields do not bump it. 2: people are `{ name, org }` objects whose name may be null (privacy). */
export const JSON_SCHEMA_VERSION = 2;

/**
 * Renders the report as pretty-printed JSON with a final newline. Absent values are `null` rather than
 * missing, so every session has the same keys and spreadsheet or BI imports see stable columns.
 */
export function renderJson(report: EventReport): string {
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    generator: GENERATED_MARKER,
    audience: report.audience,
    privacy: { names: report.names },
    publish: report.publish ?? 'all',
    event: {
      name: report.title,
      language: report.language,
      days: report.days.map((d) => ({ day: d.day, date: d.date ?? null })),
      introduction: report.notes.introduction ?? null,
      closing: report.notes.closing ? { heading: report.notes.closing.heading, markdown: report.notes.closing.markdown } : null,
    },
    today: report.today ?? null,
    stats: statsData(report),
    sessions: report.sessions.map((s) => sessionData(s, report)),
    tags: report.tags.map((t) => ({ tag: t.tag, sessions: [...t.sessions] })),
    actionFields: report.actionFields.map((f) => ({
      id: f.id,
      title: f.title,
      sessions: [...f.sessions],
      active: f.active.map((p) => personData(p, report.audience)),
      interested: f.interested.map((p) => personData(p, report.audience)),
      nextSteps: f.nextSteps.map(({ sessionId, step }) => ({ session: sessionId, ...stepData(step, report.audience) })),
    })),
    ...(report.audience === 'organizer' ? { withheld: report.withheld.map((w) => ({ ...w })) } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The figures in the documented order: the event's own head count first, then what the protocols say. */
function statsData(report: EventReport) {
  const { days, sessions, attendees, ...rest } = report.stats;
  return { days, sessions, attendees: attendees ?? null, ...rest };
}

/** A session; the organizers' report adds its diagnostics, the public files hold none. */
function sessionData(s: ReportSession, report: EventReport) {
  const data = {
    id: s.id,
    file: s.file,
    title: s.title,
    day: s.day ?? null,
    date: s.date ?? null,
    slot: s.slot ?? null,
    room: s.room ?? null,
    status: s.status,
    host: s.host ? personData(s.host, report.audience) : null,
    documenter: s.documenter ? personData(s.documenter, report.audience) : null,
    tags: [...s.tags],
    participants: s.participants.map((p) => personData(p, report.audience)),
    actionField: s.actionField ?? null,
    active: s.active.map((p) => personData(p, report.audience)),
    interested: s.interested.map((p) => personData(p, report.audience)),
    participantCount: s.participantCount,
    intro: s.intro?.markdown ?? null,
    sections: s.sections.map((section) => ({ kind: section.kind, heading: section.heading, markdown: section.markdown })),
    findings: s.findings.map(itemData),
    nextSteps: s.nextSteps.map((step) => stepData(step, report.audience)),
    openQuestions: s.openQuestions.map(itemData),
  };
  if (report.audience === 'public') return data;
  return { ...data, diagnostics: s.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: formatMessage(d, report.language), line: d.line, column: d.column })) };
}

/**
 * `{ name, org }`, the same keys for every person of one file. Public files: `name` is null for a person
 * not to be named there, and `count` says how many people the entry stands for (an organisation's several).
 * The organizers' report: `namedInPublic` says whether the public files name them.
 */
function personData(p: ReportPerson, audience: Audience) {
  const data = { name: p.name ?? null, org: p.org ?? null };
  return audience === 'public' ? { ...data, count: p.count ?? 1 } : { ...data, namedInPublic: !p.nameWithheld };
}

function itemData(item: ReportItem) {
  return { text: item.text, markdown: item.markdown };
}

function stepData(step: ReportStep, audience: Audience) {
  return {
    text: step.text,
    markdown: step.markdown,
    owners: step.owners.map((o) => ({ handle: o.handle ?? null, ...personData(o, audience), known: o.known })),
    due: step.due ?? null,
    dueAsWritten: step.dueAsWritten ?? null,
    done: step.done,
    overdue: step.overdue,
  };
}
