// The organizer's way to the language server: requests of server/src/protocol/ and one "sessions changed" event.
import * as vscode from 'vscode';
import { State, WorkDoneProgress, type BaseLanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressReport, type WorkDoneProgressEnd } from 'vscode-languageclient';
import { SessionsChangedNotification, type SetStepDoneResult } from '../../server/src/protocol';
import type { ServerHandle } from './serverHandle';

/** Talks to whichever client currently runs; survives restarts of the server. */
export class ServerApi implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The sessions, their diagnostics or the event plans changed, or a (new) server started: data is stale. */
  readonly onDidChangeSessions = this.changed.event;
  private readonly started = new vscode.EventEmitter<void>();
  /** A server (re)started: state it keeps (such as "check all") has to be set again. */
  readonly onDidStartServer = this.started.event;

  constructor(private readonly handle: ServerHandle) {}

  /** Registers on a client before it starts; the client keeps the handler across restarts. */
  attach(client: BaseLanguageClient): BaseLanguageClient {
    client.onNotification(SessionsChangedNotification, () => this.changed.fire());
    client.onDidChangeState(({ newState }) => {
      if (newState !== State.Running) return;
      this.started.fire();
      this.changed.fire();
    });
    return client;
  }

  async request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    const client = await this.handle.running();
    return client.sendRequest<R>(method, params, token);
  }

  /** Applies an LSP workspace edit from the server through VS Code, so it is undoable like a typed change. */
  async applyEdit(edit: NonNullable<SetStepDoneResult['edit']>): Promise<boolean> {
    const client = await this.handle.running();
    return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  }

  /** Follows the server's work-done progress on `token` (a fresh string per request). */
  async onProgress(token: string, handler: (value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => void): Promise<vscode.Disposable> {
    const client = await this.handle.running();
    return client.onProgress(WorkDoneProgress.type, token, handler);
  }

  dispose(): void {
    this.changed.dispose();
    this.started.dispose();
  }
}

/** Today in the user's time zone, `YYYY-MM-DD`: "overdue" is about the organizer's calendar day. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Calls `fire` once after a burst of calls has settled. */
export function debounce(fire: () => void, delayMs: number): { (): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fire();
    }, delayMs);
  };
  call.dispose = () => timer && clearTimeout(timer);
  return call;
}
