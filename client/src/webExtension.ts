// The browser entry point (vscode.dev, github.dev): the language server runs in a Web Worker (dist/web/server.js).
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith } from './activate';
import type { ServerHandle } from './serverHandle';

/** The browser's Worker (the extension host in the browser has one; this project compiles without the DOM types). */
interface ServerWorker {
  terminate(): void;
  addEventListener(type: 'message' | 'error', listener: (event: { message?: string }) => void, options?: { once?: boolean }): void;
}
declare const Worker: new (url: string) => ServerWorker;

/** Reads the worker's messages; `fail()` ends the connection as a crashed server's ends: the client restarts it a few times, then reports it. */
class WorkerReader extends BrowserMessageReader {
  fail(): void {
    this.fireClose();
  }
}

let server: ServerHandle | undefined;
/** Ends the current worker and gives back its script's blob address, if it has one. */
let endWorker = (): void => undefined;
/** Cleared once a worker could not be loaded from the script's address: later starts load it from its bytes. */
let fromAddress = true;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  let log: (message: string) => void = () => undefined;
  // A fresh worker for every start: a server that received `exit` does not initialize again, and a
  // restarted client must not talk to the old one (which is ended here, as the browser never ends it).
  const startServer = (): Promise<MessageTransports> => {
    endWorker();
    return startWorker(serverMain, log);
  };
  // The id 'barcamp' makes the client follow the setting barcamp.trace.server.
  server = await activateWith(context, (options) => {
    log = (message) => options.outputChannel?.appendLine(message);
    return new LanguageClient('barcamp', 'Barcamp Sessions', startServer, options);
  });
}

/**
 * The server's worker. An extension installed on a remote machine but run in the browser (a remote
 * workbench with the web extension host) has a script address the browser cannot load a worker from;
 * its bytes can be read, and a worker started from them. The browser loads the script after `new Worker`
 * returned: a failure shows only as an 'error' event, before the worker ever answered.
 */
async function startWorker(script: vscode.Uri, log: (message: string) => void): Promise<MessageTransports> {
  const direct = fromAddress ? workerAt(script.toString(true)) : undefined;
  const blob = direct ? undefined : URL.createObjectURL(new Blob([await vscode.workspace.fs.readFile(script)], { type: 'text/javascript' }));
  const worker = direct ?? new Worker(blob!);
  // The blob's address is needed until the script is loaded: its first answer, its failure or its end.
  const release = () => {
    if (blob) URL.revokeObjectURL(blob);
  };
  let answered = false;
  const reader = new WorkerReader(worker);
  worker.addEventListener(
    'message',
    () => {
      answered = true;
      release();
    },
    { once: true },
  );
  worker.addEventListener('error', (event) => {
    log(`The language server's worker failed${answered ? '' : ' to start'}: ${event.message ?? script.toString(true)}`);
    if (answered) return; // an error inside a running server: the client hears of it through the reader
    if (direct) fromAddress = false;
    release();
    worker.terminate();
    reader.fail();
  });
  endWorker = () => {
    release();
    worker.terminate();
  };
  return { reader, writer: new BrowserMessageWriter(worker) };
}

function workerAt(url: string): ServerWorker | undefined {
  try {
    return new Worker(url);
  } catch {
    return undefined;
  }
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
  endWorker();
}
