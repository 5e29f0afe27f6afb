// The sessions of one event readied for its report (Aggregate, Preview): parsed fresh for this request, in the worker, and dropped after it.
import type { CancellationToken } from 'vscode-languageserver';
import { crossFileProblems, reportLanguage, reportProblems, sessionFacts, toDiagnostics, type Language, type PreparedSession, type Problem, type SessionFacts, type SessionInput, type SessionProtocol } from '../core';
import { referenceDate } from '../core/report';
import type { ServerContext } from './context';
import { Cancelled, eventSessionsOf, type EventRef } from './eventSessions';
import type { PrepareSetup } from './fileJobs';
import { inReadAheadBatches, readTexts } from './indexing';
import { sessionResultsOf } from './sessionResults';

/** An event's sessions as the report takes them, in the report's language. */
export interface ReportInputs {
  language: Language;
  sessions: SessionInput[];
  /** Error diagnostics over all sessions. */
  errors: number;
}

/** A session before the report's language is known: the input without diagnostics, and what they are made of. */
interface Pending {
  input: { protocol: SessionProtocol } | { prepared: PreparedSession };
  facts: SessionFacts;
  problems: Problem[];
  problemsInOtherLanguage?: Problem[];
}

/**
 * Reads and checks every session of the event like `barcamp aggregate` does: in the report's language,
 * with the event's rules but not the user's settings, so the documentation is the same whoever builds it.
 * Closed files are parsed and prepared in the worker (protocols never stay); open documents are the editor's.
 * The report's language is open until every protocol is read, unless barcamp.json names it: problems
 * are then made in both languages for protocols without a language of their own.
 */
export async function reportInputs(ctx: ServerContext, event: EventRef, today: string | undefined, token: CancellationToken | null | undefined, onProgress?: (done: number, total: number) => void): Promise<ReportInputs> {
  const { analyzer, documents } = ctx;
  const plan = event.plan;
  const guess: Language = plan?.language ?? analyzer.language;
  const setup: PrepareSetup = { plan, language: guess, today: referenceDate(today) };
  if (!plan?.language) setup.otherLanguage = guess === 'de' ? 'en' : 'de';
  const uris = eventSessionsOf(ctx).sessionUris(event);
  const pending = new Map<string, Pending>();
  for (const uri of uris) {
    const document = documents.get(uri);
    if (!document) continue;
    const protocol = analyzer.protocolOf(document);
    pending.set(uri, { input: { protocol }, facts: sessionFacts(protocol), ...reportProblems(protocol, setup) });
  }
  // The worker is released afterwards unless a view or a re-read still uses it.
  await sessionResultsOf(ctx).using(() => prepareClosed(ctx, uris.filter((uri) => !pending.has(uri)), setup, pending, token, onProgress));
  // In URI order, as the sessions were read before: the report sorts them itself.
  const ordered = uris.flatMap((uri) => pending.get(uri) ?? []);
  const language = reportLanguage(plan, ordered.map((p) => p.input));
  let errors = 0;
  const sessions = ordered.map((p): SessionInput => {
    const problems = language === guess ? p.problems : (p.problemsInOtherLanguage ?? p.problems);
    const context = analyzer.index.contextFor(p.facts.uri, { language });
    const diagnostics = toDiagnostics([...problems, ...crossFileProblems(p.facts, context)], context);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    return { ...p.input, diagnostics };
  });
  return { language, sessions, errors };
}

/** Reads and prepares closed files in batches, the next batch read while the worker prepares one. */
async function prepareClosed(ctx: ServerContext, uris: string[], setup: PrepareSetup, into: Map<string, Pending>, token: CancellationToken | null | undefined, onProgress?: (done: number, total: number) => void): Promise<void> {
  const read = async (batch: string[]) => {
    const texts = await readTexts(ctx.files(), batch);
    // A file that cannot be read any more is left out.
    return batch.flatMap((uri, i) => (texts[i] === undefined ? [] : [{ uri, text: texts[i] as string }]));
  };
  const prepare = async (files: Array<{ uri: string; text: string }>, done: number) => {
    const prepared = await ctx.summarizer.prepare(files, setup);
    prepared.forEach((p, i) => into.set(files[i].uri, { input: { prepared: p.prepared }, facts: p.facts, problems: p.problems, problemsInOtherLanguage: p.problemsInOtherLanguage }));
    onProgress?.(done, uris.length);
  };
  // The token can arrive as null (VS Code's client sends an undefined token as a second parameter): no cancellation then.
  if (!(await inReadAheadBatches(uris, read, prepare, () => token?.isCancellationRequested === true))) throw new Cancelled();
}
