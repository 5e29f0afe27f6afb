// Aggregates all sessions of one event (protocols, plan, diagnostics, event.md) into the EventReport the exporters render.
import type { EventDay, EventPlan, Language, SessionProtocol } from '../model';
import { readEventNotes } from './eventNotes';
import type { Audience, EventReport, ReportSession, ReportStats } from './reportModel';
import { isPublished, publicActionField, publicSession, publishLevel } from './audience';
import { buildActionFields } from './actionFields';
import { buildOwnerGroups, buildSchedule, buildTagIndex, compareText, scheduleOrder } from './reportIndexes';
import { fileStem, prepareSession, referenceDate, relativeFile, toReportSession, type PreparedSession, type SessionInput, mayName } from './reportSession';
import { reportTexts } from './reportTexts';
import { slugify } from '../text';

/** Everything one event's report is made of; the adapter reads the files, the core does the rest. */
export interface AggregateInput {
  /** The event's barcamp.json, parsed; without it the report still lists every session. */
  plan?: EventPlan;
  /** Every session file of the event, also the ones with problems. */
  sessions: SessionInput[];
  /** The text of event.md, when the event has one. */
  eventNotes?: string;
  /** Overrides the plan's language (the CLI's `--lang`). */
  language?: Language;
  /**
   * The reference date (`YYYY-MM-DD`) for overdue next steps. It is an input, not the clock, so the
   * same files give the same report; without it nothing is marked overdue.
   */
  today?: string;
  /** The title when the plan has no `name`, e.g. the event folder's name. */
  fallbackTitle?: string;
  /** The event folder's URI, to derive session paths when `SessionInput.file` is absent. */
  folderUri?: string;
  /** The public files or the organizers' report (default): see publicSession. */
  audience?: Audience;
}

/**
 * Builds the report of one event. Pure and deterministic: no clock, no locale, no IO; sessions in
 * schedule order (day, slot, room, topic). Never throws on user input.
 */
export function aggregateEvent(input: AggregateInput): EventReport {
  const plan = input.plan;
  const language = reportLanguage(input.plan, input.sessions, input.language);
  const today = referenceDate(input.today);
  const folderUri = input.folderUri ?? (plan ? plan.uri.slice(0, plan.uri.lastIndexOf('/')) : undefined);
  const prepared = input.sessions.map((s) => ('prepared' in s ? s.prepared : prepareSession(s.protocol, { plan, today, folderUri })));
  const files = input.sessions.map((s, i) => s.file ?? relativeFile(prepared[i].uri, folderUri));
  // Ids from every file, so a session has the same id in the public files and in the organizers' report.
  const ids = sessionIds(files);
  const all = prepared.map((p, i) => toReportSession(p, ids[i], files[i], input.sessions[i].problems));
  const audience = input.audience ?? 'organizer';
  const publish = publishLevel(plan);
  const shown = all.map((s) => audience === 'organizer' || isPublished(s.status, publish));
  const names = plan?.privacy?.names ?? 'consent';
  const visible = all.filter((_, i) => shown[i]).sort(scheduleOrder(plan));
  // An `@handle` written anywhere (a sub-item, a finding) names a person as much as an owner does.
  const hide = (handle: string) => !mayName(handle, plan);
  const sessions = visible.map((s) => (audience === 'public' ? publicSession(s, names, hide) : s));
  const withheld = all.filter((s) => !isPublished(s.status, publish)).sort(scheduleOrder(plan));
  const report: EventReport = {
    audience,
    names,
    language,
    title: plan?.name ?? input.fallbackTitle?.trim() ?? reportTexts(language).fallbackTitle,
    days: eventDays(plan, sessions),
    notes: readEventNotes(input.eventNotes),
    stats: countStats(
      prepared.filter((_, i) => shown[i]),
      sessions,
      plan,
    ),
    sessions,
    schedule: buildSchedule(sessions, plan),
    unscheduled: sessions.filter((s) => s.day === undefined || s.room === undefined).map((s) => s.id),
    owners: buildOwnerGroups(sessions),
    tags: buildTagIndex(sessions),
    // From the sessions as the organizers see them: one unnamed person in two sessions is still one person.
    actionFields: buildActionFields(plan, visible).map((f) => (audience === 'public' ? publicActionField(f) : f)),
    withheld: audience === 'organizer' ? withheld.map(({ id, title, file, status }) => ({ id, title, file, status })) : [],
  };
  if (publish) report.publish = publish;
  if (audience === 'public') delete report.stats.sessionsWithProblems;
  if (report.title === '') report.title = reportTexts(language).fallbackTitle;
  if (today) report.today = today;
  return report;
}

/**
 * Gives each session an id from its file name (relative to the event folder), unique and safe as an HTML
 * id. Ids are handed out in file order, so the same set of files always gets the same ids, whatever
 * order the adapter read them in.
 */
export function sessionIds(files: readonly string[]): string[] {
  const order = files.map((_, i) => i).sort((a, b) => compareText(files[a], files[b]));
  const used = new Set<string>();
  const ids: string[] = [];
  for (const i of order) {
    const base = slugify(fileStem(files[i])).replace(/[^\p{L}\p{N}_-]/gu, '-') || 'session';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids[i] = id;
  }
  return ids;
}

/** The plan's days; without any, the days the sessions name (so the grid still has its headings). */
function eventDays(plan: EventPlan | undefined, sessions: ReportSession[]): EventDay[] {
  if (plan && plan.days.length > 0) return [...plan.days].sort((a, b) => a.day - b.day);
  const days = [...new Set(sessions.map((s) => s.day).filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
  return days.map((day) => {
    const date = sessions.find((s) => s.day === day && s.date)?.date;
    return date ? { day, date } : { day };
  });
}

/**
 * The headline figures. Participants: every distinct person named anywhere (participant lists, hosts,
 * documenters; the same slug is the same person across sessions), plus, per session, the part of a
 * `participants: N` head count that its names do not cover. Unnamed people cannot be told apart across
 * sessions, so that part is a sum and may count someone twice; docs/event-documentation.md says so.
 */
function countStats(prepared: PreparedSession[], sessions: ReportSession[], plan: EventPlan | undefined): ReportStats {
  const named = new Set<string>();
  let unnamed = 0;
  for (const session of prepared) {
    for (const slug of session.people) named.add(slug);
    unnamed += Math.max(0, session.headCount - session.people.length);
  }
  const steps = sessions.flatMap((s) => s.nextSteps);
  const days = plan && plan.days.length > 0 ? plan.days.length : new Set(sessions.map((s) => s.day).filter((d) => d !== undefined)).size;
  const stats: ReportStats = {
    days,
    sessions: sessions.length,
    namedPeople: named.size,
    participations: sessions.reduce((sum, s) => sum + s.participantCount, 0),
    participants: named.size + unnamed,
    namedParticipants: named.size,
    unnamedParticipants: unnamed,
    nextSteps: steps.length,
    openNextSteps: steps.filter((s) => !s.done).length,
    overdueNextSteps: steps.filter((s) => s.overdue).length,
    sessionsWithProblems: sessions.filter((s) => s.diagnostics.length > 0).length,
  };
  if (plan?.attendees !== undefined) stats.attendees = plan.attendees;
  return stats;
}

/**
 * The report's language: the override (`--lang`), else barcamp.json `language`, else the language most
 * protocols are written in, else German. Adapters call it before validating, so the diagnostics in the
 * appendix speak the report's language.
 */
export function reportLanguage(plan: EventPlan | undefined, sessions: readonly LanguageSource[], override?: Language): Language {
  return override ?? plan?.language ?? majorityLanguage(sessions) ?? 'de';
}

/** Anything that knows a protocol's language: a session input, or a protocol wrapped as one. */
export type LanguageSource = { protocol: Pick<SessionProtocol, 'language'> } | { prepared: Pick<PreparedSession, 'language'> };

/** The language most protocols are written in, for events without a barcamp.json language. */
function majorityLanguage(sessions: readonly LanguageSource[]): Language | undefined {
  const count = { de: 0, en: 0 };
  for (const source of sessions) {
    const language = 'prepared' in source ? source.prepared.language : source.protocol.language;
    if (language) count[language]++;
  }
  if (count.de === count.en) return undefined;
  return count.de > count.en ? 'de' : 'en';
}
