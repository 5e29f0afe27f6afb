// The Sessions view's data: every session of an event with its state, as a day → slot tree in schedule order or by action field.
import type { Diagnostic, EventPlan, Language, Range, ReviewStatus, SessionSummary } from '../model';
import { compareText, scheduleOrder } from '../report';
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

/** How the Sessions view groups an event's sessions: by day and slot (the default) or by action field. */
export type SessionsGrouping = 'day' | 'actionField';

/**
 * One group of the grouping by action field: an action field of the plan (`field`), an id no action
 * field of the plan has (`unknown`, under the id as its first session writes it), or the sessions
 * that name none (`none`, always last).
 */
export interface ActionFieldGroup<S = OverviewSession> {
  kind: 'field' | 'unknown' | 'none';
  /** The plan's id, or the unknown id as written; absent for `none`. */
  id?: string;
  /** The plan's title; the id for `unknown`; absent for `none` (the view words it). */
  title?: string;
  /** In schedule order. */
  sessions: S[];
}

export interface SessionsOverview {
  /** Empty when grouped by action field. */
  days: OverviewDay[];
  /** Empty when grouped by action field. */
  unscheduled: OverviewSession[];
  /** Only when grouped by action field. */
  actionFields?: ActionFieldGroup[];
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
  /** `day` (default): `days` and `unscheduled`; `actionField`: `actionFields`. */
  groupBy?: SessionsGrouping;
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
  if (options.groupBy === 'actionField') {
    return { days: [], unscheduled: [], actionFields: actionFieldGroups(shown, options.plan, { keepEmpty: !options.problemsOnly }), counts };
  }
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

/**
 * The sessions (in the order given) by action field: one group per action field of the plan, in the
 * plan's order, with the sessions whose `actionField` names its id (case-insensitively, as the checks
 * read it); then one group per id the plan does not know, alphabetically, under the id as its first
 * session writes it; then the sessions without an action field. `keepEmpty` keeps the plan's fields
 * that no session names (the view shows them; a filtered view drops them). Pure.
 */
export function actionFieldGroups<S extends { actionField?: string }>(
  sessions: readonly S[],
  plan: Pick<EventPlan, 'actionFields'> | undefined,
  options: { keepEmpty?: boolean } = {},
): Array<ActionFieldGroup<S>> {
  type Group = ActionFieldGroup<S>;
  const fields = new Map<string, Group>();
  for (const field of plan?.actionFields ?? []) {
    const key = field.id.toLowerCase();
    if (!fields.has(key)) fields.set(key, { kind: 'field', id: field.id, title: field.title, sessions: [] });
  }
  const unknown = new Map<string, Group>();
  const none: Group = { kind: 'none', sessions: [] };
  for (const session of sessions) {
    const id = session.actionField?.trim();
    if (!id) {
      none.sessions.push(session);
      continue;
    }
    const key = id.toLowerCase();
    let group = fields.get(key) ?? unknown.get(key);
    if (!group) {
      group = { kind: 'unknown', id, title: id, sessions: [] };
      unknown.set(key, group);
    }
    group.sessions.push(session);
  }
  const known = [...fields.values()].filter((g) => options.keepEmpty || g.sessions.length > 0);
  const others = [...unknown.values()].sort((a, b) => compareText(a.id!, b.id!));
  return [...known, ...others, ...(none.sessions.length > 0 ? [none] : [])];
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
