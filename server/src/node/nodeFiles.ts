// File access over node:fs, shared by the CLI and by the Node server when its client cannot serve files.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileOutcome, ReadPath } from '../app/jobs';
import { MAX_FILE_SIZE_MB } from '../core';
import { PLAN_FILE_NAME, SESSION_SUFFIX, textOfContent, type FileContent, type FileError, type FileStat, type Workspace } from '../app/workspace';

/** Folders never searched: tools' caches and version control hold no protocols of the user. */
export const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.e2e-cache', '.vscode-test']);

export { PLAN_FILE_NAME } from '../app/workspace';

/** The file's status (links followed), or undefined when it cannot be had (missing, no permission). */
export function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Paths of every file below `folder` for which `wanted(name)` holds; unreadable folders are skipped. */
export async function walkFiles(folder: string, wanted: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) found.push(...(await walkFiles(path, wanted)));
    else if (entry.isFile() && wanted(entry.name)) found.push(path);
  }
  return found.sort();
}

export function isSessionFileName(name: string): boolean {
  return name.endsWith(SESSION_SUFFIX);
}

/** Reads a text file like every other read (regular files under the limit, the core's decoder); or why not. */
export function readTextFile(path: string): { text: string } | { error: FileError; detail?: string } {
  const read = readPathSync(path);
  return textOfContent('ok' in read ? { bytes: read.ok } : read);
}

/** The workspace over the local disk, for `file:` URIs: the CLI's, and the server's when its client cannot serve files. */
export function nodeWorkspace(): Workspace {
  return {
    async findFiles(rootUris) {
      const roots = rootUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
      const wanted = (name: string) => isSessionFileName(name) || name === PLAN_FILE_NAME;
      const paths = (await Promise.all(roots.map((root) => walkFiles(root, wanted)))).flat();
      return paths.map((p) => pathToFileURL(p).toString());
    },
    async read(uri): Promise<FileContent> {
      if (!uri.startsWith('file:')) return { error: 'missing' };
      // Only regular files under the size limit, links not followed: as the job threads read, but without
      // blocking this thread, so the server's reads overlap with the worker's parsing.
      const read = await readPath(fileURLToPath(uri));
      return 'ok' in read ? { bytes: read.ok } : read;
    },
    async stat(uri): Promise<FileStat> {
      if (!uri.startsWith('file:')) return { error: 'missing' };
      try {
        const info = await lstat(fileURLToPath(uri));
        return refusal(info) ?? { size: info.size };
      } catch (error) {
        return failure(error);
      }
    },
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
  };
}

/** No file larger than this is read: the largest protocol an event's barcamp.json may allow. */
const MAX_READ_BYTES = MAX_FILE_SIZE_MB * 1024 * 1024;

/**
 * Reads a file's bytes synchronously: a job thread has nothing else to do meanwhile (awaiting each read
 * left it idle, measured). Only a regular file up to MAX_READ_BYTES is read (the parser then applies
 * the event's own, usually smaller, limit): a symbolic link is not followed (as folder searches do not
 * follow them), and a pipe or device is never opened, so a read cannot hang or run without end.
 */
export const readPathSync: ReadPath = (path) => {
  try {
    const refused = refusal(lstatSync(path));
    if (refused) return refused;
    // Non-blocking: should the file have been swapped for a pipe since it was looked at, opening it cannot hang.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = fstatSync(fd);
      return refusal(opened) ?? { ok: filled(opened.size, (buffer, at) => readSync(fd, buffer, at, opened.size - at, at)) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return failure(error);
  }
};

/** readPathSync without blocking this thread (the server's reads overlap with its worker's parsing). */
async function readPath(path: string): Promise<FileOutcome<Uint8Array>> {
  try {
    const refused = refusal(await lstat(path));
    if (refused) return refused;
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = await handle.stat();
      const refusedNow = refusal(opened);
      if (refusedNow) return refusedNow;
      const buffer = Buffer.allocUnsafe(opened.size);
      let read = 0;
      for (let n = -1; read < opened.size && n !== 0; read += n) n = (await handle.read(buffer, read, opened.size - read, read)).bytesRead;
      return { ok: buffer.subarray(0, read) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failure(error);
  }
}

/** Why a file is not read: no regular file (a link, a folder, a pipe, a device) or larger than any reader takes. */
function refusal(info: { isFile(): boolean; isSymbolicLink(): boolean; size: number }): { error: FileError; detail: string } | undefined {
  if (!info.isFile()) return { error: 'notAFile', detail: info.isSymbolicLink() ? 'symbolic link' : 'no regular file' };
  return info.size > MAX_READ_BYTES ? { error: 'tooLarge', detail: String(info.size) } : undefined;
}

/** A buffer of `size` bytes filled by `read` (which returns how many it read; 0 at the end of the file). */
function filled(size: number, read: (buffer: Buffer, at: number) => number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size);
  let at = 0;
  for (let n = -1; at < size && n !== 0; at += n) n = read(buffer, at);
  return buffer.subarray(0, at);
}

function failure(error: unknown): { error: FileError; detail: string } {
  const code = (error as NodeJS.ErrnoException).code;
  return { error: code === 'ENOENT' ? 'missing' : 'unreadable', detail: code ?? String(error) };
}
