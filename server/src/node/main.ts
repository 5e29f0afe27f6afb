// Node entry point of the language server: LSP over stdio (`--stdio`) or IPC (`--node-ipc`, as VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { inThreadJobs } from '../app/jobs';
import { startServer } from '../lsp/server';
import { isJobWorker, runJobWorker, workerJobs } from './jobPool';
import { nodeWorkspace, readPathSync } from './nodeFiles';

/**
 * Starts the server. Closed files are parsed in one worker thread running this same bundle: the second
 * core stays with the thread that answers the editor.
 */
function startNodeServer(): void {
  const connection = createConnection(ProposedFeatures.all);

  // The server must outlive any bug: log instead of dying, so the editor keeps its diagnostics and outline.
  process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`Unexpected rejection: ${String(reason)}`));

  startServer(connection, { fallbackFiles: nodeWorkspace(), jobs: () => workerJobs({ script: __filename, threads: 1, fallback: inThreadJobs(readPathSync) }) });
}

if (isJobWorker()) runJobWorker();
else startNodeServer();
