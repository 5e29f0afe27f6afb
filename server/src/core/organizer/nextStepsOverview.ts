// The Next-steps view's data: every next step of an event, grouped by owner, by session or by due date.
import type { EventPlan, Language, NextStepSummary, Range, SessionSummary } from '../model';
import { compareText, scheduleOrder } from '../report';
import { fileStem, relativeFile, withoutStepMeta } from '../report';
import { formatDate, reportTexts } from '../report';
import { collapseWhitespace } from '../text';

export type StepGrouping = 'owner' | 'session' | 'due';

/**
 * What the view reads of a session: its summary (the index keeps one per session, open or not), so
 * the view needs no file read and no parse.
 */
export type StepsInput = Pick<SessionSummary, 'uri' | 'topic' | 'day' | 'slot' | 'room' | 'nextSteps'>;

export interface OverviewStep {
  uri: string;
  line: number;
  range: Range;
  text: string;
  owners: Array<{ handle: string; name: string; known: boolean }>;
  due?: string;
  /** The due date as the view shows it; for a date that does not exist, as written (30.02.2017). */
  dueLabel?: string;
  /** The due date names no day that exists: the step has its own group, not "no due date". */
  dueInvalid?: true;
  done: boolean;
  overdue: boolean;
  session: string;
  checkable: boolean;
}

export interface StepGroup {
  key: string;
  label: string;
  steps: OverviewStep[];
  open: number;
  overdue: number;
}

export interface StepsOptions {
  plan?: EventPlan;
  folderUri?: string;
  /** The language of the labels: the editor's. */
  language: Language;
  groupBy: StepGrouping;
  includeDone: boolean;
  /** `YYYY-MM-DD`; without it nothing is overdue. */
  today?: string;
}

const NO_DUE: Record<Language, string> = { de: 'Ohne Frist', en: 'No due date' };
const INVALID_DUE: Record<Language, string> = { de: 'Frist kein gültiges Datum', en: 'Due date that does not exist' };

/** The group of steps whose due date names no existing day: after the dated ones, before those without. */
const INVALID_DUE_KEY = 'due:~invalid';

/** The key of the group of steps nobody owns / without due date; it always comes last. */
export const NO_GROUP_KEY = 'none';

/**
 * Groups the steps. By owner: a step with two owners is listed under both, steps nobody owns come last.
 * By session: in schedule order. By due date: earliest first, undated last. Inside a group: open before
 * done, then by due date (undated last), then in schedule order and document order. Empty groups are
 * left out. Pure; never throws on user input.
 */
export function nextStepsOverview(inputs: readonly StepsInput[], options: StepsOptions): StepGroup[] {
  const sessions = inScheduleOrder(inputs, options);
  const steps = sessions.flatMap((s) => s.input.nextSteps.map((step) => toOverviewStep(s.input.uri, s.label, step, options)));
  const shown = options.includeDone ? steps : steps.filter((s) => !s.done);
  const groups = new Map<string, StepGroup>();
  const add = (key: string, label: string, step: OverviewStep) => {
    const group = groups.get(key) ?? { key, label, steps: [], open: 0, overdue: 0 };
    group.steps.push(step);
    groups.set(key, group);
  };
  for (const step of shown) {
    if (options.groupBy === 'session') add(`session:${step.uri}`, step.session, step);
    else if (options.groupBy === 'due' && step.dueInvalid) add(INVALID_DUE_KEY, INVALID_DUE[options.language], step);
    else if (options.groupBy === 'due') add(step.due ? `due:${step.due}` : NO_GROUP_KEY, step.dueLabel ?? NO_DUE[options.language], step);
    else if (step.owners.length === 0) add(NO_GROUP_KEY, reportTexts(options.language).noOwner, step);
    else for (const owner of uniqueBy(step.owners, (o) => o.handle.toLowerCase())) add(`owner:${owner.handle.toLowerCase()}`, owner.name, step);
  }
  const result = [...groups.values()];
  for (const group of result) {
    group.steps.sort(compareSteps);
    group.open = group.steps.filter((s) => !s.done).length;
    group.overdue = group.steps.filter((s) => s.overdue).length;
  }
  // Sessions keep schedule order (the insertion order); owners sort by name, due groups by date.
  if (options.groupBy === 'owner') result.sort((a, b) => compareText(a.label.replace(/^@/u, ''), b.label.replace(/^@/u, '')));
  if (options.groupBy === 'due') result.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [...result.filter((g) => g.key !== NO_GROUP_KEY), ...result.filter((g) => g.key === NO_GROUP_KEY)];
}

function inScheduleOrder(inputs: readonly StepsInput[], options: StepsOptions): Array<{ input: StepsInput; label: string }> {
  const order = scheduleOrder(options.plan);
  const keyed = inputs.map((input) => {
    const file = relativeFile(input.uri, options.folderUri);
    const label = input.topic ?? fileStem(file);
    const key = { day: input.day, slot: input.slot, room: input.room, title: label, file };
    return { session: { input, label }, key };
  });
  return keyed.sort((a, b) => order(a.key, b.key)).map((k) => k.session);
}

/** A step's words as the Next-steps view shows them: without `@owners` and the due phrase. */
export function stepLabel(step: Pick<NextStepSummary, 'text' | 'owners' | 'dueRaw'>): string {
  const longestFirst = [...new Set(step.owners)].sort((a, b) => b.length - a.length); // `@anna` must not cut `@anna-schmidt`
  return withoutStepMeta(step.text, longestFirst, step.dueRaw, collapseWhitespace);
}

function toOverviewStep(uri: string, session: string, step: NextStepSummary, options: StepsOptions): OverviewStep {
  const handles = [...new Set(step.owners)];
  const result: OverviewStep = {
    uri,
    line: step.range.start.line,
    range: step.range,
    text: stepLabel(step),
    owners: handles.map((handle) => ownerOf(handle, options.plan)),
    done: step.done,
    overdue: !step.done && !!step.due && !!options.today && step.due < options.today,
    session,
    checkable: step.checkable,
  };
  if (step.due) {
    result.due = step.due;
    result.dueLabel = formatDate(step.due, options.language);
  } else if (step.dueRaw) {
    result.dueLabel = step.dueRaw;
    result.dueInvalid = true;
  }
  return result;
}

function ownerOf(handle: string, plan: EventPlan | undefined): OverviewStep['owners'][number] {
  const person = plan?.people.find((p) => p.id.toLowerCase() === handle.toLowerCase());
  return person ? { handle, name: person.name, known: true } : { handle, name: `@${handle}`, known: false };
}

function compareSteps(a: OverviewStep, b: OverviewStep): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  if (a.due !== b.due) return a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1;
  return 0; // stable sort keeps schedule and document order
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}
