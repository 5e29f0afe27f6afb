// Builds the LanguageClient: how to start dist/server.js, which documents it handles, what it is told at initialize.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import { registerFileAccess } from './fileAccess';

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, watcher: vscode.FileSystemWatcher): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: InitializationOptions = { clientFileAccess: true, locale: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'barcamp-session', scheme: 'file' },
      { language: 'barcamp-session', scheme: 'untitled' },
    ],
    // No configurationSection: the server pulls `barcamp.*` per folder with workspace/configuration.
    synchronize: { fileEvents: watcher },
    outputChannel,
    initializationOptions,
  };
  // The id 'barcamp' makes the client follow the setting barcamp.trace.server.
  const client = new LanguageClient('barcamp', 'Barcamp Sessions', serverOptions, clientOptions);
  // Handlers registered before start() are kept by the client and re-registered on every restart.
  registerFileAccess(client);
  return client;
}
