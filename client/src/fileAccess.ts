// Answers the server's barcamp/fs/* requests with vscode.workspace, so the server needs no disk access of its own.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FindFilesRequest,
  MAX_READ_BYTES,
  ReadFileRequest,
  StatFileRequest,
  toBase64,
  type FindFilesResult,
  type ReadFileParams,
  type ReadFileResult,
  type StatFileParams,
  type StatFileResult,
} from '../../server/src/protocol';

/** Every file the server indexes: the session protocols and the event plans. */
export const WORKSPACE_FILES = '**/{*.session.md,barcamp.json}';
const EXCLUDED = '**/{node_modules,.git}/**';

/** Registers both request handlers on the client (before or after it started). */
export function registerFileAccess(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    // Sent without params, so vscode-jsonrpc passes the cancellation token as the only (last) argument.
    client.onRequest(FindFilesRequest, (...args: unknown[]) => findFiles(asToken(args[args.length - 1]))),
    client.onRequest(ReadFileRequest, (params: ReadFileParams) => readFile(params)),
    client.onRequest(StatFileRequest, (params: StatFileParams) => statFile(params)),
  );
}

/** URIs of all session protocols and barcamp.json files of the workspace; an empty list when the search fails. */
export async function findFiles(token?: vscode.CancellationToken): Promise<FindFilesResult> {
  try {
    const uris = await vscode.workspace.findFiles(WORKSPACE_FILES, EXCLUDED, undefined, token);
    return { uris: uris.map((uri) => uri.toString()) };
  } catch {
    return { uris: [] };
  }
}

/**
 * The file for the server: an open document's text with `asShown` (the server computes an edit this
 * editor will apply: barcamp.json is not synchronized, and an edit computed from the saved file would
 * land at the wrong place), else the saved file's bytes, which the server decodes like the CLI does.
 * Only regular files under the size limit are read: a folder, a symbolic link (not followed, as the
 * CLI does not follow them), a device or a pipe is refused, so reading never hangs. Never throws.
 */
export async function readFile(params: ReadFileParams | undefined): Promise<ReadFileResult> {
  if (typeof params?.uri !== 'string') return { error: 'unreadable', detail: 'no uri' };
  try {
    const uri = vscode.Uri.parse(params.uri, true);
    const open = params.asShown === true ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined;
    if (open) return { text: open.getText() };
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type !== vscode.FileType.File) return { error: 'notAFile', detail: (stat.type & vscode.FileType.SymbolicLink) !== 0 ? 'symbolic link' : 'no regular file' };
    if (stat.size > MAX_READ_BYTES) return { error: 'tooLarge', detail: String(stat.size) };
    return { base64: toBase64(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    return error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? { error: 'missing' } : { error: 'unreadable', detail: String(error) };
  }
}

/** What stands at the URI, without reading it: a regular file (not a link) and its size, or why not. Never throws. */
export async function statFile(params: StatFileParams | undefined): Promise<StatFileResult> {
  if (typeof params?.uri !== 'string') return { error: 'unreadable', detail: 'no uri' };
  try {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(params.uri, true));
    if (stat.type !== vscode.FileType.File) return { error: 'notAFile' };
    return stat.size > MAX_READ_BYTES ? { error: 'tooLarge', detail: String(stat.size) } : { size: stat.size };
  } catch (error) {
    return error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? { error: 'missing' } : { error: 'unreadable', detail: String(error) };
  }
}

function asToken(value: unknown): vscode.CancellationToken | undefined {
  return typeof value === 'object' && value !== null && 'isCancellationRequested' in value ? (value as vscode.CancellationToken) : undefined;
}
