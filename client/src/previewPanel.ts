// "Preview event documentation": the HTML report of an event in a webview beside the editor, live, without any script.
import * as vscode from 'vscode';
import { PreviewRequest, type EventInfo, type PreviewResult } from '../../server/src/protocol';
import { pickEvent, type EventList } from './events';
import { debounce, localToday, type ServerApi } from './serverApi';

/** One panel per event; reopening the command reveals it. */
export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; html: string; generation: number }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly api: ServerApi,
    private readonly events: EventList,
    private readonly extensionUri: vscode.Uri,
  ) {
    const refresh = debounce(() => this.panels.forEach((_, eventUri) => void this.render(eventUri)), 250);
    // Sessions and barcamp.json come with the server's notification; event.md is no file the server watches.
    const notes = vscode.workspace.createFileSystemWatcher('**/event.md');
    this.subscriptions.push(api.onDidChangeSessions(refresh), notes, notes.onDidChange(refresh), notes.onDidCreate(refresh), notes.onDidDelete(refresh), { dispose: refresh.dispose });
  }

  /** Opens (or reveals) the preview of the event the argument names, or the one the user picks. */
  async open(arg?: unknown): Promise<EventInfo | undefined> {
    const event = await pickEvent(this.events, arg, vscode.l10n.t('Which event do you want to preview?'));
    if (!event) return undefined;
    const existing = this.panels.get(event.eventUri);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        'barcamp.preview',
        vscode.l10n.t('Preview: {0}', event.name),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: false,
          enableForms: false,
          // The event's own images are shown from the workspace; nothing else may load.
          localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)],
        },
      );
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'barcamp.svg');
      panel.onDidDispose(() => this.panels.delete(event.eventUri));
      this.panels.set(event.eventUri, { panel, html: '', generation: 0 });
    }
    await this.render(event.eventUri);
    return event;
  }

  /** The HTML a panel shows, for the tests. */
  htmlOf(eventUri: string): string | undefined {
    return this.panels.get(eventUri)?.html;
  }

  private async render(eventUri: string): Promise<void> {
    const entry = this.panels.get(eventUri);
    if (!entry) return;
    const generation = ++entry.generation;
    const result = await this.api.request<PreviewResult>(PreviewRequest, { eventUri, today: localToday() }).catch((error: unknown) => error);
    // Closed meanwhile, or a newer render started: this result is stale.
    if (this.panels.get(eventUri) !== entry || generation !== entry.generation) return;
    const webview = entry.panel.webview;
    if (result instanceof Error || !(result as PreviewResult).html) {
      const detail = result instanceof Error ? result.message : vscode.l10n.t('The event no longer exists.');
      entry.html = messagePage(webview, vscode.l10n.t('The preview could not be built: {0}', detail));
    } else {
      const preview = result as PreviewResult;
      entry.panel.title = vscode.l10n.t('Preview: {0}', preview.title);
      entry.html = embed(withImages(preview, webview), webview, vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-theme.css'));
    }
    webview.html = entry.html;
  }

  dispose(): void {
    this.panels.forEach(({ panel }) => panel.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/**
 * The strict policy of the preview: nothing may load or run but the report's inline style and the theme
 * stylesheet; images only from the webview, https or data URLs. No script-src at all, and the webview
 * has scripts disabled: no protocol text can ever run.
 */
export function contentSecurityPolicy(webview: vscode.Webview): string {
  return `default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource} https: data:; font-src ${webview.cspSource}`;
}

/**
 * Puts the policy first into the report's head (it only governs what follows it) and the theme
 * stylesheet last (so it overrides the report's colours). The report's head is fixed text from the
 * server's renderer; protocol text only appears escaped inside <title>, so the first `<head>` and the
 * first `</head>` are the real ones.
 */
export function embed(html: string, webview: vscode.Webview, themeCss: vscode.Uri): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview)}">`;
  const theme = `<link rel="stylesheet" href="${webview.asWebviewUri(themeCss).toString()}">`;
  const head = html.indexOf('<head>');
  const headEnd = html.indexOf('</head>');
  if (head < 0 || headEnd < head) return messagePage(webview, vscode.l10n.t('The preview could not be built: {0}', 'no <head>'));
  const start = head + '<head>'.length;
  return `${html.slice(0, start)}\n${csp}${html.slice(start, headEnd)}${theme}\n${html.slice(headEnd)}`;
}

/**
 * The HTML with its images shown from the files they will be copied from (the documentation's `assets`
 * folder may not be written yet). Asset names are plain ASCII (`flip-k3x9a0.jpg`), so the `src` the
 * renderer wrote is found as is; nothing else of the page changes.
 */
function withImages(preview: PreviewResult, webview: vscode.Webview): string {
  let html = preview.html ?? '';
  for (const asset of preview.assets ?? []) {
    if (!/^[A-Za-z0-9_-]+\.[a-z]+$/u.test(asset.fileName)) continue;
    html = html.split(`src="assets/${asset.fileName}"`).join(`src="${webview.asWebviewUri(vscode.Uri.parse(asset.sourceUri)).toString()}"`);
  }
  return html;
}

function messagePage(webview: vscode.Webview, message: string): string {
  const text = message.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview)}"></head><body><p>${text}</p></body></html>`;
}
