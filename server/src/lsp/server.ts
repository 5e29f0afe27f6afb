// The language server: document lifecycle and diagnostics here, every other feature in features/, converting at convert.ts.
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isAbsoluteUrl, resolveLanguage } from '../core';
import type { InitializationOptions } from '../protocol';
import { Analyzer } from './analysis';
import type { Feature, ServerContext } from './context';
import { toLinkedDiagnostic } from './convert';
import { symbolsFeature } from './features/symbols';
import { organizerFeatures } from './features/organizer';
import { intelligenceFeatures } from './features/intelligence';
import { commandsFeature } from './features/commands';
import { DIAGNOSTIC_PROVIDER, pullDiagnosticsFeature, wantsPullDiagnostics } from './features/pullDiagnostics';
import type { ServerHost, Watching } from './host';
import { buildFirstIndex } from './firstIndex';
import { checkImages } from '../app/images';
import { inThreadJobs } from '../app/jobs';
import { reindexFile } from './indexing';
import { sessionResultsOf } from './sessionResults';
import { ValidationScheduler } from './scheduler';
import { SettingsCache } from './settings';
import { watchWorkspace } from './watching';
import { clientWorkspace, isPlanUri, NO_FILES } from './workspace';

export type { ServerHost } from './host';

/** Characters from which a closed document's memory is given back at once (see ServerHost.releaseMemory). */
const LARGE_DOCUMENT = 1024 * 1024;

/** Every feature beyond diagnostics; each announces its own capabilities. */
const FEATURES: Feature[] = [symbolsFeature, ...organizerFeatures, ...intelligenceFeatures, pullDiagnosticsFeature, commandsFeature];

/** Wires every handler onto the connection and starts listening. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const analyzer = new Analyzer('en');
  let files = host.fallbackFiles ?? NO_FILES;
  let rootUris: string[] = [];
  let configurationSupport = false;
  let pull = false;
  let docsBase: string | undefined;
  let options: InitializationOptions = {};
  let watching: Watching | undefined;
  const settings = new SettingsCache(connection, () => configurationSupport);
  const jobs = host.jobs?.() ?? inThreadJobs();
  // Diagnostics wait only for the event plans, which are read first (without them an owner listed in
  // barcamp.json would be reported as unknown for a moment). Sessions are indexed in the background;
  // when that is done, open files are revalidated, which completes their cross-file findings.
  let markIndexed: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => (markIndexed = resolve));
  let markPlansLoaded: () => void = () => undefined;
  const plansLoaded = new Promise<void>((resolve) => (markPlansLoaded = resolve));

  const diagnosticsOf = async (document: TextDocument) => {
    await plansLoaded;
    const rules = await settings.rulesFor(document.uri);
    if (documents.get(document.uri)?.version !== document.version) return undefined; // stale: a newer version is scheduled
    const protocol = analyzer.protocolOf(document);
    const images = await checkImages(files, { uri: document.uri, images: protocol.images }, analyzer.eventFolderOf(document.uri));
    if (documents.get(document.uri)?.version !== document.version) return undefined;
    return analyzer.diagnostics(document, rules, images.problems);
  };
  const publish = async (document: TextDocument) => {
    if (pull) return; // the client asks for them (features/pullDiagnostics.ts)
    const diagnostics = await diagnosticsOf(document);
    if (diagnostics) await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnostics.map(toLinkedDiagnostic(docsBase)) });
  };
  const scheduler = new ValidationScheduler(publish);
  /** Features that keep event-wide state (views, check all) follow every revalidation. */
  const revalidateListeners: Array<() => void> = [];
  const planListeners: Array<() => void> = [];
  let clientCapabilities: ClientCapabilities = {};
  // Re-reads of changed files still running: a request after a change must see it, as the editor's own view already does.
  const reindexing = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    reindexing.add(work);
    void work.finally(() => reindexing.delete(work)).catch(() => undefined);
    return work;
  };
  const context: ServerContext = {
    connection,
    documents,
    analyzer,
    settings,
    jobs,
    files: () => files,
    roots: () => rootUris,
    plansLoaded: () => plansLoaded,
    indexed: async () => {
      await indexed;
      await Promise.all([...reindexing].map((work) => work.catch(() => undefined)));
    },
    revalidateOpen: () => {
      documents
        .all()
        .filter((d) => !isPlanUri(d.uri))
        .forEach((d) => scheduler.schedule(d));
      revalidateListeners.forEach((listener) => listener());
    },
    onRevalidate: (listener) => revalidateListeners.push(listener),
    onPlansChanged: (listener) => planListeners.push(listener),
    clientCapabilities: () => clientCapabilities,
    host,
    diagnosticsOf,
    pullDiagnostics: () => pull,
    docsBase: () => docsBase,
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    options = (params.initializationOptions ?? {}) as InitializationOptions;
    analyzer.language = resolveLanguage(options.locale ?? params.locale);
    if (options.clientFileAccess) files = clientWorkspace(connection);
    rootUris = workspaceRoots(params);
    configurationSupport = params.capabilities.workspace?.configuration === true;
    clientCapabilities = params.capabilities;
    pull = wantsPullDiagnostics(params.capabilities, options);
    docsBase = docsBaseOf(options, host);
    const featureCapabilities = Object.assign({}, ...FEATURES.map((f) => f.capabilities));
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, ...featureCapabilities, ...(pull ? { diagnosticProvider: DIAGNOSTIC_PROVIDER } : {}) },
      serverInfo: { name: 'barcamp-sessions' },
    };
  });

  // Closed sessions read again (closed in the editor, changed on disk) are parsed once in the worker, like the first index.
  const results = sessionResultsOf(context);
  const reindex = (uris: string[]) => track(results.using(() => Promise.all(uris.map((uri) => reindexFile(files, uri, analyzer, (batch) => results.remember(batch))))));

  connection.onInitialized(async () => {
    // Without this registration, VS Code sends no didChangeConfiguration to a server that pulls its settings.
    if (configurationSupport) connection.client.register(DidChangeConfigurationNotification.type, { section: 'barcamp' }).catch(() => undefined);
    // Started before the first index, so that no change made while it runs goes unseen; not awaited, as a client may never answer the registration.
    void watchWorkspace(connection, { capabilities: clientCapabilities, options, host, rootUris, onChange: (changes) => void filesChanged(changes) }).then((w) => (watching = w));
    await buildFirstIndex(connection, files, rootUris, analyzer, markPlansLoaded, results);
    markIndexed();
    context.revalidateOpen();
    planListeners.forEach((listener) => listener());
  });

  documents.onDidChangeContent(({ document }) => {
    if (isPlanUri(document.uri)) return;
    analyzer.protocolOf(document);
    context.revalidateOpen(); // one session's day/slot/room can change the room-slot findings of the others
  });

  documents.onDidClose(async ({ document }) => {
    scheduler.cancel(document.uri);
    analyzer.close(document.uri);
    const large = document.getText().length > LARGE_DOCUMENT;
    const reindexed = reindex([document.uri]);
    if (!pull) await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    await reindexed;
    // Its tree and text are garbage now, but an idle server would keep the memory for a long time.
    if (large) host.releaseMemory?.();
  });

  /** Files changed on disk, as the client or the host's watcher reports them. */
  async function filesChanged(changes: FileEvent[]): Promise<void> {
    await reindex(changes.map((change) => change.uri));
    context.revalidateOpen();
    if (changes.some((change) => isPlanUri(change.uri))) planListeners.forEach((listener) => listener());
  }
  connection.onDidChangeWatchedFiles(({ changes }) => filesChanged(changes));
  connection.onShutdown(() => watching?.dispose());

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    context.revalidateOpen();
  });

  FEATURES.forEach((feature) => feature.register(context));
  documents.listen(connection);
  connection.listen();
}

/**
 * Where diagnostics link to: the client's `docsUrl`, else the pages shipped with the server — not for the
 * VS Code client (it passes clientFileAccess), whose diagnostics keep their plain codes unless it names a base.
 */
function docsBaseOf(options: InitializationOptions, host: ServerHost): string | undefined {
  if (isAbsoluteUrl(options.docsUrl)) return options.docsUrl;
  return options.clientFileAccess ? undefined : host.ruleDocsBase;
}

/** The workspace folders, falling back to the deprecated rootUri that older clients (Neovim 0.7) still send. */
function workspaceRoots(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((f) => f.uri);
  return params.rootUri ? [params.rootUri] : [];
}
