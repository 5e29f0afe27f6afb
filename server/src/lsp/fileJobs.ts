// What is computed from the text of a file that is not open — summary, local problems, the report's form — in a worker thread or, without one, here in slices.
import { localProblems, parseSession, reportFileOfText, summarize, type EventPlan, type Language, type Problem, type ReportFile, type ReportFileSetup, type SessionSummary } from '../core';

/** One file's text, as read. */
export interface FileText {
  uri: string;
  text: string;
}

/** What every file of a batch is checked against: they belong to one event. */
export interface AnalyzeSetup {
  plan?: EventPlan;
  language: Language;
}

/** What the views and "Check all sessions" keep of a closed file (see SessionResults): no tree, no text. */
export interface AnalyzedFile {
  summary: SessionSummary;
  /** The parser's and every local rule's problems: they depend on the text, the plan and the language only. */
  problems: Problem[];
  /** The protocol's own language (from its headings), for the event's language when barcamp.json names none. */
  language?: Language;
}

/** What a batch is prepared for the report against (see core/reportFile.ts). */
export type PrepareSetup = ReportFileSetup;

/** One session readied for the report: used for one request and dropped. */
export type PreparedFile = ReportFile;

/** A batch of work, as it travels to the worker thread (plain data only). */
export type Job =
  | { kind: 'analyze'; files: FileText[]; setup: AnalyzeSetup }
  | { kind: 'prepare'; files: FileText[]; setup: PrepareSetup };

/** The result of one file of a job, by job kind. */
export type JobResult<J extends Job> = J extends { kind: 'analyze' } ? AnalyzedFile : PreparedFile;

/**
 * Does the work of files that are not open off the thread that answers the editor where the host can
 * (Node: a worker thread, node/summaryWorker.ts); `inThread()` otherwise. Results come in file order.
 */
export interface Summarizer {
  analyze(files: FileText[], setup: AnalyzeSetup): Promise<AnalyzedFile[]>;
  prepare(files: FileText[], setup: PrepareSetup): Promise<PreparedFile[]>;
  /** Releases the worker (and its memory) once no job is running; a later job starts it again. */
  close(): void;
}

/** One file of a job. Never throws: the core's parse and rules do not. */
export function runJob<J extends Job>(job: J, file: FileText): JobResult<J> {
  if (job.kind === 'analyze') return analyzeText(file, job.setup) as JobResult<J>;
  return prepareText(file, (job as Extract<Job, { kind: 'prepare' }>).setup) as JobResult<J>;
}

/** One full parse: the summary (the index's, equal to what summarizeText gives) and the local problems of the same text. */
export function analyzeText(file: FileText, setup: AnalyzeSetup): AnalyzedFile {
  const protocol = parseSession(file.text, file.uri);
  const result: AnalyzedFile = { summary: summarize(protocol), problems: localProblems(protocol, { plan: setup.plan, language: setup.language }) };
  if (protocol.language) result.language = protocol.language;
  return result;
}

/** The session as the report shows it, its items rendered from the parse's own tree (as the CLI's aggregate does). */
export function prepareText(file: FileText, setup: PrepareSetup): PreparedFile {
  return reportFileOfText(file.text, file.uri, setup);
}

/** Longest stretch of parsing in this thread between two turns of the event loop, so requests and edits go first. */
const SLICE_MS = 15;

/** Work done in this thread, with a turn of the event loop after every SLICE_MS of parsing. */
export function inThread(): Summarizer {
  const run = async <J extends Job>(job: J, keep: (result: JobResult<J>) => JobResult<J>): Promise<Array<JobResult<J>>> => {
    const results: Array<JobResult<J>> = [];
    let sliceStart = Date.now();
    for (const file of job.files) {
      if (Date.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        sliceStart = Date.now();
      }
      results.push(keep(runJob(job, file)));
    }
    return results;
  };
  return {
    // Kept results must not hold slices of the file's text (V8 keeps the whole text alive for a substring); summaries are detached already.
    analyze: (files, setup) => run({ kind: 'analyze', files, setup }, (r) => ({ ...r, problems: detached(r.problems) })),
    prepare: (files, setup) => run({ kind: 'prepare', files, setup }, (r) => r),
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
