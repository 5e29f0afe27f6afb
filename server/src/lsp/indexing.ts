// Fills the session index from files that are not open, at start-up and when watched files change.
import type { Analyzer } from './analysis';
import { isPlanUri, isSessionUri, type FileAccess } from './workspace';

/** How many files are read at once: enough to hide latency of client round trips, few enough not to flood it. */
const READ_CONCURRENCY = 16;

/** Reads every session and barcamp.json below the roots into the index. */
export async function indexWorkspace(files: FileAccess, rootUris: string[], analyzer: Analyzer): Promise<number> {
  const uris = await files.findFiles(rootUris);
  const queue = [...uris];
  const worker = async () => {
    for (let uri = queue.shift(); uri !== undefined; uri = queue.shift()) await reindexFile(files, uri, analyzer);
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return uris.length;
}

/** Brings one file's entry up to date: re-read it, or forget it when it is gone. */
export async function reindexFile(files: FileAccess, uri: string, analyzer: Analyzer): Promise<void> {
  if (!isSessionUri(uri) && !isPlanUri(uri)) return;
  const text = await files.readText(uri).catch(() => undefined);
  if (isPlanUri(uri)) {
    if (text === undefined) analyzer.index.deletePlan(uri);
    else analyzer.index.setPlan(uri, text);
  } else if (text === undefined) {
    if (!analyzer.isOpen(uri)) analyzer.index.deleteSession(uri);
  } else {
    analyzer.updateFromDisk(uri, text);
  }
}
