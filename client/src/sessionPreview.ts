// "Preview Protocol": one protocol as the public documentation will show it, in a webview without any script,
// live while the documenter types (the server renders the editor's unsaved text).
import * as vscode from 'vscode';
import { PreviewSessionRequest, type PreviewSessionParams, type PreviewSessionResult } from '../../server/src/protocol';
import { embed, messagePage, webviewOptions, withImages } from './previewPanel';
import { debounce, localToday, type ServerApi } from './serverApi';

/** The view type of a protocol's preview (`activeWebviewPanelId`). */
export const SESSION_PREVIEW_VIEW_TYPE = 'barcamp.sessionPreview';
/** Typing settles this long before the page is rendered again. */
const TYPING_DELAY_MS = 250;

interface Panel {
  panel: vscode.WebviewPanel;
  html: string;
  generation: number;
  /** The session's topic, for the panel title; the file name until the server has answered. */
  topic: string;
  /** Renders again once changes have settled. */
  refresh: ReturnType<typeof debounce>;
  /** The request in flight: a newer render cancels it. */
  pending?: vscode.CancellationTokenSource;
}

/**
 * One panel per protocol; running the command again for the same file reveals it. The page is the session's
 * article as the public HTML documentation shows it (the server's renderer, the event's plan and privacy
 * rules), under the same strict policy as the event preview.
 */
export class SessionPreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, Panel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly api: ServerApi,
    private readonly extensionUri: vscode.Uri,
  ) {
    // barcamp.json, a saved or closed protocol: the server's notification; typing: the document's own change event.
    const all = debounce(() => this.panels.forEach((entry) => entry.refresh()), TYPING_DELAY_MS);
    this.subscriptions.push(
      api.onDidChangeSessions(all),
      { dispose: all.dispose },
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0) this.panels.get(document.uri.toString())?.refresh();
      }),
    );
  }

  /**
   * Opens (or reveals) the preview of the protocol the argument names — a URI (editor title, explorer) or
   * `{ uri?, toSide? }` (keybindings, tests) — else of the active editor's. Beside the editor unless
   * `toSide` is false. Returns the protocol's URI, or undefined without a protocol.
   */
  async open(arg?: unknown): Promise<string | undefined> {
    const { uri, toSide } = targetOf(arg);
    if (!uri || !isProtocol(uri)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a session protocol (*.session.md) to preview it.'));
      return undefined;
    }
    const key = uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn, toSide);
    } else {
      const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
      const topic = fileLabel(uri);
      const panel = vscode.window.createWebviewPanel(SESSION_PREVIEW_VIEW_TYPE, panelTitle(topic), { viewColumn: column, preserveFocus: toSide }, webviewOptions(this.extensionUri));
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'barcamp.svg');
      const refresh = debounce(() => void this.render(key), TYPING_DELAY_MS);
      const entry: Panel = { panel, html: '', generation: 0, topic, refresh };
      panel.onDidDispose(() => {
        refresh.dispose();
        entry.pending?.cancel();
        entry.pending?.dispose();
        if (this.panels.get(key) === entry) this.panels.delete(key);
      });
      this.panels.set(key, entry);
    }
    await this.render(key);
    return key;
  }

  /** What a panel shows, for the tests. */
  htmlOf(uri: string): string | undefined {
    return this.panels.get(uri)?.html;
  }

  /** The panel's title, for the tests. */
  stateOf(uri: string): { title: string } | undefined {
    const entry = this.panels.get(uri);
    return entry ? { title: entry.panel.title } : undefined;
  }

  private async render(key: string): Promise<void> {
    const entry = this.panels.get(key);
    if (!entry) return;
    const generation = ++entry.generation;
    entry.pending?.cancel();
    entry.pending?.dispose();
    const pending = (entry.pending = new vscode.CancellationTokenSource());
    const params: PreviewSessionParams = { sessionUri: key, today: localToday() };
    const result = await this.api.request<PreviewSessionResult>(PreviewSessionRequest, params, pending.token).catch((error: unknown) => error);
    // Closed meanwhile, or a newer render started: this result is stale.
    if (this.panels.get(key) !== entry || generation !== entry.generation) return;
    const webview = entry.panel.webview;
    let html: string;
    if (result instanceof Error || !(result as PreviewSessionResult).html) {
      const detail = result instanceof Error ? result.message : vscode.l10n.t('The file is no session protocol or cannot be read.');
      html = messagePage(webview, vscode.l10n.t('The preview could not be built: {0}', detail));
    } else {
      const preview = result as PreviewSessionResult;
      if (preview.title) entry.topic = preview.title;
      html = embed(withImages(preview, webview), webview, vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-theme.css'));
    }
    entry.panel.title = panelTitle(entry.topic);
    // The same page again would only reload the webview (and lose its scroll position).
    if (html === entry.html) return;
    entry.html = html;
    webview.html = html;
  }

  dispose(): void {
    this.panels.forEach(({ panel }) => panel.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** The protocol and where to show it, from a command's argument; the active editor's document without one. */
function targetOf(arg: unknown): { uri?: vscode.Uri; toSide: boolean } {
  const options = arg instanceof vscode.Uri ? { uri: arg } : ((arg ?? {}) as { uri?: unknown; toSide?: unknown });
  const toSide = options.toSide !== false;
  if (options.uri instanceof vscode.Uri) return { uri: options.uri, toSide };
  if (typeof options.uri === 'string') return { uri: vscode.Uri.parse(options.uri), toSide };
  return { uri: vscode.window.activeTextEditor?.document.uri, toSide };
}

/** A `*.session.md` file (the server renders nothing else). */
function isProtocol(uri: vscode.Uri): boolean {
  return uri.path.toLowerCase().endsWith('.session.md');
}

function fileLabel(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** "Preview: <topic>", in the editor's language. */
function panelTitle(topic: string): string {
  return vscode.l10n.t('Preview: {0}', topic);
}
