// The status-bar item of the active event: "5 of 11 protocols complete"; a click opens the Sessions view.
import * as vscode from 'vscode';
import { SessionsListRequest, type SessionsListResult } from '../../server/src/protocol';
import { eventOf, type EventList } from './events';
import { debounce, type ServerApi } from './serverApi';

/**
 * The active event is the one of the active editor's file; with no such editor, the only event of the
 * workspace. The item hides when there is none (several events and no editor of one of them).
 */
export class EventStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('barcamp.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[] = [];
  private generation = 0;
  /** The text shown now, for the tests; undefined while hidden. */
  text: string | undefined;

  constructor(
    private readonly api: ServerApi,
    private readonly events: EventList,
  ) {
    this.item.name = vscode.l10n.t('Barcamp: sessions complete');
    this.item.command = 'barcamp.sessions.focus';
    const update = debounce(() => void this.update(), 150);
    this.subscriptions.push(this.item, api.onDidChangeSessions(update), vscode.window.onDidChangeActiveTextEditor(update), { dispose: update.dispose });
    update();
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const all = await this.events.list();
    const event = eventOf(all, vscode.window.activeTextEditor?.document.uri) ?? (all.length === 1 ? all[0] : undefined);
    const result = event ? await this.api.request<SessionsListResult>(SessionsListRequest, { eventUri: event.eventUri, problemsOnly: true }).catch(() => undefined) : undefined;
    if (generation !== this.generation) return; // a newer update is on its way
    const counts = result?.events[0]?.counts;
    if (!event || !counts) {
      this.text = undefined;
      this.item.hide();
      return;
    }
    // Words, not a bare "5/11": a newcomer must see what is counted.
    this.text = `$(checklist) ${vscode.l10n.t('{0} of {1} protocols complete', counts.complete, counts.total)}`;
    this.item.text = this.text;
    this.item.tooltip = vscode.l10n.t(
      '{0}: {1} of {2} session protocols complete ({3} with warnings, {4} with errors). Click to show the Sessions view.',
      event.name,
      counts.complete,
      counts.total,
      counts.warnings,
      counts.errors,
    );
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
