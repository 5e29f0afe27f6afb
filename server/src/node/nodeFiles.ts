// File access over node:fs, shared by the CLI and by the Node server when its client cannot serve files.
import { readdirSync, type Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeText } from '../core';
import { PLAN_FILE_NAME, SESSION_SUFFIX, type FileContent, type Workspace } from '../app/workspace';

/** Folders never searched: tools' caches and version control hold no protocols of the user. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.e2e-cache', '.vscode-test']);

export { PLAN_FILE_NAME } from '../app/workspace';

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

/**
 * walkFiles, synchronously: for the CLI, which has nothing to do meanwhile and where awaiting each
 * folder left the thread idle for a noticeable part of a cached rerun (measured).
 */
export function walkFilesSync(folder: string, wanted: (name: string) => boolean): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) found.push(...walkFilesSync(path, wanted));
    else if (entry.isFile() && wanted(entry.name)) found.push(path);
  }
  return found.sort();
}

export function isSessionFileName(name: string): boolean {
  return name.endsWith(SESSION_SUFFIX);
}

/** Reads a text file; binary files and unreadable ones give a reason instead of text. */
export async function readTextFile(path: string): Promise<{ text: string } | { error: 'binary' | 'unreadable'; detail?: string }> {
  try {
    const decoded = decodeText(await readFile(path));
    return decoded.binary ? { error: 'binary' } : { text: decoded.text };
  } catch (error) {
    return { error: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
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
      try {
        return { bytes: await readFile(fileURLToPath(uri)) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return { error: code === 'ENOENT' ? 'missing' : 'unreadable', detail: code ?? String(error) };
      }
    },
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
  };
}
