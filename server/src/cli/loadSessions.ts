// Analyzes the protocols of a CLI run: unchanged files from the --cache, the rest as `check` jobs (worker threads, or in-process for few files).
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JobFile, JobResult, JobService, JobSetup } from '../app/jobs';
import { nearestEventPlan } from '../core';
import { readPathSync } from '../node/nodeFiles';
import { CheckCache, contentHash, type FileStamp } from './cache';

/** The cache of one run: where it is and under which key (tool build and language) its entries count. */
export interface CacheRun {
  path: string;
  key: string;
}

/** What every file is checked against: the plans, and their texts as read (a cached entry counts only for the same plan text). */
export interface CheckSetup extends JobSetup {
  planTexts: ReadonlyMap<string, string>;
}

export interface SessionLoadOptions {
  cache?: CacheRun;
  /** Notes for the user that do not fail the run (a corrupt cache, one that could not be written). */
  notes?: { corrupt: (path: string) => string; notWritten: (detail: string) => string; notAFile: (path: string) => string };
  /** How many of the files to analyze (those not in the cache) are done. */
  onProgress?: (done: number, total: number) => void;
}

/** Analyzes every path (results in the same order); with a cache, only files whose content or plan changed are parsed. */
export async function loadSessions(paths: string[], setup: CheckSetup, jobs: JobService, options: SessionLoadOptions, warnings: string[]): Promise<Array<JobResult<'check'>>> {
  const job = (files: JobFile[]) =>
    jobs.run({ kind: 'check', files, setup: { plans: setup.plans, brokenPlanUris: setup.brokenPlanUris } }, options.onProgress && ((done) => options.onProgress?.(done, files.length)));
  // Without a cache the job threads read the files themselves.
  if (!options.cache) return job(paths.map((path) => ({ uri: pathToFileURL(path).toString(), path })));
  const { cache, corrupt, notAFile } = CheckCache.load(options.cache.path, options.cache.key);
  if (corrupt && options.notes) warnings.push(options.notes.corrupt(options.cache.path));
  if (notAFile && options.notes) warnings.push(options.notes.notAFile(options.cache.path));
  const planOf = planHashOf(setup);
  const results: Array<JobResult<'check'>> = new Array(paths.length);
  const misses: Array<{ index: number; path: string; file: JobFile; hash: string; plan: string; stamp?: FileStamp }> = [];
  paths.forEach((path, index) => {
    const plan = planOf(path);
    const stamp = stampOf(path);
    const unchanged = stamp && cache.lookupByStamp(resolve(path), stamp, plan);
    if (unchanged) return void (results[index] = { ok: { facts: unchanged.facts, problems: unchanged.problems } });
    const read = readPathSync(path);
    // Not read (no regular file, too large, gone): the job says so, as it would for the path.
    if (!('ok' in read)) return void misses.push({ index, path, file: { uri: pathToFileURL(path).toString(), path }, hash: '', plan, stamp: undefined });
    const bytes = read.ok;
    const hash = contentHash(bytes);
    const hit = cache.lookup(resolve(path), hash, plan);
    // Same content under a new stamp (touched, checked out again): kept, and stored with the new stamp.
    if (hit && settled(stamp)) cache.store(resolve(path), { ...hit, stamp });
    if (hit) results[index] = { ok: { facts: hit.facts, problems: hit.problems } };
    else misses.push({ index, path, file: { uri: pathToFileURL(path).toString(), bytes }, hash, plan, stamp });
  });
  const analyzed = await job(misses.map((m) => m.file));
  misses.forEach((miss, i) => {
    const result = analyzed[i];
    results[miss.index] = result;
    if ('ok' in result && miss.hash !== '') {
      const entry = { hash: miss.hash, plan: miss.plan, facts: result.ok.facts, problems: result.ok.problems };
      cache.store(resolve(miss.path), settled(miss.stamp) ? { ...entry, stamp: miss.stamp } : entry);
    }
  });
  const failed = cache.save(options.cache.path);
  if (failed && options.notes) warnings.push(options.notes.notWritten(`${options.cache.path} (${failed})`));
  return results;
}

/**
 * The content hash of the plan a session is checked against ('' for none), remembered per folder:
 * a session's cached problems count only against the same plan.
 */
function planHashOf(setup: CheckSetup): (path: string) => string {
  const hashes = new Map([...setup.planTexts].map(([uri, text]) => [uri, contentHash(text)]));
  const planUris = [...hashes.keys()];
  const byFolder = new Map<string, string>();
  return (path) => {
    const folder = dirname(resolve(path));
    let hash = byFolder.get(folder);
    if (hash === undefined) {
      hash = hashes.get(nearestEventPlan(pathToFileURL(path).toString(), planUris) ?? '') ?? '';
      byFolder.set(folder, hash);
    }
    return hash;
  };
}

/**
 * Whether a stamp may be trusted later. A file changed within the last two seconds could change again
 * within the same tick of a coarse file-system clock without its stamp changing (git calls this "racy"),
 * so it is stored without one and hashed next time.
 */
function settled(stamp: FileStamp | undefined): stamp is FileStamp {
  return stamp !== undefined && Date.now() - Math.max(stamp.mtimeMs, stamp.ctimeMs) > 2000;
}

/** The file's stamp, or undefined when it cannot be had (then its content decides). */
function stampOf(path: string): FileStamp | undefined {
  try {
    const { size, ino, mtimeMs, ctimeMs } = statSync(path);
    return { size, ino, mtimeMs, ctimeMs };
  } catch {
    return undefined;
  }
}
