// The Next-steps view: every next step, grouped by owner, session or due date; check off / re-open through a server-made edit.
import * as vscode from 'vscode';
import {
  expandNextSteps,
  NextStepsListRequest,
  SetStepDoneRequest,
  type NextStepEntry,
  type NextStepGroup,
  type NextStepsGrouping,
  type NextStepsListResult,
  type SetStepDoneResult,
} from '../../server/src/protocol';
import type { TreeSnapshot } from './sessionsView';
import { debounce, localToday, type ServerApi } from './serverApi';

type Node =
  | { kind: 'event'; name: string; eventUri: string; groups: NextStepGroup[] }
  | { kind: 'group'; group: NextStepGroup; eventUri: string }
  | { kind: 'step'; step: NextStepEntry; groupKey: string }
  | { kind: 'error'; message: string };

/** The scheme of the steps' decoration URIs: FileDecorations dim done steps and colour overdue ones. */
const STEP_SCHEME = 'barcamp-step';
const GROUP_ICONS: Record<NextStepsGrouping, string> = { owner: 'person', session: 'note', due: 'calendar' };
const GROUPING_KEY = 'barcamp.nextSteps.groupBy';
const SHOW_DONE_KEY = 'barcamp.nextSteps.showDone';

export class NextStepsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.FileDecorationProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly api: ServerApi,
    private readonly state: vscode.Memento,
  ) {
    const refresh = debounce(() => this.refresh(), 100);
    this.subscriptions.push(api.onDidChangeSessions(refresh), { dispose: refresh.dispose }, this.emitter, vscode.window.registerFileDecorationProvider(this));
    void this.updateContext();
  }

  get groupBy(): NextStepsGrouping {
    return this.state.get<NextStepsGrouping>(GROUPING_KEY, 'owner');
  }

  get showDone(): boolean {
    return this.state.get<boolean>(SHOW_DONE_KEY, true);
  }

  async setGroupBy(groupBy: NextStepsGrouping): Promise<void> {
    await this.state.update(GROUPING_KEY, groupBy);
    await this.updateContext();
  }

  async setShowDone(showDone: boolean): Promise<void> {
    await this.state.update(SHOW_DONE_KEY, showDone);
    await this.updateContext();
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  /**
   * Checks a step off (`done`) or re-opens it. The server computes the edit from the current text; it is
   * applied as a workspace edit (undoable, nothing else in the file changes) and saved when the file had
   * no other unsaved changes, so the protocol on disk says what the view shows.
   */
  /**
   * Checks a step off or re-opens it with the server's edit, applied only while the document is as the
   * edit was computed for (same version, the step's line unchanged); otherwise the server is asked again,
   * once, so a change made meanwhile never turns into an edit of another line.
   */
  async setDone(step: Pick<NextStepEntry, 'uri' | 'line'> & Partial<Pick<NextStepEntry, 'text'>>, done: boolean): Promise<boolean> {
    const uri = vscode.Uri.parse(step.uri);
    const wasDirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty ?? false;
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await this.api.request<SetStepDoneResult>(SetStepDoneRequest, { uri: step.uri, line: step.line, done, text: step.text });
      if (!result.edit) break;
      const document = await vscode.workspace.openTextDocument(uri);
      if (!stillAsComputed(document, result)) continue;
      if (!(await this.api.applyEdit(result.edit))) return false;
      if (!wasDirty) await document.save();
      return true;
    }
    void vscode.window.showWarningMessage(vscode.l10n.t('This next step could not be changed: the protocol has changed or the step is no list item.'));
    this.refresh();
    return false;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.roots();
    if (node.kind === 'event') return node.groups.map((group) => ({ kind: 'group', group, eventUri: node.eventUri }));
    if (node.kind === 'group') return node.group.steps.map((step) => ({ kind: 'step', step, groupKey: `${node.eventUri}#${node.group.key}` }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'event': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `event:${node.eventUri}`;
        item.iconPath = new vscode.ThemeIcon('organization');
        return item;
      }
      case 'group':
        return this.groupItem(node.group, node.eventUri);
      case 'step':
        return this.stepItem(node.step, node.groupKey);
      case 'error': {
        const item = new vscode.TreeItem(node.message);
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
    }
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== STEP_SCHEME) return undefined;
    if (uri.query === 'done') return new vscode.FileDecoration(undefined, vscode.l10n.t('Done'), new vscode.ThemeColor('disabledForeground'));
    if (uri.query === 'overdue') return new vscode.FileDecoration('!', vscode.l10n.t('Overdue'), new vscode.ThemeColor('list.errorForeground'));
    return undefined;
  }

  /** Every node with its item, depth first: what the tests compare. */
  async snapshot(node?: Node): Promise<TreeSnapshot[]> {
    const children = await this.getChildren(node);
    return Promise.all(
      children.map(async (child) => {
        const item = this.getTreeItem(child);
        const snap: TreeSnapshot = { label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''), children: await this.snapshot(child) };
        if (item.description) snap.description = String(item.description);
        if (item.iconPath instanceof vscode.ThemeIcon) snap.icon = item.iconPath.id;
        if (item.contextValue) snap.contextValue = item.contextValue;
        if (child.kind === 'step') snap.uri = `${child.step.uri}#${child.step.line}`;
        return snap;
      }),
    );
  }

  private async roots(): Promise<Node[]> {
    try {
      const result = await this.api.request<NextStepsListResult>(NextStepsListRequest, { groupBy: this.groupBy, includeDone: this.showDone, today: localToday() });
      const events = expandNextSteps(result).filter((e) => e.groups.length > 0);
      // One event (the usual case): its groups are the roots; several: one root per event.
      if (events.length === 1) return events[0].groups.map((group) => ({ kind: 'group', group, eventUri: events[0].event.eventUri }));
      return events.map((e) => ({ kind: 'event', name: e.event.name, eventUri: e.event.eventUri, groups: e.groups }));
    } catch (error) {
      return [{ kind: 'error', message: vscode.l10n.t('The next steps could not be loaded: {0}', error instanceof Error ? error.message : String(error)) }];
    }
  }

  private groupItem(group: NextStepGroup, eventUri: string): vscode.TreeItem {
    const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `group:${eventUri}#${this.groupBy}#${group.key}`;
    item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[this.groupBy]);
    const parts = [vscode.l10n.t('{0} open', group.open)];
    if (group.overdue > 0) parts.push(vscode.l10n.t('{0} overdue', group.overdue));
    item.description = parts.join(' · ');
    return item;
  }

  private stepItem(step: NextStepEntry, groupKey: string): vscode.TreeItem {
    const item = new vscode.TreeItem(step.text, vscode.TreeItemCollapsibleState.None);
    item.id = `step:${groupKey}#${step.uri}#${step.line}`;
    const state = step.done ? 'done' : step.overdue ? 'overdue' : 'open';
    item.resourceUri = vscode.Uri.from({ scheme: STEP_SCHEME, path: `/${encodeURIComponent(step.uri)}/${step.line}`, query: state });
    item.iconPath = step.done
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('disabledForeground'))
      : step.overdue
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
        : new vscode.ThemeIcon('circle-large-outline');
    const details: string[] = [];
    if (this.groupBy !== 'owner') details.push(step.owners.map((o) => o.name).join(', ') || vscode.l10n.t('No owner'));
    if (this.groupBy !== 'due' && step.dueLabel) details.push(step.dueLabel);
    if (this.groupBy !== 'session') details.push(step.session);
    item.description = details.join(' · ');
    item.tooltip = stepTooltip(step);
    item.contextValue = !step.checkable ? 'step.fixed' : step.done ? 'step.done' : 'step.open';
    const range = new vscode.Range(step.range.start.line, step.range.start.character, step.range.start.line, step.range.start.character);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(step.uri), { selection: range }] };
    return item;
  }

  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', GROUPING_KEY, this.groupBy);
    await vscode.commands.executeCommand('setContext', SHOW_DONE_KEY, this.showDone);
    this.refresh();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}

function stepTooltip(step: NextStepEntry): vscode.MarkdownString {
  const lines = [step.text, '', `${vscode.l10n.t('Session')}: ${step.session}`];
  if (step.owners.length > 0) lines.push(`${vscode.l10n.t('Owners')}: ${step.owners.map((o) => (o.known ? o.name : `${o.name} (${vscode.l10n.t('not in barcamp.json')})`)).join(', ')}`);
  if (step.dueLabel) lines.push(`${vscode.l10n.t('Due')}: ${step.dueLabel}${step.overdue ? ` (${vscode.l10n.t('overdue')})` : step.dueInvalid ? ` (${vscode.l10n.t('no valid date')})` : ''}`);
  lines.push(step.done ? vscode.l10n.t('Done') : vscode.l10n.t('Not done yet'));
  const tooltip = new vscode.MarkdownString();
  lines.forEach((line, i) => tooltip.appendText(line + (i < lines.length - 1 ? '\n\n' : '')));
  return tooltip;
}

/** The step a command was invoked on: a tree node from the view's context menu, or `{ uri, line }` from a test. */
export function stepFromArg(arg: unknown): (Pick<NextStepEntry, 'uri' | 'line'> & Partial<Pick<NextStepEntry, 'text'>>) | undefined {
  const candidate = (arg as { kind?: string; step?: unknown })?.kind === 'step' ? (arg as { step: unknown }).step : arg;
  const { uri, line, text } = (candidate ?? {}) as { uri?: unknown; line?: unknown; text?: unknown };
  if (typeof uri !== 'string' || typeof line !== 'number') return undefined;
  // The step's words, when the view gave them: the server then edits only a step that still reads so.
  return typeof text === 'string' ? { uri, line, text } : { uri, line };
}

/** True while the document is the one the server's edit was computed for: its version, and the step's line as it was. */
function stillAsComputed(document: vscode.TextDocument, result: SetStepDoneResult): boolean {
  if (typeof result.version === 'number' && document.version !== result.version) return false;
  const guard = result.guard;
  return guard === undefined || (guard.line < document.lineCount && document.lineAt(guard.line).text === guard.text);
}
