// Phrases every human-readable export shares: the headline figures, a session's place in the schedule, a step's due date.
import { formatMessage } from '../../diagnostics';
import type { EventReport, RenderContext, ReportBlock, ReportDiagnostic, ReportPerson, ReportSession, ReportStep } from '../reportModel';
import { formatDate, formatDateRange, formatLongDate, reportTexts } from '../reportTexts';

/** `2 Tage, 11 Themen, 40 Teilnehmende`: see peopleFigure. */
export function headlineFigures(report: EventReport): string {
  const t = reportTexts(report.language);
  const { stats } = report;
  return [t.days(stats.days), t.topics(stats.sessions), peopleFigure(report)].join(', ');
}

/**
 * The headline's figure of people: the event's head count (barcamp.json `attendees`) when the organizer
 * states one; else the sessions' participations, named as such — a sum over sessions counts a person once
 * per session, so it is never presented as a number of people.
 */
export function peopleFigure(report: EventReport): string {
  const t = reportTexts(report.language);
  const { stats } = report;
  return stats.attendees !== undefined ? t.people(stats.attendees) : t.participations(stats.participations);
}

/** `26 nächste Schritte, davon 20 offen (3 überfällig)`. */
export function stepFigures(report: EventReport): string {
  const t = reportTexts(report.language);
  const { stats } = report;
  const overdue = stats.overdueNextSteps > 0 ? ` (${t.overdueCount(stats.overdueNextSteps)})` : '';
  return `${t.steps(stats.nextSteps, stats.openNextSteps)}${overdue}`;
}

/** The event's dates as one phrase, or '' without any. */
export function eventDates(report: EventReport): string {
  return formatDateRange(
    report.days.flatMap((d) => (d.date ? [d.date] : [])),
    report.language,
  );
}

/** `Tag 1 · Donnerstag, 26. Januar 2017` — the heading of a day in the schedule. */
export function dayHeading(day: number, date: string | undefined, report: EventReport): string {
  const t = reportTexts(report.language);
  return date ? `${t.day(day)} · ${formatLongDate(date, report.language)}` : t.day(day);
}

/** `Tag 1 (26.01.2017) · 10:30 · Raum Elbe`: where and when a session took place, as far as known. */
export function sessionPlace(session: ReportSession, report: RenderContext): string {
  const t = reportTexts(report.language);
  const parts: string[] = [];
  if (session.day !== undefined) parts.push(session.date ? `${t.day(session.day)} (${formatDate(session.date, report.language)})` : t.day(session.day));
  else if (session.date) parts.push(formatDate(session.date, report.language));
  if (session.slot) parts.push(session.slot);
  if (session.room) parts.push(`${t.room} ${session.room}`);
  return parts.join(' · ');
}

/** `bis 28.02.2017`, the date as written when it does not exist, or '' without a due date. */
export function dueText(step: ReportStep, report: RenderContext): string {
  const t = reportTexts(report.language);
  if (step.due) return t.dueBy(formatDate(step.due, report.language));
  return step.dueAsWritten ? t.dueBy(step.dueAsWritten) : '';
}

/** The owners of a step by name, `Anna Schmidt, Leslie Czernik`; '' when nobody owns it. Unnamed owners: see personName. */
export function ownerNames(step: ReportStep, report: RenderContext): string {
  return [...new Set(step.owners.map((o) => personName(o, report)))].join(', ');
}

/**
 * How the documentation names a person: `Anna Schmidt (Stadt Köln)`; without a name (privacy) the
 * organisation, `Stadt Köln (3 Personen)` for several; neither: "nicht namentlich genannt".
 */
export function personLabel(person: ReportPerson, report: RenderContext): string {
  const t = reportTexts(report.language);
  if (person.name !== undefined) return person.org ? `${person.name} (${person.org})` : person.name;
  if (person.org === undefined) return t.notNamed;
  return person.count !== undefined && person.count > 1 ? t.orgPeople(person.org, person.count) : person.org;
}

/** A person by name only (`Anna Schmidt`), for places that show the organisation apart; see personLabel. */
export function personName(person: ReportPerson, report: RenderContext): string {
  return person.name ?? personLabel(person, report);
}

/** The session with that id; the report builds ids, so a miss means a caller's bug, answered with undefined. */
export function sessionById(report: EventReport, id: string): ReportSession | undefined {
  let memo = sessionsById.get(report.sessions);
  if (!memo || memo.length !== report.sessions.length) {
    const byId = new Map<string, ReportSession>();
    for (const session of report.sessions) if (!byId.has(session.id)) byId.set(session.id, session);
    memo = { length: report.sessions.length, byId };
    sessionsById.set(report.sessions, memo);
  }
  return memo.byId.get(id);
}

/** Built once per report: the grid, the tag index and the appendix look up every session by id (n² searches at 10,000). */
const sessionsById = new WeakMap<readonly ReportSession[], { length: number; byId: Map<string, ReportSession> }>();

/** Sessions that still have diagnostics, for the organizers' appendix. */
export function sessionsWithProblems(report: EventReport): ReportSession[] {
  return report.sessions.filter((s) => s.diagnostics.length > 0);
}

/** How many people a session's list shows and how many more its head count adds (an organisation entry stands for `count`). */
export function participantSummary(session: ReportSession, report: RenderContext): { names: string[]; more: number } {
  const names = session.participants.map((p) => personLabel(p, report));
  const listed = session.participants.reduce((sum, p) => sum + (p.count ?? 1), 0);
  return { names, more: Math.max(0, session.participantCount - listed) };
}

/** For the organizers: the people of a session the public files do not name (host, documenter, participants). */
export function namesWithheld(session: ReportSession): string[] {
  const people = [session.host, session.documenter, ...session.participants].filter((p): p is ReportPerson => p?.nameWithheld === true && p.name !== undefined);
  return [...new Set(people.map((p) => p.name!))];
}

/** The report's title: the organizers' report says whose it is. */
export function reportTitle(report: EventReport): string {
  return report.audience === 'organizer' ? reportTexts(report.language).organizerTitle(report.title) : report.title;
}

/** Under the headline: the public files say how they name people; the organizers' report that it is internal. */
export function audienceNote(report: EventReport): string {
  const t = reportTexts(report.language);
  if (report.audience === 'organizer') return t.organizerNote;
  return report.names === 'all' ? '' : t.privacyNote(report.names === 'none');
}

/** An action field's people as the documentation names them, or "noch keine". */
export function peopleList(people: readonly ReportPerson[], report: RenderContext): string {
  return people.length > 0 ? people.map((p) => personLabel(p, report)).join(', ') : reportTexts(report.language).noneYet;
}

/** A diagnostic's message in the report's language. */
export function diagnosticMessage(d: ReportDiagnostic, report: RenderContext): string {
  return formatMessage(d, report.language);
}

/** One part of a session's body as the documentation shows it; headings are plain text, for the renderer to escape. */
export type BodyPart =
  | { type: 'block'; heading?: string; block: ReportBlock }
  | { type: 'people'; heading: string; people: string[]; block?: ReportBlock; none: string }
  | { type: 'steps'; heading: string; steps: ReportStep[]; block?: ReportBlock; none: string }
  | { type: 'none'; heading: string; text: string };

/**
 * A session's body in the protocol's order: the intro, then every section. Findings, next steps and
 * open questions get the report's own headings (one documentation, one wording); a free section keeps its
 * heading as written. Without a findings section the body says so first; without a next-steps section, last.
 * What is missing or empty is "noch nicht dokumentiert", never "keine": only a protocol that says "keine" says none.
 */
export function sessionBody(session: ReportSession, report: RenderContext): BodyPart[] {
  const t = reportTexts(report.language);
  const parts: BodyPart[] = [];
  const noFindings: BodyPart = { type: 'none', heading: t.findings, text: t.notDocumented };
  let step = 0;
  for (const section of session.sections) {
    const shown = section.empty ? undefined : section.shown;
    if (section.kind === 'findings') parts.push(shown ? { type: 'block', heading: t.findings, block: shown } : noFindings);
    else if (section.kind === 'nextSteps') parts.push(stepsPart(t.nextSteps, session.nextSteps.slice(step, (step += section.stepCount)), section.shown, section.empty ? t.notDocumented : t.none));
    else if (section.kind === 'active' || section.kind === 'interested')
      parts.push(peoplePart(section.kind === 'active' ? t.active : t.interested, session[section.kind], shown, report, t.notDocumented));
    else if (!shown) continue;
    else if (section.kind === 'participants') parts.push({ type: 'block', heading: t.participants, block: shown });
    else if (section.kind === 'openQuestions') parts.push({ type: 'block', heading: t.openQuestions, block: shown });
    else parts.push(section.heading === '' ? { type: 'block', block: shown } : { type: 'block', heading: section.heading, block: shown });
  }
  if (!session.sections.some((s) => s.kind === 'findings')) parts.unshift(noFindings);
  if (session.intro) parts.unshift({ type: 'block', block: session.intro });
  if (!session.sections.some((s) => s.kind === 'nextSteps')) parts.push(stepsPart(t.nextSteps, session.nextSteps.slice(step), undefined, t.notDocumented));
  return parts;
}

/** The people an Aktive or Interessenten section lists, as the documentation names them; its other blocks (an intro line) after them. */
function peoplePart(heading: string, people: ReportPerson[], block: ReportBlock | undefined, report: RenderContext, none: string): BodyPart {
  const labels = people.map((p) => personLabel(p, report));
  return block ? { type: 'people', heading, people: labels, block, none } : { type: 'people', heading, people: labels, none };
}

/** `none`: what stands when the part lists nothing and has no other blocks. */
function stepsPart(heading: string, steps: ReportStep[], block: ReportBlock | undefined, none: string): BodyPart {
  return block ? { type: 'steps', heading, steps, block, none } : { type: 'steps', heading, steps, none };
}
