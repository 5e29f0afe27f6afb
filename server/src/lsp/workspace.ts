// How the server reaches files that are not open: through the client (VS Code, web-safe) or through a host-provided fallback.
import type { Connection } from 'vscode-languageserver';
import type { Workspace } from '../app/workspace';
import { FindFilesRequest, ReadFileRequest, type FindFilesResult, type ReadFileParams, type ReadFileResult } from '../protocol';

export { isPlanUri, isSessionUri } from '../app/workspace';

/** The workspace through the `barcamp/fs/*` requests that the VS Code client answers (with vscode.workspace.fs). */
export function clientWorkspace(connection: Connection): Workspace {
  return {
    async findFiles() {
      const result = await connection.sendRequest<FindFilesResult>(FindFilesRequest);
      return result?.uris ?? [];
    },
    async read(uri, options) {
      const params: ReadFileParams = options?.asShown ? { uri, asShown: true } : { uri };
      const result = await connection.sendRequest<ReadFileResult>(ReadFileRequest, params).catch(() => null);
      // The client answers null for a file it cannot read or decode.
      return typeof result?.text === 'string' ? { text: result.text } : { error: 'unreadable' };
    },
  };
}

/** No files at all: a client without file access and a host without a file system still get single-file checks. */
export const NO_FILES: Workspace = { findFiles: async () => [], read: async () => ({ error: 'missing' }) };
