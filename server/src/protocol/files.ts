// What the client tells the server at start-up, and the barcamp/fs/* requests through which the server reads files (Base64 for bytes).
/** What the client sends as `initializationOptions`. */
export interface InitializationOptions {
  /** True when the client answers the `barcamp/fs/*` requests (VS Code, also on the web). */
  clientFileAccess?: boolean;
  /** The editor's display language, for example `de` or `en-US`. */
  locale?: string;
  /**
   * True when the client sends `workspace/didChangeWatchedFiles` for barcamp.json, event.md and
   * *.session.md on its own (VS Code: `synchronize.fileEvents`): the server then neither registers a
   * watcher nor watches itself, so no change is handled twice.
   */
  watchesFiles?: boolean;
  /**
   * The absolute URL of the folder of the rule pages (`<docsUrl>/<code>.md`, as docs/rules of the
   * repository): each diagnostic's code links there (`codeDescription.href`).
   */
  docsUrl?: string;
}

/** Server → client: list the URIs of all `*.session.md` and `barcamp.json` files of the workspace. */
export const FindFilesRequest = 'barcamp/fs/findFiles';
export interface FindFilesResult {
  uris: string[];
}

/**
 * Server → client: read a file. The saved file comes as its bytes (base64), which the server decodes
 * with the core's one decoder (byte-order marks honoured, as in the CLI); an open document's text
 * (`asShown`) as text; else why not: missing, no regular file (a folder, a symbolic link, a device),
 * larger than the limit, or unreadable. `null` from older clients means unreadable.
 */
export const ReadFileRequest = 'barcamp/fs/readFile';
export interface ReadFileParams {
  uri: string;
  /**
   * True when the server computes an edit the editor applies to the file (rename, quick fix, check off):
   * then an open document's text, unsaved changes included. Everything else (index, views, aggregate)
   * reads the saved file, as the CLI does.
   */
  asShown?: boolean;
}
export type ReadFileResult = { text: string } | { base64: string } | { error: ReadFileError; detail?: string } | null;
export type ReadFileError = 'missing' | 'notAFile' | 'tooLarge' | 'unreadable';

/**
 * Server → client: what stands at a URI, without reading it (the images a protocol shows): a regular
 * file and its size, or why there is none to read (as for ReadFileRequest). Older clients do not answer:
 * the server then reports nothing about images.
 */
export const StatFileRequest = 'barcamp/fs/stat';
export interface StatFileParams {
  uri: string;
}
export type StatFileResult = { size: number } | { error: ReadFileError; detail?: string };

/**
 * The largest file the client reads for the server (bytes): the most a barcamp.json may allow
 * (`limits.maxFileSizeMB`, 16 MB); the server applies the event's own limit (5 MB unless it sets one).
 */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

/** Workspace settings the server reads under the section `barcamp`. */
export interface BarcampSettings {
  rules?: Record<string, string>;
}

/** Bytes as Base64, the protocol's form of binary content (a read file, a Word file to write); btoa is there in Node, the extension host and a browser. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: a spread of a whole file would overflow the argument list.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of protocol Base64 (see toBase64). */
export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
