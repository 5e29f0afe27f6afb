// Validation: runs every rule on a parsed protocol, adds the parser's problems, applies severities and localized messages.
import { formatMessage } from './messages';
import type { Diagnostic, DiagnosticCode, Position, Problem, SessionProtocol } from './model';
import { RULES, type RuleCode, type ValidationContext } from './rules';
import { resolveSeverity } from './severity';

export type { ValidationContext } from './rules';

/**
 * All findings for one session protocol, sorted by range start (then code): the parser's problems
 * and every rule's, each with its effective severity (default < `ctx.settings` < `ctx.plan.rules`)
 * and a message in `ctx.language`; findings whose code is `'off'` are dropped.
 * Never throws: a rule that fails on odd input is skipped, so the other findings still reach the user.
 */
export function validateSession(protocol: SessionProtocol, ctx: ValidationContext): Diagnostic[] {
  const enabled = (code: DiagnosticCode) => resolveSeverity(code, ctx?.settings, ctx?.plan?.rules) !== 'off';
  const safeCtx: ValidationContext = { ...ctx, others: Array.isArray(ctx?.others) ? ctx.others : [], language: ctx?.language ?? 'en' };
  const problems = [...(protocol?.problems ?? []), ...runRules(protocol, safeCtx, enabled)];
  return problems
    .map((p) => toDiagnostic(p, safeCtx))
    .filter((d): d is Diagnostic => d !== undefined)
    .sort(byStartThenCode);
}

/** The problems of every rule whose code is not switched off. */
function runRules(protocol: SessionProtocol, ctx: ValidationContext, enabled: (code: DiagnosticCode) => boolean): Problem[] {
  if (!protocol) return [];
  return (Object.keys(RULES) as RuleCode[]).filter(enabled).flatMap((code) => {
    try {
      return RULES[code](protocol, ctx);
    } catch {
      // A bug in one rule must not take the editor's other diagnostics down with it.
      return [];
    }
  });
}

/** The problem as the user sees it, or undefined when its code is switched off. */
function toDiagnostic(problem: Problem, ctx: ValidationContext): Diagnostic | undefined {
  const severity = resolveSeverity(problem.code, ctx.settings, ctx.plan?.rules);
  if (severity === 'off') return undefined;
  const diagnostic: Diagnostic = { code: problem.code, severity, message: formatMessage(problem, ctx.language), range: problem.range };
  if (problem.suggestion !== undefined) diagnostic.suggestion = problem.suggestion;
  if (problem.related?.length) diagnostic.related = problem.related;
  return diagnostic;
}

function byStartThenCode(a: Diagnostic, b: Diagnostic): number {
  return comparePositions(a.range.start, b.range.start) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
