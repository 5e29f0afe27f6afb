// What the CLI keeps of one protocol: its facts for cross-file rules and its local problems (and, for aggregate, the protocol) — the same in a worker and in-process.
import { pathToFileURL } from 'node:url';
import { decodeText, localProblems, parseSession, parseSessionTree, SessionIndex, sessionFacts, type Language, type Problem, type SessionFacts, type SessionProtocol } from '../core';
import { renderFragments, type RenderedFragment } from '../core/eventReport';

/** The result for one file: its analysis, or why it could not be read. */
export type FileResult = { analysis: FileAnalysis } | { error: 'binary' | 'unreadable'; detail?: string };

export interface FileAnalysis {
  /** What the cross-file rules read of it (a whole summary would mostly be people and steps nobody reads here). */
  facts: SessionFacts;
  /** The parser's and every local rule's problems, against the file's event plan: cacheable per file and plan. */
  problems: Problem[];
  /** Only when asked for (aggregate renders it); check does not need it, which keeps worker messages small. */
  protocol?: SessionProtocol;
  /** The report's renderings of the protocol's items, when asked for: aggregate renders them here, in parallel, instead of later. */
  fragments?: RenderedFragment[];
}

/** What every file of a run is analyzed against. */
export interface AnalysisSetup {
  /** The barcamp.json files of the run, as read: each session is checked against its nearest one. */
  plans: Array<{ uri: string; text: string }>;
  language: Language;
  keepProtocols: boolean;
  /** Also render the items for the report (aggregate). */
  renderFragments?: boolean;
}

/** Builds the plan lookup once per thread. */
export function planLookup(setup: AnalysisSetup): SessionIndex {
  const index = new SessionIndex();
  for (const plan of setup.plans) index.setPlan(plan.uri, plan.text);
  return index;
}

/** Decodes and analyzes one file's bytes. */
export function analyzeBytes(path: string, bytes: Uint8Array, plans: SessionIndex, setup: AnalysisSetup): FileResult {
  const decoded = decodeText(bytes);
  if (decoded.binary) return { error: 'binary' };
  const uri = pathToFileURL(path).toString();
  // Aggregate renders items from the parse's own tree; check needs no tree.
  const parsed = setup.renderFragments ? parseSessionTree(decoded.text, uri) : undefined;
  const protocol = parsed?.protocol ?? parseSession(decoded.text, uri);
  const analysis: FileAnalysis = {
    facts: sessionFacts(protocol),
    problems: localProblems(protocol, { plan: plans.planFor(uri), language: setup.language }),
  };
  if (setup.keepProtocols) analysis.protocol = protocol;
  if (parsed) analysis.fragments = renderFragments(protocol, parsed);
  return { analysis };
}
