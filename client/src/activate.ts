// Activation shared by both entry points: the desktop (server in Node) and the browser (server in a Web Worker).
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { WORKSPACE_FILES } from './fileAccess';
import { clientOptions, withFileAccess, type ClientFactory } from './languageClient';
import { registerOrganizer } from './organizer';
import { ServerApi } from './serverApi';
import { ServerHandle } from './serverHandle';
import { openWalkthroughOnFirstOpen } from './walkthrough';

/** Starts the server through `createClient` and registers commands, views and status bar; the handle stops it again. */
export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<ServerHandle> {
  // Created once and shared by every client instance, so a restart adds no second channel or watcher.
  const output = vscode.window.createOutputChannel('Barcamp Sessions', { log: true });
  const watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_FILES);
  // Every client the handle builds (also after a restart) gets the organizer's notification handlers.
  const handle: ServerHandle = new ServerHandle(() => api.attach(withFileAccess(createClient(clientOptions(output, watcher, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'))))));
  const api: ServerApi = new ServerApi(handle);
  context.subscriptions.push(output, watcher, api, ...registerCommands(handle, output), ...registerOrganizer(context, api));
  // The first open of a workspace with a barcamp.json shows the walkthrough; the extension's own test runs call it themselves.
  if (context.extensionMode !== vscode.ExtensionMode.Test) {
    void openWalkthroughOnFirstOpen(context.extension.id, context.workspaceState).catch((error: unknown) => output.warn(`The walkthrough could not be opened: ${String(error)}`));
  }
  // A failed start is already reported by the client (notification and log); "Restart Language Server" retries.
  await handle.start().catch(() => undefined);
  return handle;
}
