// Writes the documentation the server's aggregate command planned, with the CLI's writer: atomically, never over a person's file, only inside the event.
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isGenerated, isGeneratedDocx, MARKER_HEAD_LENGTH } from '../core';
import type { OutputToWrite, OutputWritten } from '../lsp/host';
import { copyAssets, writeGeneratedFiles, type FileToWrite, type WriteOutcome } from './writeFiles';

/**
 * Writes folder by folder in the planned order (the public documentation, then the organizers' report);
 * a refusal or failure stops before the next folder and before any image is copied, as in the CLI.
 */
export async function writeOutput(output: OutputToWrite): Promise<OutputWritten> {
  const outcome: WriteOutcome = { written: [], unchanged: [], refused: [], failed: [] };
  const uris = [output.eventFolderUri, ...output.files.map((f) => f.uri), ...output.assets.flatMap((a) => [a.sourceUri, a.uri])];
  const foreign = uris.find((uri) => !uri.startsWith('file:'));
  if (foreign) return { written: [], unchanged: [], refused: [], failed: [{ uri: foreign, detail: 'not a local file' }] };
  const eventFolder = fileURLToPath(output.eventFolderUri);
  for (const [folder, files] of byFolder(output.files.map((f) => ({ path: fileURLToPath(f.uri), file: toWrite(f) })))) {
    if (!(await insideEvent(folder, eventFolder))) outcome.failed.push({ path: folder, detail: 'outside the event folder' });
    else merge(outcome, await writeGeneratedFiles(folder, files, isGenerated, MARKER_HEAD_LENGTH));
    if (outcome.refused.length + outcome.failed.length > 0) return byUri(outcome);
  }
  const assets = output.assets.map((a) => ({ path: fileURLToPath(a.uri), file: { fileName: basename(fileURLToPath(a.uri)), path: fileURLToPath(a.sourceUri) } }));
  for (const [folder, files] of byFolder(assets)) {
    if (await insideEvent(folder, eventFolder)) merge(outcome, await copyAssets(folder, files, eventFolder));
    else outcome.failed.push({ path: folder, detail: 'outside the event folder' });
  }
  return byUri(outcome);
}

function toWrite({ uri, content }: OutputToWrite['files'][number]): FileToWrite {
  const fileName = basename(fileURLToPath(uri));
  return typeof content === 'string' ? { fileName, content } : { fileName, content, isOurs: isGeneratedDocx };
}

/** The items grouped by the folder of their path, folders in the order they first appear. */
function byFolder<T>(items: Array<{ path: string; file: T }>): Map<string, T[]> {
  const folders = new Map<string, T[]>();
  for (const { path, file } of items) folders.set(dirname(path), [...(folders.get(dirname(path)) ?? []), file]);
  return folders;
}

/** True when the folder, where it already exists, is really inside the event: a linked folder must not carry the files elsewhere. */
async function insideEvent(folder: string, eventFolder: string): Promise<boolean> {
  const event = await realpath(eventFolder).catch(() => undefined);
  let existing = folder;
  while (!(await lstat(existing).catch(() => undefined))) {
    if (dirname(existing) === existing) return false;
    existing = dirname(existing);
  }
  const real = await realpath(existing).catch(() => undefined);
  return event !== undefined && real !== undefined && (real === event || real.startsWith(event.endsWith(sep) ? event : event + sep));
}

function merge(into: WriteOutcome, part: WriteOutcome): void {
  into.written.push(...part.written);
  into.unchanged.push(...part.unchanged);
  into.refused.push(...part.refused);
  into.failed.push(...part.failed);
}

function byUri(outcome: WriteOutcome): OutputWritten {
  const uri = (path: string) => pathToFileURL(path).toString();
  return { written: outcome.written.map(uri), unchanged: outcome.unchanged.map(uri), refused: outcome.refused.map(uri), failed: outcome.failed.map((f) => ({ uri: uri(f.path), detail: f.detail })) };
}
