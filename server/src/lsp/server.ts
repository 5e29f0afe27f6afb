// The language server: document lifecycle and diagnostics here, every other feature in features/, converting at convert.ts.
import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind, type ClientCapabilities, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveLanguage } from '../core';
import type { InitializationOptions } from '../protocol';
import { Analyzer } from './analysis';
import type { Feature, ServerContext } from './context';
import { toDiagnostic } from './convert';
import { symbolsFeature } from './features/symbols';
import { organizerFeatures } from './features/organizer';
import { intelligenceFeatures } from './features/intelligence';
import { buildFirstIndex } from './firstIndex';
import { checkImages } from '../app/images';
import { inThreadJobs, type JobService } from '../app/jobs';
import type { Workspace } from '../app/workspace';
import { reindexFile } from './indexing';
import { sessionResultsOf } from './sessionResults';
import { ValidationScheduler } from './scheduler';
import { SettingsCache } from './settings';
import { clientWorkspace, isPlanUri, NO_FILES } from './workspace';

/** What the platform entry point provides: file access for clients that cannot serve files themselves. */
export interface ServerHost {
  fallbackFiles?: Workspace;
  /** Parses closed files off the editor's thread (Node: a worker thread) for the index, the views and the report; without it, in slices here. */
  jobs?: () => JobService;
  /** Gives memory back after a large document was closed (Node: a full garbage collection); absent where the host cannot. */
  releaseMemory?: () => void;
}

/** Characters from which a closed document's memory is given back at once (see ServerHost.releaseMemory). */
const LARGE_DOCUMENT = 1024 * 1024;

/** Every feature beyond diagnostics; each announces its own capabilities. */
const FEATURES: Feature[] = [symbolsFeature, ...organizerFeatures, ...intelligenceFeatures];

/** Wires every handler onto the connection and starts listening. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const analyzer = new Analyzer('en');
  let files = host.fallbackFiles ?? NO_FILES;
  let rootUris: string[] = [];
  let configurationSupport = false;
  const settings = new SettingsCache(connection, () => configurationSupport);
  const jobs = host.jobs?.() ?? inThreadJobs();
  // Diagnostics wait only for the event plans, which are read first (without them an owner listed in
  // barcamp.json would be reported as unknown for a moment). Sessions are indexed in the background;
  // when that is done, open files are revalidated, which completes their cross-file findings.
  let markIndexed: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => (markIndexed = resolve));
  let markPlansLoaded: () => void = () => undefined;
  const plansLoaded = new Promise<void>((resolve) => (markPlansLoaded = resolve));

  const publish = async (document: TextDocument) => {
    await plansLoaded;
    const rules = await settings.rulesFor(document.uri);
    if (documents.get(document.uri)?.version !== document.version) return; // stale: a newer version is scheduled
    const protocol = analyzer.protocolOf(document);
    const images = await checkImages(files, { uri: document.uri, images: protocol.images }, analyzer.eventFolderOf(document.uri));
    if (documents.get(document.uri)?.version !== document.version) return;
    const diagnostics = analyzer.diagnostics(document, rules, images.problems).map(toDiagnostic);
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
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
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    analyzer.language = resolveLanguage(options.locale ?? params.locale);
    if (options.clientFileAccess) files = clientWorkspace(connection);
    rootUris = workspaceRoots(params);
    configurationSupport = params.capabilities.workspace?.configuration === true;
    clientCapabilities = params.capabilities;
    const featureCapabilities = Object.assign({}, ...FEATURES.map((f) => f.capabilities));
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, ...featureCapabilities },
      serverInfo: { name: 'barcamp-sessions' },
    };
  });

  // Closed sessions read again (closed in the editor, changed on disk) are parsed once in the worker, like the first index.
  const results = sessionResultsOf(context);
  const reindex = (uris: string[]) => track(results.using(() => Promise.all(uris.map((uri) => reindexFile(files, uri, analyzer, (batch) => results.remember(batch))))));

  connection.onInitialized(async () => {
    // Without this registration, VS Code sends no didChangeConfiguration to a server that pulls its settings.
    if (configurationSupport) connection.client.register(DidChangeConfigurationNotification.type, { section: 'barcamp' }).catch(() => undefined);
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
    await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    await reindexed;
    // Its tree and text are garbage now, but an idle server would keep the memory for a long time.
    if (large) host.releaseMemory?.();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    await reindex(changes.map((change) => change.uri));
    context.revalidateOpen();
    if (changes.some((change) => isPlanUri(change.uri))) planListeners.forEach((listener) => listener());
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    context.revalidateOpen();
  });

  FEATURES.forEach((feature) => feature.register(context));
  documents.listen(connection);
  connection.listen();
}

/** The workspace folders, falling back to the deprecated rootUri that older clients (Neovim 0.7) still send. */
function workspaceRoots(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((f) => f.uri);
  return params.rootUri ? [params.rootUri] : [];
}
