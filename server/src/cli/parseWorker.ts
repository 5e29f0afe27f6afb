// The worker thread side of the CLI's parallel parsing: reads, parses and analyzes the files it is sent, in batches.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeBytes, planLookup, transferables, type AnalysisSetup, type FileResult } from './analyzeFile';

/** One file to analyze; `bytes` when the main thread has already read it (to hash it for the cache). */
export interface Job {
  path: string;
  bytes?: Uint8Array;
  /** Aggregate: the id and event-relative file the report gives this session, to render its parts of the exports ahead. */
  session?: { id: string; file: string };
}

/** Marks the workerData of a parse worker, so the CLI entry point knows to run this loop instead of a command. */
export const WORKER_MARK = 'barcamp-parse-worker';

export interface WorkerSetup extends AnalysisSetup {
  mark: typeof WORKER_MARK;
}

/** True in a thread started by the pool. */
export function isParseWorker(): boolean {
  return (workerData as WorkerSetup | undefined)?.mark === WORKER_MARK;
}

/** Answers every batch of jobs with one batch of results, in the same order. */
export function runParseWorker(): void {
  const setup = workerData as WorkerSetup;
  const plans = planLookup(setup);
  parentPort?.on('message', (jobs: Job[]) => {
    const results: FileResult[] = [];
    for (const job of jobs) results.push(analyzeJob(job, (bytes) => analyzeBytes(job, bytes, plans, setup)));
    parentPort?.postMessage(results, transferables(results));
  });
}

/**
 * Reads the file when its bytes were not sent, then analyzes it; a read error becomes a result, never an
 * exception. Reads synchronously: this thread has nothing else to do meanwhile, and awaiting each read
 * left it idle for a tenth of a run (measured).
 */
export function analyzeJob(job: Job, analyze: (bytes: Uint8Array) => FileResult): FileResult {
  let bytes = job.bytes;
  if (!bytes) {
    try {
      bytes = readFileSync(job.path);
    } catch (error) {
      return { error: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
  }
  return analyze(bytes);
}
