// Summarizes protocols for the server's first index in a worker thread: the editor's thread stays free, and the garbage leaves with the worker.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { summarizeText, type SessionSummary } from '../core';
import type { Summarizer } from '../lsp/indexing';

const MARK = 'barcamp-summary-worker';

type Batch = Array<{ uri: string; text: string }>;

/** True in the thread started by workerSummarizer (the server bundle runs this loop instead of a server). */
export function isSummaryWorker(): boolean {
  return (workerData as { mark?: string } | undefined)?.mark === MARK;
}

/** Answers every batch of texts with their summaries, in order. */
export function runSummaryWorker(): void {
  parentPort?.on('message', (batch: Batch) => parentPort?.postMessage(batch.map(({ uri, text }) => summarizeText(text, uri))));
}

/**
 * A Summarizer backed by one worker thread running `script` (the server bundle). One is enough: the
 * second core stays with the thread that answers the editor. If the worker cannot start or dies, the
 * batch (and every later one) is summarized in this thread instead: slower, never wrong.
 */
export function workerSummarizer(script: string, fallback: Summarizer): Summarizer {
  let worker: Worker | undefined;
  let broken = false;
  const start = (): Worker => {
    worker ??= new Worker(script, { workerData: { mark: MARK } });
    return worker;
  };
  const inWorker = (batch: Batch) =>
    new Promise<SessionSummary[]>((resolve, reject) => {
      const w = start();
      const cleanup = () => w.off('message', done).off('error', fail).off('exit', fail);
      const done = (summaries: SessionSummary[]) => (cleanup(), resolve(summaries));
      const fail = (error: unknown) => (cleanup(), reject(error));
      w.on('message', done).on('error', fail).on('exit', fail);
      w.postMessage(batch);
    });
  return {
    async summarize(batch) {
      if (broken || batch.length === 0) return fallback.summarize(batch);
      try {
        return await inWorker(batch);
      } catch {
        broken = true;
        return fallback.summarize(batch);
      }
    },
    close() {
      void worker?.terminate();
      worker = undefined;
    },
  };
}
