// "Preview event documentation": the HTML report of an event in a webview beside the editor, live, without any script;
// the public documentation or, switched in the editor title, the organizers' report.
import * as vscode from 'vscode';
import { PreviewRequest, type EventInfo, type PreviewParams, type PreviewResult } from '../../server/src/protocol';
import { pickEvent, type EventList } from './events';
import { debounce, localToday, type ServerApi } from './serverApi';

/** The preview's view type: `activeWebviewPanelId` in the `when` clauses of its title buttons. */
export const PREVIEW_VIEW_TYPE = 'barcamp.preview';
/** The context key saying which document the active preview shows (`public` or `organizer`). */
const AUDIENCE_KEY = 'barcamp.preview.audience';

type Audience = NonNullable<PreviewParams['audience']>;

interface Panel {
  panel: vscode.WebviewPanel;
  html: string;
  generation: number;
  /** Which document the panel shows: the public one until switched; kept while the panel lives. */
  audience: Audience;
  /** The event's title, for the panel title. */
  name: string;
}

/**
 * One panel per event; reopening the command reveals it. The webview runs no script, so the switch
 * between the public documentation and the organizers' report is a pair of commands in the editor
 * title (shown while a preview is the active editor) and the palette.
 */
export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, Panel>();
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
      void setAudienceContext(existing.audience);
    } else {
      const panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        panelTitle('public', event.name),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(this.extensionUri),
      );
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'barcamp.svg');
      const entry: Panel = { panel, html: '', generation: 0, audience: 'public', name: event.name };
      panel.onDidDispose(() => this.panels.delete(event.eventUri));
      // The title buttons follow the preview last opened, switched or focused (the key is global, the buttons per editor group).
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.active) void setAudienceContext(entry.audience);
      });
      this.panels.set(event.eventUri, entry);
      void setAudienceContext(entry.audience);
    }
    await this.render(event.eventUri);
    return event;
  }

  /**
   * Shows the organizers' report or the public documentation in the preview the argument names
   * (`{ eventUri }`), else in the active one. Returns the event shown, or undefined without a preview.
   */
  async show(audience: Audience, arg?: unknown): Promise<string | undefined> {
    const eventUri = this.target(arg);
    const entry = eventUri === undefined ? undefined : this.panels.get(eventUri);
    if (!entry || eventUri === undefined) return undefined;
    entry.audience = audience;
    entry.panel.title = panelTitle(audience, entry.name);
    await setAudienceContext(audience);
    await this.render(eventUri);
    return eventUri;
  }

  /**
   * The preview a switch is meant for: the one `{ eventUri }` names (the tests), else the focused one,
   * else the only one visible (a title button clicked in a group that has no focus passes no event).
   */
  private target(arg: unknown): string | undefined {
    const named = (arg as { eventUri?: unknown } | undefined)?.eventUri;
    if (typeof named === 'string') return named;
    const entries = [...this.panels];
    const active = entries.find(([, entry]) => entry.panel.active);
    const visible = entries.filter(([, entry]) => entry.panel.visible);
    return (active ?? (visible.length === 1 ? visible[0] : undefined))?.[0];
  }

  /** What a panel shows, for the tests. */
  htmlOf(eventUri: string): string | undefined {
    return this.panels.get(eventUri)?.html;
  }

  /** The panel's title and document, for the tests. */
  stateOf(eventUri: string): { title: string; audience: Audience } | undefined {
    const entry = this.panels.get(eventUri);
    return entry ? { title: entry.panel.title, audience: entry.audience } : undefined;
  }

  private async render(eventUri: string): Promise<void> {
    const entry = this.panels.get(eventUri);
    if (!entry) return;
    const generation = ++entry.generation;
    const params: PreviewParams = { eventUri, today: localToday(), audience: entry.audience };
    const result = await this.api.request<PreviewResult>(PreviewRequest, params).catch((error: unknown) => error);
    // Closed meanwhile, or a newer render started: this result is stale.
    if (this.panels.get(eventUri) !== entry || generation !== entry.generation) return;
    const webview = entry.panel.webview;
    if (result instanceof Error || !(result as PreviewResult).html) {
      const detail = result instanceof Error ? result.message : vscode.l10n.t('The event no longer exists.');
      entry.html = messagePage(webview, vscode.l10n.t('The preview could not be built: {0}', detail));
    } else {
      const preview = result as PreviewResult;
      if (preview.title) entry.name = preview.title;
      entry.panel.title = panelTitle(entry.audience, entry.name);
      entry.html = embed(withImages(preview, webview), webview, vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-theme.css'));
    }
    webview.html = entry.html;
  }

  dispose(): void {
    this.panels.forEach(({ panel }) => panel.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** No script, no form; the event's own images are shown from the workspace, the theme from the extension; nothing else may load. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: false,
    enableForms: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)],
  };
}

function setAudienceContext(audience: Audience): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', AUDIENCE_KEY, audience);
}

/** "Preview: Documentation – <event>" or "Preview: Report for the Organizers – <event>", in the editor's language. */
function panelTitle(audience: Audience, event: string): string {
  return audience === 'organizer' ? vscode.l10n.t('Preview: Report for the Organizers – {0}', event) : vscode.l10n.t('Preview: Documentation – {0}', event);
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
export function withImages(preview: Pick<PreviewResult, 'html' | 'assets'>, webview: vscode.Webview): string {
  let html = preview.html ?? '';
  for (const asset of preview.assets ?? []) {
    if (!/^[A-Za-z0-9_-]+\.[a-z]+$/u.test(asset.fileName)) continue;
    html = html.split(`src="assets/${asset.fileName}"`).join(`src="${webview.asWebviewUri(vscode.Uri.parse(asset.sourceUri)).toString()}"`);
  }
  return html;
}

/** A page of one line, under the same policy: why there is no preview. */
export function messagePage(webview: vscode.Webview, message: string): string {
  const text = message.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview)}"></head><body><p>${text}</p></body></html>`;
}
