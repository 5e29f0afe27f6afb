// How the server reaches files that are not open: through the client (VS Code, web-safe) or through a host-provided fallback.
import type { Connection } from 'vscode-languageserver';
import type { FileContent, Workspace } from '../app/workspace';
import { FindFilesRequest, fromBase64, ReadFileRequest, StatFileRequest, type FindFilesResult, type ReadFileParams, type ReadFileResult, type StatFileParams, type StatFileResult } from '../protocol';

export { isPlanUri, isSessionUri } from '../app/workspace';

/** The workspace through the `barcamp/fs/*` requests that the VS Code client answers (with vscode.workspace.fs). */
export function clientWorkspace(connection: Connection): Workspace {
  return {
    async findFiles() {
      const result = await connection.sendRequest<FindFilesResult>(FindFilesRequest);
      return result?.uris ?? [];
    },
    async stat(uri) {
      const params: StatFileParams = { uri };
      const result = await connection.sendRequest<StatFileResult>(StatFileRequest, params);
      if (result && typeof result === 'object' && 'size' in result && typeof result.size === 'number') return { size: result.size };
      if (result && typeof result === 'object' && 'error' in result) return { error: ['missing', 'notAFile', 'tooLarge'].includes(result.error) ? result.error : 'unreadable', detail: result.detail };
      throw new Error('no answer to barcamp/fs/stat');
    },
    async read(uri, options) {
      const params: ReadFileParams = options?.asShown ? { uri, asShown: true } : { uri };
      const result = await connection.sendRequest<ReadFileResult>(ReadFileRequest, params).catch(() => null);
      return fromClient(result);
    },
  };
}

/** The client's answer as the use cases take it: bytes to decode here, text, or why not. */
function fromClient(result: ReadFileResult): FileContent {
  if (result === null || typeof result !== 'object') return { error: 'unreadable' };
  if ('text' in result && typeof result.text === 'string') return { text: result.text };
  if ('base64' in result && typeof result.base64 === 'string') return { bytes: fromBase64(result.base64) };
  if ('error' in result) return { error: ['missing', 'notAFile', 'tooLarge'].includes(result.error) ? result.error : 'unreadable', detail: result.detail };
  return { error: 'unreadable' };
}

/** No files at all: a client without file access and a host without a file system still get single-file checks. */
export const NO_FILES: Workspace = { findFiles: async () => [], read: async () => ({ error: 'missing' }) };
