// Runs the server's batches of closed files (index summaries with local problems, report preparation) in a worker thread: the editor's thread stays free, and the garbage leaves with the worker.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type Summarizer } from '../lsp/fileJobs';

const MARK = 'barcamp-summary-worker';

interface Request {
  id: number;
  job: Job;
}

interface Response {
  id: number;
  results: unknown[];
}

/** True in the thread started by workerSummarizer (the server bundle runs this loop instead of a server). */
export function isSummaryWorker(): boolean {
  return (workerData as { mark?: string } | undefined)?.mark === MARK;
}

/** Answers every job with the results of its files, in order, tagged with the job's id. */
export function runSummaryWorker(): void {
  parentPort?.on('message', ({ id, job }: Request) => {
    const response: Response = { id, results: job.files.map((file) => runJob(job, file)) };
    parentPort?.postMessage(response);
  });
}

/**
 * A Summarizer backed by one worker thread running `script` (the server bundle). One is enough: the
 * second core stays with the thread that answers the editor. Jobs carry ids, so several requests may
 * share the worker. It is started on the first job and ended by `close` once no job is running. If it
 * cannot start or dies, that job (and every later one) runs in this thread instead: slower, never wrong.
 */
export function workerSummarizer(script: string, fallback: Summarizer): Summarizer {
  let worker: Worker | undefined;
  let broken = false;
  let closing = false;
  let nextId = 0;
  const pending = new Map<number, { resolve: (results: unknown[]) => void; reject: (error: unknown) => void }>();

  const stop = () => {
    void worker?.terminate();
    worker = undefined;
  };
  const failAll = (error: unknown) => {
    broken = true;
    worker = undefined;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(script, { workerData: { mark: MARK } });
    w.on('message', ({ id, results }: Response) => {
      const waiting = pending.get(id);
      pending.delete(id);
      waiting?.resolve(results);
      if (closing && pending.size === 0) stop();
    });
    // A worker we terminated exits too (maybe after its successor started): only the current one's exit while jobs wait is a failure.
    w.on('error', (error) => worker === w && failAll(error));
    w.on('exit', () => worker === w && pending.size > 0 && failAll(new Error('worker exited')));
    return (worker = w);
  };
  const post = (job: Job) =>
    new Promise<unknown[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      start().postMessage({ id, job } satisfies Request);
    });
  const run = async <T>(job: Job, inThread: () => Promise<T[]>): Promise<T[]> => {
    if (broken || job.files.length === 0) return inThread();
    closing = false;
    try {
      return (await post(job)) as T[];
    } catch {
      broken = true;
      stop();
      return inThread();
    }
  };
  return {
    analyze: (files, setup) => run({ kind: 'analyze', files, setup }, () => fallback.analyze(files, setup)),
    prepare: (files, setup) => run({ kind: 'prepare', files, setup }, () => fallback.prepare(files, setup)),
    close() {
      closing = true;
      if (pending.size === 0) stop();
    },
  };
}
