// What the views and "Check all sessions" keep per closed file: local problems tied to the summary they were computed with, made by the first index and the watcher, refilled off the editor's thread when stale.
import type { CancellationToken } from 'vscode-languageserver';
import { crossFileProblems, localProblems, toDiagnostics, type Diagnostic, type EventPlan, type Language, type Problem, type SessionSummary } from '../core';
import type { ServerContext } from './context';
import { Cancelled } from '../app/cancel';
import { nextTurn, type IndexedFile, type JobFile } from '../app/jobs';
import { inReadAheadBatches, readJobFiles } from './indexing';

export { Cancelled } from '../app/cancel';

/** Stale files read for one batch, and the summaries they were read for (a file that cannot be read is left out). */
interface StaleBatch {
  files: JobFile[];
  before: SessionSummary[];
}

/** Sessions validated per turn of the event loop once their problems are known (no parsing left: cheap). */
const CHUNK = 500;

/** A session with its diagnostics as the Problems panel shows them. */
export interface CheckedSession {
  uri: string;
  summary: SessionSummary;
  diagnostics: Diagnostic[];
}

export interface ResultOptions {
  plan: EventPlan | undefined;
  language: Language;
  /** True: the user's `barcamp.rules` settings apply, exactly as in the Problems panel. */
  userSettings: boolean;
  token?: CancellationToken;
  onProgress?: (done: number, total: number) => void;
}

/** The local problems of one file, valid while the index holds the very summary object they are keyed by. */
interface LocalResult {
  plan: EventPlan | undefined;
  problems: Problem[];
  /** The protocol's own language. */
  protocolLanguage?: Language;
}

/**
 * Architecture invariant: for a file that is not open, the server keeps its summary (in the index) and
 * its local problems (here, in a WeakMap keyed by that summary object, with the plan object they were
 * computed against; problems carry no words, so the language plays no part) — never its text or tree. Both come from one parse: in the first
 * index and when the watcher re-reads a file (`remember`). A changed barcamp.json gives a new plan object,
 * which makes the entries stale; only stale files are read and parsed again, on the next request (`fill`).
 * Cross-file problems and severities are applied per request.
 */
export class SessionResults {
  private readonly local = new WeakMap<SessionSummary, LocalResult>();
  /** Fills run one after another, so two requests never parse the same files twice. */
  private filling: Promise<unknown> = Promise.resolve();
  /** Work using the worker now (fills, the first index, re-reads of changed files): it is closed when none is left. */
  private users = 0;

  constructor(private readonly ctx: ServerContext) {}

  /** Every given session with its diagnostics; a closed file that cannot be read any more is left out. */
  async check(summaries: readonly SessionSummary[], options: ResultOptions): Promise<CheckedSession[]> {
    const fresh = await this.locals(summaries, options);
    const { analyzer, settings } = this.ctx;
    const checked: CheckedSession[] = [];
    for (let i = 0; i < fresh.length; i += CHUNK) {
      if (options.token?.isCancellationRequested) throw new Cancelled();
      for (const { summary, problems } of fresh.slice(i, i + CHUNK)) {
        const rules = options.userSettings ? await settings.rulesFor(summary.uri) : undefined;
        const context = analyzer.index.contextFor(summary.uri, { settings: rules, language: options.language });
        // What validateSession gives for the same text: local problems, then cross-file ones, severities applied once.
        const diagnostics = toDiagnostics([...problems, ...crossFileProblems(summary, context)], context);
        checked.push({ uri: summary.uri, summary, diagnostics });
      }
      await nextTurn();
    }
    return checked;
  }

  /** The protocols' own languages (undefined where unclear), for the event's language. */
  async languages(summaries: readonly SessionSummary[], options: Pick<ResultOptions, 'plan' | 'language' | 'token'>): Promise<Array<Language | undefined>> {
    return (await this.locals(summaries, { ...options, userSettings: false })).map((r) => r.protocolLanguage);
  }

  /** Local problems of every session: open ones from the editor's text, closed ones from the cache or parsed anew. */
  private async locals(summaries: readonly SessionSummary[], options: ResultOptions): Promise<Array<LocalResult & { summary: SessionSummary }>> {
    const computed = await this.fill(summaries, options);
    const { analyzer, documents } = this.ctx;
    return summaries.flatMap((summary) => {
      const document = documents.get(summary.uri);
      if (document) {
        // The editor's text wins; its protocol is parsed once per version anyway.
        const protocol = analyzer.protocolOf(document);
        const problems = localProblems(protocol, { plan: options.plan });
        return [{ summary: analyzer.index.session(summary.uri) ?? summary, plan: options.plan, problems, protocolLanguage: protocol.language }];
      }
      // After the fill the index holds the summary the cached problems belong to (or a result is for this request only).
      const current = analyzer.index.session(summary.uri) ?? summary;
      const only = computed.get(summary.uri);
      if (only) return [only];
      const cached = this.valid(current, options);
      return cached ? [{ ...cached, summary: current }] : [];
    });
  }

  private valid(summary: SessionSummary, options: Pick<ResultOptions, 'plan'>): LocalResult | undefined {
    const cached = this.local.get(summary);
    return cached && cached.plan === options.plan ? cached : undefined;
  }

  /**
   * Parses the closed files without a valid entry, in batches in the worker, the next batch read while
   * one is parsed. Results whose summary the index still holds replace it and are cached; a file that
   * changed meanwhile gets its result for this request only. Returns those request-only results.
   */
  private fill(summaries: readonly SessionSummary[], options: ResultOptions): Promise<Map<string, LocalResult & { summary: SessionSummary }>> {
    const run = this.filling.then(() => this.fillNow(summaries, options));
    this.filling = run.catch(() => undefined);
    return this.using(() => run);
  }

  /**
   * Runs work that needs the worker. The worker (and its memory) goes when no such work is left; the
   * first index holds it across its batches, so it is not restarted between two of them.
   */
  async using<T>(work: () => Promise<T>): Promise<T> {
    this.users++;
    try {
      return await work();
    } finally {
      if (--this.users === 0) this.ctx.jobs.close();
    }
  }

  /**
   * Parses closed files once, in the worker (the first index, re-reads of changed files): the summary
   * goes into the index and the local problems are kept for it, against each file's plan as the index
   * knows it now. Files of different events go as one job per plan.
   */
  remember(files: readonly JobFile[]): Promise<void> {
    const { analyzer } = this.ctx;
    const byPlan = new Map<EventPlan | undefined, JobFile[]>();
    for (const file of files) {
      const plan = analyzer.index.planFor(file.uri);
      const group = byPlan.get(plan);
      if (group) group.push(file);
      else byPlan.set(plan, [file]);
    }
    return this.using(async () => {
      await Promise.all(
        [...byPlan].map(async ([plan, group]) => {
          const results = await this.index(group, plan);
          // A file opened meanwhile is the editor's: its summary comes from there, and nothing is kept.
          for (const result of results) if (result && !analyzer.isOpen(result.summary.uri)) this.store(result, { plan });
        }),
      );
    });
  }

  /** Parses texts in the jobs: one result per file, in order (a text always gives one). */
  private async index(files: JobFile[], plan: EventPlan | undefined): Promise<Array<IndexedFile | undefined>> {
    const outcomes = await this.ctx.jobs.run({ kind: 'index', files, setup: { plans: plan ? [plan] : [] } });
    return outcomes.map((outcome) => ('ok' in outcome ? outcome.ok : undefined));
  }

  private store(result: IndexedFile, options: Pick<ResultOptions, 'plan'>): void {
    this.ctx.analyzer.setDiskSummary(result.summary);
    this.local.set(result.summary, localResult(result, options));
  }

  private async fillNow(summaries: readonly SessionSummary[], options: ResultOptions): Promise<Map<string, LocalResult & { summary: SessionSummary }>> {
    const { analyzer, documents } = this.ctx;
    const only = new Map<string, LocalResult & { summary: SessionSummary }>();
    const stale = summaries.map((s) => analyzer.index.session(s.uri) ?? s).filter((s) => !documents.get(s.uri) && !this.valid(s, options));
    const analyze = async (batch: StaleBatch, done: number) => {
      const results = await this.index(batch.files, options.plan);
      results.forEach((result, i) => result && this.keep(batch.before[i], result, options, only));
      options.onProgress?.(done, stale.length);
    };
    if (
      !(await inReadAheadBatches(
        stale,
        (batch) => this.readBatch(batch),
        analyze,
        () => options.token?.isCancellationRequested === true,
      ))
    )
      throw new Cancelled();
    return only;
  }

  private keep(before: SessionSummary, result: IndexedFile, options: Pick<ResultOptions, 'plan'>, only: Map<string, LocalResult & { summary: SessionSummary }>): void {
    const { analyzer } = this.ctx;
    if (analyzer.index.session(before.uri) === before && !analyzer.isOpen(before.uri)) {
      // The summary of the text just read replaces the index's (equal unless the file changed unwatched).
      this.store(result, options);
    } else {
      only.set(before.uri, { ...localResult(result, options), summary: result.summary });
    }
  }

  private async readBatch(summaries: SessionSummary[]): Promise<StaleBatch> {
    const read = await readJobFiles(
      this.ctx.files(),
      summaries.map((s) => s.uri),
    );
    const files: JobFile[] = [];
    const before: SessionSummary[] = [];
    read.forEach((file, i) => {
      if (file === undefined) return;
      files.push(file);
      before.push(summaries[i]);
    });
    return { files, before };
  }
}

/** What is kept of an analyzed file, and what it was computed against. */
function localResult(result: IndexedFile, options: Pick<ResultOptions, 'plan'>): LocalResult {
  const entry: LocalResult = { plan: options.plan, problems: result.problems };
  if (result.language) entry.protocolLanguage = result.language;
  return entry;
}

/** One SessionResults per server, shared by every feature that needs whole events. */
const instances = new WeakMap<ServerContext, SessionResults>();
export function sessionResultsOf(ctx: ServerContext): SessionResults {
  let instance = instances.get(ctx);
  if (!instance) instances.set(ctx, (instance = new SessionResults(ctx)));
  return instance;
}
