// The Sessions view's data: every session of an event with its state, as a day → slot tree in schedule order.
import type { Diagnostic, EventPlan, Language, Range, ReviewStatus, SessionSummary } from '../model';
import { scheduleOrder } from '../report';
import { fileStem, relativeFile } from '../report';
import { formatDate, reportTexts } from '../report';

/** Complete, or the worst severity that counts: information and hints do not make a protocol incomplete. */
export type SessionState = 'complete' | 'warnings' | 'errors';

/**
 * One session as the adapter hands it over: what its summary says and its diagnostics as the Problems
 * panel shows them. Summaries, not protocols: the adapter keeps those for files that are not open.
 */
export interface CheckedSessionInput {
  summary: Pick<SessionSummary, 'uri' | 'topic' | 'topicRange' | 'day' | 'date' | 'slot' | 'room' | 'status' | 'actionField'>;
  diagnostics: Diagnostic[];
}

export interface OverviewSession {
  uri: string;
  label: string;
  file: string;
  day?: number;
  slot?: string;
  room?: string;
  state: SessionState;
  errors: number;
  warnings: number;
  topicRange: Range;
  /** Frontmatter `status`; a protocol without one (or with an unknown word) is a draft. */
  status: ReviewStatus;
  /** Frontmatter `actionField`, as written. */
  actionField?: string;
}

export interface OverviewDay {
  day: number;
  date?: string;
  label: string;
  slots: Array<{ slot: string; sessions: OverviewSession[] }>;
}

export interface SessionsOverview {
  days: OverviewDay[];
  unscheduled: OverviewSession[];
  counts: { total: number; complete: number; warnings: number; errors: number };
}

export interface OverviewOptions {
  plan?: EventPlan;
  /** The event folder, for the paths shown and for the order of sessions without topic. */
  folderUri?: string;
  /** The language of the day labels: the editor's. */
  language: Language;
  /** Leaves out complete sessions (the counts still cover all). */
  problemsOnly?: boolean;
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The state and the counts that decide it, from a session's diagnostics. */
export function sessionState(diagnostics: readonly Diagnostic[]): { state: SessionState; errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return { state: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'complete', errors, warnings };
}

/** `Tag 1 · 26.01.2017` / `Day 1 · 26 Jan 2017`; the day alone when the date is unknown. */
export function dayLabel(day: number, date: string | undefined, language: Language): string {
  const name = reportTexts(language).day(day);
  return date ? `${name} · ${formatDate(date, language)}` : name;
}

/**
 * Sorts the sessions in schedule order (day, slot, room, topic) and groups those with day and slot
 * under their day and slot; the others are "unscheduled". A day comes from `day:` or from a `date:`
 * the plan knows. Pure; never throws on user input.
 */
export function sessionsOverview(inputs: readonly CheckedSessionInput[], options: OverviewOptions): SessionsOverview {
  const order = scheduleOrder(options.plan);
  const all = inputs.map((input) => toOverviewSession(input, options)).sort((a, b) => order({ ...a, title: a.label }, { ...b, title: b.label }));
  const counts = {
    total: all.length,
    complete: all.filter((s) => s.state === 'complete').length,
    warnings: all.filter((s) => s.state === 'warnings').length,
    errors: all.filter((s) => s.state === 'errors').length,
  };
  const shown = options.problemsOnly ? all.filter((s) => s.state !== 'complete') : all;
  const days: OverviewDay[] = [];
  const unscheduled: OverviewSession[] = [];
  for (const session of shown) {
    if (session.day === undefined || session.slot === undefined) {
      unscheduled.push(session);
      continue;
    }
    let day = days[days.length - 1];
    if (day?.day !== session.day) {
      const date = options.plan?.days.find((d) => d.day === session.day)?.date ?? dateOf(inputs, session.uri);
      day = { day: session.day, label: dayLabel(session.day, date, options.language), slots: [] };
      if (date) day.date = date;
      days.push(day);
    }
    let slot = day.slots[day.slots.length - 1];
    if (slot?.slot !== session.slot) {
      slot = { slot: session.slot, sessions: [] };
      day.slots.push(slot);
    }
    slot.sessions.push(session);
  }
  return { days, unscheduled, counts };
}

function toOverviewSession({ summary, diagnostics }: CheckedSessionInput, options: OverviewOptions): OverviewSession {
  const file = relativeFile(summary.uri, options.folderUri);
  const label = summary.topic ?? fileStem(file);
  const session: OverviewSession = {
    uri: summary.uri,
    label,
    file,
    ...sessionState(diagnostics),
    // A summary's topicRange is the document start when there is no topic.
    topicRange: summary.topicRange ?? ZERO,
    status: summary.status ?? 'draft',
  };
  const day = summary.day ?? options.plan?.days.find((d) => d.date !== undefined && d.date === summary.date)?.day;
  if (day !== undefined) session.day = day;
  if (summary.slot !== undefined) session.slot = summary.slot;
  if (summary.room !== undefined) session.room = summary.room;
  if (summary.actionField !== undefined) session.actionField = summary.actionField;
  return session;
}

function dateOf(inputs: readonly CheckedSessionInput[], uri: string): string | undefined {
  return inputs.find((i) => i.summary.uri === uri)?.summary.date;
}
