// `barcamp aggregate`: the event documentation of one folder through the one report pipeline, written next to the event.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildEventDocumentation, type EventDocumentation } from '../app/eventDocumentation';
import { eventFiles } from '../app/eventFiles';
import { textOfContent, type Workspace } from '../app/workspace';
import {
  ASSETS_FOLDER,
  DOCX_MAX_SESSIONS,
  internalFolderOf,
  isGenerated,
  isGeneratedDocx,
  MARKER_HEAD_LENGTH,
  outputFolderOf,
  parseEventPlan,
  STATUS_WORDS,
  type EventPlan,
  type ExportFormat,
  type Language,
} from '../core';
import { nodeWorkspace, PLAN_FILE_NAME } from '../node/nodeFiles';
import { copyAssets, writeGeneratedFiles, type WriteOutcome } from '../node/writeFiles';
import type { AggregateOptions } from './aggregateArgs';
import { cliJobs } from './jobs';
import type { CliTexts } from './messages';
import { printable } from './formats';
import { progressLine } from './progress';
import { displayPath } from './report';
import { belowRequiredLines, sessionsBelow } from './requireStatus';

export interface LoadedEvent {
  documentation: EventDocumentation;
  plan?: EventPlan;
  /** Notes that do not fail the run (no barcamp.json, a session of another event, an unknown format name). */
  warnings: string[];
  /** Unreadable files: the run exits with 2, after writing what it could. */
  ioProblems: string[];
}

export interface EventLoadOptions {
  language?: Language;
  today?: string;
  /** Called after each protocol is read, for a progress line. */
  onProgress?: (done: number, total: number, path: string) => void;
  /** The script worker threads run (the CLI bundle); without it every protocol is parsed in this thread. */
  workerScript?: string;
  /** The formats to render (`--format`); else the plan's `output.formats`, else all. */
  formats?: readonly ExportFormat[];
}

/**
 * Reads, checks and renders one event: `folder`/barcamp.json, `folder`/event.md and every *.session.md
 * below, except those below another barcamp.json (another event). Every session counts, also one with errors.
 */
export async function loadEvent(folder: string, options: EventLoadOptions, texts: CliTexts): Promise<LoadedEvent> {
  const workspace = nodeWorkspace();
  const folderUri = pathToFileURL(resolve(folder)).toString();
  const files = await eventFiles(workspace, folderUri);
  const warnings = files.foreign.map((uri) => texts.otherEvent(fileURLToPath(uri)));
  const plan = await loadPlan(workspace, files.planUri, texts, warnings);
  const jobs = cliJobs(options.workerScript);
  const onProgress = options.onProgress && ((done: number, total: number, uri: string) => options.onProgress?.(done, total, fileURLToPath(uri)));
  const source = { folderUri, plan, sessionUris: files.sessionUris, fallbackTitle: basename(resolve(folder)) };
  const documentation = await buildEventDocumentation(workspace, jobs, source, { language: options.language, today: options.today, formats: options.formats, onProgress });
  jobs.close();
  for (const name of documentation.unknownFormats) warnings.push(texts.unknownPlanFormat(name));
  const ioProblems = documentation.unreadable.map(({ uri, error, detail }) => {
    const path = fileURLToPath(uri);
    return error === 'binary' ? texts.binary(path) : texts.unreadable(`${path} (${detail ?? error})`);
  });
  return { documentation, plan, warnings, ioProblems };
}

/** The event's barcamp.json, parsed; undefined (with a warning) when there is none or it does not parse. */
async function loadPlan(workspace: Workspace, planUri: string, texts: CliTexts, warnings: string[]): Promise<EventPlan | undefined> {
  const planPath = fileURLToPath(planUri);
  const read = textOfContent(await workspace.read(planUri));
  if (!('text' in read)) {
    warnings.push(read.error === 'missing' ? texts.noPlan(dirname(planPath)) : texts.planBroken(planPath));
    return undefined;
  }
  const result = parseEventPlan(read.text, planUri);
  if (!result.plan) warnings.push(planBrokenNote(texts, planPath, result.error));
  return result.plan;
}

/** The note on a barcamp.json that does not parse, with where and why. */
export function planBrokenNote(texts: CliTexts, planPath: string, error: ReturnType<typeof parseEventPlan>['error']): string {
  return texts.planBroken(`${planPath}${error ? ` (${error.line + 1}:${error.character + 1} ${error.message})` : ''}`);
}

/** The outcome `main` turns into an exit code. */
export type AggregateExit = 'ok' | 'errorsFound' | 'usageOrIo';

/** Runs the command: load, render, write, print. Files are written even when sessions have errors, but not below `--require`. */
export async function runAggregate(args: AggregateOptions, texts: CliTexts, workerScript?: string): Promise<AggregateExit> {
  const cwd = process.cwd();
  const folder = await eventFolder(args.folder);
  if (!folder) return fail([texts.notFound(args.folder)]);
  const progress = progressLine();
  const onProgress = progress && ((done: number, total: number, path: string) => progress.update(texts.progress(done, total, displayPath(path, cwd))));
  const event = await loadEvent(folder, { language: args.language, today: args.today ?? localToday(), onProgress, workerScript, formats: args.formats }, texts);
  progress?.clear();
  for (const line of event.warnings) process.stderr.write(`${printable(line)}\n`);
  // `--require`: a session below the required review status stops the run before anything is written.
  const below = sessionsBelow(event.documentation.report, args.require);
  if (args.require && below.length > 0) {
    for (const line of belowRequiredLines(below, args.require, folder, cwd, texts)) process.stderr.write(`${line}\n`);
    return event.ioProblems.length > 0 ? fail(event.ioProblems) : 'errorsFound';
  }
  const { report, files, errors } = event.documentation;
  const target = await outputFolder(args, folder, event.plan);
  if (!target) return fail([...event.ioProblems, texts.outputOutside(event.plan?.output.folder)]);
  const toWrite = files.map((f) => (typeof f.content === 'string' ? f : { ...f, isOurs: isGeneratedDocx }));
  const publicOutcome = await writeGeneratedFiles(
    target,
    toWrite.filter((f) => !f.internal),
    isGenerated,
    MARKER_HEAD_LENGTH,
  );
  const clean = (o: WriteOutcome) => o.refused.length + o.failed.length === 0;
  // The organizers' report beside the public folder, never in it; only when the public files were written.
  const internal = toWrite.filter((f) => f.internal);
  const written =
    clean(publicOutcome) && internal.length > 0 ? mergeOutcomes(publicOutcome, await writeGeneratedFiles(internalFolderOf(target), internal, isGenerated, MARKER_HEAD_LENGTH)) : publicOutcome;
  // The images only beside a documentation that was written: never into a folder whose files were refused.
  const pathsOf = (list: typeof event.documentation.assets) => list.map((a) => ({ fileName: a.fileName, path: fileURLToPath(a.sourceUri) }));
  // Each folder gets the images its pages show: the public one those of published sessions, the organizers' all.
  const copied = clean(written)
    ? mergeOutcomes(
        await copyAssets(join(target, ASSETS_FOLDER), pathsOf(event.documentation.assets), folder),
        internal.length > 0
          ? await copyAssets(join(internalFolderOf(target), ASSETS_FOLDER), pathsOf(event.documentation.internalAssets), folder)
          : { written: [], unchanged: [], refused: [], failed: [] },
      )
    : undefined;
  const outcome = copied ? mergeOutcomes(written, copied) : written;
  for (const path of outcome.written) process.stdout.write(`${texts.wrote(displayPath(path, cwd))}\n`);
  for (const path of outcome.unchanged) process.stdout.write(`${texts.unchanged(displayPath(path, cwd))}\n`);
  const problems = [
    ...event.ioProblems,
    ...outcome.refused.map((p) => texts.refused(displayPath(p, cwd))),
    ...outcome.failed.map((f) => texts.writeFailed(`${displayPath(f.path, cwd)} (${f.detail})`)),
  ];
  // The organizers' report lists the sessions with problems in its Markdown and HTML files only, and only when there are any.
  const withProblems = report.stats.sessionsWithProblems ?? 0;
  const appendix = withProblems > 0 && files.some((f) => /^organizer-report\.(md|html)$/u.test(f.fileName)) && outcome.written.length + outcome.unchanged.length > 0;
  process.stderr.write(`${texts.aggregated(report.stats.sessions, withProblems, errors, appendix)}\n`);
  if (event.documentation.docxLeftOut) process.stderr.write(`${texts.docxLeftOut(DOCX_MAX_SESSIONS)}\n`);
  if (report.publish && report.withheld.length > 0) process.stderr.write(`${texts.withheld(report.withheld.length, STATUS_WORDS[report.language][report.publish])}\n`);
  if (problems.length > 0) return fail(problems);
  return errors > 0 ? 'errorsFound' : 'ok';
}

function mergeOutcomes(a: WriteOutcome, b: WriteOutcome): WriteOutcome {
  return { written: [...a.written, ...b.written], unchanged: [...a.unchanged, ...b.unchanged], refused: [...a.refused, ...b.refused], failed: [...a.failed, ...b.failed] };
}

function fail(lines: string[]): AggregateExit {
  for (const line of lines) process.stderr.write(`${printable(line)}\n`);
  return 'usageOrIo';
}

/** The event folder; a path to a barcamp.json means its folder. Undefined when neither exists. */
async function eventFolder(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return path;
  return info?.isFile() && basename(path) === PLAN_FILE_NAME ? dirname(path) : undefined;
}

/**
 * `--out` as given (relative to the working folder), else the plan's folder inside the event. The plan's
 * folder must stay inside the event also where its path is resolved: a committed symbolic link
 * (`dokumentation -> ../outside`) would otherwise carry the files out of the event.
 */
async function outputFolder(args: AggregateOptions, folder: string, plan: EventPlan | undefined): Promise<string | undefined> {
  if (args.out) return resolve(args.out);
  const inside = outputFolderOf(plan);
  if (inside === undefined) return undefined;
  const target = join(folder, ...inside.split('/'));
  // Both folders, the public one and the organizers' beside it, must stay in the event folder also through links.
  const [event, resolved, internal] = await Promise.all([realpath(folder), resolvedPath(target), resolvedPath(internalFolderOf(target))]);
  const within = (path: string) => path === event || path.startsWith(event.endsWith(sep) ? event : event + sep);
  return within(resolved) && within(internal) ? target : undefined;
}

/** The real path of `path`: of its nearest existing ancestor, with the rest appended (the folder may not exist yet). */
async function resolvedPath(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await resolvedPath(parent), basename(path));
}

/** Today in the machine's time zone, as `YYYY-MM-DD`: "overdue" is about the organizer's calendar day. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
