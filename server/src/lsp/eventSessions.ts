// Validates whole events: every session read (open documents from the editor, the rest through FileAccess), parsed and checked in chunks.
import type { CancellationToken } from 'vscode-languageserver';
import { folderOf, parseSession, validateSession, type Diagnostic, type EventPlan, type Language, type SessionProtocol } from '../core';
import type { ServerContext } from './context';

/** One event: a barcamp.json and the sessions below it, or a folder of sessions without one. */
export interface EventRef {
  /** The barcamp.json URI, or the folder URI for sessions without one (what SessionIndex.eventKey returns). */
  eventUri: string;
  planUri?: string;
  folderUri: string;
  plan?: EventPlan;
}

export interface LoadedSession {
  uri: string;
  protocol: SessionProtocol;
  text: string;
}

export interface CheckedSession extends LoadedSession {
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  language: Language;
  /**
   * True: the user's `barcamp.rules` settings apply, exactly as in the Problems panel. False: only the
   * event's own rules (barcamp.json), so the generated documentation does not depend on who runs it.
   */
  userSettings: boolean;
}

/** Thrown when a request was cancelled between two chunks. */
export class Cancelled extends Error {}

/** Files read and parsed at once; between chunks other requests and notifications get their turn. */
const CHUNK = 16;

/**
 * The one place that reads, parses and validates all sessions of an event, for the Sessions view, the
 * Next-steps view, "Check all sessions" and the aggregation. Parses of closed files are cached by their
 * text, so a repeated request costs one read per file and no parse when nothing changed.
 */
export class EventSessions {
  private readonly parsed = new Map<string, { text: string; protocol: SessionProtocol }>();

  constructor(private readonly ctx: ServerContext) {}

  /** Every event: each barcamp.json, and each folder of sessions that no barcamp.json governs. Sorted by URI. */
  events(): EventRef[] {
    const index = this.ctx.analyzer.index;
    const keys = new Set<string>(index.planUris());
    // An untitled document belongs to no folder, hence to no event.
    for (const session of index.allSessions()) if (hasFolder(session.uri)) keys.add(index.eventKey(session.uri));
    return [...keys].sort().map((key) => this.eventOf(key));
  }

  /** The event with this URI (a barcamp.json or a folder); a barcamp.json the index does not know yet is accepted too. */
  event(eventUri: string): EventRef | undefined {
    return this.events().find((e) => e.eventUri === eventUri || e.folderUri === eventUri);
  }

  /** The event a session belongs to. */
  eventOfSession(sessionUri: string): EventRef {
    return this.eventOf(this.ctx.analyzer.index.eventKey(sessionUri));
  }

  /** The URIs of an event's sessions, sorted. */
  sessionUris(event: EventRef): string[] {
    const index = this.ctx.analyzer.index;
    return index
      .allSessions()
      .map((s) => s.uri)
      .filter((uri) => index.eventKey(uri) === event.eventUri)
      .sort();
  }

  /** Reads and parses sessions in chunks; a file that cannot be read any more is left out. */
  async load(uris: readonly string[], token?: CancellationToken, onProgress?: (done: number, total: number) => void): Promise<LoadedSession[]> {
    const loaded: LoadedSession[] = [];
    for (let i = 0; i < uris.length; i += CHUNK) {
      if (token?.isCancellationRequested) throw new Cancelled();
      const chunk = await Promise.all(uris.slice(i, i + CHUNK).map((uri) => this.loadOne(uri)));
      loaded.push(...chunk.filter((s): s is LoadedSession => s !== undefined));
      onProgress?.(Math.min(i + CHUNK, uris.length), uris.length);
      await nextTurn();
    }
    return loaded;
  }

  /** Validates loaded sessions against the index (plan, the event's other sessions), in chunks. */
  async check(sessions: readonly LoadedSession[], options: CheckOptions, token?: CancellationToken): Promise<CheckedSession[]> {
    const checked: CheckedSession[] = [];
    for (let i = 0; i < sessions.length; i += CHUNK) {
      if (token?.isCancellationRequested) throw new Cancelled();
      for (const session of sessions.slice(i, i + CHUNK)) {
        const settings = options.userSettings ? await this.ctx.settings.rulesFor(session.uri) : undefined;
        const context = this.ctx.analyzer.index.contextFor(session.uri, { settings, language: options.language });
        checked.push({ ...session, diagnostics: validateSession(session.protocol, context) });
      }
      await nextTurn();
    }
    return checked;
  }

  /** Loads and validates every session of an event. */
  async checkEvent(event: EventRef, options: CheckOptions, token?: CancellationToken): Promise<CheckedSession[]> {
    return this.check(await this.load(this.sessionUris(event), token), options, token);
  }

  /** Drops cached parses of files that are gone from the index. */
  prune(): void {
    for (const uri of this.parsed.keys()) if (!this.ctx.analyzer.index.hasSession(uri)) this.parsed.delete(uri);
  }

  private async loadOne(uri: string): Promise<LoadedSession | undefined> {
    const document = this.ctx.documents.get(uri);
    if (document) return { uri, protocol: this.ctx.analyzer.protocolOf(document), text: document.getText() };
    const text = await this.ctx.files().readText(uri).catch(() => undefined);
    if (text === undefined) return undefined;
    const cached = this.parsed.get(uri);
    if (cached?.text === text) return { uri, protocol: cached.protocol, text };
    const protocol = parseSession(text, uri);
    this.parsed.set(uri, { text, protocol });
    return { uri, protocol, text };
  }

  private eventOf(key: string): EventRef {
    const isPlan = key.endsWith('/barcamp.json');
    if (!isPlan) return { eventUri: key, folderUri: key };
    // planFor looks for the nearest barcamp.json of a file in that folder: for the plan itself, that is the plan.
    const plan = this.ctx.analyzer.index.planFor(key);
    return plan ? { eventUri: key, planUri: key, folderUri: folderOf(key), plan } : { eventUri: key, planUri: key, folderUri: folderOf(key) };
  }
}

function hasFolder(uri: string): boolean {
  return folderOf(uri).includes('/');
}

/** Lets the connection handle queued messages before the next chunk. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** One EventSessions per server, shared by every feature that needs whole events. */
const instances = new WeakMap<ServerContext, EventSessions>();
export function eventSessionsOf(ctx: ServerContext): EventSessions {
  let instance = instances.get(ctx);
  if (!instance) instances.set(ctx, (instance = new EventSessions(ctx)));
  return instance;
}
