// The browser entry point (vscode.dev, github.dev): the language server runs in a Web Worker (dist/web/server.js).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import type { ServerHandle } from './serverHandle';

/** The browser's Worker (the extension host in the browser has one; this project compiles without the DOM types). */
declare const Worker: new (url: string) => { terminate(): void };

let server: ServerHandle | undefined;
let worker: { terminate(): void } | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // A fresh worker for every start: a server that received `exit` does not initialize again, and a
  // restarted client must not talk to the old one (which is ended here, as the browser never ends it).
  const startWorker = () => {
    worker?.terminate();
    worker = new Worker(serverMain.toString(true));
    return Promise.resolve(worker as never);
  };
  // The id 'barcamp' makes the client follow the setting barcamp.trace.server.
  server = await activateWith(context, (options) => new LanguageClient('barcamp', 'Barcamp Sessions', startWorker, options));
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
  worker?.terminate();
  worker = undefined;
}
