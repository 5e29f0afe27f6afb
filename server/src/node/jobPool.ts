// The one place that starts worker threads: runs the job service's batches on up to N threads of this same bundle, in file order.
import { readFileSync } from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { planLookup, runJob, type FileOutcome, type Job, type JobKind, type JobResult, type JobService, type JobSetup, type ReadPath } from '../app/jobs';

const MARK = 'barcamp-job-worker';

/**
 * Files per message: large enough that messaging costs little, small enough that the threads finish
 * together and a job's progress moves (measured with the CLI on 2 cores, see docs/performance.md).
 */
const BATCH = 8;

/**
 * Parsing allocates many short-lived objects; a larger young generation means fewer scavenges. Measured
 * with --trace-gc on 10,000 protocols, per worker: 48 MB ≈ 1,750 scavenges taking 2.9–4.1 s, 128 MB ≈ 500
 * scavenges taking 1.3–1.5 s; each worker's RSS grows by ≈ 90 MB while it runs.
 */
const YOUNG_GENERATION_MB = 128;

export interface PoolOptions {
  /** The script a thread runs: the bundle itself, which calls runJobWorker when isJobWorker(). */
  script: string;
  /** At most this many threads. */
  threads: number;
  /** A job of fewer files runs in this thread: starting a thread costs more than it saves (the CLI's 100). */
  minFiles?: number;
  /** Runs what no thread can: small jobs, and every job once a thread failed. */
  fallback: JobService;
}

interface Batch {
  id: number;
  kind: JobKind;
  setup: JobSetup;
  files: Job['files'];
  done: (results: unknown[]) => void;
}

interface Request {
  id: number;
  kind: JobKind;
  setup: JobSetup;
  files: Job['files'];
}

interface Response {
  id: number;
  results: unknown[];
}

/** True in a thread started by workerJobs (the bundle then runs runJobWorker instead of its command). */
export function isJobWorker(): boolean {
  return (workerData as { mark?: string } | undefined)?.mark === MARK;
}

/** Reads a file's bytes synchronously: a job thread has nothing else to do meanwhile (awaiting each read left it idle, measured). */
export const readPathSync: ReadPath = (path) => {
  try {
    return { ok: readFileSync(path) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
};

/** The loop of a job thread: answers every batch with its results, in order, tagged with the batch's id. */
export function runJobWorker(): void {
  parentPort?.on('message', ({ id, kind, setup, files }: Request) => {
    const planOf = planLookup(setup);
    const results = files.map((file) => runJob(kind, file, planOf, setup, readPathSync));
    parentPort?.postMessage({ id, results } satisfies Response);
  });
}

/**
 * A JobService on up to `threads` worker threads. Jobs are cut into batches that idle threads take in
 * turn, so several jobs (the server's requests) can share the threads. Threads start on demand and end on
 * `close()` once no batch is running, so their heaps are no part of the process between jobs. If a thread
 * cannot start or dies, its batches and every later job run in this thread instead: slower, never wrong.
 */
export function workerJobs(options: PoolOptions): JobService {
  const idle: Worker[] = [];
  const busy = new Map<Worker, Batch>();
  const queue: Batch[] = [];
  let started = 0;
  let broken = false;
  let closing = false;
  let nextId = 0;

  const stopAll = () => {
    for (const worker of [...idle, ...busy.keys()]) void worker.terminate();
    idle.length = 0;
    started = 0;
  };
  const runInThread = (batch: Batch) => {
    void options.fallback.run({ kind: batch.kind, files: batch.files, setup: batch.setup }).then(batch.done);
  };
  const fail = () => {
    broken = true;
    const orphans = [...busy.values(), ...queue.splice(0)];
    busy.clear();
    stopAll();
    orphans.forEach(runInThread);
  };
  const start = (): Worker => {
    const worker = new Worker(options.script, { workerData: { mark: MARK }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    started++;
    worker.on('message', ({ results }: Response) => {
      const batch = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      batch?.done(results);
      dispatch();
    });
    // A worker we terminated exits too: only one that still had work is a failure.
    worker.on('error', () => !broken && fail());
    worker.on('exit', () => !broken && busy.has(worker) && fail());
    return worker;
  };
  const dispatch = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (started < options.threads ? start() : undefined);
      if (!worker) return;
      const batch = queue.shift() as Batch;
      busy.set(worker, batch);
      worker.postMessage({ id: batch.id, kind: batch.kind, setup: batch.setup, files: batch.files } satisfies Request);
    }
    if (closing && busy.size === 0) stopAll();
  };

  return {
    async run<K extends JobKind>(job: Job<K>, onProgress?: (done: number) => void): Promise<Array<JobResult<K>>> {
      if (broken || job.files.length === 0 || job.files.length < (options.minFiles ?? 0)) return options.fallback.run(job, onProgress);
      closing = false;
      const results: Array<JobResult<K>> = new Array(job.files.length);
      let done = 0;
      await new Promise<void>((resolve) => {
        for (let start = 0; start < job.files.length; start += BATCH) {
          const files = job.files.slice(start, start + BATCH);
          queue.push({
            id: nextId++,
            kind: job.kind,
            setup: job.setup,
            files,
            done: (batch) => {
              batch.forEach((result, i) => (results[start + i] = result as FileOutcome<never>));
              done += files.length;
              onProgress?.(done);
              if (done === job.files.length) resolve();
            },
          });
        }
        try {
          dispatch();
        } catch {
          fail();
        }
      });
      return results;
    },
    close() {
      closing = true;
      if (busy.size === 0 && queue.length === 0) stopAll();
    },
  };
}
