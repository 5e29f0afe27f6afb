// The one way the use cases reach files: a small interface that Node (node:fs), the editor (client requests) or a test implements.
import { decodeText } from '../core';

/** A file as the host gives it: its text, its bytes (decoded here, BOM honoured), or why it cannot be had. */
export type FileContent = { text: string } | { bytes: Uint8Array } | { error: FileError; detail?: string };

/**
 * Why a file has no text: it does not exist, is no regular file (folder, symbolic link, device, pipe),
 * is larger than the limit (`detail`: its size in bytes), is binary, or could not be read.
 */
export type FileError = 'missing' | 'notAFile' | 'tooLarge' | 'binary' | 'unreadable';

/** What stands at a URI: a regular file and its size in bytes, or why there is none to read. */
export type FileStat = { size: number } | { error: FileError; detail?: string };

export interface Workspace {
  /** URIs of every `*.session.md` and `barcamp.json` below the given folder URIs, sorted. */
  findFiles(rootUris: string[]): Promise<string[]>;
  /**
   * A file as stored. `asShown`: for an edit the editor will apply, the text of a document open there,
   * unsaved changes included (where the host can tell). Never rejects: a failure is a FileContent.
   */
  read(uri: string, options?: { asShown?: boolean }): Promise<FileContent>;
  /**
   * Whether a regular file stands at `uri` (not a folder, not a link) and how large it is, without reading
   * it: for the images a protocol shows. Absent (or failing) where the host cannot tell; never rejects.
   */
  stat?(uri: string): Promise<FileStat>;
  /**
   * Where a job's thread may read the file itself (a local path), so its bytes need not pass through
   * this thread; undefined (or no such method): read it here.
   */
  pathOf?(uri: string): string | undefined;
}

/** The text of a file, decoded like every other read; or why there is none. */
export function textOfContent(content: FileContent): { text: string } | { error: FileError; detail?: string } {
  // A host's text may still carry the byte-order mark; every reader gets the text without it.
  if ('text' in content) return { text: content.text.replace(/^\uFEFF/u, '') };
  if ('error' in content) return content;
  const decoded = decodeText(content.bytes);
  return decoded.binary ? { error: 'binary' } : { text: decoded.text };
}

/** The file's text, or undefined when it is missing, binary or unreadable. */
export async function readText(workspace: Workspace, uri: string, options?: { asShown?: boolean }): Promise<string | undefined> {
  const content = textOfContent(await workspace.read(uri, options).catch(() => ({ error: 'unreadable' as const })));
  return 'text' in content ? content.text : undefined;
}

export const PLAN_FILE_NAME = 'barcamp.json';
export const SESSION_SUFFIX = '.session.md';
/** The optional introduction and closing of an event, next to its barcamp.json. */
export const EVENT_NOTES_FILE_NAME = 'event.md';

/** True for the files the index cares about. */
export function isSessionUri(uri: string): boolean {
  return uri.endsWith(SESSION_SUFFIX);
}

export function isPlanUri(uri: string): boolean {
  return uri.endsWith(`/${PLAN_FILE_NAME}`);
}
