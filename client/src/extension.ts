// The desktop entry point: the language server runs in Node (dist/server.js over IPC); everything else is in activate.ts.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './activate';
import type { ServerHandle } from './serverHandle';

let server: ServerHandle | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The id 'barcamp' makes the client follow the setting barcamp.trace.server.
  server = await activateWith(context, (options) => new LanguageClient('barcamp', 'Barcamp Sessions', serverOptions, options));
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
