// Fills the session index from files that are not open: plans first, then every session in the background; and when watched files change.
import { summarizeText, type SessionSummary } from '../core';
import type { Analyzer } from './analysis';
import { isPlanUri, isSessionUri, type FileAccess } from './workspace';

/** How many files are read at once: enough to hide latency of client round trips, few enough not to flood it. */
const READ_CONCURRENCY = 16;

/** Files summarized per batch: the unit handed to a worker thread, and between batches the index is updated. */
const BATCH = 32;

/** Longest stretch of parsing in this thread between two turns of the event loop, so requests and edits go first. */
const SLICE_MS = 15;

/**
 * Summarizes a batch of files. The Node entry point provides one that runs in a worker thread, so
 * neither the parsing nor its garbage touches the thread that answers the editor; without one,
 * summaries are made here, in slices.
 */
export interface Summarizer {
  summarize(files: Array<{ uri: string; text: string }>): Promise<SessionSummary[]>;
  /** Releases the worker (and its memory) once the first index is built. */
  close(): void;
}

/** What the caller hears while the index is built. */
export interface IndexListener {
  /** The event plans are read: from now on diagnostics of open files are right except for cross-file findings. */
  plansLoaded(): void;
  /** `done` of `total` sessions are in the index. */
  progress(done: number, total: number): void;
}

/** How big the finished index is. */
export interface IndexResult {
  /** Every session and plan file found, open ones included. */
  files: number;
  /** Sessions read from disk (open ones are the editor's). */
  sessions: number;
  plans: number;
}

/**
 * Reads every barcamp.json below the roots, reports `plansLoaded`, then reads and summarizes every
 * session batch by batch; open documents are not read from disk.
 */
export async function indexWorkspace(files: FileAccess, rootUris: string[], analyzer: Analyzer, listener?: IndexListener, summarizer: Summarizer = inThread()): Promise<IndexResult> {
  const uris = await files.findFiles(rootUris);
  const plans = uris.filter(isPlanUri);
  await forEachConcurrently(plans, (uri) => reindexFile(files, uri, analyzer));
  listener?.plansLoaded();
  const sessions = uris.filter((uri) => isSessionUri(uri) && !analyzer.isOpen(uri));
  const read = (start: number) => readBatch(files, sessions.slice(start, start + BATCH), analyzer);
  let next = read(0);
  for (let start = 0; start < sessions.length; start += BATCH) {
    const batch = await next;
    // The next batch is read while this one is summarized.
    if (start + BATCH < sessions.length) next = read(start + BATCH);
    for (const summary of await summarizer.summarize(batch)) analyzer.setDiskSummary(summary);
    listener?.progress(Math.min(start + BATCH, sessions.length), sessions.length);
  }
  return { files: uris.length, sessions: sessions.length, plans: plans.length };
}

/** The texts of a batch of sessions; a file that cannot be read is forgotten. */
async function readBatch(files: FileAccess, uris: string[], analyzer: Analyzer): Promise<Array<{ uri: string; text: string }>> {
  const texts = new Array<string | undefined>(uris.length);
  await forEachConcurrently(uris, async (uri, i) => void (texts[i] = await files.readText(uri).catch(() => undefined)));
  uris.forEach((uri, i) => texts[i] === undefined && analyzer.forgetClosed(uri));
  return uris.flatMap((uri, i) => (texts[i] === undefined ? [] : [{ uri, text: texts[i] as string }]));
}

/** Brings one file's entry up to date: re-read it, or forget it when it is gone. */
export async function reindexFile(files: FileAccess, uri: string, analyzer: Analyzer): Promise<void> {
  if (!isSessionUri(uri) && !isPlanUri(uri)) return;
  const text = await files.readText(uri).catch(() => undefined);
  if (isPlanUri(uri)) {
    if (text === undefined) analyzer.index.deletePlan(uri);
    else analyzer.index.setPlan(uri, text);
  } else if (text === undefined) {
    analyzer.forgetClosed(uri);
  } else {
    analyzer.updateFromDisk(uri, text);
  }
}

/** Summaries made in this thread, with a turn of the event loop after every SLICE_MS of parsing. */
export function inThread(): Summarizer {
  return {
    async summarize(batch) {
      const summaries: SessionSummary[] = [];
      let sliceStart = Date.now();
      for (const { uri, text } of batch) {
        if (Date.now() - sliceStart > SLICE_MS) {
          await nextTurn();
          sliceStart = Date.now();
        }
        summaries.push(summarizeText(text, uri));
      }
      return summaries;
    },
    close: () => undefined,
  };
}

/** Runs `task` for every item, at most READ_CONCURRENCY at a time. */
async function forEachConcurrently<T>(items: T[], task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, worker));
}

/** Lets pending messages and timers run: a macrotask, not a microtask (setTimeout exists in Node and in web workers). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
