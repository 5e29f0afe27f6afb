// "Aggregate all sessions": the server renders and checks, this writes the files safely and reports what happened.
import * as vscode from 'vscode';
import { AggregateRequest, fromBase64, type AggregateResult } from '../../server/src/protocol';
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
      const outcome = await writeFiles(event.folderUri, result);
      // The images only beside a documentation that was written: never into a folder whose files were refused.
      if (outcome.refused.length + outcome.failed.length === 0 && result.outputFolderUri) {
        // Per folder: the public one's assets, and those of the organizers' folder beside it.
        const byFolder = new Map<string, AggregateResult['assets']>();
        for (const asset of result.assets ?? []) {
          const folder = vscode.Uri.joinPath(vscode.Uri.parse(asset.uri), '..', '..').toString();
          byFolder.set(folder, [...(byFolder.get(folder) ?? []), asset]);
        }
        for (const [folder, assets] of byFolder) await copyAssets(vscode.Uri.parse(event.folderUri), vscode.Uri.parse(folder), assets, outcome);
      }
      return { result, outcome };
    } finally {
      listening.dispose();
    }
  });
  if (!run) return undefined;
  if (options.interactive !== false) void report(run.result, run.outcome, event.name, event.eventUri);
  return run.outcome;
}

/**
 * Writes the files the server allowed, as the CLI does: first temporary files left by an interrupted
 * run are removed; the output folder must not lead out of the event through a symbolic link; every file
 * is written to a hidden temporary file beside its target, and only when all are complete are they
 * renamed over the targets, so the formats are replaced together. A target that is there and no regular
 * file (a folder, a link) is never replaced: a rename with overwrite would delete a folder recursively.
 */
async function writeFiles(eventFolderUri: string, result: AggregateResult): Promise<AggregateOutcome> {
  const outcome: AggregateOutcome = { outputFolder: result.outputFolderUri, written: [], unchanged: result.unchanged, refused: [...result.refused], failed: [] };
  if (result.files.length === 0 || !result.outputFolderUri) return outcome;
  // The public folder and, beside it, the organizers' folder: each checked, created and cleaned up.
  const folders = [...new Set(result.files.map((f) => vscode.Uri.joinPath(vscode.Uri.parse(f.uri), '..').toString()))].map((u) => vscode.Uri.parse(u));
  for (const folder of folders) {
    const link = await symbolicLinkOnTheWay(vscode.Uri.parse(eventFolderUri), folder);
    if (link) {
      outcome.failed.push({ uri: link.toString(), detail: vscode.l10n.t('a symbolic link: the files would leave the event folder') });
      return outcome;
    }
    try {
      await vscode.workspace.fs.createDirectory(folder);
    } catch (error) {
      outcome.failed.push({ uri: folder.toString(), detail: errorDetail(error) });
      return outcome;
    }
    await removeStaleTemporaries(folder);
  }
  const temporaries: Array<{ target: vscode.Uri; temp: vscode.Uri; uri: string }> = [];
  for (const file of result.files) {
    const target = vscode.Uri.parse(file.uri);
    // Beside its target, so the rename stays in one folder.
    const temp = vscode.Uri.joinPath(target, '..', `.${basename(target)}.${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}.tmp`);
    try {
      if (!(await absentOrRegularFile(target))) {
        outcome.refused.push(file.uri);
        continue;
      }
      await vscode.workspace.fs.writeFile(temp, file.encoding === 'base64' ? fromBase64(file.content) : new TextEncoder().encode(file.content));
      temporaries.push({ target, temp, uri: file.uri });
    } catch (error) {
      outcome.failed.push({ uri: file.uri, detail: errorDetail(error) });
    }
  }
  // One file could not be written or is refused: none is replaced, so the formats never disagree.
  if (outcome.failed.length > 0 || outcome.refused.length > result.refused.length) {
    for (const { temp } of temporaries) await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    return outcome;
  }
  for (const { target, temp, uri } of temporaries) {
    try {
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
      outcome.written.push(uri);
    } catch (error) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      outcome.failed.push({ uri, detail: errorDetail(error) });
    }
  }
  return outcome;
}

/**
 * Copies the images the documentation shows into its `assets` folder. Every regular file there is a
 * copy of the tool's and may be replaced; a folder or link at a target, or a link at the assets folder
 * itself (the copies would land wherever it points), is refused. A copy that fails is named; the others go on.
 */
async function copyAssets(eventFolder: vscode.Uri, outputFolder: vscode.Uri, assets: AggregateResult['assets'], outcome: AggregateOutcome): Promise<void> {
  if (assets.length === 0) return;
  const folder = vscode.Uri.joinPath(outputFolder, 'assets');
  // Neither the copies nor their sources may lie behind a link: the copies would land, or come from, elsewhere.
  const link = await symbolicLinkOnTheWay(eventFolder, folder);
  if (link) {
    outcome.refused.push(link.toString());
    return;
  }
  const stat = await vscode.workspace.fs.stat(folder).then(
    (s) => s,
    () => undefined,
  );
  if (stat && stat.type !== vscode.FileType.Directory) {
    outcome.refused.push(folder.toString());
    return;
  }
  if (!stat) await vscode.workspace.fs.createDirectory(folder).then(undefined, (error: unknown) => outcome.failed.push({ uri: folder.toString(), detail: errorDetail(error) }));
  for (const asset of assets) {
    const target = vscode.Uri.parse(asset.uri);
    const source = vscode.Uri.parse(asset.sourceUri);
    if (!target.path.startsWith(`${folder.path}/`) || !(await absentOrRegularFile(target)) || (await symbolicLinkOnTheWay(eventFolder, source))) {
      outcome.refused.push(asset.uri);
      continue;
    }
    try {
      if (await sameBytes(source, target)) {
        outcome.unchanged.push(asset.uri);
        continue;
      }
      await vscode.workspace.fs.copy(source, target, { overwrite: true });
      outcome.written.push(asset.uri);
    } catch (error) {
      outcome.failed.push({ uri: asset.uri, detail: errorDetail(error) });
    }
  }
}

/** True when the copy is there and holds exactly the source's bytes (then it stays untouched). */
async function sameBytes(source: vscode.Uri, copy: vscode.Uri): Promise<boolean> {
  const [a, b] = await Promise.all(
    [source, copy].map((uri) =>
      vscode.workspace.fs.stat(uri).then(
        (s) => s.size,
        () => -1,
      ),
    ),
  );
  if (a < 0 || a !== b) return false;
  const [x, y] = await Promise.all([vscode.workspace.fs.readFile(source), vscode.workspace.fs.readFile(copy)]);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** True when nothing stands at `uri`, or a regular file (not a folder, not a link). */
async function absentOrRegularFile(uri: vscode.Uri): Promise<boolean> {
  const stat = await vscode.workspace.fs.stat(uri).then(
    (s) => s,
    () => undefined,
  );
  return stat === undefined || stat.type === vscode.FileType.File;
}

/** The first folder or file from the event folder down to `target` that is a symbolic link (or `target` itself when it lies outside), if any. */
async function symbolicLinkOnTheWay(eventFolder: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = eventFolder.path.replace(/\/+$/u, '');
  if (!target.path.startsWith(`${base}/`)) return target;
  let current = eventFolder;
  for (const segment of target.path
    .slice(base.length + 1)
    .split('/')
    .filter(Boolean)) {
    current = vscode.Uri.joinPath(current, segment);
    const stat = await vscode.workspace.fs.stat(current).then(
      (s) => s,
      () => undefined,
    );
    if (stat === undefined) return undefined; // not there yet: created as a plain folder
    if ((stat.type & vscode.FileType.SymbolicLink) !== 0) return current;
  }
  return undefined;
}

/** This command's temporary files (`.<target>.<8 characters>.tmp`) left by an interrupted run. */
const TEMPORARY = /^\.(?:event-documentation\.(?:md|html|json|docx)|next-steps\.csv|organizer-report\.(?:md|html|json))\.[a-z0-9]{8}\.tmp$/u;

async function removeStaleTemporaries(folder: vscode.Uri): Promise<void> {
  const entries = await vscode.workspace.fs.readDirectory(folder).then(
    (e) => e,
    () => [] as Array<[string, vscode.FileType]>,
  );
  for (const [name, type] of entries) {
    if (type === vscode.FileType.File && TEMPORARY.test(name)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name)).then(undefined, () => undefined);
  }
}

/** Tells the user what happened: an error that names every refused or failed file, else the files and a way to open them. */
async function report(result: AggregateResult, outcome: AggregateOutcome, eventName: string, eventUri: string): Promise<void> {
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
      vscode.l10n.t('barcamp.json names output formats that do not exist and were skipped: {0}. Known formats: md, html, json, csv, docx.', result.unknownFormats.join(', ')),
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
      : `${ready} ${vscode.l10n.t("{0} of {1} sessions still have problems; the organizers' report lists them.", problems, result.stats.sessions)}`;
  const openMarkdown = vscode.l10n.t('Open Markdown');
  const openHtml = vscode.l10n.t('Open HTML');
  const showFolder = vscode.l10n.t('Show folder');
  // The public documentation, never the organizers' report (a user may forward what opens).
  const markdown = files.find((f) => f.endsWith('/event-documentation.md'));
  const html = files.find((f) => f.endsWith('/event-documentation.html'));
  const folder = outcome.outputFolder ? vscode.Uri.parse(outcome.outputFolder) : undefined;
  const choice = await vscode.window.showInformationMessage(summary, ...(markdown ? [openMarkdown] : []), ...(html ? [openHtml] : []), ...(folder ? [showFolder] : []));
  if (choice === openMarkdown && markdown) await vscode.window.showTextDocument(vscode.Uri.parse(markdown));
  if (choice === openHtml && html) await openRendered(vscode.Uri.parse(html), eventUri);
  if (choice === showFolder && folder) await showInFolder(folder);
}

/**
 * The HTML rendered: in the system browser on a local desktop; elsewhere (remote, vscode.dev) the browser
 * cannot reach the file, so the editor's preview shows the same page rendered — never its source.
 */
async function openRendered(uri: vscode.Uri, eventUri: string): Promise<void> {
  if (isLocalDesktop(uri) && (await vscode.env.openExternal(uri))) return;
  await vscode.commands.executeCommand('barcamp.previewEvent', { eventUri });
}

/** The output folder in the system's file manager on a local desktop, else in the Explorer. */
async function showInFolder(folder: vscode.Uri): Promise<void> {
  if (isLocalDesktop(folder)) await vscode.commands.executeCommand('revealFileInOS', folder);
  else await vscode.commands.executeCommand('revealInExplorer', folder);
}

function isLocalDesktop(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop;
}

function displayPath(uri: string): string {
  return uri ? vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false) : '';
}

function errorDetail(error: unknown): string {
  return error instanceof vscode.FileSystemError ? error.code : error instanceof Error ? error.message : String(error);
}
