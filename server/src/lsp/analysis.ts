// The server's view of the workspace: parsed open documents (cached by version) on top of the session index.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  parseSettingsFor,
  PieceCache,
  SessionIndex,
  parseSession,
  summarize,
  toDiagnostics,
  validateSession,
  type Diagnostic,
  type Language,
  type ParseSettings,
  type Problem,
  type SessionProtocol,
  type SessionSummary,
} from '../core';
import type { RuleSettings } from './settings';

interface ParsedDocument {
  version: number;
  /** What the parse was made with: another object means the event's plan changed. */
  settings: ParseSettings;
  protocol: SessionProtocol;
  /** The parsed pieces of this version: the next version reparses only the pieces an edit changed. */
  pieces: PieceCache;
}

/** Parses each document version once and keeps the index's summaries in step with the open documents. */
export class Analyzer {
  readonly index = new SessionIndex();
  private readonly parsed = new Map<string, ParsedDocument>();

  constructor(public language: Language) {}

  /** The protocol of a document's current version, parsed on first use. */
  protocolOf(document: TextDocument): SessionProtocol {
    const cached = this.parsed.get(document.uri);
    // The event's barcamp.json may set its own size limit and headings, as for the CLI: a changed plan means a new parse.
    const settings = parseSettingsFor(this.index.planFor(document.uri));
    if (cached?.version === document.version && cached.settings === settings) return cached.protocol;
    const pieces = cached?.pieces ?? new PieceCache();
    const protocol = parseSession(document.getText(), document.uri, pieces, settings);
    this.parsed.set(document.uri, { version: document.version, settings, protocol, pieces });
    this.index.setSession(summarize(protocol));
    return protocol;
  }

  /** Records the summary of a file that is not open, made elsewhere (a worker thread); open documents win. */
  setDiskSummary(summary: SessionSummary): void {
    if (!this.parsed.has(summary.uri)) this.index.setSession(summary);
  }

  /** Forgets a session whose file is gone, unless it is open (then the editor's text is what counts). */
  forgetClosed(uri: string): void {
    if (!this.parsed.has(uri)) this.index.deleteSession(uri);
  }

  /** Drops the parsed tree of a closed document; its summary stays until the disk version replaces it. */
  close(uri: string): void {
    this.parsed.delete(uri);
  }

  isOpen(uri: string): boolean {
    return this.parsed.has(uri);
  }

  /** The document's diagnostics; `fileProblems` are what the host found of the files it names (missing-image). */
  diagnostics(document: TextDocument, settings: RuleSettings, fileProblems: Problem[] = []): Diagnostic[] {
    const protocol = this.protocolOf(document);
    const context = this.index.contextFor(document.uri, { settings, language: this.language });
    const diagnostics = validateSession(protocol, context);
    return fileProblems.length === 0 ? diagnostics : [...diagnostics, ...toDiagnostics(fileProblems, context)];
  }

  /** The folder of the document's event (its barcamp.json's), else the document's own: images must stay inside it. */
  eventFolderOf(uri: string): string {
    const owner = this.index.planFor(uri)?.uri ?? uri;
    return owner.slice(0, owner.lastIndexOf('/'));
  }
}
