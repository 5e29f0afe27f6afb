// The server's view of the workspace: parsed open documents (cached by version) on top of the session index.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SessionIndex, parseSession, summarize, validateSession, type Diagnostic, type Language, type SessionProtocol } from '../core';
import type { RuleSettings } from './settings';

interface ParsedDocument {
  version: number;
  protocol: SessionProtocol;
}

/** Parses each document version once and keeps the index's summaries in step with the open documents. */
export class Analyzer {
  readonly index = new SessionIndex();
  private readonly parsed = new Map<string, ParsedDocument>();

  constructor(public language: Language) {}

  /** The protocol of a document's current version, parsed on first use. */
  protocolOf(document: TextDocument): SessionProtocol {
    const cached = this.parsed.get(document.uri);
    if (cached?.version === document.version) return cached.protocol;
    const protocol = parseSession(document.getText(), document.uri);
    this.parsed.set(document.uri, { version: document.version, protocol });
    this.index.setSession(summarize(protocol));
    return protocol;
  }

  /** Records a file that is not open in the editor; open documents always win over disk content. */
  updateFromDisk(uri: string, text: string): void {
    if (this.parsed.has(uri)) return;
    this.index.setSession(summarize(parseSession(text, uri)));
  }

  /** Drops the parsed tree of a closed document; its summary stays until the disk version replaces it. */
  close(uri: string): void {
    this.parsed.delete(uri);
  }

  isOpen(uri: string): boolean {
    return this.parsed.has(uri);
  }

  diagnostics(document: TextDocument, settings: RuleSettings): Diagnostic[] {
    const protocol = this.protocolOf(document);
    return validateSession(protocol, this.index.contextFor(document.uri, { settings, language: this.language }));
  }
}
