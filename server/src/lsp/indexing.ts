// Fills the session index from files that are not open: plans first, then every session in the background; and when watched files change.
import type { Analyzer } from './analysis';
import type { JobFile } from '../app/jobs';
import { readText, type FileContent, type Workspace } from '../app/workspace';
import { isPlanUri, isSessionUri } from './workspace';

/** How many files are read at once: enough to hide latency of client round trips, few enough not to flood it. */
const READ_CONCURRENCY = 16;

/** Files read and handled per batch: the unit handed to the worker thread; between batches the index is updated and a token checked. */
const BATCH = 32;

/** What the caller hears while the index is built. */
export interface IndexListener {
  /** The event plans are read: from now on diagnostics of open files are right except for cross-file findings. */
  plansLoaded(): void;
  /** `done` of `total` sessions are in the index. */
  progress(done: number, total: number): void;
}

/**
 * Parses closed sessions once (in the worker where there is one): puts their summaries into the index and
 * keeps their local problems (SessionResults.remember). Open documents are left to the editor.
 */
export type AnalyzeClosed = (files: readonly JobFile[]) => Promise<void>;

/** How big the finished index is. */
export interface IndexResult {
  /** Every session and plan file found, open ones included. */
  files: number;
  /** Sessions read from disk (open ones are the editor's). */
  sessions: number;
  plans: number;
}

/**
 * Reads every barcamp.json below the roots, reports `plansLoaded`, then reads and analyzes every
 * session batch by batch (against the plans just read); open documents are not read from disk.
 */
export async function indexWorkspace(files: Workspace, rootUris: string[], analyzer: Analyzer, analyze: AnalyzeClosed, listener?: IndexListener): Promise<IndexResult> {
  const uris = await files.findFiles(rootUris);
  const plans = uris.filter(isPlanUri);
  await forEachConcurrently(plans, (uri) => reindexFile(files, uri, analyzer, analyze));
  listener?.plansLoaded();
  const sessions = uris.filter((uri) => isSessionUri(uri) && !analyzer.isOpen(uri));
  await inReadAheadBatches(
    sessions,
    (batch) => readBatch(files, batch, analyzer),
    async (batch, done) => {
      await analyze(batch);
      listener?.progress(done, sessions.length);
    },
  );
  return { files: uris.length, sessions: sessions.length, plans: plans.length };
}

/**
 * Handles `items` in order, BATCH at a time: `read` gets a batch ready (file reads), `handle` uses it
 * (mostly the worker thread's parse), and the next batch is read while one is handled. `cancelled` is
 * asked before each batch; when it says so, the read in flight is awaited (nothing left dangling) and
 * false is returned. True when every batch was handled.
 */
export async function inReadAheadBatches<T, R>(items: readonly T[], read: (batch: T[]) => Promise<R>, handle: (ready: R, done: number) => Promise<void>, cancelled?: () => boolean): Promise<boolean> {
  let next = read(items.slice(0, BATCH));
  for (let start = 0; start < items.length; start += BATCH) {
    if (cancelled?.()) {
      await next;
      return false;
    }
    const ready = await next;
    if (start + BATCH < items.length) next = read(items.slice(start + BATCH, start + 2 * BATCH));
    await handle(ready, Math.min(start + BATCH, items.length));
  }
  return true;
}

/** The texts of a batch of sessions; a file that cannot be read is forgotten. */
async function readBatch(files: Workspace, uris: string[], analyzer: Analyzer): Promise<JobFile[]> {
  const read = await readJobFiles(files, uris);
  uris.forEach((uri, i) => read[i] === undefined && analyzer.forgetClosed(uri));
  return read.filter((file): file is JobFile => file !== undefined);
}

/**
 * Sessions as the jobs take them, in order: their bytes (decoded in the job's thread) or text; a file
 * over the size limit too, which the job gives its one `too-large` problem; undefined where a file is
 * gone, no regular file or unreadable (it is then forgotten).
 */
export async function readJobFiles(files: Workspace, uris: readonly string[]): Promise<Array<JobFile | undefined>> {
  const read = new Array<JobFile | undefined>(uris.length);
  await forEachConcurrently(uris, async (uri, i) => void (read[i] = jobFileOf(uri, await files.read(uri).catch((): FileContent => ({ error: 'unreadable' })))));
  return read;
}

function jobFileOf(uri: string, content: FileContent): JobFile | undefined {
  if ('text' in content) return { uri, text: content.text };
  if ('bytes' in content) return { uri, bytes: content.bytes };
  return content.error === 'tooLarge' ? { uri, error: 'tooLarge', detail: content.detail } : undefined;
}

/** Brings one file's entry up to date: re-read it, or forget it when it is gone. An open session is the editor's: not read. */
export async function reindexFile(files: Workspace, uri: string, analyzer: Analyzer, analyze: AnalyzeClosed): Promise<void> {
  if (!isSessionUri(uri) && !isPlanUri(uri)) return;
  if (isSessionUri(uri) && analyzer.isOpen(uri)) return;
  if (isPlanUri(uri)) {
    const text = await readText(files, uri);
    if (text === undefined) analyzer.index.deletePlan(uri);
    else analyzer.index.setPlan(uri, text);
    return;
  }
  const [file] = await readJobFiles(files, [uri]);
  if (file === undefined) analyzer.forgetClosed(uri);
  else await analyze([file]);
}

/** Runs `task` for every item, at most READ_CONCURRENCY at a time. */
async function forEachConcurrently<T>(items: readonly T[], task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, worker));
}
