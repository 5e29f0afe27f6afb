// `barcamp check`: finds the protocols and their event plans on disk, then validates each against its event.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSession, SessionIndex, summarize, validateSession, type Diagnostic, type Language, type SessionProtocol } from '../core';
import { PLAN_FILE_NAME, isSessionFileName, readTextFile, walkFiles } from '../node/nodeFiles';
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
}

/** Checks every session under `paths`; never throws for bad user input. */
export async function checkPaths(paths: string[], language: Language, texts: CliTexts): Promise<CheckResult> {
  const result: CheckResult = { reports: [], ioProblems: [], warnings: [] };
  const sessionPaths = await collectSessionFiles(paths, texts, result);
  const index = new SessionIndex();
  await loadPlans(sessionPaths, index, texts, result);
  const protocols = await loadSessions(sessionPaths, index, texts, result);
  for (const [path, protocol] of protocols) {
    const context = index.contextFor(protocol.uri, { language });
    result.reports.push({ path, diagnostics: validateSession(protocol, context) });
  }
  return result;
}

/** Files as given, folders searched recursively; a path that does not exist is an IO problem. */
async function collectSessionFiles(paths: string[], texts: CliTexts, result: CheckResult): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) result.ioProblems.push(texts.notFound(path));
    else if (info.isDirectory()) {
      const files = await walkFiles(path, isSessionFileName);
      if (files.length === 0) result.warnings.push(texts.noSessions(path));
      files.forEach((f) => found.add(f));
    } else found.add(path);
  }
  return [...found];
}

/** Loads the nearest barcamp.json of every folder that holds a session, each file once. */
async function loadPlans(sessionPaths: string[], index: SessionIndex, texts: CliTexts, result: CheckResult): Promise<void> {
  const planPaths = new Set<string>();
  const visited = new Map<string, string | undefined>();
  for (const path of sessionPaths) {
    const plan = await nearestPlanFile(dirname(path), visited);
    if (plan) planPaths.add(plan);
  }
  for (const planPath of planPaths) {
    const read = await readTextFile(planPath);
    const plan = 'text' in read ? index.setPlan(pathToFileURL(planPath).toString(), read.text) : undefined;
    if (!plan?.plan) result.warnings.push(texts.planBroken(`${planPath}${plan?.error ? ` (${plan.error.line + 1}:${plan.error.character + 1} ${plan.error.message})` : ''}`));
  }
}

/** Walks up from `folder` to the file system root; remembers every folder's answer. */
async function nearestPlanFile(folder: string, visited: Map<string, string | undefined>): Promise<string | undefined> {
  if (visited.has(folder)) return visited.get(folder);
  const candidate = join(folder, PLAN_FILE_NAME);
  const exists = (await stat(candidate).catch(() => undefined))?.isFile();
  const parent = dirname(folder);
  const found = exists ? candidate : parent === folder ? undefined : await nearestPlanFile(parent, visited);
  visited.set(folder, found);
  return found;
}

/** Parses every session and puts its summary into the index, so cross-file rules see the whole event. */
async function loadSessions(sessionPaths: string[], index: SessionIndex, texts: CliTexts, result: CheckResult): Promise<Map<string, SessionProtocol>> {
  const protocols = new Map<string, SessionProtocol>();
  for (const path of sessionPaths) {
    const read = await readTextFile(path);
    if (!('text' in read)) {
      result.ioProblems.push(read.error === 'binary' ? texts.binary(path) : texts.unreadable(`${path} (${read.detail})`));
      continue;
    }
    const protocol = parseSession(read.text, pathToFileURL(path).toString());
    index.setSession(summarize(protocol));
    protocols.set(path, protocol);
  }
  return protocols;
}
