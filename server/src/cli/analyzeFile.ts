// What the CLI keeps of one protocol: its facts for cross-file rules and its local problems (and, for aggregate, its report form) — the same in a worker and in-process.
import { pathToFileURL } from 'node:url';
import { decodeText, localProblems, parseSession, SessionIndex, sessionFacts, type EventPlan, type Language, type Problem, type SessionFacts } from '../core';
import { reportFileOfText, renderSessionParts, toReportSession, type ExportFormat, type PreparedSession, type RenderedAhead, type ReportItem, type SessionItems } from '../core/report';
import type { Job } from './parseWorker';

/** The result for one file: its analysis, or why it could not be read. */
export type FileResult = { analysis: FileAnalysis } | { error: 'binary' | 'unreadable'; detail?: string };

export interface FileAnalysis {
  /** What the cross-file rules read of it (a whole summary would mostly be people and steps nobody reads here). */
  facts: SessionFacts;
  /** The parser's and every local rule's problems, against the file's event plan: cacheable per file and plan. */
  problems: Problem[];
  /** For aggregate: the session as the report shows it, its items rendered here, in parallel; the protocol itself need not travel between threads. */
  prepared?: PreparedSession;
  /** For aggregate, when the report's language is still open and the protocol has none: the problems in the other language. */
  problemsInOtherLanguage?: Problem[];
  /**
   * For aggregate: the session's parts of the exports, rendered here, in parallel, in the setup's language,
   * as the UTF-8 that is written (their buffers move to the main thread without a copy), and what for.
   * `items` are the findings and open questions `prepared` then travels without, as JSON in UTF-8: only a
   * part that does not fit the report needs them, and a buffer is cheap for the main thread to receive and keep.
   */
  ahead?: { for: RenderedAhead; bytes: SessionBytes; items: Uint8Array };
}

/** A session's parts of the exports as UTF-8, by format. */
export type SessionBytes = Partial<Record<ExportFormat, Uint8Array>>;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** What every file of a run is analyzed against. */
export interface AnalysisSetup {
  /** The barcamp.json files of the run, as read: each session is checked against its nearest one. */
  plans: Array<{ uri: string; text: string }>;
  language: Language;
  /**
   * Aggregate: prepare each session for the report, with this reference date (a real date or none) and,
   * when the report's language is open, the other language; render the parts of the formats in `render`.
   */
  report?: { today?: string; otherLanguage?: Language; render?: readonly ExportFormat[] };
}

/** Builds the plan lookup once per thread. */
export function planLookup(setup: AnalysisSetup): SessionIndex {
  const index = new SessionIndex();
  for (const plan of setup.plans) index.setPlan(plan.uri, plan.text);
  return index;
}

/** Decodes and analyzes one file's bytes. */
export function analyzeBytes(job: Job, bytes: Uint8Array, plans: SessionIndex, setup: AnalysisSetup): FileResult {
  const decoded = decodeText(bytes);
  if (decoded.binary) return { error: 'binary' };
  const uri = pathToFileURL(job.path).toString();
  const plan = plans.planFor(uri);
  if (setup.report) return { analysis: forReport(decoded.text, uri, job, { plan, language: setup.language }, setup.report) };
  const protocol = parseSession(decoded.text, uri);
  return { analysis: { facts: sessionFacts(protocol), problems: localProblems(protocol, { plan, language: setup.language }) } };
}

/** Aggregate's work: what check keeps, the session as the report shows it, and its parts of the exports. */
function forReport(text: string, uri: string, job: Job, against: { plan?: EventPlan; language: Language }, report: NonNullable<AnalysisSetup['report']>): FileAnalysis {
  const { today, render = [], otherLanguage } = report;
  const file = reportFileOfText(text, uri, { ...against, today, otherLanguage });
  if (!job.session || render.length === 0) return file;
  // The report's diagnostics come later (cross-file ones need every session); no part rendered here shows them.
  const session = toReportSession(file.prepared, job.session.id, job.session.file, []);
  const { ahead, parts } = renderSessionParts(session, { language: against.language, today }, render);
  const bytes: SessionBytes = {};
  for (const format of ahead.formats) bytes[format] = utf8.encode(parts[format] ?? '');
  return { ...file, ahead: { for: ahead, bytes, items: packItems(file.prepared.session, !otherLanguage) } };
}

/**
 * Takes the findings and open questions out of the session, as JSON in UTF-8. With the report's language
 * settled, the main thread renders a session itself only when an unreadable file shifted its id: then it
 * parses the items again, and their renderings are left out.
 */
function packItems(session: PreparedSession['session'], withoutRenderings: boolean): Uint8Array {
  const { findings, openQuestions } = session;
  const items: SessionItems = withoutRenderings ? { findings: findings.map(withoutRendering), openQuestions: openQuestions.map(withoutRendering) } : { findings, openQuestions };
  session.findings = [];
  session.openQuestions = [];
  return utf8.encode(JSON.stringify(items));
}

/** A copy of the item without its rendering: cheaper than a replacer function, which makes JSON.stringify several times slower. */
function withoutRendering({ text, markdown }: ReportItem): ReportItem {
  return { text, markdown };
}

/** Findings and open questions packed by packItems. */
export function unpackItems(packed: Uint8Array): SessionItems {
  return JSON.parse(fromUtf8.decode(packed)) as SessionItems;
}

/** The buffers of the parts in `results`, to hand over to the receiving thread instead of copying them. */
export function transferables(results: readonly FileResult[]): ArrayBuffer[] {
  return results.flatMap((result) => {
    const ahead = 'analysis' in result ? result.analysis.ahead : undefined;
    return ahead ? [...Object.values(ahead.bytes), ahead.items].map((b) => b.buffer as ArrayBuffer) : [];
  });
}
