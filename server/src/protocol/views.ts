// The organizer's views: events, the Sessions and Next-steps views, review status, and the notifications that they are stale.
import type { ReviewStatus, SessionState } from '../core';
// ── The organizer's surface: Sessions view, Next-steps view, New session, Check all, Aggregate, Preview ──
// Every payload is plain JSON; positions and ranges are LSP's (0-based lines, UTF-16 columns). An event is
// identified by `eventUri`: the URI of its barcamp.json, or — for sessions without one — their folder's URI.

/** A position as LSP has it. */
export interface PositionJson {
  line: number;
  character: number;
}

/** A range as LSP has it. */
export interface RangeJson {
  start: PositionJson;
  end: PositionJson;
}

/** One event of the workspace, as the quick picks, the status bar and the explorer menu need it. */
export interface EventInfo {
  eventUri: string;
  /** The barcamp.json, absent for sessions kept in a folder without one. */
  planUri?: string;
  /** The event folder: where barcamp.json stands. */
  folderUri: string;
  /** barcamp.json `name`, else the folder's name. */
  name: string;
  /** barcamp.json `language`, else German (new sessions look at the protocols' language too). */
  language: 'de' | 'en';
  days: Array<{ day: number; date?: string; label: string }>;
  rooms: string[];
  slots: string[];
  /** Number of session files of the event. */
  sessions: number;
}

/** Client → server: every event of the workspace (from the index; cheap). */
export const EventsListRequest = 'barcamp/events/list';
export interface EventsListResult {
  events: EventInfo[];
}

/**
 * A session's state from the same diagnostics as the Problems panel; information and hints do not count.
 * The core's organizer decides it; the import is of a type only, so no core code reaches the client.
 */
export type { SessionState };

export interface SessionEntry {
  uri: string;
  /** The topic, else the file name. */
  label: string;
  /** Path below the event folder, with `/`. */
  file: string;
  day?: number;
  slot?: string;
  room?: string;
  state: SessionState;
  errors: number;
  warnings: number;
  /** Range of the topic, to reveal it. */
  topicRange: RangeJson;
  /** Frontmatter `status`: a protocol without one (or with an unknown word) is a draft. The client words it. */
  status: ReviewStatus;
  /** Frontmatter `actionField`, as written. */
  actionField?: string;
}

/**
 * A group of the Sessions view grouped by action field: an action field of barcamp.json (`field`, in the
 * plan's order, also without sessions unless `problemsOnly`), an id barcamp.json does not list (`unknown`,
 * alphabetically, under the id as written), then the sessions naming none (`none`, last; the client words it).
 * Sessions join a field when their `actionField` names its id, case-insensitively.
 */
export interface ActionFieldGroup {
  kind: 'field' | 'unknown' | 'none';
  /** barcamp.json `actionFields[].id`, or the unknown id as written; absent for `none`. */
  id?: string;
  /** barcamp.json `actionFields[].title`; the id for `unknown`; absent for `none`. */
  title?: string;
  /** In schedule order. */
  sessions: SessionEntry[];
}

/** How the Sessions view groups: day → slot (default) or action field. */
export type SessionsGrouping = 'day' | 'actionField';

/** The sessions of one event as a tree: day → slot → session in schedule order, plus the unscheduled ones; or by action field. */
export interface SessionsOfEvent {
  event: EventInfo;
  /** Empty when grouped by action field. */
  days: Array<{ day: number; date?: string; label: string; slots: Array<{ slot: string; sessions: SessionEntry[] }> }>;
  /** Sessions without day or slot ("ohne Zeitfenster / unscheduled"); empty when grouped by action field. */
  unscheduled: SessionEntry[];
  /** Present only when grouped by action field (`groupBy: 'actionField'`). */
  actionFields?: ActionFieldGroup[];
  /** Counted over all sessions of the event, also when `problemsOnly` filtered the tree. */
  counts: { total: number; complete: number; warnings: number; errors: number };
}

/** Client → server: the Sessions view's data. Reads and validates every session of the event(s). */
export const SessionsListRequest = 'barcamp/sessions/list';
export interface SessionsListParams {
  /** One event; every event of the workspace when absent. */
  eventUri?: string;
  /** Only sessions with warnings or errors (groups left empty are dropped). */
  problemsOnly?: boolean;
  /** `day` (default): `days` and `unscheduled`; `actionField`: `actionFields`. */
  groupBy?: SessionsGrouping;
}
export interface SessionsListResult {
  events: SessionsOfEvent[];
}

export type NextStepsGrouping = 'owner' | 'session' | 'due';

/** A next step as the view shows it: what `expandNextSteps` makes of the compact answer. */
export interface NextStepEntry {
  /** The session file and the step's line there (0-based), which identify the step for `setDone`. */
  uri: string;
  line: number;
  range: RangeJson;
  /** The step's words without `@owners` and the due phrase. */
  text: string;
  owners: StepOwner[];
  /** `YYYY-MM-DD` when the due date exists; `dueLabel` formatted in the editor's language. */
  due?: string;
  dueLabel?: string;
  /** The due date names no day that exists (`dueLabel` as written): grouped apart, shown as a problem. */
  dueInvalid?: true;
  done: boolean;
  /** Open with a due date before `today`. */
  overdue: boolean;
  /** The topic of the step's session. */
  session: string;
  /** False for a paragraph (no list item): it cannot be checked off. */
  checkable: boolean;
}

export interface StepOwner {
  handle: string;
  name: string;
  known: boolean;
}

export interface NextStepGroup {
  /** Stable within a grouping: `owner:<handle>`, `session:<uri>`, `due:<date>`, or `none`. */
  key: string;
  /** Owner name, session topic or formatted date; "Ohne Verantwortliche" / "No owner" etc. for `none`. */
  label: string;
  steps: NextStepEntry[];
  open: number;
  overdue: number;
}

/** Client → server: the Next-steps view's data. */
export const NextStepsListRequest = 'barcamp/nextSteps/list';
export interface NextStepsListParams {
  eventUri?: string;
  groupBy: NextStepsGrouping;
  includeDone: boolean;
  /** The client's local date `YYYY-MM-DD`, for `overdue`. */
  today?: string;
}

/**
 * The answer names each session, owner and step once: an event has tens of thousands of steps, and a step
 * with two owners stands in two groups. `expandNextSteps` gives the groups with whole entries.
 */
export interface NextStepsListResult {
  events: Array<{ event: EventInfo; sessions: StepSession[]; owners: StepOwner[]; steps: CompactStep[]; groups: CompactStepGroup[] }>;
}

export interface StepSession {
  uri: string;
  /** Its topic, or the file name without `.session.md`. */
  topic: string;
}

/** A NextStepEntry with its session and owners as indexes into the event's lists and its range as four numbers. */
export interface CompactStep extends StepState {
  session: number;
  /** Start line, start character, end line, end character (0-based, UTF-16). */
  range: [number, number, number, number];
  owners: number[];
}

/** A NextStepGroup whose steps are indexes into the event's steps. */
export interface CompactStepGroup {
  key: string;
  label: string;
  steps: number[];
  open: number;
  overdue: number;
}

/** The groups of each event with whole entries (the objects of one step are shared by its groups). */
export function expandNextSteps(result: NextStepsListResult): Array<{ event: EventInfo; groups: NextStepGroup[] }> {
  return result.events.map(({ event, sessions, owners, steps, groups }) => {
    const entries = steps.map((step) => expandStep(step, sessions, owners));
    return { event, groups: groups.map(({ steps: indexes, ...group }) => ({ ...group, steps: indexes.map((i) => entries[i]) })) };
  });
}

function expandStep(step: CompactStep, sessions: StepSession[], owners: StepOwner[]): NextStepEntry {
  const session = sessions[step.session];
  const [line, character, endLine, endCharacter] = step.range;
  const range = { start: { line, character }, end: { line: endLine, character: endCharacter } };
  return { uri: session.uri, line, range, session: session.topic, owners: step.owners.map((i) => owners[i]), ...stepState(step) };
}

/** What a step says of itself, the same in both forms: copied field by field, `due` and `dueLabel` only when present. */
export type StepState = Pick<NextStepEntry, 'text' | 'done' | 'overdue' | 'checkable' | 'due' | 'dueLabel' | 'dueInvalid'>;

export function stepState({ text, done, overdue, checkable, due, dueLabel, dueInvalid }: StepState): StepState {
  const state: StepState = { text, done, overdue, checkable };
  if (due !== undefined) state.due = due;
  if (dueLabel !== undefined) state.dueLabel = dueLabel;
  if (dueInvalid) state.dueInvalid = true;
  return state;
}

/**
 * Client → server: the edit that checks a step off (`done: true`) or re-opens it. Toggles `[ ]`↔`[x]`;
 * a list item without checkbox gets `[x] ` after its marker. `edit` is null when the step is gone (the
 * file changed) or is a paragraph; an empty edit when it already is in that state. The client applies it
 * with workspace.applyEdit, so it is undoable and nothing else in the file changes.
 */
export const SetStepDoneRequest = 'barcamp/nextSteps/setDone';
export interface SetStepDoneParams {
  uri: string;
  line: number;
  done: boolean;
  /** The step's words as the view shows them (`NextStepEntry.text`): the step must still read so. */
  text?: string;
}
export interface SetStepDoneResult {
  /** An LSP WorkspaceEdit (`changes` only); null when the step was not found (the view is stale). */
  edit: { changes: Record<string, Array<{ range: RangeJson; newText: string }>> } | null;
  /** The open document's version the edit was computed for; null for a file that is not open. */
  version?: number | null;
  /** The step's first line as the edit was computed against it: apply only while the line still reads so. */
  guard?: { line: number; text: string };
}

/** A protocol's review status (frontmatter `status`), lowest first: `draft`, `reviewed`, `approved`. */
export type { ReviewStatus };

/**
 * Client → server: a protocol's review status and the words its language writes the statuses in, for
 * the quick pick of "Set review status". Null for a file that is no session protocol.
 */
export const ReviewStatusRequest = 'barcamp/session/reviewStatus';
export interface ReviewStatusParams {
  uri: string;
}
export interface ReviewStatusResult {
  status: ReviewStatus;
  /** The language the protocol writes its status in: its own, else the event's, else the editor's. */
  language: 'de' | 'en';
  /** Each status as that language writes it in the frontmatter (`Entwurf`, `geprüft`, `freigegeben`). */
  words: Record<ReviewStatus, string>;
}

/**
 * Client → server: the edit that sets a protocol's review status: the `status:` value replaced, else a
 * `status:` line added after the last known field, else a frontmatter block created; in the protocol's
 * words. `edit` is null when it cannot be made (no session protocol, an unclosed frontmatter), an empty
 * edit when the protocol is at that status already. The client applies it with workspace.applyEdit, so it
 * is undoable, and only while the document still has `version`.
 */
export const SetReviewStatusRequest = 'barcamp/session/setReviewStatus';
export interface SetReviewStatusParams {
  uri: string;
  status: ReviewStatus;
}
export interface SetReviewStatusResult {
  edit: { changes: Record<string, Array<{ range: RangeJson; newText: string }>> } | null;
  /** Why `edit` is null: no session protocol (or unreadable), or a frontmatter without its closing `---`. */
  reason?: 'noSession' | 'frontmatterNotClosed';
  /** The open document's version the edit was computed for; null for a file that is not open. */
  version?: number | null;
}

/**
 * Server → client notification: the sessions, their diagnostics or the event plans changed (debounced).
 * Views, the status bar and the preview request their data again.
 */
export const SessionsChangedNotification = 'barcamp/sessions/didChange';

/**
 * Server → client notification, once after start-up: every session and barcamp.json of the workspace is
 * indexed, so cross-file findings are complete (open files have been revalidated). Diagnostics of open
 * files do not wait for it. Benchmarks and tests wait on it; editors may ignore it.
 */
export const IndexReadyNotification = 'barcamp/index/ready';
export interface IndexReadyParams {
  /** Session and plan files found, open ones included. */
  files: number;
  /** Sessions read from disk. */
  sessions: number;
  plans: number;
  /** From the start of indexing to its end. */
  milliseconds: number;
}
