// GitHub Actions workflow commands: one `::error file=…,line=…::message` per finding, which the run shows as annotations on the diff.
import { ruleTitle, type Severity } from '../../core';
import type { FileReport } from '../check';
import { repoPath, type ReportContext } from './context';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** One command per finding; positions 1-based, the title names the check. */
export function toGithubCommands(reports: readonly FileReport[], ctx: ReportContext): string[] {
  return reports.flatMap(({ path, diagnostics }) =>
    diagnostics.map((d) => {
      const properties = {
        file: repoPath(path, ctx.cwd),
        line: d.range.start.line + 1,
        col: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        title: `${ruleTitle(d.code, ctx.language)} (${d.code})`,
      };
      const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
      return `::${COMMANDS[d.severity]} ${list.join(',')}::${escapeData(d.message)}`;
    }),
  );
}

/** The message: `%`, CR and LF would end or garble the command (as @actions/core escapes them). */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** A property value: besides the message's characters, `:` and `,` would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}
