// What a rule is (a pure function from a parsed protocol and its context to problems) and helpers rules share.
import type { DiagnosticCode, EventPlan, Language, Problem, Range, RuleSetting, SessionFacts, SessionProtocol } from '../../model';

/** Everything validation may look at besides the protocol itself; built by the adapter (LSP server, CLI). */
export interface ValidationContext {
  /** The event's barcamp.json, when the session belongs to one. */
  plan?: EventPlan;
  /**
   * The other sessions of the same event. It may also hold this session (rules skip its URI): then every
   * session of an event shares one array, and a rule can index it once instead of once per session.
   */
  others: readonly SessionFacts[];
  /** The user setting `barcamp.rules`. */
  settings?: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** The language messages are written in. */
  language: Language;
}

/**
 * What a rule about one session may look at: its event plan and the user's settings — never the other
 * sessions, nor the language (problems are words-free; messages are made later). So its findings depend
 * only on the file and its plan, and the CLI can cache them. `language` is that of the messages made
 * from them (toDiagnostics), English when absent.
 */
export type LocalContext = Omit<ValidationContext, 'others' | 'language'> & { language?: Language };

/** One check of a session on its own: returns the problems of its own code, in any order. */
export type Rule = (protocol: SessionProtocol, ctx: LocalContext) => Problem[];

/**
 * A check that compares a session with the other sessions of its event. It sees only summaries (the
 * session's and the others'), so it can run over a whole archive without parsing any file again.
 */
export type CrossFileRule = (session: SessionFacts, ctx: ValidationContext) => Problem[];

/** Codes the parser reports itself (protocol.problems); every other code has exactly one rule. */
export type ParserCode = 'invalid-date' | 'frontmatter-syntax' | 'too-large' | 'too-complex' | 'misspelled-section' | 'invalid-field-value' | 'personal-data';
/** Codes the host reports from what it found of the files a protocol names (images): the core reads no files. */
export type FileCode = 'missing-image';
/** Codes about barcamp.json itself (core/event planProblems), never about a session. */
export type PlanCode = 'plan-syntax';
export type RuleCode = Exclude<DiagnosticCode, ParserCode | FileCode | PlanCode>;
/** Codes of the cross-file rules; every other rule code belongs to a Rule. */
export type CrossFileCode = 'room-slot-conflict';
export type LocalRuleCode = Exclude<RuleCode, CrossFileCode>;

/** A problem literal with its code typed as a DiagnosticCode (a bare object literal would widen it to string). */
export function problem(code: RuleCode, range: Range, args: Problem['args'] = {}, extra: Pick<Problem, 'suggestion' | 'related'> = {}): Problem {
  const result: Problem = { code, range, args };
  // Only set keys that have a value, so findings stay comparable with deepEqual and small as JSON.
  if (extra.suggestion !== undefined) result.suggestion = extra.suggestion;
  if (extra.related !== undefined && extra.related.length > 0) result.related = extra.related;
  return result;
}

/** The whole first line — where a finding about the file as a whole goes. */
export function firstLine(protocol: SessionProtocol): Range {
  // Ending at the start of line 1 covers line 0 without knowing its length; a one-line file gets an empty range.
  const end = protocol.lineCount > 1 ? { line: 1, character: 0 } : { line: 0, character: 0 };
  return { start: { line: 0, character: 0 }, end };
}

/** Where to report something the protocol lacks: its topic if it has one, else the first line. */
export function topicOrFirstLine(protocol: SessionProtocol): Range {
  return protocol.topic?.range ?? firstLine(protocol);
}

/**
 * The arguments that name a missing section: its kind and, when the protocol has a language of its own,
 * that language, so the advice matches what is written around it. The heading's words are chosen when
 * the message is (formatMessage), so a problem is the same whatever language it is shown in.
 */
export function headingArgs(protocol: SessionProtocol, kind: 'findings' | 'nextSteps'): Record<string, string> {
  return protocol.language ? { sectionKind: kind, headingLanguage: protocol.language } : { sectionKind: kind };
}

/** A name as people mean it, for comparing: Unicode-normalized, trimmed, inner whitespace collapsed, case ignored. */
export function foldName(s: string): string {
  return String(s).normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('de');
}
