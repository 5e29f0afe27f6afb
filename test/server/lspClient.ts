// A minimal LSP client over stdio for protocol tests: starts dist/server.js, waits on notifications, never sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export interface ClientOptions {
  rootUri?: string;
  locale?: string;
  /** Answers workspace/configuration with these `barcamp` settings; omitted → the client lacks the capability. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Announces window.workDoneProgress, so the server may show progress. */
  workDoneProgress?: boolean;
  /** Handlers for server → client requests, registered before the handshake. */
  requests?: Record<string, (params: never) => unknown>;
  /** More of the client's workspace capabilities (merged into what the client always announces). */
  workspaceCapabilities?: Record<string, unknown>;
  /** The client's textDocument capabilities (pull diagnostics, …); none by default. */
  textDocumentCapabilities?: Record<string, unknown>;
  /** More of the client's window capabilities (showDocument, …). */
  windowCapabilities?: Record<string, unknown>;
}

/** One running server and the client side of its connection. */
export class TestClient {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  private indexed: Record<string, number> | undefined;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    connection.onNotification('barcamp/index/ready', (params: Record<string, number>) => {
      this.indexed = params;
      this.waiters.splice(0).forEach((wake) => wake());
    });
  }

  /** Resolves with `barcamp/index/ready`'s counts once the workspace is indexed (also when that happened before the call). */
  async indexReady(): Promise<Record<string, number>> {
    while (!this.indexed) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.indexed;
  }

  /** Spawns the bundled server and completes the initialize handshake. */
  static async start(options: ClientOptions = {}): Promise<{ client: TestClient; result: InitializeResult }> {
    const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    if (options.settings) connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings));
    for (const [method, handler] of Object.entries(options.requests ?? {})) connection.onRequest(method, handler);
    connection.listen();
    const result = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: options.settings !== undefined, workspaceFolders: true, ...options.workspaceCapabilities },
        window: { workDoneProgress: options.workDoneProgress === true, ...options.windowCapabilities },
        ...(options.textDocumentCapabilities ? { textDocument: options.textDocumentCapabilities } : {}),
      },
    });
    await connection.sendNotification('initialized', {});
    return { client, result };
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'barcamp-session', version: 1, text } });
  }

  /** Replaces the whole text: the simplest change that still goes through the incremental sync path. */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Resolves with the first published diagnostics of `uri` that satisfy `accept`. */
  async diagnosticsFor(uri: string, accept: (d: Diagnostic[], version?: number) => boolean = () => true): Promise<Diagnostic[]> {
    for (;;) {
      const current = this.diagnostics.get(uri);
      if (current && accept(current.diagnostics, current.version)) return current.diagnostics;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  /** The diagnostics last pushed for `uri`, if any were. */
  pushedFor(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.get(uri);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below is what matters.
    }
    this.connection.dispose();
    this.process.kill();
  }
}

/** The codes of a diagnostics list, sorted, for compact assertions. */
export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}
