// Helpers for the extension-host suites: the demo workspace, opening protocols, waiting on the editor's events.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'barcamp-sessions.barcamp-sessions';
export const LANGUAGE_ID = 'barcamp-session';
/** How long the language server may take to answer after start-up; generous for a 2-core CI machine. */
export const DEADLINE_MS = 30_000;

/** The opened workspace: a fresh copy of examples/demo-barcamp made by the launcher. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher must open a copy of the demo event as the workspace folder');
  return folder.uri;
}

export function sessionUri(fileName: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'sessions', fileName);
}

/** Opens a protocol in an editor, as a documenter would. */
export async function openSession(fileName: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(sessionUri(fileName));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The stable code of a diagnostic, whether the server sent a plain code or a code with a link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : (code ?? ''));
}

export function barcampDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'barcamp');
}

function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all.map((d) => `${d.source ?? '?'}(${codeOf(d)}) line ${d.range.start.line + 1}: ${d.message}`).join('; ');
}

/**
 * Resolves when `predicate` holds for the diagnostics of `uri`, re-checking on every
 * onDidChangeDiagnostics event; rejects with what was there instead after `timeoutMs`.
 */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = DEADLINE_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = barcampDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${uri.path}; found: ${describeDiagnostics(uri)}`));
    }, timeoutMs);
    function finish(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** Waits until every code in `codes` is among the barcamp diagnostics of `uri`. */
export function waitForCodes(uri: vscode.Uri, codes: string[]): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (diagnostics) => codes.every((code) => diagnostics.some((d) => codeOf(d) === code)), `diagnostics ${codes.join(', ')}`);
}

/**
 * Polls `probe` until it returns a value that is not undefined, or fails after the deadline.
 * For editor state that has no change event (provider results, extension activation).
 */
export async function poll<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // poll interval, not a wait for an effect
  }
}

/** The document symbols of `uri` once the language server provides some. */
export function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return poll(async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.length > 0 ? symbols : undefined;
  }, `document symbols of ${uri.path}`);
}

/** The frontmatter title and the `## ` headings of a protocol, read from its text. */
export function outlineOf(document: vscode.TextDocument): { title: string; sections: string[] } {
  const text = document.getText();
  const title = /^title:\s*(.+?)\s*$/m.exec(text)?.[1]?.replace(/^(["'])(.*)\1$/, '$2') ?? '';
  const sections = [...text.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]);
  return { title, sections };
}
