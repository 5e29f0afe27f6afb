// Browser entry point of the language server (vscode.dev, github.dev): LSP over postMessage inside a Web Worker.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';

/** The worker's own scope: the messages from and to the extension's client, and its error events. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { addEventListener(type: string, listener: (event: ErrorLike) => void): void };
type ErrorLike = { error?: unknown; message?: string; reason?: unknown };

/**
 * Starts the server. There is no disk here: every file comes through the client's `barcamp/fs/*`
 * requests (vscode.workspace.fs), and closed files are parsed on this same thread, in slices.
 */
function startBrowserServer(): void {
  const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
  // The server must outlive any bug: log instead of dying, so the editor keeps its diagnostics and outline.
  self.addEventListener('error', (event: ErrorLike) => connection.console.error(`Unexpected error: ${String(event.error ?? event.message)}`));
  self.addEventListener('unhandledrejection', (event: ErrorLike) => connection.console.error(`Unexpected rejection: ${String(event.reason)}`));
  startServer(connection, {});
}

startBrowserServer();
