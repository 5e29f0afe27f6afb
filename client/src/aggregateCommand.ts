// "Aggregate all sessions": the server renders and checks, this writes the files safely and reports what happened.
import * as vscode from 'vscode';
import { AggregateRequest, type AggregateResult } from '../../server/src/protocol';
import { pickEvent, type EventList } from './events';
import { localToday, type ServerApi } from './serverApi';

/** What the command returns (for the tests) besides telling the user. */
export interface AggregateOutcome {
  outputFolder?: string;
  written: string[];
  unchanged: string[];
  refused: string[];
  failed: Array<{ uri: string; detail: string }>;
}

/** Arguments a test (or a keybinding) may pass instead of a folder from the explorer. */
interface AggregateArgs {
  eventUri?: string;
  today?: string;
  /** False: do not offer to open the result (tests). */
  interactive?: boolean;
}

export async function aggregateCommand(api: ServerApi, events: EventList, arg?: unknown): Promise<AggregateOutcome | undefined> {
  const event = await pickEvent(events, arg, vscode.l10n.t('Which event do you want to aggregate?'));
  if (!event) return undefined;
  const options = (arg instanceof vscode.Uri ? {} : (arg ?? {})) as AggregateArgs;
  const title = vscode.l10n.t('Aggregating "{0}"', event.name);
  const run = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const progressToken = `barcamp-aggregate-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    let reported = 0;
    const listening = await api.onProgress(progressToken, (value) => {
      if (value.kind !== 'report' || value.percentage === undefined) return;
      // Reading and checking is the larger part of the work: 90 % of the bar, writing the rest.
      const target = value.percentage * 0.9;
      progress.report({ message: vscode.l10n.t('Reading and checking the sessions ({0})', value.message ?? ''), increment: target - reported });
      reported = target;
    });
    try {
      const request = { eventUri: event.eventUri, today: options.today ?? localToday(), workDoneToken: progressToken };
      const result = await api.request<AggregateResult>(AggregateRequest, request, token).catch((error: unknown) => {
        if (token.isCancellationRequested) return undefined; // the user cancelled: nothing to report
        throw error;
      });
      if (!result || token.isCancellationRequested) return undefined;
      progress.report({ message: vscode.l10n.t('Writing the files'), increment: 90 - reported });
      return { result, outcome: await writeFiles(result) };
    } finally {
      listening.dispose();
    }
  });
  if (!run) return undefined;
  if (options.interactive !== false) void report(run.result, run.outcome, event.name);
  return run.outcome;
}

/**
 * Writes each file to a hidden temporary file in the same folder and renames it over the target, so an
 * interrupted run leaves the old file or the new one, never half of one. The server has already sorted
 * out unchanged and hand-written targets; nothing is refused here.
 */
async function writeFiles(result: AggregateResult): Promise<AggregateOutcome> {
  const outcome: AggregateOutcome = { outputFolder: result.outputFolderUri, written: [], unchanged: result.unchanged, refused: result.refused, failed: [] };
  if (result.files.length === 0 || !result.outputFolderUri) return outcome;
  const folder = vscode.Uri.parse(result.outputFolderUri);
  try {
    await vscode.workspace.fs.createDirectory(folder);
  } catch (error) {
    outcome.failed.push({ uri: result.outputFolderUri, detail: errorDetail(error) });
    return outcome;
  }
  for (const file of result.files) {
    const target = vscode.Uri.parse(file.uri);
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const temp = vscode.Uri.joinPath(target, '..', `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    try {
      await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(file.content));
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
      outcome.written.push(file.uri);
    } catch (error) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      outcome.failed.push({ uri: file.uri, detail: errorDetail(error) });
    }
  }
  return outcome;
}

/** Tells the user what happened: an error that names every refused or failed file, else the files and a way to open them. */
async function report(result: AggregateResult, outcome: AggregateOutcome, eventName: string): Promise<void> {
  if (result.error?.code === 'outputOutside') {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Nothing was written: the output folder "{0}" in barcamp.json lies outside the event folder. Choose a folder inside it.', result.error.detail ?? ''),
    );
    return;
  }
  if (result.error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was written: the event is no longer in the workspace.'));
    return;
  }
  if (result.unknownFormats.length > 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('barcamp.json names output formats that do not exist and were skipped: {0}. Known formats: md, html, json, csv.', result.unknownFormats.join(', ')),
    );
  }
  if (outcome.refused.length > 0) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Nothing was written: these files were not generated by Barcamp Sessions, so they are never overwritten: {0}. Rename or delete them, or choose another output folder in barcamp.json.',
        outcome.refused.map(displayPath).join(', '),
      ),
      { modal: false },
    );
    return;
  }
  if (outcome.failed.length > 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('These files could not be written: {0}', outcome.failed.map((f) => `${displayPath(f.uri)} (${f.detail})`).join(', ')));
    return;
  }
  const files = [...outcome.written, ...outcome.unchanged];
  const problems = result.stats.sessionsWithProblems;
  const where = displayPath(outcome.outputFolder ?? '');
  const ready =
    outcome.unchanged.length === 0
      ? vscode.l10n.t('The documentation of "{0}" is ready: {1} files in {2}.', eventName, files.length, where)
      : vscode.l10n.t('The documentation of "{0}" is ready: {1} files in {2}, {3} of them unchanged.', eventName, files.length, where, outcome.unchanged.length);
  const summary =
    problems === 0
      ? `${ready} ${vscode.l10n.t('Every session protocol is complete.')}`
      : `${ready} ${vscode.l10n.t('{0} of {1} sessions still have problems; the appendix lists them.', problems, result.stats.sessions)}`;
  const openMarkdown = vscode.l10n.t('Open Markdown');
  const openHtml = vscode.l10n.t('Open HTML');
  const markdown = files.find((f) => f.endsWith('.md'));
  const html = files.find((f) => f.endsWith('.html'));
  const choice = await vscode.window.showInformationMessage(summary, ...(markdown ? [openMarkdown] : []), ...(html ? [openHtml] : []));
  if (choice === openMarkdown && markdown) await vscode.window.showTextDocument(vscode.Uri.parse(markdown));
  if (choice === openHtml && html) await openInBrowser(vscode.Uri.parse(html));
}

/** The HTML in the system browser on a local desktop; elsewhere (remote, web) the browser cannot reach the file, so it opens as text. */
async function openInBrowser(uri: vscode.Uri): Promise<void> {
  if (uri.scheme === 'file' && vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop && (await vscode.env.openExternal(uri))) return;
  await vscode.window.showTextDocument(uri);
}

function displayPath(uri: string): string {
  return uri ? vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false) : '';
}

function errorDetail(error: unknown): string {
  return error instanceof vscode.FileSystemError ? error.code : error instanceof Error ? error.message : String(error);
}
