// What the language client is told on both hosts: which documents the server handles and what it learns at initialize.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../../server/src/protocol';
import { registerFileAccess } from './fileAccess';

/**
 * Protocols wherever the workbench keeps them: local files, unsaved ones, remote folders, and the
 * virtual file systems of vscode.dev and github.dev (`vscode-vfs`). Not `git:` (the old side of a diff).
 */
const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web'];

/** `rulePages`: the folder of the rule pages shipped in the extension (docs/rules), so each finding's code links to its page. */
export function clientOptions(outputChannel: vscode.LogOutputChannel, watcher: vscode.FileSystemWatcher, rulePages: vscode.Uri): LanguageClientOptions {
  const initializationOptions: InitializationOptions = { clientFileAccess: true, watchesFiles: true, locale: vscode.env.language, docsUrl: rulePages.toString() };
  return {
    documentSelector: SCHEMES.map((scheme) => ({ language: 'barcamp-session', scheme })),
    // No configurationSection: the server pulls `barcamp.*` per folder with workspace/configuration.
    synchronize: { fileEvents: watcher },
    outputChannel,
    initializationOptions,
  };
}

/** The client's file requests are answered by this extension (vscode.workspace.fs), on the desktop and in the browser. */
export function withFileAccess<C extends BaseLanguageClient>(client: C): C {
  // Handlers registered before start() are kept by the client and re-registered on every restart.
  registerFileAccess(client);
  return client;
}

/** Builds a language client from the options above; each host starts its server its own way. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;
