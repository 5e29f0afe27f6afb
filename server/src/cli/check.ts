// `barcamp check`: finds the protocols and their event plans on disk, then validates each against its event.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crossFileProblems, SessionIndex, toDiagnostics, type Diagnostic, type EventPlan, type Language, type SessionFacts, type ValidationContext } from '../core';
import { checkImages } from '../app/images';
import { PLAN_FILE_NAME, nodeWorkspace, readTextFile, statOf } from '../node/nodeFiles';
import { cliJobs } from './jobs';
import { loadSessions, type CacheRun, type CheckSetup } from './loadSessions';
import type { CliTexts } from './messages';

/** The diagnostics of one file, with the path as the user should see it. */
export interface FileReport {
  path: string;
  diagnostics: Diagnostic[];
}

export interface CheckResult {
  reports: FileReport[];
  /** Problems with the input itself (missing paths, unreadable files): the run exits with 2. */
  ioProblems: string[];
  /** Notes that do not fail the run, such as a broken barcamp.json. */
  warnings: string[];
  /** What a session was checked against (its plan, the other sessions of its event): for --fix, which validates again. */
  contextFor(path: string): ValidationContext;
}

/** How a check runs besides what it checks. */
export interface CheckRunOptions {
  /** The `--cache` file and the key its entries must carry. */
  cache?: CacheRun;
  /** The script worker threads run (the CLI bundle); without it everything is parsed in this thread. */
  workerScript?: string;
  /** Called as protocols are analyzed (those not in the cache), for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Checks the protocols at `sessionPaths` (collect.ts found them); never throws for bad user input. Each
 * file's own problems come from a worker (or the cache); the cross-file ones are computed here over the summaries of all files.
 */
export async function checkSessions(sessionPaths: string[], language: Language, texts: CliTexts, run: CheckRunOptions = {}): Promise<CheckResult> {
  const index = new SessionIndex<SessionFacts>();
  const contextFor = (path: string) => index.contextFor(pathToFileURL(path).toString(), { language });
  const result: CheckResult = { reports: [], ioProblems: [], warnings: [], contextFor };
  const setup = await loadPlans(sessionPaths, index, texts, result);
  const notes = { corrupt: texts.cacheCorrupt, notWritten: texts.cacheNotWritten, notAFile: texts.cacheNotAFile };
  const jobs = cliJobs(run.workerScript);
  const loaded = await loadSessions(sessionPaths, setup, jobs, { cache: run.cache, notes, onProgress: run.onProgress }, result.warnings);
  jobs.close();
  const analyses = sessionPaths.flatMap((path, i) => {
    const read = loaded[i];
    if ('ok' in read) return [{ path, analysis: read.ok }];
    result.ioProblems.push(read.error === 'binary' ? texts.binary(path) : texts.unreadable(`${path} (${read.detail})`));
    return [];
  });
  for (const { analysis } of analyses) index.setSession(analysis.facts);
  // Images are looked up on every run (a photo added since is no longer missing), never kept in the cache.
  const workspace = nodeWorkspace();
  const images = await Promise.all(analyses.map(({ analysis }) => checkImages(workspace, analysis.facts, eventFolderOf(analysis.facts.uri, index))));
  for (const [i, { path, analysis }] of analyses.entries()) {
    const context = index.contextFor(analysis.facts.uri, { language });
    result.reports.push({ path, diagnostics: toDiagnostics([...analysis.problems, ...images[i].problems, ...crossFileProblems(analysis.facts, context)], context) });
  }
  return result;
}

/** The folder of the session's event (its barcamp.json's), else the session's own. */
function eventFolderOf(uri: string, index: SessionIndex<SessionFacts>): string {
  const owner = index.planFor(uri)?.uri ?? uri;
  return owner.slice(0, owner.lastIndexOf('/'));
}

/** Loads the nearest barcamp.json of every folder that holds a session, each file once; returns them parsed and as read. */
async function loadPlans(sessionPaths: string[], index: SessionIndex<SessionFacts>, texts: CliTexts, result: CheckResult): Promise<CheckSetup> {
  const planPaths = new Set<string>();
  const visited = new Map<string, string | undefined>();
  for (const path of sessionPaths) {
    const plan = nearestPlanFile(dirname(path), visited);
    if (plan) planPaths.add(plan);
  }
  const plans: EventPlan[] = [];
  const brokenPlanUris: string[] = [];
  const planTexts = new Map<string, string>();
  for (const planPath of planPaths) {
    const read = readTextFile(planPath);
    const uri = pathToFileURL(planPath).toString();
    const plan = 'text' in read ? index.setPlan(uri, read.text) : undefined;
    if ('text' in read) planTexts.set(uri, read.text);
    if (plan?.plan) plans.push(plan.plan);
    else brokenPlanUris.push(uri);
    if (!plan?.plan) result.warnings.push(texts.planBroken(`${planPath}${plan?.error ? ` (${plan.error.line + 1}:${plan.error.character + 1} ${plan.error.message})` : ''}`));
  }
  return { plans, brokenPlanUris, planTexts };
}

/** Walks up from `folder` to the file system root; remembers every folder's answer. */
function nearestPlanFile(folder: string, visited: Map<string, string | undefined>): string | undefined {
  if (visited.has(folder)) return visited.get(folder);
  const candidate = join(folder, PLAN_FILE_NAME);
  const exists = statOf(candidate)?.isFile();
  const parent = dirname(folder);
  const found = exists ? candidate : parent === folder ? undefined : nearestPlanFile(parent, visited);
  visited.set(folder, found);
  return found;
}
