// What the report needs of one session file, from one parse: the same for the CLI's workers and the server's.
import type { EventPlan, Language, Problem, SessionFacts, SessionProtocol } from '../model';
import { parseSessionTree, type ParsedSession } from '../syntax';
import type { PreparedSession } from './reportSession';
import { prepareRendered } from './export/renderAhead';
import { sessionFacts } from '../syntax';
import { localProblems } from '../diagnostics';

/** What a file is prepared against: its event's plan, the (guessed) report language and reference date. */
export interface ReportFileSetup {
  plan?: EventPlan;
  language: Language;
  /** The report's reference date, already checked (referenceDate). */
  today?: string;
  /** When the report's language is still open: problems in this language too, for protocols without one. */
  otherLanguage?: Language;
}

/** One session readied for the report, with what its diagnostics are made of once the event is known. */
export interface ReportFile {
  prepared: PreparedSession;
  facts: SessionFacts;
  /** The parser's and every local rule's problems, in the setup's language. */
  problems: Problem[];
  /** The same in `otherLanguage`, for a protocol without a language of its own (the advice names headings). */
  problemsInOtherLanguage?: Problem[];
}

/** Prepares a parsed session for the report (its items rendered from the parse's own tree). Never throws. */
function reportFile(parsed: ParsedSession, setup: ReportFileSetup): ReportFile {
  const { protocol } = parsed;
  return { prepared: prepareRendered(parsed, { plan: setup.plan, today: setup.today }), facts: sessionFacts(protocol), ...reportProblems(protocol, setup) };
}

/** A protocol's own problems for the report: in the setup's language and, while the report's is open, in the other one. */
export function reportProblems(protocol: SessionProtocol, setup: Omit<ReportFileSetup, 'today'>): Pick<ReportFile, 'problems' | 'problemsInOtherLanguage'> {
  const result: Pick<ReportFile, 'problems' | 'problemsInOtherLanguage'> = { problems: localProblems(protocol, { plan: setup.plan, language: setup.language }) };
  // A protocol with a language of its own gets the same problems in either language.
  if (setup.otherLanguage && !protocol.language) result.problemsInOtherLanguage = localProblems(protocol, { plan: setup.plan, language: setup.otherLanguage });
  return result;
}

/** Parses a session file once and prepares it for the report (see reportFile). Never throws. */
export function reportFileOfText(text: string, uri: string, setup: ReportFileSetup): ReportFile {
  return reportFile(parseSessionTree(text, uri), setup);
}
