// The state every LSP feature shares: open documents, the analyzer, file access, settings, and how to revalidate.
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../core';
import type { Analyzer } from './analysis';
import type { ServerHost } from './host';
import type { JobService } from '../app/jobs';
import type { SettingsCache } from './settings';
import type { Workspace } from '../app/workspace';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  settings: SettingsCache;
  /** Parses closed files in batches off the editor's thread; whoever uses it calls `close()` when done, to free the worker. */
  jobs: JobService;
  /** The workspace chosen at initialize: the client's, the host's fallback, or none. */
  files(): Workspace;
  /** Workspace folder URIs from initialize. */
  roots(): string[];
  /** Resolves once the event plans (barcamp.json) are read: before that, no feature knows the event's people, rooms or days. */
  plansLoaded(): Promise<void>;
  /** Resolves once the workspace has been indexed for the first time and changed files notified so far are read again. */
  indexed(): Promise<void>;
  /** Schedules fresh diagnostics for every open session, then calls every `onRevalidate` listener. */
  revalidateOpen(): void;
  /** Called whenever open sessions are revalidated: a session, a plan, the files or the settings changed. */
  onRevalidate(listener: () => void): void;
  /** Called after event plans (barcamp.json) were read anew: at the first index and when one changes on disk. */
  onPlansChanged(listener: () => void): void;
  /** What the client announced at initialize. */
  clientCapabilities(): ClientCapabilities;
  /** What the platform lends the server (watching, writing, the rule pages). */
  host: ServerHost;
  /** An open session's diagnostics as the Problems panel shows them; undefined when a newer version of it arrived meanwhile. */
  diagnosticsOf(document: TextDocument): Promise<Diagnostic[] | undefined>;
  /** True when the client pulls diagnostics (textDocument/diagnostic): the server then pushes none for open documents. */
  pullDiagnostics(): boolean;
  /** The absolute base URL of the rule pages (`<base>/<code>.md`), when one is known; diagnostics then link to them. */
  docsBase(): string | undefined;
}

/** One LSP feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  capabilities: ServerCapabilities;
  register(context: ServerContext): void;
}
