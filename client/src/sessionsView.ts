// The Sessions view: event → day → slot (or action field) → session with its state and review status; data from barcamp/sessions/list, nothing computed here.
import * as vscode from 'vscode';
import { SessionsListRequest, type ActionFieldGroup, type ReviewStatus, type SessionsGrouping, type SessionsOfEvent, type SessionEntry, type SessionsListResult } from '../../server/src/protocol';
import { debounce, type ServerApi } from './serverApi';

type Node =
  | { kind: 'event'; data: SessionsOfEvent }
  | { kind: 'day'; data: SessionsOfEvent['days'][number]; eventUri: string }
  | { kind: 'slot'; slot: string; sessions: SessionEntry[]; id: string }
  | { kind: 'unscheduled'; sessions: SessionEntry[]; eventUri: string }
  | { kind: 'actionField'; group: ActionFieldGroup; eventUri: string }
  | { kind: 'session'; entry: SessionEntry; withTime: boolean }
  | { kind: 'error'; message: string };

/** A plain snapshot of the tree for the tests (command `barcamp.sessions.snapshot`). */
export interface TreeSnapshot {
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  contextValue?: string;
  uri?: string;
  children: TreeSnapshot[];
}

const STATE_ICONS: Record<SessionEntry['state'], vscode.ThemeIcon> = {
  complete: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  warnings: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  errors: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
};

/** The workspace-state key and context key of the grouping (`day` or `actionField`). */
const GROUPING_KEY = 'barcamp.sessions.groupBy';

/** The tree data of the Sessions view (in the Barcamp sidebar and, collapsed, in the Explorer). */
export class SessionsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private problemsOnly = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly api: ServerApi,
    private readonly state: vscode.Memento,
  ) {
    const refresh = debounce(() => this.refresh(), 100);
    this.subscriptions.push(api.onDidChangeSessions(refresh), { dispose: refresh.dispose }, this.emitter);
    void vscode.commands.executeCommand('setContext', GROUPING_KEY, this.groupBy);
    void this.setProblemsOnly(false);
  }

  /** By day and slot (default) or by action field, remembered per workspace. */
  get groupBy(): SessionsGrouping {
    return this.state.get<SessionsGrouping>(GROUPING_KEY, 'day') === 'actionField' ? 'actionField' : 'day';
  }

  /** Switches the grouping, mirrored in a context key for the view's title menu. */
  async setGroupBy(groupBy: SessionsGrouping): Promise<void> {
    await this.state.update(GROUPING_KEY, groupBy);
    await vscode.commands.executeCommand('setContext', GROUPING_KEY, groupBy);
    this.refresh();
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  /** The filter "only sessions with problems", mirrored in a context key for the view's title buttons. */
  async setProblemsOnly(value: boolean): Promise<void> {
    this.problemsOnly = value;
    await vscode.commands.executeCommand('setContext', 'barcamp.sessions.problemsOnly', value);
    this.refresh();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'event': {
        if (node.data.actionFields) return node.data.actionFields.map((group) => ({ kind: 'actionField', group, eventUri: node.data.event.eventUri }));
        const days: Node[] = node.data.days.map((day) => ({ kind: 'day', data: day, eventUri: node.data.event.eventUri }));
        if (node.data.unscheduled.length > 0) days.push({ kind: 'unscheduled', sessions: node.data.unscheduled, eventUri: node.data.event.eventUri });
        return days;
      }
      case 'day':
        return node.data.slots.map((s) => ({ kind: 'slot', slot: s.slot, sessions: s.sessions, id: `${node.eventUri}#${node.data.day}#${s.slot}` }));
      case 'slot':
      case 'unscheduled':
        return node.sessions.map((entry) => ({ kind: 'session', entry, withTime: false }));
      case 'actionField':
        // Grouped by action field, a session's row says when it takes place.
        return node.group.sessions.map((entry) => ({ kind: 'session', entry, withTime: true }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'event':
        return eventItem(node.data);
      case 'day':
        return groupItem(node.data.label, `day:${node.eventUri}#${node.data.day}`, 'calendar', sessionCount(node.data.slots.flatMap((s) => s.sessions)));
      case 'slot':
        return groupItem(node.slot, `slot:${node.id}`, 'clock', sessionCount(node.sessions));
      case 'unscheduled':
        return groupItem(vscode.l10n.t('Unscheduled'), `unscheduled:${node.eventUri}`, 'question', sessionCount(node.sessions));
      case 'actionField':
        return actionFieldItem(node.group, node.eventUri);
      case 'session':
        return sessionItem(node.entry, node.withTime);
      case 'error': {
        const item = new vscode.TreeItem(node.message);
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
    }
  }

  /** Every node with its item, depth first: what the tests compare. */
  async snapshot(node?: Node): Promise<TreeSnapshot[]> {
    const children = await this.getChildren(node);
    return Promise.all(
      children.map(async (child) => {
        const item = this.getTreeItem(child);
        const snap: TreeSnapshot = { label: labelOf(item), children: await this.snapshot(child) };
        if (item.description) snap.description = String(item.description);
        if (item.tooltip) snap.tooltip = typeof item.tooltip === 'string' ? item.tooltip : item.tooltip.value;
        if (item.iconPath instanceof vscode.ThemeIcon) snap.icon = item.iconPath.id;
        if (item.contextValue) snap.contextValue = item.contextValue;
        if (child.kind === 'session') snap.uri = child.entry.uri;
        return snap;
      }),
    );
  }

  private async roots(): Promise<Node[]> {
    try {
      const result = await this.api.request<SessionsListResult>(SessionsListRequest, { problemsOnly: this.problemsOnly, groupBy: this.groupBy });
      return result.events.map((data) => ({ kind: 'event', data }));
    } catch (error) {
      return [{ kind: 'error', message: vscode.l10n.t('The sessions could not be loaded: {0}', error instanceof Error ? error.message : String(error)) }];
    }
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function eventItem(data: SessionsOfEvent): vscode.TreeItem {
  const item = new vscode.TreeItem(data.event.name, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `event:${data.event.eventUri}`;
  item.iconPath = new vscode.ThemeIcon('organization');
  const { total, complete, warnings, errors } = data.counts;
  item.description = vscode.l10n.t('{0} of {1} complete', complete, total);
  item.tooltip = vscode.l10n.t('{0} sessions: {1} complete, {2} with warnings, {3} with errors', total, complete, warnings, errors);
  item.contextValue = 'event';
  return item;
}

function groupItem(label: string, id: string, icon: string, description: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = id;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.description = description;
  return item;
}

/** An action field of barcamp.json by its title; an id barcamp.json does not list, marked unknown; the sessions naming none. */
function actionFieldItem(group: ActionFieldGroup, eventUri: string): vscode.TreeItem {
  const count = sessionCount(group.sessions);
  switch (group.kind) {
    case 'field': {
      const item = groupItem(group.title ?? group.id ?? '', `actionField:${eventUri}#field:${group.id ?? ''}`, 'layers', count);
      item.tooltip = vscode.l10n.t('Action field "{0}" ({1})', group.title ?? '', group.id ?? '');
      // A field of the plan no session names yet stands there too, without an arrow.
      if (group.sessions.length === 0) item.collapsibleState = vscode.TreeItemCollapsibleState.None;
      return item;
    }
    case 'unknown': {
      const item = groupItem(group.id ?? '', `actionField:${eventUri}#unknown:${group.id ?? ''}`, 'warning', `${vscode.l10n.t('unknown action field')} · ${count}`);
      item.tooltip = vscode.l10n.t('"{0}" is no action field of barcamp.json', group.id ?? '');
      return item;
    }
    default:
      return groupItem(vscode.l10n.t('No action field'), `actionField:${eventUri}#none`, 'circle-slash', count);
  }
}

function sessionItem(entry: SessionEntry, withTime: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
  item.id = `session:${entry.uri}`;
  const status = reviewStatusText(entry.status ?? 'draft');
  const when = withTime ? [entry.day !== undefined ? vscode.l10n.t('Day {0}', entry.day) : undefined, entry.slot] : [];
  item.description = [...when, entry.room, status].filter((part) => part !== undefined && part !== '').join(' · ');
  item.iconPath = STATE_ICONS[entry.state];
  item.tooltip = `${entry.label}\n${stateText(entry)}\n${vscode.l10n.t('Review status: {0}', status)}\n${entry.file}`;
  item.contextValue = `session.${entry.state}`;
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(entry.uri)] };
  return item;
}

/** "Complete", "2 warnings", "1 error, 2 warnings": what the state icon means, for the tooltip. */
export function stateText(entry: Pick<SessionEntry, 'state' | 'errors' | 'warnings'>): string {
  if (entry.state === 'complete') return vscode.l10n.t('Complete: no errors, no warnings');
  const parts: string[] = [];
  if (entry.errors > 0) parts.push(entry.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', entry.errors));
  if (entry.warnings > 0) parts.push(entry.warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', entry.warnings));
  return parts.join(', ');
}

/** A review status in the editor's language: "draft", "reviewed", "approved" / "Entwurf", "geprüft", "freigegeben". */
export function reviewStatusText(status: ReviewStatus): string {
  switch (status) {
    case 'approved':
      return vscode.l10n.t('approved');
    case 'reviewed':
      return vscode.l10n.t('reviewed');
    default:
      return vscode.l10n.t('draft');
  }
}

function sessionCount(sessions: readonly SessionEntry[]): string {
  return sessions.length === 1 ? vscode.l10n.t('1 session') : vscode.l10n.t('{0} sessions', sessions.length);
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}
