// Node entry point of the language server (`barcamp-language-server --stdio`; VS Code starts it with `--node-ipc`): the shared server plus Node's files, threads and watching.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { inThreadJobs } from '../app/jobs';
import { startServer } from '../lsp/server';
import { nodeConnection, USAGE } from './connection';
import { nodeHostServices } from './hostServices';
import { isJobWorker, runJobWorker, workerJobs } from './jobPool';
import { nodeWorkspace, readPathSync } from './nodeFiles';

/**
 * Starts the server. Closed files are parsed in one worker thread running this same bundle: the second
 * core stays with the thread that answers the editor.
 */
function startNodeServer(): void {
  const connection = nodeConnection(process.argv.slice(2));
  if (!connection) {
    console.error(USAGE);
    process.exit(2);
  }

  // The server must outlive any bug: log instead of dying, so the editor keeps its diagnostics and outline.
  process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`Unexpected rejection: ${String(reason)}`));

  startServer(connection, {
    fallbackFiles: nodeWorkspace(),
    jobs: () => workerJobs({ script: __filename, threads: 1, fallback: inThreadJobs(readPathSync) }),
    releaseMemory: garbageCollector(),
    ...nodeHostServices(),
  });
}

/**
 * A full garbage collection on demand. Node offers `gc` only with --expose-gc; the flag can be set at
 * run time and `gc` taken from a fresh context (editors start the server without extra flags).
 */
function garbageCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}

if (isJobWorker()) runJobWorker();
else startNodeServer();
