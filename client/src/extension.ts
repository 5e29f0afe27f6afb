// The VS Code side of Barcamp Sessions: starts the language server, serves its file requests, registers the commands.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { WORKSPACE_FILES } from './fileAccess';
import { createLanguageClient } from './languageClient';
import { ServerHandle } from './serverHandle';

let server: ServerHandle | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Created once and shared by every client instance, so a restart adds no second channel or watcher.
  const output = vscode.window.createOutputChannel('Barcamp Sessions', { log: true });
  const watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_FILES);
  server = new ServerHandle(() => createLanguageClient(context, output, watcher));
  context.subscriptions.push(output, watcher, ...registerCommands(server, output));
  // A failed start is already reported by the client (notification and log); "Restart Language Server" retries.
  await server.start().catch(() => undefined);
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
