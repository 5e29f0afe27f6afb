// The language server's shared bundle (dist/web/server.js): started as a Web Worker in the browser, and required by the Node host, so both run one copy.
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser';
import { connectionOver } from '../lsp/connection';
import { startServer } from '../lsp/server';

/** The worker's own scope: the messages from and to the extension's client, and its error events. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { addEventListener(type: string, listener: (event: ErrorLike) => void): void };
type ErrorLike = { error?: unknown; message?: string; reason?: unknown };
/** Defined only in a worker: in Node (the desktop host requiring this bundle) nothing starts here. */
declare const WorkerGlobalScope: unknown;

/**
 * Starts the server. There is no disk here: every file comes through the client's `barcamp/fs/*`
 * requests (vscode.workspace.fs), and closed files are parsed on this same thread, in slices.
 */
function startBrowserServer(): void {
  const connection = connectionOver(new BrowserMessageReader(self), new BrowserMessageWriter(self));
  // The server must outlive any bug: log instead of dying, so the editor keeps its diagnostics and outline.
  self.addEventListener('error', (event: ErrorLike) => connection.console.error(`Unexpected error: ${String(event.error ?? event.message)}`));
  self.addEventListener('unhandledrejection', (event: ErrorLike) => connection.console.error(`Unexpected rejection: ${String(event.reason)}`));
  startServer(connection, {});
}

if (typeof WorkerGlobalScope !== 'undefined') startBrowserServer();

/**
 * What the Node host (server/src/node) takes from this bundle instead of bundling a second copy: one
 * namespace per module it imports, named by its path (esbuild.mjs maps the imports onto them).
 */
export * as lsp_server from '../lsp/server';
export * as lsp_connection from '../lsp/connection';
export * as app_jobs from '../app/jobs';
export * as app_workspace from '../app/workspace';
export * as core from '../core';
export * as vscode_languageserver from 'vscode-languageserver';
