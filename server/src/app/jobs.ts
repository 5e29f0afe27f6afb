// The one job service: CPU-heavy work on batches of files (parse, check, prepare for the report), the same for the CLI and the server.
import { limitedSession, parseSettingsFor, localProblems, nearestEventPlan, parseSessionTree, prepareRendered, sessionFacts, summarize } from '../core';
import type { EventPlan, Language, LimitExceeded, ParsedSession, PreparedSession, Problem, SessionFacts, SessionSummary } from '../core';
import { textOfContent, type FileContent, type FileError } from './workspace';

/**
 * One file of a job: its text, its bytes (decoded in the job's thread), or where it lies on disk (read
 * by the job's thread; only a host that can read paths, Node, accepts those).
 */
export type JobFile = { uri: string; text: string } | { uri: string; bytes: Uint8Array } | { uri: string; path: string } | { uri: string; error: 'tooLarge'; detail?: string };

/** What every file of a job is checked against: the plans of its events (each file takes its nearest one). */
export interface JobSetup {
  plans: readonly EventPlan[];
  /** barcamp.json files that do not parse: the sessions they govern get no plan (not a farther one's). */
  brokenPlanUris?: readonly string[];
  /** The report's reference date for overdue next steps (`report` jobs), already checked (referenceDate). */
  today?: string;
  /** The event's folder (`report` jobs): images inside it are shown from their copies. */
  folderUri?: string;
}

/** What `barcamp check` keeps of a file: the facts cross-file rules read, and its own problems. */
export interface CheckedFile {
  facts: SessionFacts;
  problems: Problem[];
}

/** What the server keeps of a closed file: its summary, its own problems and its language. */
export interface IndexedFile {
  summary: SessionSummary;
  problems: Problem[];
  /** The protocol's own language (from its headings), for the event's language when barcamp.json names none. */
  language?: Language;
}

/** A session readied for the event report: the protocol itself never travels between threads. */
export interface ReportFile {
  prepared: PreparedSession;
  facts: SessionFacts;
  problems: Problem[];
}

interface Results {
  check: CheckedFile;
  index: IndexedFile;
  report: ReportFile;
}

export type JobKind = keyof Results;

export interface Job<K extends JobKind = JobKind> {
  kind: K;
  files: JobFile[];
  setup: JobSetup;
}

/** The result of one file: what the job made of it, or why it could not be read. */
export type FileOutcome<T> = { ok: T } | { error: FileError; detail?: string };

export type JobResult<K extends JobKind> = FileOutcome<Results[K]>;

/**
 * Runs jobs off the thread that answers the user where the host can (Node: worker threads, see
 * node/jobPool.ts), in this thread otherwise (inThreadJobs). Results come in file order.
 */
export interface JobService {
  run<K extends JobKind>(job: Job<K>, onProgress?: (done: number) => void): Promise<Array<JobResult<K>>>;
  /** Releases the threads (and their memory) once no job runs; a later job starts them again. */
  close(): void;
}

/** Reads a file by path (Node's job threads); absent where no host can. */
export type ReadPath = (path: string) => FileOutcome<Uint8Array>;

/** The plan each file of a job is checked against, looked up once per folder. */
export function planLookup(setup: JobSetup): (uri: string) => EventPlan | undefined {
  const byUri = new Map(setup.plans.map((plan) => [plan.uri, plan]));
  const uris = [...byUri.keys(), ...(setup.brokenPlanUris ?? [])];
  return (uri) => byUri.get(nearestEventPlan(uri, uris) ?? '');
}

/**
 * One file of a job. Never throws: the core's parse and rules do not, and a read failure is an outcome.
 * `stoppedAfter` (seconds): the file's parse was stopped for taking longer (see node/jobPool.ts); it
 * gets the one `too-complex` problem instead, and its text is not parsed again.
 */
export function runJob<K extends JobKind>(kind: K, file: JobFile, planOf: (uri: string) => EventPlan | undefined, setup: JobSetup, readPath?: ReadPath, stoppedAfter?: number): JobResult<K> {
  const plan = planOf(file.uri);
  const limits = parseSettingsFor(plan);
  const read = textOfContent(contentOf(file, readPath));
  // A file over what any reader takes is not read at all; it still gets its one problem, like a large text would.
  if ('error' in read && read.error === 'tooLarge') return { ok: WORK[kind](limitedSession('', file.uri, tooLarge(read.detail, limits.maxChars)), plan, setup) as Results[K] };
  if ('error' in read) return read;
  const parsed =
    stoppedAfter === undefined ? parseSessionTree(read.text, file.uri, limits) : limitedSession(read.text, file.uri, { kind: 'too-complex', reason: 'time', line: 0, limit: stoppedAfter });
  return { ok: WORK[kind](parsed, plan, setup) as Results[K] };
}

/** The size a host reported (bytes, as characters: close enough for a message in MB). */
function tooLarge(detail: string | undefined, limit: number): LimitExceeded {
  const size = Number(detail);
  return { kind: 'too-large', chars: Number.isFinite(size) && size > limit ? size : limit + 1, limit };
}

function contentOf(file: JobFile, readPath: ReadPath | undefined): FileContent {
  if ('text' in file) return { text: file.text };
  if ('bytes' in file) return { bytes: file.bytes };
  if ('error' in file) return file;
  const read = readPath ? readPath(file.path) : { error: 'unreadable' as const, detail: 'no file access in this thread' };
  return 'ok' in read ? { bytes: read.ok } : read;
}

const WORK: { [K in JobKind]: (parsed: ParsedSession, plan: EventPlan | undefined, setup: JobSetup) => Results[K] } = {
  check({ protocol }, plan) {
    return { facts: sessionFacts(protocol), problems: localProblems(protocol, { plan }) };
  },
  index({ protocol }, plan) {
    const result: IndexedFile = { summary: summarize(protocol), problems: localProblems(protocol, { plan }) };
    if (protocol.language) result.language = protocol.language;
    return result;
  },
  // The items rendered here too, from the protocol's own tree: the main thread then only assembles (see renderAhead.ts).
  report(parsed, plan, setup) {
    const { protocol } = parsed;
    return { prepared: prepareRendered(parsed, { plan, today: setup.today, folderUri: setup.folderUri }), facts: sessionFacts(protocol), problems: localProblems(protocol, { plan }) };
  },
};

/** Longest stretch of work in this thread between two turns of the event loop, so requests and edits go first. */
const SLICE_MS = 15;

/**
 * Jobs run in this thread, with a turn of the event loop after every `sliceMs` of work (default
 * SLICE_MS), so a server's requests and edits go first (a browser's jobs, a fallback).
 */
export function inThreadJobs(readPath?: ReadPath, options: { sliceMs?: number } = {}): JobService {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  return {
    async run(job, onProgress) {
      const planOf = planLookup(job.setup);
      const results = [];
      let sliceStart = Date.now();
      for (const file of job.files) {
        if (Date.now() - sliceStart > sliceMs) {
          await nextTurn();
          sliceStart = Date.now();
        }
        const result = runJob(job.kind, file, planOf, job.setup, readPath);
        // The index keeps its results: they must not hold slices of the file's text (V8 keeps the whole text alive for a substring).
        results.push(job.kind === 'index' ? detached(result) : result);
        onProgress?.(results.length);
      }
      return results;
    },
    close: () => undefined,
  };
}

function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Lets pending messages and timers run: a macrotask, not a microtask (setTimeout exists in Node and in web workers). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
