// The event-wide index: compact summaries of every session and the parsed event plans, shared by the LSP server and the CLI.
import type { EventPlan, SessionFacts, SessionSummary, Language, RuleSetting, DiagnosticCode } from '../model';
import { parseEventPlan, type EventPlanResult } from '../event';
import { nearestEventPlan } from '../event';
import type { ValidationContext } from './validate';

/** Options of one validation that do not come from the files: the user's settings and language. */
export interface ContextOptions {
  settings?: Partial<Record<DiagnosticCode, RuleSetting>>;
  language: Language;
}

/**
 * Keeps summaries (never syntax trees) of all known sessions and the event plans, so that cross-file
 * rules can run on one document without reparsing the others. Pure state: the caller does all IO.
 * The editor keeps whole summaries (views, references); the CLI only the facts the rules read.
 */
export class SessionIndex<S extends SessionFacts = SessionSummary> {
  private readonly sessions = new Map<string, S>();
  private readonly plans = new Map<string, EventPlanResult>();
  /** Event key per session URI; cleared whenever the set of plans changes, since that can move sessions. */
  private readonly eventKeys = new Map<string, string>();
  /** The same per folder: every session of a folder has the same event, and finding it normalizes every plan URI. */
  private readonly folderKeys = new Map<string, string>();
  /** Sessions grouped by event, built on demand and dropped on any change: the CLI validates all sessions with one grouping. */
  private groups: Map<string, S[]> | undefined;

  /** Records or replaces the summary of one session. */
  setSession(summary: S): void {
    this.sessions.set(summary.uri, summary);
    this.groups = undefined;
  }

  deleteSession(uri: string): void {
    this.sessions.delete(uri);
    this.groups = undefined;
  }

  /** Parses and records a barcamp.json; returns the result so the caller can report a syntax error. */
  setPlan(uri: string, text: string): EventPlanResult {
    const result = parseEventPlan(text, uri);
    if (!this.plans.has(uri)) this.forgetEvents();
    this.plans.set(uri, result);
    return result;
  }

  /** Records a plan parsed elsewhere (the server's index hands its plans to a use case). */
  addPlan(plan: EventPlan): void {
    if (!this.plans.has(plan.uri)) this.forgetEvents();
    this.plans.set(plan.uri, { plan });
  }

  deletePlan(uri: string): void {
    if (this.plans.delete(uri)) this.forgetEvents();
  }

  hasSession(uri: string): boolean {
    return this.sessions.has(uri);
  }

  /** The summary recorded for a session; a new object whenever the session changed (callers may key caches by it). */
  session(uri: string): S | undefined {
    return this.sessions.get(uri);
  }

  allSessions(): S[] {
    return [...this.sessions.values()];
  }

  planUris(): string[] {
    return [...this.plans.keys()];
  }

  /** The barcamp.json that governs a session, or undefined (also when that file does not parse). */
  planFor(sessionUri: string): EventPlan | undefined {
    // The event key is the nearest plan's URI when there is one (and a folder otherwise), and it is memoized.
    return this.plans.get(this.eventKey(sessionUri))?.plan;
  }

  /**
   * Which event a session belongs to: its barcamp.json, or — without one — its folder, so that
   * sessions kept side by side still count as one event for the room/slot check.
   */
  eventKey(sessionUri: string): string {
    let key = this.eventKeys.get(sessionUri);
    if (key === undefined) {
      // A query or fragment could hold a `/`; such URIs are resolved one by one.
      const folder = /[?#]/u.test(sessionUri) ? undefined : folderOf(sessionUri);
      key = (folder === undefined ? undefined : this.folderKeys.get(folder)) ?? nearestEventPlan(sessionUri, this.planUris()) ?? folderOf(sessionUri);
      if (folder !== undefined) this.folderKeys.set(folder, key);
      this.eventKeys.set(sessionUri, key);
    }
    return key;
  }

  private eventGroups(): Map<string, S[]> {
    if (!this.groups) {
      this.groups = new Map();
      for (const summary of this.sessions.values()) {
        const key = this.eventKey(summary.uri);
        const group = this.groups.get(key);
        if (group) group.push(summary);
        else this.groups.set(key, [summary]);
      }
    }
    return this.groups;
  }

  private forgetEvents(): void {
    this.eventKeys.clear();
    this.folderKeys.clear();
    this.groups = undefined;
  }

  /**
   * Everything `validateSession` needs to know about the rest of the event. `others` is the event's shared
   * array of sessions (this one included, which rules skip): filtering it per session made validating an
   * event of n sessions cost n² (measured: seconds at 10,000).
   */
  contextFor(sessionUri: string, options: ContextOptions): ValidationContext {
    return {
      plan: this.planFor(sessionUri),
      others: this.eventGroups().get(this.eventKey(sessionUri)) ?? [],
      settings: options.settings,
      language: options.language,
    };
  }
}

/** The URI of the folder that holds a file (`file:///a/b/x.md` → `file:///a/b`). */
export function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash < 0 ? '' : uri.slice(0, slash);
}
