// The custom LSP messages between the Barcamp client and server: one module, imported by both sides, JSON-only payloads.

/** What the client sends as `initializationOptions`. */
export interface InitializationOptions {
  /** True when the client answers the `barcamp/fs/*` requests (VS Code, also on the web). */
  clientFileAccess?: boolean;
  /** The editor's display language, for example `de` or `en-US`. */
  locale?: string;
}

/** Server → client: list the URIs of all `*.session.md` and `barcamp.json` files of the workspace. */
export const FindFilesRequest = 'barcamp/fs/findFiles';
export interface FindFilesResult {
  uris: string[];
}

/** Server → client: read a file as UTF-8 text; `null` when it cannot be read. */
export const ReadFileRequest = 'barcamp/fs/readFile';
export interface ReadFileParams {
  uri: string;
}
export type ReadFileResult = { text: string } | null;

/** Workspace settings the server reads under the section `barcamp`. */
export interface BarcampSettings {
  rules?: Record<string, string>;
}
