// Builds the first workspace index in the background: a progress indicator while it runs, a log line and a notification when done.
import type { Connection } from 'vscode-languageserver';
import { indexTexts } from '../core';
import { IndexReadyNotification, type IndexReadyParams } from '../protocol';
import type { Analyzer } from './analysis';
import { indexWorkspace } from './indexing';
import type { SessionResults } from './sessionResults';
import type { Workspace } from '../app/workspace';

/** Progress messages are sent at most this often: a 10,000-file index must not flood the client. */
const PROGRESS_EVERY_MS = 250;

/**
 * Indexes the workspace; `plansLoaded` is called as soon as the event plans are read (also when
 * indexing fails, so diagnostics are never held back for good). Resolves when every session is indexed.
 */
export async function buildFirstIndex(connection: Connection, files: Workspace, rootUris: string[], analyzer: Analyzer, plansLoaded: () => void, results: SessionResults): Promise<void> {
  const started = Date.now();
  const texts = indexTexts(analyzer.language);
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin(texts.title, 0, undefined, false);
  let lastReport = 0;
  const report = (done: number, total: number) => {
    const now = Date.now();
    if (now - lastReport < PROGRESS_EVERY_MS && done < total) return;
    lastReport = now;
    progress?.report(total === 0 ? 100 : Math.floor((100 * done) / total), texts.progress(done, total));
  };
  // Each closed session is parsed once, for its summary and its local problems: the views answer from those right away.
  // The worker is held across batches and released (with its memory) before the index is announced.
  const result = await results
    .using(() => indexWorkspace(files, rootUris, analyzer, (batch) => results.remember(batch), { plansLoaded, progress: report }))
    .catch((error) => {
      connection.console.error(`Indexing failed: ${String(error)}`);
      return { files: 0, sessions: 0, plans: 0 };
    });
  plansLoaded();
  progress?.done();
  const ready: IndexReadyParams = { ...result, milliseconds: Date.now() - started };
  connection.console.info(`Barcamp Sessions: ${result.files} files indexed in ${ready.milliseconds} ms.`);
  await connection.sendNotification(IndexReadyNotification, ready).catch(() => undefined);
}
