// The one place that starts worker threads: runs the job service's batches on up to N threads of this same bundle, in file order.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { planLookup, runJob, type FileOutcome, type Job, type JobKind, type JobResult, type JobService, type JobSetup } from '../app/jobs';
import { readPathSync } from './nodeFiles';

const MARK = 'barcamp-job-worker';

/**
 * Files per message: large enough that messaging costs little, small enough that the threads finish
 * together and a job's progress moves (measured with the CLI on 2 cores, see docs/performance.md).
 */
const BATCH = 8;

/**
 * How long one file may take in a thread before it is stopped (seconds). A protocol that passes the
 * core's limits parses in well under a second on this machine class; a file that still takes this long
 * has a shape the limits do not know, and gets `too-complex` instead of freezing the run.
 */
export const FILE_SECONDS = 10;

export interface PoolOptions {
  /** Seconds one file may take in a thread (FILE_SECONDS); a batch gets this per file. */
  fileSeconds?: number;
  /** The script a thread runs: the bundle itself, which calls runJobWorker when isJobWorker(). */
  script: string;
  /** At most this many threads. */
  threads: number;
  /** A job of fewer files runs in this thread: starting a thread costs more than it saves (the CLI's 100). */
  minFiles?: number;
  /** Runs what no thread can: small jobs, and every job once a thread failed. */
  fallback: JobService;
  /** The threads' young generation (MB); V8's default when absent. See cli/jobs.ts for why the CLI raises it. */
  youngGenerationMb?: number;
}

interface Batch {
  id: number;
  kind: JobKind;
  setup: JobSetup;
  files: Job['files'];
  done: (results: unknown[]) => void;
}

interface Running {
  batch: Batch;
  timer: ReturnType<typeof setTimeout>;
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
  const busy = new Map<Worker, Running>();
  const fileSeconds = options.fileSeconds ?? FILE_SECONDS;
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
    const orphans = [...[...busy.values()].map((r) => r.batch), ...queue.splice(0)];
    for (const running of busy.values()) clearTimeout(running.timer);
    busy.clear();
    stopAll();
    orphans.forEach(runInThread);
  };
  /**
   * A batch took too long: its thread is stuck in one file's parse and is ended. The batch's files go
   * again one by one; a single file that takes too long gets `too-complex` (made here without parsing).
   */
  const overtime = (worker: Worker, batch: Batch) => {
    busy.delete(worker);
    started--;
    void worker.terminate();
    if (batch.files.length === 1) {
      const planOf = planLookup(batch.setup);
      batch.done([runJob(batch.kind, batch.files[0], planOf, batch.setup, readPathSync, fileSeconds)]);
    } else {
      const results: unknown[] = new Array(batch.files.length);
      let left = batch.files.length;
      const singles = batch.files.map((file, i) => ({
        ...batch,
        id: nextId++,
        files: [file],
        done: ([result]: unknown[]) => {
          results[i] = result;
          if (--left === 0) batch.done(results);
        },
      }));
      queue.unshift(...singles);
    }
    dispatch();
  };
  const start = (): Worker => {
    const resourceLimits = options.youngGenerationMb ? { maxYoungGenerationSizeMb: options.youngGenerationMb } : undefined;
    const worker = new Worker(options.script, { workerData: { mark: MARK }, resourceLimits });
    started++;
    worker.on('message', ({ results }: Response) => {
      const running = busy.get(worker);
      if (running) clearTimeout(running.timer);
      busy.delete(worker);
      idle.push(worker);
      running?.batch.done(results);
      dispatch();
    });
    // A worker we terminated exits too: only one that still had work is a failure.
    worker.on('error', () => !broken && busy.has(worker) && fail());
    worker.on('exit', () => !broken && busy.has(worker) && fail());
    return worker;
  };
  const dispatch = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (started < options.threads ? start() : undefined);
      if (!worker) return;
      const batch = queue.shift() as Batch;
      const timer = setTimeout(() => overtime(worker, batch), fileSeconds * 1000 * batch.files.length);
      busy.set(worker, { batch, timer });
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
