// The custom LSP messages between the Barcamp client and server: one module, imported by both sides, JSON-only payloads.
import type { ReviewStatus, SessionState } from './core';

/** What the client sends as `initializationOptions`. */
export interface InitializationOptions {
  /** True when the client answers the `barcamp/fs/*` requests (VS Code, also on the web). */
  clientFileAccess?: boolean;
  /** The editor's display language, for example `de` or `en-US`. */
  locale?: string;
  /**
   * True when the client sends `workspace/didChangeWatchedFiles` for barcamp.json, event.md and
   * *.session.md on its own (VS Code: `synchronize.fileEvents`): the server then neither registers a
   * watcher nor watches itself, so no change is handled twice.
   */
  watchesFiles?: boolean;
  /**
   * The absolute URL of the folder of the rule pages (`<docsUrl>/<code>.md`, as docs/rules of the
   * repository): each diagnostic's code links there (`codeDescription.href`).
   */
  docsUrl?: string;
}

/** Server → client: list the URIs of all `*.session.md` and `barcamp.json` files of the workspace. */
export const FindFilesRequest = 'barcamp/fs/findFiles';
export interface FindFilesResult {
  uris: string[];
}

/**
 * Server → client: read a file. The saved file comes as its bytes (base64), which the server decodes
 * with the core's one decoder (byte-order marks honoured, as in the CLI); an open document's text
 * (`asShown`) as text; else why not: missing, no regular file (a folder, a symbolic link, a device),
 * larger than the limit, or unreadable. `null` from older clients means unreadable.
 */
export const ReadFileRequest = 'barcamp/fs/readFile';
export interface ReadFileParams {
  uri: string;
  /**
   * True when the server computes an edit the editor applies to the file (rename, quick fix, check off):
   * then an open document's text, unsaved changes included. Everything else (index, views, aggregate)
   * reads the saved file, as the CLI does.
   */
  asShown?: boolean;
}
export type ReadFileResult = { text: string } | { base64: string } | { error: ReadFileError; detail?: string } | null;
export type ReadFileError = 'missing' | 'notAFile' | 'tooLarge' | 'unreadable';

/**
 * Server → client: what stands at a URI, without reading it (the images a protocol shows): a regular
 * file and its size, or why there is none to read (as for ReadFileRequest). Older clients do not answer:
 * the server then reports nothing about images.
 */
export const StatFileRequest = 'barcamp/fs/stat';
export interface StatFileParams {
  uri: string;
}
export type StatFileResult = { size: number } | { error: ReadFileError; detail?: string };

/**
 * The largest file the client reads for the server (bytes): the most a barcamp.json may allow
 * (`limits.maxFileSizeMB`, 16 MB); the server applies the event's own limit (5 MB unless it sets one).
 */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

/** Workspace settings the server reads under the section `barcamp`. */
export interface BarcampSettings {
  rules?: Record<string, string>;
}

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

/** Client → server: the text of a new session protocol; the client picks a free file name and writes it. */
export const NewSessionRequest = 'barcamp/session/new';
export interface NewSessionParams {
  eventUri: string;
  topic: string;
  /** As picked or typed: `1`, `2017-01-26`; slot and room as text. */
  day?: string;
  slot?: string;
  room?: string;
}
export interface NewSessionResult {
  /** The folder to create the file in: the one most of the event's sessions are in, else the event folder. */
  folderUri: string;
  /** The slug of the topic; the file is `<fileStem>.session.md`, or `<fileStem>-2.session.md` … when taken. */
  fileStem: string;
  /** The skeleton in the event's language. */
  text: string;
  /** Where the cursor goes: the first findings bullet. */
  cursor: PositionJson;
}

/**
 * Client → server: the notes of an Etherpad (.txt) or HedgeDoc (.md) pad as a new protocol of the event. The
 * client sends the file's bytes (the server decodes them like every file: BOM, UTF-16) and writes the text
 * beside the event's barcamp.json under a free name; null for an unknown event.
 */
export const ImportNotesRequest = 'barcamp/session/importNotes';
export interface ImportNotesParams {
  eventUri: string;
  /** The pad file's name: `.md` is read as Markdown, `.txt` as plain text. */
  fileName: string;
  /** The pad file's bytes (see toBase64). */
  base64: string;
}
export type ImportNotesResult =
  | {
      /** The event's folder, where its barcamp.json is. */
      folderUri: string;
      /** The slug of the topic; the file is `<fileStem>.session.md`, or `<fileStem>-2.session.md` … when taken. */
      fileStem: string;
      text: string;
    }
  /** The file holds no text (NUL bytes). */
  | { error: 'binary' };

/**
 * Client → server: switch "Check all sessions" on or off. While on, the server publishes diagnostics for
 * every session of the workspace, also for closed files, and keeps them current; off clears those of
 * closed files.
 */
export const CheckAllRequest = 'barcamp/checkAll';
export interface CheckAllParams {
  enabled: boolean;
}
export interface CheckAllResult {
  enabled: boolean;
  sessions: number;
  /** Sessions with at least one error / warning. */
  errors: number;
  warnings: number;
}

/**
 * Client → server: the event documentation, rendered and checked, for the client to write. The server
 * reads through the client (sessions, event.md, the existing target files) and writes nothing itself.
 */
export const AggregateRequest = 'barcamp/aggregate';
export interface AggregateParams {
  eventUri: string;
  /** The client's local date `YYYY-MM-DD`: the reference date for "overdue". */
  today?: string;
  /** LSP work-done progress token: the server reports reading and checking the sessions. */
  workDoneToken?: string;
}
export interface AggregateResult {
  /** Set when nothing can be written at all; the other lists are then empty. */
  error?: { code: 'unknownEvent' | 'outputOutside'; detail?: string };
  outputFolderUri?: string;
  /** Files to write (new or changed). Empty when any target was refused: then nothing is written. */
  /** `encoding: 'base64'` for a binary file (Word): `content` is then its bytes in Base64. */
  files: Array<{ uri: string; content: string; encoding?: 'base64' }>;
  /** Targets that already hold exactly this content. */
  unchanged: string[];
  /** Targets a person wrote (no generated marker): never overwritten. */
  refused: string[];
  /** barcamp.json `output.formats` entries that are no format. */
  unknownFormats: string[];
  stats: { sessions: number; sessionsWithProblems: number; errors: number };
  /**
   * The image files the documentation shows, to copy to `uri` (in the output folder's `assets`) once the
   * documents are written; every regular file there is a copy of the tool's and may be replaced.
   */
  assets: Array<{ sourceUri: string; uri: string }>;
}

/** Client → server: the HTML documentation of an event for the preview (the same render as the HTML file). */
export const PreviewRequest = 'barcamp/preview';
export interface PreviewParams {
  eventUri: string;
  today?: string;
  /** The public documentation (default) or the organizers' report. */
  audience?: 'public' | 'organizer';
}
export interface PreviewResult {
  /** Absent for an unknown event. */
  html?: string;
  title: string;
  /** The images the HTML shows as `assets/<fileName>`, by the file they are copied from: the preview shows those files. */
  assets?: Array<{ fileName: string; sourceUri: string }>;
}

/**
 * Client → server: one protocol as the public HTML documentation will show it, for the protocol's preview:
 * its article on a page of its own (the documentation's renderer and style, the event's plan and privacy
 * rules), from the text the editor shows, unsaved changes included. A protocol barcamp.json
 * `output.publish` still keeps out is shown too, with a note on the page; `published` says so.
 */
export const PreviewSessionRequest = 'barcamp/previewSession';
export interface PreviewSessionParams {
  /** A `*.session.md`, open in the editor or not. */
  sessionUri: string;
  today?: string;
}
export interface PreviewSessionResult {
  /** Absent for a file that is no protocol or cannot be read. */
  html?: string;
  /** The session's topic (without one, the file name); '' without a page. */
  title: string;
  /** The event's title, as the documentation's head shows it. */
  eventTitle?: string;
  /** False while barcamp.json `output.publish` keeps the session out of the public documentation. */
  published?: boolean;
  /** As PreviewResult's: the images the page shows as `assets/<fileName>`, by the file they are copied from. */
  assets?: Array<{ fileName: string; sourceUri: string }>;
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

/** Client → server: the text of a new barcamp.json; the client picks the folder and writes it (never over an existing one). */
export const NewEventPlanRequest = 'barcamp/event/newPlan';
export interface NewEventPlanParams {
  name: string;
  language: 'de' | 'en';
  /** The first day, `YYYY-MM-DD` or `DD.MM.YYYY`. */
  date?: string;
}
export interface NewEventPlanResult {
  text: string;
}

/**
 * Client → server: the barcamp.json of the guided event form (New event, Edit event). With `base`, the
 * current text of the file, the form's fields are merged into it and every other key stays. `text` only
 * when there are no problems; the client shows the problems next to their fields and writes nothing.
 */
export const EventPlanFromFormRequest = 'barcamp/event/planFromForm';
export interface EventPlanFromFormParams {
  form: EventFormData;
  base?: string;
}
export interface EventPlanFromFormResult {
  text?: string;
  problems: EventFormProblemData[];
}

/** Client → server: the form's values of a barcamp.json text (Edit event); null when it is no JSON object. */
export const EventFormOfRequest = 'barcamp/event/formOf';
export interface EventFormOfParams {
  text: string;
}
export type EventFormOfResult = EventFormData | null;

/** The event form's values: plain strings, lists one entry per line; people as `Name (Org)`, a `*` at the end for consent. */
export interface EventFormData {
  name: string;
  language: 'de' | 'en';
  days: Array<{ date: string }>;
  rooms: string;
  slots: string;
  people: string;
  attendees: string;
  outputFolder: string;
  formats: string[];
  publish: 'all' | 'reviewed' | 'approved';
  privacyNames: 'consent' | 'all' | 'none';
}

/** A problem of the form: its code, the field (and the row of `days`) and the value as typed. */
export interface EventFormProblemData {
  code: 'missingName' | 'invalidDate' | 'invalidAttendees' | 'noFormats' | 'invalidBase';
  field: 'name' | 'days' | 'attendees' | 'formats' | 'base';
  row?: number;
  value?: string;
}

/** Bytes as Base64, the protocol's form of binary content (a read file, a Word file to write); btoa is there in Node, the extension host and a browser. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: a spread of a whole file would overflow the argument list.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of protocol Base64 (see toBase64). */
export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
