// Validation: runs every rule on a parsed protocol, adds the parser's problems, applies severities and localized messages.
import { formatMessage } from './messages';
import type { Diagnostic, DiagnosticCode, Position, Problem, RatedProblem, SessionFacts, SessionProtocol } from '../model';
import { CROSS_FILE_RULES, RULES, type CrossFileCode, type LocalContext, type LocalRuleCode, type ValidationContext } from './rules';
import { resolveSeverity } from './severity';
import { sessionFacts } from '../syntax';

export type { LocalContext, ValidationContext } from './rules';

type Enabled = (code: DiagnosticCode) => boolean;
const ALL: Enabled = () => true;

/**
 * All findings for one session protocol, sorted by range start (then code): the parser's problems
 * and every rule's, each with its effective severity (default < `ctx.settings` < `ctx.plan.rules`)
 * and a message in `ctx.language`; findings whose code is `'off'` are dropped.
 * Never throws: a rule that fails on odd input is skipped, so the other findings still reach the user.
 */
export function validateSession(protocol: SessionProtocol, ctx: ValidationContext): Diagnostic[] {
  const safeCtx = safeContext(ctx);
  const enabled: Enabled = (code) => resolveSeverity(code, safeCtx.settings, safeCtx.plan?.rules) !== 'off';
  const problems = [...localProblems(protocol, safeCtx, enabled), ...crossFileProblems(factsOf(protocol), safeCtx, enabled)];
  return toDiagnostics(problems, safeCtx);
}

/**
 * The problems of a session that depend only on its own text and its event plan (and the language its
 * advice is worded for): the parser's and every rule's except the cross-file ones. The CLI caches them
 * per file; with `enabled` left out every rule runs, and toDiagnostics drops what is switched off.
 */
export function localProblems(protocol: SessionProtocol, ctx: LocalContext, enabled: Enabled = ALL): Problem[] {
  if (!protocol) return [];
  const safeCtx = safeContext(ctx);
  const parser = Array.isArray(protocol.problems) ? protocol.problems : [];
  // A protocol over a limit was not read: its one problem says so, and no rule judges what was not read.
  const limit = parser.filter((p) => p.code === 'too-large' || p.code === 'too-complex');
  if (limit.length > 0) return limit;
  return [...parser, ...(Object.keys(RULES) as LocalRuleCode[]).filter(enabled).flatMap((code) => guarded(() => RULES[code](protocol, safeCtx)))];
}

/** The problems that compare a session (by its summary) with the other sessions of its event. */
export function crossFileProblems(session: SessionFacts | undefined, ctx: ValidationContext, enabled: Enabled = ALL): Problem[] {
  if (!session) return [];
  const safeCtx = safeContext(ctx);
  return (Object.keys(CROSS_FILE_RULES) as CrossFileCode[]).filter(enabled).flatMap((code) => guarded(() => CROSS_FILE_RULES[code](session, safeCtx)));
}

/** Problems as the user sees them: with severity and localized message, those switched off dropped, sorted by position then code. */
export function toDiagnostics(problems: Problem[], ctx: LocalContext): Diagnostic[] {
  const safeCtx = safeContext(ctx);
  return rateProblems(problems, safeCtx).map((p) => toDiagnostic(p, safeCtx.language));
}

/** Problems with their severity, those switched off dropped, sorted by position then code: no message yet. */
export function rateProblems(problems: Problem[], ctx: Pick<LocalContext, 'settings' | 'plan'>): RatedProblem[] {
  const rated: RatedProblem[] = [];
  for (const problem of problems) {
    const severity = resolveSeverity(problem.code, ctx?.settings, ctx?.plan?.rules);
    if (severity !== 'off') rated.push({ ...problem, severity });
  }
  return rated.sort(byStartThenCode);
}

/** Defaults for whatever a caller left out, so odd input never makes validation throw. */
function safeContext<T extends LocalContext>(ctx: T): T & ValidationContext {
  const others = Array.isArray((ctx as Partial<ValidationContext> | undefined)?.others) ? (ctx as unknown as ValidationContext).others : [];
  return { ...ctx, others, language: ctx?.language ?? 'en' };
}

/** A bug in one rule must not take the editor's other diagnostics down with it. */
function guarded(run: () => Problem[]): Problem[] {
  try {
    return run();
  } catch {
    return [];
  }
}

function factsOf(protocol: SessionProtocol): SessionFacts | undefined {
  try {
    return protocol ? sessionFacts(protocol) : undefined;
  } catch {
    return undefined;
  }
}

/** The problem as the user sees it: its message in `language`. */
function toDiagnostic(problem: RatedProblem, language: ValidationContext['language']): Diagnostic {
  const diagnostic: Diagnostic = { code: problem.code, severity: problem.severity, message: formatMessage(problem, language), range: problem.range };
  if (problem.suggestion !== undefined) diagnostic.suggestion = problem.suggestion;
  if (problem.related?.length) diagnostic.related = problem.related;
  return diagnostic;
}

function byStartThenCode(a: Problem, b: Problem): number {
  return comparePositions(a.range.start, b.range.start) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
