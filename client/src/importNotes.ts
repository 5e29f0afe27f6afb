// "Import notes…": an Etherpad or HedgeDoc pad file becomes a protocol beside the event's barcamp.json, never over a file.
import * as vscode from 'vscode';
import { ImportNotesRequest, toBase64, type ImportNotesResult } from '../../server/src/protocol';
import { pickEvent, type EventList } from './events';
import { freeName } from './newSession';
import type { ServerApi } from './serverApi';

/** The pad file, passed as the command's argument to skip the dialog (tests): `{ eventUri?, file }`. */
interface ImportNotesArgs {
  eventUri?: string;
  file?: string;
}

/** Asks for the event and the pad file, has the server turn the notes into a protocol, writes it under a free name and opens it. */
export async function importNotesCommand(api: ServerApi, events: EventList, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given = (arg ?? {}) as ImportNotesArgs;
  const event = await pickEvent(events, arg, vscode.l10n.t('For which event are the notes?'));
  if (!event) return undefined;
  const file = typeof given.file === 'string' ? vscode.Uri.parse(given.file) : await pickPadFile();
  if (!file) return undefined;
  // Read through the workspace file system: the same in a browser, and the server decodes the bytes like every file.
  const bytes = await vscode.workspace.fs.readFile(file);
  const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
  const result = await api.request<ImportNotesResult | null>(ImportNotesRequest, { eventUri: event.eventUri, fileName, base64: toBase64(bytes) });
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The notes could not be imported: the event is no longer in the workspace.'));
    return undefined;
  }
  if ('error' in result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is no text file; nothing was imported.', fileName));
    return undefined;
  }
  const uri = await freeName(vscode.Uri.parse(result.folderUri), result.fileStem);
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(uri);
  return uri;
}

async function pickPadFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    canSelectFolders: false,
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import notes from a pad (Etherpad .txt, HedgeDoc .md)'),
    filters: { [vscode.l10n.t('Pad notes')]: ['txt', 'md'] },
  });
  return picked?.[0];
}
