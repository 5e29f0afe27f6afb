// "Check all sessions": asks the server to publish every session's diagnostics, also of closed files, until switched off; on from the start by default (barcamp.diagnostics.scope).
import * as vscode from 'vscode';
import { CheckAllRequest, type CheckAllResult } from '../../server/src/protocol';
import type { ServerApi } from './serverApi';

const ACTIVE_KEY = 'barcamp.checkAllActive';
/** The setting that decides whether the mode is on from the start: `workspace` (default) or `openFiles`. */
const SCOPE = 'barcamp.diagnostics.scope';

/** The mode lives in the server; this remembers it for the menus and turns it on again after a server restart. */
export class CheckAll implements vscode.Disposable {
  private active = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly api: ServerApi) {
    this.subscriptions = [
      // A restarted server starts with the mode off: turn it on again.
      api.onDidStartServer(() => {
        if (this.active) void this.api.request<CheckAllResult>(CheckAllRequest, { enabled: true }).catch(() => undefined);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SCOPE)) void this.applyScope();
      }),
    ];
    // The Problems panel tells the truth on first open: every protocol's problems once the workspace is indexed.
    void this.applyScope();
  }

  /** `workspace`: the mode on, quietly (the server answers once the index is built); `openFiles`: off. */
  async applyScope(): Promise<void> {
    const scope = vscode.workspace.getConfiguration().get<string>(SCOPE, 'workspace');
    try {
      if (scope === 'openFiles') {
        if (this.active) await this.stop();
      } else if (!this.active) {
        await this.setActive(true);
        await this.api.request<CheckAllResult>(CheckAllRequest, { enabled: true });
      }
    } catch {
      // A server that failed to start says so itself; the next start applies the mode again (see above).
    }
  }

  async start(interactive = true): Promise<CheckAllResult> {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking all sessions…') }, () =>
      this.api.request<CheckAllResult>(CheckAllRequest, { enabled: true }),
    );
    await this.setActive(true);
    if (interactive) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          '{0} sessions checked: {1} with errors, {2} with warnings. Their problems stay in the Problems panel, also for closed files, until you run "Stop checking all sessions".',
          result.sessions,
          result.errors,
          result.warnings,
        ),
      );
    }
    return result;
  }

  async stop(): Promise<CheckAllResult> {
    const result = await this.api.request<CheckAllResult>(CheckAllRequest, { enabled: false });
    await this.setActive(false);
    return result;
  }

  private async setActive(active: boolean): Promise<void> {
    this.active = active;
    await vscode.commands.executeCommand('setContext', ACTIVE_KEY, active);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
