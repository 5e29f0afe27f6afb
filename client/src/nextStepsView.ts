// The Next-steps view: every next step, grouped by owner, session or due date; check off / re-open through a server-made edit,
// the step staying where it was until the user leaves the view, and a notification that undoes it.
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
/** The command the notification's undo button runs: `{ uri, line, text?, done }`, `done` the state to go back to. */
export const UNDO_COMMAND = 'barcamp.nextSteps.undo';

/** What the last check-off or re-open notification offered (for the tests: the message, its button, the command that button runs). */
export interface UndoOffer {
  message: string;
  button: string;
  command: string;
  arguments: [{ uri: string; line: number; text?: string; done: boolean }];
}

type StepRef = Pick<NextStepEntry, 'uri' | 'line'> & Partial<Pick<NextStepEntry, 'text'>>;

/** A step as the view knows it: its file and line. */
function stepId(step: Pick<NextStepEntry, 'uri' | 'line'>): string {
  return `${step.uri}#${step.line}`;
}

export class NextStepsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.FileDecorationProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /**
   * Steps the user just checked off or re-opened (by `uri#line`, with their words and the state set): they keep
   * their place of the last render, instead of jumping to their sorted place under the mouse, until `settle()`.
   */
  private readonly pinned = new Map<string, { text?: string; done: boolean }>();
  /** The order of the last render: each group's step ids (`uri#line`), by `eventUri#grouping#groupKey`. */
  private lastOrder = new Map<string, string[]>();
  /** The steps of the last render, by id: the words of a step a command named by file and line only. */
  private lastSteps = new Map<string, NextStepEntry>();
  /** What the last notification offered to undo. */
  lastUndo: UndoOffer | undefined;

  constructor(
    private readonly api: ServerApi,
    private readonly state: vscode.Memento,
  ) {
    const refresh = debounce(() => this.refresh(), 100);
    this.subscriptions.push(api.onDidChangeSessions(refresh), { dispose: refresh.dispose }, this.emitter, vscode.window.registerFileDecorationProvider(this));
    // The user turned to an editor (the view lost the focus): the steps take their sorted places. Only the user's
    // own moves count (keyboard, mouse), not the selection an applied edit shifts.
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.settle();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse) this.settle();
      }),
    );
    void this.updateContext();
  }

  /** Follows the view: when it is hidden (another view container, the side bar closed), the steps take their sorted places. */
  watch(view: vscode.TreeView<unknown>): vscode.Disposable {
    return view.onDidChangeVisibility(({ visible }) => {
      if (!visible) this.settle();
    });
  }

  get groupBy(): NextStepsGrouping {
    return this.state.get<NextStepsGrouping>(GROUPING_KEY, 'owner');
  }

  get showDone(): boolean {
    return this.state.get<boolean>(SHOW_DONE_KEY, true);
  }

  async setGroupBy(groupBy: NextStepsGrouping): Promise<void> {
    this.pinned.clear();
    await this.state.update(GROUPING_KEY, groupBy);
    await this.updateContext();
  }

  async setShowDone(showDone: boolean): Promise<void> {
    this.pinned.clear();
    await this.state.update(SHOW_DONE_KEY, showDone);
    await this.updateContext();
  }

  /** Renders the view again with fresh data; steps the user just changed keep their places. */
  refresh(): void {
    this.emitter.fire(undefined);
  }

  /** The user left the view, or (`always`) refreshed it: every step takes its sorted place. */
  settle(always = false): void {
    if (this.pinned.size === 0 && !always) return;
    this.pinned.clear();
    this.refresh();
  }

  /**
   * Checks a step off (`done`) or re-opens it with the server's edit, applied as a workspace edit (undoable,
   * nothing else in the file changes) only while the document is as the edit was computed for (same version,
   * the step's line unchanged); otherwise the server is asked again, once, so a change made meanwhile never
   * turns into an edit of another line. Saved when the file had no other unsaved changes, so the protocol on
   * disk says what the view shows. The step keeps its place in the view; unless `undo`, a notification offers
   * to undo the change (with the same kind of edit, the other way).
   */
  async setDone(step: StepRef, done: boolean, { undo = false }: { undo?: boolean } = {}): Promise<boolean> {
    const uri = vscode.Uri.parse(step.uri);
    const wasDirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty ?? false;
    const text = step.text ?? this.lastSteps.get(stepId(step))?.text;
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await this.api.request<SetStepDoneResult>(SetStepDoneRequest, { uri: step.uri, line: step.line, done, text });
      if (!result.edit) break;
      const document = await vscode.workspace.openTextDocument(uri);
      if (!stillAsComputed(document, result)) continue;
      // Pinned before the edit lands, so no render after it sorts the step away.
      this.pinned.set(stepId(step), { text, done });
      if (!(await this.api.applyEdit(result.edit))) return false;
      if (!wasDirty) await document.save();
      if (!undo) this.offerUndo({ uri: step.uri, line: step.line, text }, done, document);
      return true;
    }
    void vscode.window.showWarningMessage(vscode.l10n.t('This next step could not be changed: the protocol has changed or the step is no list item.'));
    this.refresh();
    return false;
  }

  /** "Step checked off: …" with a button that re-opens it (or the other way round); not awaited, a notification stays until dismissed. */
  private offerUndo(step: StepRef, done: boolean, document: vscode.TextDocument): void {
    const words =
      step.text ??
      document
        .lineAt(step.line)
        .text.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/u, '')
        .trim();
    const message = done ? vscode.l10n.t('Step checked off: {0}', words) : vscode.l10n.t('Step re-opened: {0}', words);
    const button = done ? vscode.l10n.t('Undo check-off') : vscode.l10n.t('Undo re-open');
    const offer: UndoOffer = { message, button, command: UNDO_COMMAND, arguments: [{ ...step, done: !done }] };
    this.lastUndo = offer;
    void vscode.window.showInformationMessage(message, button).then((choice) => {
      if (choice === button) void vscode.commands.executeCommand(offer.command, ...offer.arguments);
    });
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
      // A step just checked off stays in place also while done steps are hidden: then the done ones are asked for and filtered here.
      const result = await this.api.request<NextStepsListResult>(NextStepsListRequest, { groupBy: this.groupBy, includeDone: this.showDone || this.pinned.size > 0, today: localToday() });
      const order = new Map<string, string[]>();
      const steps = new Map<string, NextStepEntry>();
      const events = expandNextSteps(result)
        .map((e) => ({ ...e, groups: this.arrange(e.event.eventUri, e.groups, order, steps) }))
        .filter((e) => e.groups.length > 0);
      this.lastOrder = order;
      this.lastSteps = steps;
      // One event (the usual case): its groups are the roots; several: one root per event.
      if (events.length === 1) return events[0].groups.map((group) => ({ kind: 'group', group, eventUri: events[0].event.eventUri }));
      return events.map((e) => ({ kind: 'event', name: e.event.name, eventUri: e.event.eventUri, groups: e.groups }));
    } catch (error) {
      return [{ kind: 'error', message: vscode.l10n.t('The next steps could not be loaded: {0}', error instanceof Error ? error.message : String(error)) }];
    }
  }

  /**
   * The groups as shown: done steps left out when hidden (unless just changed), and the steps the user just
   * changed at their index of the last render, the others in the server's order around them. Records the order.
   */
  private arrange(eventUri: string, groups: NextStepGroup[], order: Map<string, string[]>, known: Map<string, NextStepEntry>): NextStepGroup[] {
    const shown: NextStepGroup[] = [];
    for (const group of groups) {
      const id = `${eventUri}#${this.groupBy}#${group.key}`;
      const visible = this.showDone ? group.steps : group.steps.filter((s) => !s.done || this.isPinned(s));
      const steps = keepPinned(visible, this.lastOrder.get(id), (s) => this.isPinned(s));
      if (steps.length === 0) continue;
      order.set(id, steps.map(stepId));
      for (const step of steps) known.set(stepId(step), step);
      shown.push({ ...group, steps });
    }
    return shown;
  }

  /** The user just changed this step (the same words at the same line: an edit above it moves another step there). */
  private isPinned(step: NextStepEntry): boolean {
    const pin = this.pinned.get(stepId(step));
    return pin !== undefined && (pin.text === undefined || pin.text === step.text);
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
    // Just changed by the user (and the server's data says so already): a check in the colour of success, and words that say it.
    const just = this.isPinned(step) && this.pinned.get(stepId(step))?.done === step.done;
    item.iconPath = step.done
      ? new vscode.ThemeIcon(just ? 'check' : 'pass-filled', new vscode.ThemeColor(just ? 'testing.iconPassed' : 'disabledForeground'))
      : step.overdue
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
        : new vscode.ThemeIcon('circle-large-outline');
    const details: string[] = [];
    if (just) details.push(step.done ? vscode.l10n.t('checked off just now') : vscode.l10n.t('re-opened just now'));
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

/**
 * `fresh` (the server's order) with each pinned step at its index in `previous` (the last render's ids), the
 * others in their order around them; a pinned step the last render did not have in this group goes by `fresh`.
 */
export function keepPinned<T extends Pick<NextStepEntry, 'uri' | 'line'>>(fresh: readonly T[], previous: readonly string[] | undefined, pinned: (step: T) => boolean): T[] {
  if (!previous) return [...fresh];
  const placed: Array<{ index: number; step: T }> = [];
  const rest: T[] = [];
  for (const step of fresh) {
    const index = pinned(step) ? previous.indexOf(stepId(step)) : -1;
    if (index >= 0) placed.push({ index, step });
    else rest.push(step);
  }
  if (placed.length === 0) return rest;
  placed.sort((a, b) => a.index - b.index);
  const result: T[] = [];
  let next = 0;
  for (const { index, step } of placed) {
    while (result.length < index && next < rest.length) result.push(rest[next++]);
    result.push(step);
  }
  return [...result, ...rest.slice(next)];
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
