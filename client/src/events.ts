// The workspace's events as the commands need them: the current list, context keys for menus, picking one.
import * as vscode from 'vscode';
import { EventsListRequest, type EventInfo, type EventsListResult } from '../../server/src/protocol';
import { debounce, type ServerApi } from './serverApi';

/**
 * Keeps the context keys `barcamp.hasEvents` and `barcamp.eventFolders` (the paths of the folders with a
 * barcamp.json, as the explorer's `resourcePath` has them) current, for the walkthrough, the views' welcome texts and
 * the explorer menu "Aggregate all sessions" on event folders.
 */
export class EventList implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly api: ServerApi) {
    const refresh = debounce(() => void this.updateContext(), 200);
    this.subscriptions.push(api.onDidChangeSessions(refresh), { dispose: refresh.dispose });
  }

  /** Every event of the workspace; an empty list when the server cannot answer. */
  async list(): Promise<EventInfo[]> {
    try {
      return (await this.api.request<EventsListResult>(EventsListRequest, null)).events;
    } catch {
      return [];
    }
  }

  private async updateContext(): Promise<void> {
    const events = await this.list();
    const folders = new Set<string>();
    for (const event of events.filter((e) => e.planUri !== undefined)) {
      const uri = vscode.Uri.parse(event.folderUri);
      // `resourcePath` is the fsPath for files and the path otherwise (remote workspaces): offer both.
      folders.add(uri.path);
      if (uri.scheme === 'file') folders.add(uri.fsPath);
    }
    await vscode.commands.executeCommand('setContext', 'barcamp.hasEvents', events.length > 0);
    await vscode.commands.executeCommand('setContext', 'barcamp.eventFolders', [...folders]);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** True when both strings name the same URI (encoding differences aside). */
export function sameUri(a: string, b: string): boolean {
  return vscode.Uri.parse(a).toString() === vscode.Uri.parse(b).toString();
}

/** The event a file or folder belongs to: the event folder that is the nearest ancestor (or the folder itself). */
export function eventOf(events: readonly EventInfo[], uri: vscode.Uri | undefined): EventInfo | undefined {
  if (!uri) return undefined;
  const target = uri.toString();
  let best: EventInfo | undefined;
  for (const event of events) {
    const folder = vscode.Uri.parse(event.folderUri).toString();
    const inside = target === folder || target.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
    if (inside && (!best || folder.length > vscode.Uri.parse(best.folderUri).toString().length)) best = event;
  }
  return best;
}

/**
 * The event a command works on: the one named by its argument (an event URI, a folder or file from the
 * explorer), else the only one, else the user's pick (the active editor's event first). Undefined when
 * there is none or the user cancelled; a message says why when there is none.
 */
export async function pickEvent(list: EventList, arg: unknown, placeHolder: string): Promise<EventInfo | undefined> {
  const events = await list.list();
  if (events.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No barcamp event found in this workspace: create a barcamp.json or a *.session.md first.'));
    return undefined;
  }
  const requested = eventFromArg(events, arg);
  if (requested !== 'none') return requested;
  if (events.length === 1) return events[0];
  const active = eventOf(events, vscode.window.activeTextEditor?.document.uri);
  const items = events.map((event) => ({
    label: event.name,
    description: vscode.workspace.asRelativePath(vscode.Uri.parse(event.folderUri), true),
    detail: vscode.l10n.t('{0} sessions', event.sessions),
    event,
  }));
  items.sort((a, b) => (a.event === active ? -1 : b.event === active ? 1 : 0));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.event;
}

/** The event the argument names; 'none' when it names none (then the user picks), undefined when it names an unknown one. */
function eventFromArg(events: readonly EventInfo[], arg: unknown): EventInfo | undefined | 'none' {
  if (arg instanceof vscode.Uri) {
    const event = eventOf(events, arg.path.endsWith('/barcamp.json') ? vscode.Uri.joinPath(arg, '..') : arg);
    if (!event) void vscode.window.showWarningMessage(vscode.l10n.t('{0} belongs to no barcamp event.', vscode.workspace.asRelativePath(arg)));
    return event;
  }
  // `{ eventUri }` from a test or keybinding; an event row of the Sessions view carries it in `data.event`.
  const eventUri = (arg as { eventUri?: unknown } | undefined)?.eventUri ?? (arg as { data?: { event?: { eventUri?: unknown } } } | undefined)?.data?.event?.eventUri;
  if (typeof eventUri === 'string') return events.find((e) => sameUri(e.eventUri, eventUri) || sameUri(e.folderUri, eventUri));
  return 'none';
}
