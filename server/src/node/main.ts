// Node entry point of the language server: LSP over stdio (`--stdio`) or IPC (`--node-ipc`, as VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { inThread } from '../lsp/fileJobs';
import { startServer } from '../lsp/server';
import { nodeFileAccess } from './nodeFiles';
import { isSummaryWorker, runSummaryWorker, workerSummarizer } from './summaryWorker';

/** Starts the server; its first index is summarized in a worker thread that runs this same bundle. */
function startNodeServer(): void {
  const connection = createConnection(ProposedFeatures.all);

  // The server must outlive any bug: log instead of dying, so the editor keeps its diagnostics and outline.
  process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`Unexpected rejection: ${String(reason)}`));

  startServer(connection, { fallbackFiles: nodeFileAccess(), summarizer: () => workerSummarizer(__filename, inThread()) });
}

if (isSummaryWorker()) runSummaryWorker();
else startNodeServer();
