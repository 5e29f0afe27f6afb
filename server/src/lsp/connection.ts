// How both hosts build their LSP connection from a reader and a writer: the library's platform-neutral core, so one copy of the server serves the desktop and the browser.
import { createConnection, createProtocolConnection, ProposedFeatures, type Connection, type InitializeParams, type MessageReader, type MessageWriter } from 'vscode-languageserver';

/** What the host does when the editor initializes (Node: watch the editor's process), asks to shut down, and sends `exit` (code 0 after `shutdown`, else 1). */
export interface ConnectionHost {
  onInitialize?(params: InitializeParams): void;
  onShutdown?(): void;
  onExit?(code: number): void;
}

export function connectionOver(reader: MessageReader, writer: MessageWriter, host: ConnectionHost = {}): Connection {
  let shutdownReceived = false;
  const watchDog = {
    get shutdownReceived() {
      return shutdownReceived;
    },
    set shutdownReceived(value: boolean) {
      shutdownReceived = value;
      if (value) host.onShutdown?.();
    },
    initialize: (params: InitializeParams) => host.onInitialize?.(params),
    exit: (code: number) => host.onExit?.(code),
  };
  return createConnection((logger) => createProtocolConnection(reader, writer, logger), watchDog, ProposedFeatures.all);
}
