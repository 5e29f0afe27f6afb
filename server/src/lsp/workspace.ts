// How the server reaches files that are not open: through the client (VS Code, web-safe) or through a host-provided fallback.
import type { Connection } from 'vscode-languageserver';
import { FindFilesRequest, ReadFileRequest, type FindFilesResult, type ReadFileParams, type ReadFileResult } from '../protocol';

/** File access the server needs; implemented over client requests, over node:fs, or in memory in tests. */
export interface FileAccess {
  /** URIs of every `*.session.md` and `barcamp.json` below the given workspace folder URIs. */
  findFiles(rootUris: string[]): Promise<string[]>;
  /**
   * The file's text, or undefined when it cannot be read or is binary. `asShown`: for an edit the editor
   * will apply, the text of a document open there, unsaved changes included (where the host can tell).
   */
  readText(uri: string, options?: { asShown?: boolean }): Promise<string | undefined>;
}

/** File access through the `barcamp/fs/*` requests that the VS Code client answers. */
export function clientFileAccess(connection: Connection): FileAccess {
  return {
    async findFiles() {
      const result = await connection.sendRequest<FindFilesResult>(FindFilesRequest);
      return result?.uris ?? [];
    },
    async readText(uri, options) {
      const params: ReadFileParams = options?.asShown ? { uri, asShown: true } : { uri };
      const result = await connection.sendRequest<ReadFileResult>(ReadFileRequest, params);
      return result?.text;
    },
  };
}

/** True for the files the index cares about. */
export function isSessionUri(uri: string): boolean {
  return uri.endsWith('.session.md');
}

export function isPlanUri(uri: string): boolean {
  return uri.endsWith('/barcamp.json');
}
