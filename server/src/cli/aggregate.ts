// `barcamp aggregate`: reads one event folder, validates every session like `check`, writes the event documentation.
import { stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crossFileProblems, SessionIndex, toDiagnostics, type EventPlan, type Language, type Problem, type SessionFacts } from '../core';
import { aggregateEvent, EXPORT_FORMATS, isGenerated, type AggregateInput, MARKER_HEAD_LENGTH, outputFolderOf, parseFormats, referenceDate, renderAllPieces, reportLanguage, sessionIds, type EventReport, type ExportFormat, type PreparedSession, type SessionInput } from '../core/report';
import { PLAN_FILE_NAME, isSessionFileName, readTextFile, walkFiles } from '../node/nodeFiles';
import { writeGeneratedFiles, type FileToWrite } from '../node/writeFiles';
import type { AggregateOptions } from './aggregateArgs';
import { unpackItems, type AnalysisSetup, type FileAnalysis, type SessionBytes } from './analyzeFile';
import type { Job } from './parseWorker';
import { analyzeAll } from './workerPool';
import type { CliTexts } from './messages';
import { displayPath } from './report';

/** The optional texts of an event besides its barcamp.json. */
export const EVENT_NOTES_FILE_NAME = 'event.md';

export interface LoadedEvent {
  report: EventReport;
  /** What the report was built from, for callers that render it differently (tests). */
  input: AggregateInput;
  plan?: EventPlan;
  /** Notes that do not fail the run (no barcamp.json, a session of another event). */
  warnings: string[];
  /** Unreadable files: the run exits with 2, after writing what it could. */
  ioProblems: string[];
  errors: number;
  /** The sessions' parts of the exports rendered ahead, as UTF-8, by the id they were rendered for. */
  partsById: ReadonlyMap<string, SessionBytes>;
}

export interface LoadOptions {
  language?: Language;
  today?: string;
  /** Called after each protocol is read, for a progress line. */
  onProgress?: (done: number, total: number, path: string) => void;
  /** The script worker threads run (the CLI bundle); without it every protocol is parsed in this thread. */
  workerScript?: string;
  /** The formats that will be rendered (`--format`); else the plan's `output.formats`, else all. */
  formats?: readonly ExportFormat[];
}

/**
 * Reads and validates one event: `folder`/barcamp.json, `folder`/event.md and every *.session.md below,
 * except those below another barcamp.json (another event). Every session counts, also one with errors.
 */
export async function loadEvent(folder: string, options: LoadOptions, texts: CliTexts): Promise<LoadedEvent> {
  const warnings: string[] = [];
  const ioProblems: string[] = [];
  const index = new SessionIndex<SessionFacts>();
  const planPath = join(folder, PLAN_FILE_NAME);
  const planRead = await loadPlan(planPath, index, texts, warnings);
  const plan = planRead?.plan;
  const paths = await eventSessionFiles(folder, warnings, texts);
  // The workers check each file against the plan in the language the report most likely has. When the
  // protocols' majority decides, they also check those without a language of their own in the other one.
  const guess = options.language ?? plan?.language ?? 'de';
  const open = options.language === undefined && plan?.language === undefined;
  // The workers also render each session's parts of the exports, in the guessed language (the report's, nearly always).
  const render = chosenFormats(options.formats, plan).formats;
  const report = { today: referenceDate(options.today), otherLanguage: open ? otherLanguage(guess) : undefined, render };
  const setup: AnalysisSetup = { plans: planRead ? [planRead.file] : [], language: guess, report };
  const read = await readSessions(eventJobs(folder, paths), index, setup, options, ioProblems, texts);
  const language = reportLanguage(plan, read, options.language);
  const partsById = new Map<string, SessionBytes>();
  const sessions: SessionInput[] = read.map(({ file, prepared, facts, problems, problemsInOtherLanguage, ahead }) => {
    const context = index.contextFor(facts.uri, { language });
    // A protocol's own problems depend on the language only where it has none of its own (the advice names headings).
    const local = language !== guess && problemsInOtherLanguage ? problemsInOtherLanguage : problems;
    const input: SessionInput = { prepared, diagnostics: toDiagnostics([...local, ...crossFileProblems(facts, context)], context), file };
    if (ahead) {
      input.renderedAhead = ahead.for;
      input.loadItems = () => unpackItems(ahead.items);
      partsById.set(ahead.for.id, ahead.bytes);
    }
    return input;
  });
  const notes = await readTextFile(join(folder, EVENT_NOTES_FILE_NAME));
  const input: AggregateInput = {
    plan,
    sessions,
    eventNotes: 'text' in notes ? notes.text : undefined,
    language,
    today: options.today,
    fallbackTitle: basename(resolve(folder)),
  };
  const errors = sessions.reduce((n, s) => n + s.diagnostics.filter((d) => d.severity === 'error').length, 0);
  return { report: aggregateEvent(input), input, plan, warnings, ioProblems, errors, partsById };
}

interface ReadSession {
  file: string;
  prepared: PreparedSession;
  facts: SessionFacts;
  /** Its parser's and local rules' problems, in the setup's language (and in the other one, when asked for). */
  problems: Problem[];
  problemsInOtherLanguage?: Problem[];
  ahead?: FileAnalysis['ahead'];
}

/** A session file with the id and file the report gives it when every file can be read. */
type EventJob = Job & Required<Pick<Job, 'session'>>;

/** One job per session file of the event. */
function eventJobs(folder: string, paths: string[]): EventJob[] {
  const files = paths.map((path) => relative(folder, path).split(sep).join('/'));
  const ids = sessionIds(files);
  return paths.map((path, i) => ({ path, session: { id: ids[i], file: files[i] } }));
}

/** Parses every session (in worker threads when there are many) and puts its facts into the index. */
async function readSessions(jobs: EventJob[], index: SessionIndex<SessionFacts>, setup: AnalysisSetup, options: LoadOptions, ioProblems: string[], texts: CliTexts): Promise<ReadSession[]> {
  let done = 0;
  const onResult = (i: number) => options.onProgress?.(++done, jobs.length, jobs[i].path);
  const results = await analyzeAll(jobs, setup, { script: options.workerScript, onResult });
  return jobs.flatMap(({ path, session }, i) => {
    const result = results[i];
    if (!('analysis' in result) || !result.analysis.prepared) {
      ioProblems.push('error' in result && result.error === 'binary' ? texts.binary(path) : texts.unreadable(`${path} (${'error' in result ? result.detail : ''})`));
      return [];
    }
    const { facts, prepared, problems, problemsInOtherLanguage, ahead } = result.analysis;
    index.setSession(facts);
    return [{ file: session.file, prepared, facts, problems, problemsInOtherLanguage, ahead }];
  });
}

function otherLanguage(language: Language): Language {
  return language === 'de' ? 'en' : 'de';
}

/** The event's barcamp.json as read (for the workers) and parsed; undefined when there is none or it cannot be read. */
async function loadPlan(planPath: string, index: SessionIndex<SessionFacts>, texts: CliTexts, warnings: string[]): Promise<{ file: { uri: string; text: string }; plan?: EventPlan } | undefined> {
  const read = await readTextFile(planPath);
  if (!('text' in read)) {
    warnings.push(read.error === 'unreadable' && read.detail === 'ENOENT' ? texts.noPlan(dirname(planPath)) : texts.planBroken(planPath));
    return undefined;
  }
  const uri = pathToFileURL(planPath).toString();
  const result = index.setPlan(uri, read.text);
  if (!result.plan) warnings.push(texts.planBroken(`${planPath}${result.error ? ` (${result.error.line + 1}:${result.error.character + 1} ${result.error.message})` : ''}`));
  return { file: { uri, text: read.text }, plan: result.plan };
}

/** Session files below `folder`, without those governed by a barcamp.json in a subfolder. */
async function eventSessionFiles(folder: string, warnings: string[], texts: CliTexts): Promise<string[]> {
  const own = resolve(folder, PLAN_FILE_NAME);
  const otherEvents = (await walkFiles(folder, (name) => name === PLAN_FILE_NAME)).filter((p) => resolve(p) !== own).map((p) => dirname(resolve(p)) + sep);
  const sessions = await walkFiles(folder, isSessionFileName);
  return sessions.filter((path) => {
    const foreign = otherEvents.some((dir) => resolve(path).startsWith(dir));
    if (foreign) warnings.push(texts.otherEvent(path));
    return !foreign;
  });
}

/** The files to write: the report's pieces, each slot filled with the session's part rendered ahead (or rendered now). */
export function outputFiles(event: LoadedEvent, formats: readonly ExportFormat[]): FileToWrite[] {
  return renderAllPieces(event.report, formats).map(({ fileName, pieces }) => ({
    fileName,
    content: pieces.map((piece) => (typeof piece === 'string' ? piece : event.partsById.get(piece.sessionId)?.[piece.format] ?? piece.render())),
  }));
}

/** The outcome `main` turns into an exit code. */
export type AggregateOutcome = 'ok' | 'errorsFound' | 'usageOrIo';

/** Runs the command: load, render, write, print. Files are written even when sessions have errors. */
export async function runAggregate(args: AggregateOptions, texts: CliTexts, workerScript?: string): Promise<AggregateOutcome> {
  const cwd = process.cwd();
  const folder = await eventFolder(args.folder);
  if (!folder) return fail([texts.notFound(args.folder)]);
  const progress = process.stderr.isTTY ? progressLine(texts, cwd) : undefined;
  const event = await loadEvent(folder, { language: args.language, today: args.today ?? localToday(), onProgress: progress?.update, workerScript, formats: args.formats }, texts);
  progress?.clear();
  for (const line of event.warnings) process.stderr.write(`${line}\n`);
  const target = outputFolder(args, folder, event.plan);
  if (!target) return fail([...event.ioProblems, texts.outputOutside(event.plan?.output.folder)]);
  const files = outputFiles(event, formatsFor(args, event.plan, texts));
  const outcome = await writeGeneratedFiles(target, files, isGenerated, MARKER_HEAD_LENGTH);
  for (const path of outcome.written) process.stdout.write(`${texts.wrote(displayPath(path, cwd))}\n`);
  for (const path of outcome.unchanged) process.stdout.write(`${texts.unchanged(displayPath(path, cwd))}\n`);
  const problems = [
    ...event.ioProblems,
    ...outcome.refused.map((p) => texts.refused(displayPath(p, cwd))),
    ...outcome.failed.map((f) => texts.writeFailed(`${displayPath(f.path, cwd)} (${f.detail})`)),
  ];
  process.stderr.write(`${texts.aggregated(event.report.stats.sessions, event.report.stats.sessionsWithProblems, event.errors)}\n`);
  if (problems.length > 0) return fail(problems);
  return event.errors > 0 ? 'errorsFound' : 'ok';
}

function fail(lines: string[]): AggregateOutcome {
  for (const line of lines) process.stderr.write(`${line}\n`);
  return 'usageOrIo';
}

/** The event folder; a path to a barcamp.json means its folder. Undefined when neither exists. */
async function eventFolder(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return path;
  return info?.isFile() && basename(path) === PLAN_FILE_NAME ? dirname(path) : undefined;
}

/** `--out` as given (relative to the working folder), else the plan's folder inside the event. */
function outputFolder(args: AggregateOptions, folder: string, plan: EventPlan | undefined): string | undefined {
  if (args.out) return resolve(args.out);
  const inside = outputFolderOf(plan);
  return inside === undefined ? undefined : join(folder, ...inside.split('/'));
}

/** `--format`, else barcamp.json `output.formats` (unknown names reported), else every format. */
function formatsFor(args: AggregateOptions, plan: EventPlan | undefined, texts: CliTexts): readonly ExportFormat[] {
  const { formats, unknown } = chosenFormats(args.formats, plan);
  for (const name of unknown) process.stderr.write(`${texts.unknownPlanFormat(name)}\n`);
  return formats;
}

/** The formats given, else the plan's known `output.formats` (and the names it gives that are none), else all. */
function chosenFormats(given: readonly ExportFormat[] | undefined, plan: EventPlan | undefined): { formats: readonly ExportFormat[]; unknown: string[] } {
  if (given) return { formats: given, unknown: [] };
  const { formats, unknown } = parseFormats(plan?.output.formats ?? []);
  return { formats: formats.length > 0 ? formats : EXPORT_FORMATS, unknown };
}

/** Today in the machine's time zone, as `YYYY-MM-DD`: "overdue" is about the organizer's calendar day. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** One line on stderr that rewrites itself (`\r`, erase line), shown only on a terminal. */
function progressLine(texts: CliTexts, cwd: string): { update: (done: number, total: number, path: string) => void; clear: () => void } {
  let shown = false;
  return {
    update: (done, total, path) => {
      const width = Math.max(20, (process.stderr.columns || 80) - 1);
      process.stderr.write(`\r\x1b[K${texts.progress(done, total, displayPath(path, cwd)).slice(0, width)}`);
      shown = true;
    },
    clear: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
