// Whole events for the organizer: which events there are, their sessions' summaries, and their diagnostics (from SessionResults).
import type { CancellationToken } from 'vscode-languageserver';
import { folderOf, type EventPlan, type Language, type SessionSummary } from '../core';
import type { ServerContext } from './context';
import { sessionResultsOf, type CheckedSession } from './sessionResults';

export { Cancelled, type CheckedSession } from './sessionResults';

/** One event: a barcamp.json and the sessions below it, or a folder of sessions without one. */
export interface EventRef {
  /** The barcamp.json URI, or the folder URI for sessions without one (what SessionIndex.eventKey returns). */
  eventUri: string;
  planUri?: string;
  folderUri: string;
  plan?: EventPlan;
}

export interface CheckEventOptions {
  language: Language;
  /**
   * True: the user's `barcamp.rules` settings apply, exactly as in the Problems panel. False: only the
   * event's own rules (barcamp.json).
   */
  userSettings: boolean;
}

/**
 * The one place that knows an event's sessions, for the Sessions view, the Next-steps view, "Check all
 * sessions", new sessions and the aggregation. Summaries come from the index (open documents included);
 * diagnostics from SessionResults, which parses only files whose entry is stale.
 */
export class EventSessions {
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
    return this.summaries(event).map((s) => s.uri);
  }

  /** The summaries of an event's sessions, sorted by URI: the editor's for open documents, else the files'. */
  summaries(event: EventRef): SessionSummary[] {
    const index = this.ctx.analyzer.index;
    return index
      .allSessions()
      .filter((s) => index.eventKey(s.uri) === event.eventUri)
      .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** Every session of an event with its diagnostics; closed files are parsed only when their entry is stale. */
  checkEvent(event: EventRef, options: CheckEventOptions, token?: CancellationToken, onProgress?: (done: number, total: number) => void): Promise<CheckedSession[]> {
    return sessionResultsOf(this.ctx).check(this.summaries(event), { ...options, plan: event.plan, token, onProgress });
  }

  /** The languages the event's protocols are written in (undefined where unclear). */
  async languages(event: EventRef, token?: CancellationToken): Promise<Array<Language | undefined>> {
    return sessionResultsOf(this.ctx).languages(this.summaries(event), { plan: event.plan, language: this.ctx.analyzer.language, token });
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

/** One EventSessions per server, shared by every feature that needs whole events. */
const instances = new WeakMap<ServerContext, EventSessions>();
export function eventSessionsOf(ctx: ServerContext): EventSessions {
  let instance = instances.get(ctx);
  if (!instance) instances.set(ctx, (instance = new EventSessions(ctx)));
  return instance;
}
