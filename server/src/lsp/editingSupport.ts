// What the editor-feature handlers fetch before calling the core: the event around a document, texts of other files, today's date.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EventPlan, SessionProtocol, SessionSummary, SessionTexts } from '../core';
import { readText } from '../app/workspace';
import type { ServerContext } from './context';

/** A document with its parse and its event: barcamp.json and every session of the event (this one included). */
export interface DocumentInEvent {
  document: TextDocument;
  protocol: SessionProtocol;
  text: string;
  plan?: EventPlan;
  sessions: SessionSummary[];
}

/** The open document `uri` in its event, or undefined when it is not open. */
export function documentInEvent(ctx: ServerContext, uri: string): DocumentInEvent | undefined {
  const document = ctx.documents.get(uri);
  if (!document) return undefined;
  const protocol = ctx.analyzer.protocolOf(document);
  const index = ctx.analyzer.index;
  const event = index.eventKey(uri);
  const sessions = index.allSessions().filter((s) => index.eventKey(s.uri) === event);
  return { document, protocol, text: document.getText(), plan: index.planFor(uri), sessions };
}

/** The text of barcamp.json as the file has it now (read at request time: the index keeps only the parsed plan). */
export async function planTextOf(ctx: ServerContext, plan: EventPlan | undefined): Promise<string | undefined> {
  return plan ? textOf(ctx, plan.uri) : undefined;
}

/** Texts of files to compute edits for: open documents as the editor shows them, others through the client or the disk. */
export async function textsOf(ctx: ServerContext, uris: readonly string[]): Promise<SessionTexts> {
  const entries = await Promise.all(uris.map(async (uri) => [uri, await textOf(ctx, uri)] as const));
  return Object.fromEntries(entries);
}

/** The text of one file to compute an edit for (see textsOf); undefined when it cannot be read. */
export async function textOf(ctx: ServerContext, uri: string): Promise<string | undefined> {
  const open = ctx.documents.get(uri);
  if (open) return open.getText();
  // A file open in the editor but not synchronized (barcamp.json) is read as shown: the edit lands there.
  return readText(ctx.files(), uri, { asShown: true });
}

/** Today as `YYYY-MM-DD` in the server's local time zone: the day the documenter is writing on. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
