// Answers the server's barcamp/fs/* requests with vscode.workspace, so the server needs no disk access of its own.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FindFilesRequest, ReadFileRequest, type FindFilesResult, type ReadFileParams, type ReadFileResult } from '../../server/src/protocol';

/** Every file the server indexes: the session protocols and the event plans. */
export const WORKSPACE_FILES = '**/{*.session.md,barcamp.json}';
const EXCLUDED = '**/{node_modules,.git}/**';

/** Registers both request handlers on the client (before or after it started). */
export function registerFileAccess(client: LanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    // Sent without params, so vscode-jsonrpc passes the cancellation token as the only (last) argument.
    client.onRequest(FindFilesRequest, (...args: unknown[]) => findFiles(asToken(args[args.length - 1]))),
    client.onRequest(ReadFileRequest, (params: ReadFileParams) => readFile(params)),
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
 * The file as UTF-8 text (a BOM is dropped, invalid bytes become U+FFFD); null when it cannot be read.
 * Never throws. With `asShown` (the server computes an edit this editor will apply) an open document's
 * text, unsaved changes included: barcamp.json is not synchronized with the server, and a rename or
 * quick fix computed from the saved file would land at the wrong place in a document with unsaved changes.
 */
export async function readFile(params: ReadFileParams | undefined): Promise<ReadFileResult> {
  try {
    if (typeof params?.uri !== 'string') return null;
    const uri = vscode.Uri.parse(params.uri, true);
    const open = params.asShown === true ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined;
    if (open) return { text: open.getText() };
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
  } catch {
    return null;
  }
}

function asToken(value: unknown): vscode.CancellationToken | undefined {
  return typeof value === 'object' && value !== null && 'isCancellationRequested' in value ? (value as vscode.CancellationToken) : undefined;
}
