// A small LSP client for the benchmark: spawns a server over stdio, waits on notifications by predicate, reads its memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export class BenchClient {
  constructor(serverScript) {
    this.spawnedAt = performance.now();
    this.child = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.waiters = [];
    this.progress = [];
    this.ready = undefined;
    const wake = (method, params) => {
      this.waiters = this.waiters.filter((w) => !(w.method === method && w.accept(params) && (w.resolve(params), true)));
    };
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => wake('textDocument/publishDiagnostics', p));
    this.connection.onNotification('barcamp/index/ready', (p) => {
      this.ready = { ...p, at: performance.now() };
      wake('barcamp/index/ready', p);
    });
    this.connection.onNotification('$/progress', (p) => this.progress.push({ kind: p.value?.kind, at: performance.now() }));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    // Announced and answered as VS Code does (no settings of its own): the server asks before it checks a file.
    this.settingsRequests = 0;
    this.connection.onRequest('workspace/configuration', (p) => {
      this.settingsRequests += p.items.length;
      return p.items.map(() => ({}));
    });
    this.connection.listen();
  }

  /** Resolves with the first notification `method` whose params satisfy `accept`. */
  next(method, accept = () => true) {
    return new Promise((resolve) => this.waiters.push({ method, accept, resolve }));
  }

  async initialize(rootUri) {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      locale: 'de',
      capabilities: { window: { workDoneProgress: true }, workspace: { workspaceFolders: true, configuration: true } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Opens a document and resolves when its first diagnostics arrive. */
  async open(uri, text) {
    const published = this.next('textDocument/publishDiagnostics', (p) => p.uri === uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'barcamp-session', version: 1, text } });
    return published;
  }

  /** Sends one change and resolves with the milliseconds until diagnostics of exactly that version arrive. */
  async edit(uri, version, change) {
    const start = performance.now();
    const published = this.next('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    return performance.now() - start;
  }

  /** Milliseconds one request takes end to end. */
  async timeRequest(method, params) {
    const start = performance.now();
    await this.connection.sendRequest(method, params);
    return performance.now() - start;
  }

  /** VmRSS and VmHWM (peak) of the server process in MB, from /proc. */
  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Gone already.
    }
    this.connection.dispose();
    this.child.kill();
  }
}
