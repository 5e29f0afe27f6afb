// The shape of one language's diagnostic messages, shared by the German and English tables.
import type { DiagnosticCode } from '../model';

/** The texts of one language. Placeholders are `{name}`, filled from `Problem.args` (and `{suggestion}`). */
export interface MessageTable {
  /**
   * One message per code. A key `code/variant` holds another wording of the same finding,
   * chosen when `args.variant` names it (for example a missing vs. an empty section).
   */
  messages: Record<DiagnosticCode, string> & { [variant: `${DiagnosticCode}/${string}`]: string };
  /** Appended when a finding carries a suggestion: per code, else `default`; `''` appends nothing. */
  suggestions: { default: string } & Partial<Record<DiagnosticCode, string>>;
}
