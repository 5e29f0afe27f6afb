// GitLab Code Quality (a CodeClimate subset): the JSON array a merge request's widget reads, with fingerprints stable across unrelated edits.
import { ruleHelp, type DiagnosticCode, type Severity } from '../../core';
import type { FileReport } from '../check';
import { docLink, fingerprinter, repoPath, type ReportContext } from './context';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content: { body: string };
  categories: string[];
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

/** Errors that keep a file from being checked at all block; other errors are critical. */
const BLOCKING: ReadonlySet<DiagnosticCode> = new Set(['too-large', 'too-complex', 'plan-syntax']);

const SEVERITIES: Record<Severity, CodeQualityIssue['severity']> = { error: 'critical', warning: 'major', information: 'minor', hint: 'info' };

export function toCodeQuality(reports: readonly FileReport[], ctx: ReportContext): CodeQualityIssue[] {
  const fingerprint = fingerprinter();
  return reports.flatMap(({ path, diagnostics }) =>
    diagnostics.map((d) => {
      const file = repoPath(path, ctx.cwd);
      const help = ruleHelp(d.code, ctx.language);
      const page = docLink(d.code, ctx);
      return {
        type: 'issue' as const,
        check_name: d.code,
        description: d.message,
        content: { body: `${help.when}\n\n${help.fix}\n\n[${page}](${page})` },
        categories: ['Style'],
        fingerprint: fingerprint(file, d.code, ctx.lineText(path, d.range.start.line)),
        severity: d.severity === 'error' && BLOCKING.has(d.code) ? 'blocker' : SEVERITIES[d.severity],
        location: { path: file, lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
      };
    }),
  );
}
