// "Check all sessions": diagnostics for every session of the workspace, also for files that are not open, kept current while on.
import type { CancellationToken, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { CheckAllRequest, type CheckAllParams, type CheckAllResult } from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { toLinkedDiagnostic } from '../convert';
import { eventSessionsOf } from '../eventSessions';
import { cancellable } from './eventViews';

/** Closed files are re-checked after a pause in the changes, not on every keystroke. */
export const CHECK_ALL_DELAY_MS = 500;

export const checkAllFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const checker = closedFileCheckerOf(ctx);
    ctx.connection.onRequest(CheckAllRequest, (params: CheckAllParams, token) =>
      cancellable(async (): Promise<CheckAllResult> => {
        if (params?.enabled === false) return checker.disable();
        return checker.enable(token);
      }),
    );
    ctx.onRevalidate(() => checker.schedule());
    ctx.documents.onDidClose(({ document }) => checker.closed(document.uri));
  },
};

/**
 * Publishes the diagnostics of closed session files. Open documents keep theirs from the server's normal
 * validation; a file that is closed gets the diagnostics of its saved text again, instead of none.
 */
export class ClosedFileChecker {
  private enabled = false;
  /** What was last published per closed file, to send only changes. */
  private readonly published = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<CheckAllResult> | undefined;

  constructor(private readonly ctx: ServerContext) {}

  async enable(token?: CancellationToken): Promise<CheckAllResult> {
    this.enabled = true;
    return this.run(token);
  }

  async disable(): Promise<CheckAllResult> {
    this.enabled = false;
    if (this.timer) clearTimeout(this.timer);
    for (const uri of this.published.keys()) await this.send(uri, []);
    this.published.clear();
    return { enabled: false, sessions: 0, errors: 0, warnings: 0 };
  }

  schedule(): void {
    if (!this.enabled) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run().catch((error) => this.ctx.connection.console.error(`Check all sessions failed: ${String(error)}`));
    }, CHECK_ALL_DELAY_MS);
  }

  /** The server cleared the diagnostics of the closed file; while on, they come back from its saved text. */
  closed(uri: string): void {
    this.published.delete(uri);
    this.schedule();
  }

  /** One run at a time: a run asked for during another starts after it, with the newest files. */
  private async run(token?: CancellationToken): Promise<CheckAllResult> {
    const previous = this.running;
    const next = (async () => {
      await previous?.catch(() => undefined);
      return this.checkEverything(token);
    })();
    this.running = next;
    return next;
  }

  private async checkEverything(token?: CancellationToken): Promise<CheckAllResult> {
    await this.ctx.indexed();
    const sessions = eventSessionsOf(this.ctx);
    const result: CheckAllResult = { enabled: true, sessions: 0, errors: 0, warnings: 0 };
    const seen = new Set<string>();
    for (const event of sessions.events()) {
      const checked = await sessions.checkEvent(event, { language: this.ctx.analyzer.language, userSettings: true }, token);
      for (const session of checked) {
        result.sessions++;
        if (session.diagnostics.some((d) => d.severity === 'error')) result.errors++;
        else if (session.diagnostics.some((d) => d.severity === 'warning')) result.warnings++;
        if (!this.enabled || this.ctx.documents.get(session.uri)) continue; // open: the normal validation owns it
        seen.add(session.uri);
        await this.publish(session.uri, session.diagnostics.map(toLinkedDiagnostic(this.ctx.docsBase())));
      }
    }
    // Files that were deleted or opened since the last run: no longer ours to publish.
    for (const uri of [...this.published.keys()].filter((u) => !seen.has(u))) {
      this.published.delete(uri);
      // A client that pulls an open document's diagnostics would otherwise show these pushed ones beside them.
      if (!this.ctx.documents.get(uri) || this.ctx.pullDiagnostics()) await this.send(uri, []);
    }
    return result;
  }

  private async publish(uri: string, diagnostics: LspDiagnostic[]): Promise<void> {
    const key = JSON.stringify(diagnostics);
    if (this.published.get(uri) === key) return;
    this.published.set(uri, key);
    await this.send(uri, diagnostics);
  }

  private async send(uri: string, diagnostics: LspDiagnostic[]): Promise<void> {
    await this.ctx.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
  }
}

/** One checker per server: the request and `workspace/executeCommand` switch the same one. */
const instances = new WeakMap<ServerContext, ClosedFileChecker>();
export function closedFileCheckerOf(ctx: ServerContext): ClosedFileChecker {
  let instance = instances.get(ctx);
  if (!instance) instances.set(ctx, (instance = new ClosedFileChecker(ctx)));
  return instance;
}
