// `barcamp check`: collect the files, check protocols and plans, fix when asked, report in the format asked for, decide the exit code.
import { writeFileSync } from 'node:fs';
import type { Language } from '../core';
import { readTextFile } from '../node/nodeFiles';
import { checkSessions, type CheckResult, type CheckRunOptions, type FileReport } from './check';
import type { CheckOptions } from './checkArgs';
import { collectFiles, type CollectedFiles } from './collect';
import { wantsColour } from './colour';
import { fixFiles } from './fixFiles';
import { printable, renderReport } from './formats';
import type { CliTexts } from './messages';
import { checkPlans } from './planCheck';
import { progressLine } from './progress';
import { countSeverities, displayPath } from './report';

/** The outcome `main` turns into an exit code. */
export type CheckExit = 'ok' | 'errorsFound' | 'usageOrIo';

export interface CheckEnvironment {
  cwd: string;
  env: Record<string, string | undefined>;
  version: string;
  today: string;
  /** How a check runs (cache, worker threads) apart from what it checks. */
  run: CheckRunOptions;
}

export async function runCheck(args: CheckOptions, language: Language, texts: CliTexts, environment: CheckEnvironment): Promise<CheckExit> {
  const { cwd } = environment;
  const files = await collectFiles(args.paths, cwd);
  const notes = collectionNotes(files, texts, cwd);
  let result = await checkWithProgress(files.sessions, language, texts, environment);
  const plans = checkPlans(files.plans, language, texts);
  const fixProblems: string[] = [];
  if (args.fix) {
    const fix = await fixFiles(result.reports, { mode: args.fix, cwd, today: environment.today, contextFor: result.contextFor }, texts);
    notes.push(...fix.notes);
    fixProblems.push(...fix.failures);
    if (args.fix === 'dry-run') process.stdout.write(fix.diff);
    // After writing, the report names what is left, as after any other edit.
    else if (fix.changed.length > 0) result = await checkWithProgress(files.sessions, language, texts, environment);
  }
  const reports = [...result.reports, ...plans.reports];
  const report = renderReport(args.format, reports, {
    cwd,
    language,
    docsUrl: args.docsUrl,
    colour: !args.outputFile && args.format === 'text' && wantsColour(process.stdout, environment.env),
    lineText: sourceLines(),
    version: environment.version,
  });
  if (args.outputFile) writeFileSync(args.outputFile, report);
  // The dry run's stdout is its diff; the findings go only to --output-file then.
  else if (args.fix !== 'dry-run') process.stdout.write(report);
  const ioProblems = [...files.notFound.map((arg) => texts.notFound(arg)), ...result.ioProblems, ...plans.ioProblems, ...fixProblems];
  for (const line of [...notes, ...result.warnings, ...ioProblems]) process.stderr.write(`${printable(line)}\n`);
  return exitOf(reports, ioProblems.length > 0, args, texts, !machineOnStdout(args));
}

/** Notes on what the arguments named but is not checked: a Markdown file that is no protocol, a folder or glob without any. */
function collectionNotes(files: CollectedFiles, texts: CliTexts, cwd: string): string[] {
  return [...files.skipped.map((path) => texts.skipped(displayPath(path, cwd))), ...files.empty.map((arg) => texts.noSessions(arg))];
}

/** The check, with a progress line on a terminal while protocols are analyzed. */
async function checkWithProgress(paths: string[], language: Language, texts: CliTexts, environment: CheckEnvironment): Promise<CheckResult> {
  const progress = progressLine();
  const onProgress = progress && ((done: number, total: number) => progress.update(texts.checkProgress(done, total)));
  try {
    return await checkSessions(paths, language, texts, { ...environment.run, onProgress });
  } finally {
    progress?.clear();
  }
}

/** True when stdout carries a report for a machine: the summary line then stays off stderr too, as it always did for JSON. */
function machineOnStdout(args: CheckOptions): boolean {
  return !args.outputFile && (args.format === 'json' || args.format === 'sarif' || args.format === 'gitlab');
}

/** 2 for input that could not be read, 1 for an error or more warnings than --max-warnings allows, else 0. */
function exitOf(reports: FileReport[], ioFailed: boolean, args: CheckOptions, texts: CliTexts, summary: boolean): CheckExit {
  const counts = countSeverities(reports);
  if (summary) process.stderr.write(`${texts.summary(reports.length, counts.error, counts.warning, counts.information + counts.hint)}\n`);
  const tooMany = args.maxWarnings !== undefined && counts.warning > args.maxWarnings;
  if (tooMany) process.stderr.write(`${texts.tooManyWarnings(counts.warning, args.maxWarnings ?? 0)}\n`);
  if (ioFailed) return 'usageOrIo';
  return counts.error > 0 || tooMany ? 'errorsFound' : 'ok';
}

/** Lines of the checked files, each file read once and only when a format asks (fingerprints). */
function sourceLines(): (path: string, line: number) => string {
  const cache = new Map<string, string[]>();
  return (path, line) => {
    if (!cache.has(path)) {
      const read = readTextFile(path);
      cache.set(path, 'text' in read ? read.text.split(/\r?\n/u) : []);
    }
    return cache.get(path)?.[line] ?? '';
  };
}
