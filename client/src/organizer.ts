// The organizer's surface: the Barcamp sidebar's views, the status-bar item and the commands, wired up in one place.
import * as vscode from 'vscode';
import { aggregateCommand } from './aggregateCommand';
import { CheckAll } from './checkAll';
import { EventForms } from './eventForm';
import { EventList } from './events';
import { importNotesCommand } from './importNotes';
import { newEventCommand, newSessionCommand, roomOptions } from './newSession';
import { NextStepsTreeProvider, UNDO_COMMAND, stepFromArg } from './nextStepsView';
import { PreviewPanels } from './previewPanel';
import { setReviewStatusCommand } from './reviewStatus';
import type { ServerApi } from './serverApi';
import type { EventFormData } from '../../server/src/protocol';
import { SessionPreviewPanels } from './sessionPreview';
import { SessionsTreeProvider } from './sessionsView';
import { EventStatusBar } from './statusBar';

/**
 * Registers views, status bar and commands. Commands that ask questions also take their answers as an
 * argument (see each command), which the tests use; the `*.snapshot` commands (not in the palette)
 * return what the views show.
 */
export function registerOrganizer(context: vscode.ExtensionContext, api: ServerApi): vscode.Disposable[] {
  const events = new EventList(api);
  const sessions = new SessionsTreeProvider(api, context.workspaceState);
  const steps = new NextStepsTreeProvider(api, context.workspaceState);
  const previews = new PreviewPanels(api, events, context.extensionUri);
  const sessionPreviews = new SessionPreviewPanels(api, context.extensionUri);
  const checkAll = new CheckAll(api);
  const eventForms = new EventForms(api, events);
  const statusBar = new EventStatusBar(api, events);
  const command = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  const stepsView = vscode.window.createTreeView('barcamp.nextSteps', { treeDataProvider: steps, showCollapseAll: true });
  return [
    events,
    sessions,
    steps,
    previews,
    sessionPreviews,
    checkAll,
    eventForms,
    statusBar,
    vscode.window.createTreeView('barcamp.sessions', { treeDataProvider: sessions, showCollapseAll: true }),
    vscode.window.createTreeView('barcamp.sessionsExplorer', { treeDataProvider: sessions, showCollapseAll: true }),
    stepsView,
    steps.watch(stepsView),

    command('barcamp.newSession', (arg) => newSessionCommand(api, events, arg)),
    command('barcamp.newEvent', (arg) => newEventCommand(api, eventForms, arg)),
    command('barcamp.importNotes', (arg) => importNotesCommand(api, events, arg)),
    command('barcamp.editEvent', (arg) => eventForms.openEdit(arg)),
    command('barcamp.previewEvent', (arg) => previews.open(arg)),
    command('barcamp.preview.showOrganizerReport', (arg) => previews.show('organizer', arg)),
    command('barcamp.preview.showPublic', (arg) => previews.show('public', arg)),
    command('barcamp.previewSession', (arg) => sessionPreviews.open(arg)),
    command('barcamp.aggregate', (arg) => aggregateCommand(api, events, arg)),
    command('barcamp.setStatus', (arg) => setReviewStatusCommand(api, arg)),
    command('barcamp.checkAll', (arg) => checkAll.start((arg as { interactive?: boolean } | undefined)?.interactive !== false)),
    command('barcamp.stopCheckAll', () => checkAll.stop()),

    command('barcamp.sessions.refresh', () => sessions.refresh()),
    command('barcamp.sessions.showProblemsOnly', () => sessions.setProblemsOnly(true)),
    command('barcamp.sessions.showAll', () => sessions.setProblemsOnly(false)),
    command('barcamp.sessions.groupByDay', () => sessions.setGroupBy('day')),
    command('barcamp.sessions.groupByActionField', () => sessions.setGroupBy('actionField')),
    command('barcamp.nextSteps.refresh', () => steps.settle(true)),
    command('barcamp.nextSteps.groupByOwner', () => steps.setGroupBy('owner')),
    command('barcamp.nextSteps.groupBySession', () => steps.setGroupBy('session')),
    command('barcamp.nextSteps.groupByDue', () => steps.setGroupBy('due')),
    command('barcamp.nextSteps.showDone', () => steps.setShowDone(true)),
    command('barcamp.nextSteps.hideDone', () => steps.setShowDone(false)),
    command('barcamp.nextSteps.check', (arg) => setDone(steps, arg, true)),
    command('barcamp.nextSteps.reopen', (arg) => setDone(steps, arg, false)),
    // What the notification's undo button runs: `{ uri, line, text?, done }`, the state to go back to; offers no undo itself.
    command(UNDO_COMMAND, (arg) => setDone(steps, arg, (arg as { done?: unknown } | undefined)?.done === true, { undo: true })),

    // For the tests: what the views, the status bar and a preview show right now.
    command('barcamp.sessions.snapshot', () => sessions.snapshot()),
    command('barcamp.nextSteps.snapshot', () => steps.snapshot()),
    command('barcamp.nextSteps.undoOffer', () => steps.lastUndo),
    command('barcamp.statusBar.snapshot', () => statusBar.text),
    command('barcamp.newSession.rooms.snapshot', async (arg) => {
      const { eventUri, day, slot } = (arg ?? {}) as { eventUri?: string; day?: string; slot?: string };
      const event = (await events.list()).find((e) => e.eventUri === eventUri);
      return event ? roomOptions(api, event, day ?? '', slot ?? '') : [];
    }),
    command('barcamp.previewEvent.snapshot', (eventUri) => previews.htmlOf(String(eventUri))),
    command('barcamp.previewEvent.state', (eventUri) => previews.stateOf(String(eventUri))),
    command('barcamp.previewSession.snapshot', (uri) => sessionPreviews.htmlOf(String(uri))),
    command('barcamp.previewSession.state', (uri) => sessionPreviews.stateOf(String(uri))),
    // The open event form's HTML, and saving it with the given values (the webview's own message takes the same way).
    command('barcamp.eventForm.snapshot', () => eventForms.snapshot()),
    command('barcamp.eventForm.submit', (form) => eventForms.submit(form as EventFormData)),
  ];
}

async function setDone(steps: NextStepsTreeProvider, arg: unknown, done: boolean, options?: { undo?: boolean }): Promise<boolean> {
  const step = stepFromArg(arg);
  return step ? steps.setDone(step, done, options) : false;
}
