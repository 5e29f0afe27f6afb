// The browser entry point (vscode.dev, github.dev): the language server runs in a Web Worker (dist/web/server.js).
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import type { ServerHandle } from './serverHandle';

/** The browser's Worker (the extension host in the browser has one; this project compiles without the DOM types). */
type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string) => ServerWorker;

let server: ServerHandle | undefined;
let worker: ServerWorker | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // A fresh worker for every start: a server that received `exit` does not initialize again, and a
  // restarted client must not talk to the old one (which is ended here, as the browser never ends it).
  const startServer = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = await serverWorker(serverMain);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  // The id 'barcamp' makes the client follow the setting barcamp.trace.server.
  server = await activateWith(context, (options) => new LanguageClient('barcamp', 'Barcamp Sessions', startServer, options));
}

/**
 * The server's worker. An extension installed on a remote machine but run in the browser (a remote
 * workbench with the web extension host) has a script address the browser cannot load a worker from;
 * its bytes can be read, and a worker started from them.
 */
async function serverWorker(script: vscode.Uri): Promise<ServerWorker> {
  try {
    return new Worker(script.toString(true));
  } catch {
    const bytes = await vscode.workspace.fs.readFile(script);
    return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
  }
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
  worker?.terminate();
  worker = undefined;
}
