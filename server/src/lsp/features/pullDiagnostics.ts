// Pull diagnostics (LSP 3.17) for clients that ask for them: an open protocol's, every protocol's of the workspace, and a refresh when they may have changed.
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type DiagnosticOptions,
  type DocumentDiagnosticReport,
  type Diagnostic as LspDiagnostic,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { InitializationOptions } from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { toLinkedDiagnostic } from '../convert';
import { eventSessionsOf } from '../eventSessions';
import { isPlanUri } from '../workspace';
import { cancellable } from './eventViews';

/** A change in one protocol can change the findings of another (room and slot, people): the client must ask again for all. */
export const DIAGNOSTIC_PROVIDER: DiagnosticOptions = { identifier: 'barcamp', interFileDependencies: true, workspaceDiagnostics: true };

/** Refreshes are asked for at most this often while someone types. */
const REFRESH_DELAY_MS = 200;

/** Tries to answer for the newest version of a document that keeps changing before the request asks to be sent again. */
const ATTEMPTS = 5;

/**
 * Pull for clients that announce it, except VS Code's (it passes clientFileAccess): its client pulls only
 * for visible editors and tabs, and the push it gets keeps its Problems panel and tests exactly as they are.
 */
export function wantsPullDiagnostics(capabilities: ClientCapabilities, options: InitializationOptions): boolean {
  return capabilities.textDocument?.diagnostic !== undefined && options.clientFileAccess !== true;
}

export const pullDiagnosticsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const { connection } = ctx;
    let generation = 0;
    let answered = -1;
    const waiting: Array<() => void> = [];

    connection.languages.diagnostics.on(async (params) => {
      const items = await openDiagnostics(ctx, params.textDocument.uri);
      return withResultId(items, params.previousResultId);
    });

    connection.languages.diagnostics.onWorkspace((params, token) =>
      cancellable(async (): Promise<WorkspaceDiagnosticReport> => {
        // A client asks again as soon as it has an answer: the next one waits until something changed.
        if (params.previousResultIds.length > 0 && generation === answered) await nextChange(waiting, token);
        const computedAt = generation;
        const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
        const items = await workspaceDiagnostics(ctx, previous, token);
        answered = computedAt;
        return { items };
      }),
    );

    let timer: ReturnType<typeof setTimeout> | undefined;
    ctx.onRevalidate(() => {
      generation++;
      waiting.splice(0).forEach((wake) => wake());
      if (!ctx.pullDiagnostics() || ctx.clientCapabilities().workspace?.diagnostics?.refreshSupport !== true) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void connection.languages.diagnostics.refresh().catch(() => undefined);
      }, REFRESH_DELAY_MS);
    });
  },
};

/** The diagnostics of an open document's newest version; undefined for a document that is not open. */
async function openDiagnostics(ctx: ServerContext, uri: string): Promise<LspDiagnostic[] | undefined> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const document = ctx.documents.get(uri);
    if (!document || isPlanUri(uri)) return undefined;
    const diagnostics = await ctx.diagnosticsOf(document);
    if (diagnostics) return diagnostics.map(toLinkedDiagnostic(ctx.docsBase()));
  }
  throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document keeps changing', { retriggerRequest: true });
}

/** Every protocol of every event: open ones as the editor shows them, the others from their saved text. */
async function workspaceDiagnostics(ctx: ServerContext, previous: Map<string, string>, token: CancellationToken): Promise<WorkspaceDocumentDiagnosticReport[]> {
  await ctx.indexed();
  const sessions = eventSessionsOf(ctx);
  const reports: WorkspaceDocumentDiagnosticReport[] = [];
  for (const event of sessions.events()) {
    for (const session of await sessions.checkEvent(event, { language: ctx.analyzer.language, userSettings: true }, token)) {
      const document = ctx.documents.get(session.uri);
      const items = document ? await openDiagnostics(ctx, session.uri) : session.diagnostics.map(toLinkedDiagnostic(ctx.docsBase()));
      reports.push({ uri: session.uri, version: document?.version ?? null, ...withResultId(items, previous.get(session.uri)) });
    }
  }
  return reports;
}

/** A full report, or `unchanged` when the client holds exactly these diagnostics already. */
function withResultId(items: LspDiagnostic[] | undefined, previousResultId: string | undefined): DocumentDiagnosticReport & { resultId: string } {
  const list = items ?? [];
  const resultId = fingerprint(JSON.stringify(list));
  return previousResultId === resultId ? { kind: 'unchanged', resultId } : { kind: 'full', resultId, items: list };
}

/** FNV-1a over the text, with its length: equal diagnostics give equal ids, across requests and restarts. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}

/** Resolves at the next revalidation; rejects when the request is cancelled meanwhile. */
function nextChange(waiting: Array<() => void>, token: CancellationToken): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled')));
    waiting.push(() => {
      listener.dispose();
      resolve();
    });
  });
}
