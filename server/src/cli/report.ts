// Formats check results for people (one line per finding) and for machines (JSON); positions become 1-based here.
import { relative, isAbsolute } from 'node:path';
import type { Diagnostic } from '../core';
import type { FileReport } from './check';

/** The JSON shape other tools rely on: lines and columns 1-based, end exclusive. */
export interface JsonReport {
  files: number;
  diagnostics: Array<{
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Diagnostic['severity'];
    code: string;
    message: string;
  }>;
}

/** A path as the user gave it, or relative to the working folder when that is shorter to read. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function toJsonReport(reports: FileReport[], cwd: string): JsonReport {
  const diagnostics = reports.flatMap(({ path, diagnostics }) =>
    diagnostics.map((d) => ({
      file: displayPath(path, cwd),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  );
  return { files: reports.length, diagnostics };
}

/** Counts by severity, for the summary and the exit code. */
export function countSeverities(reports: FileReport[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { diagnostics } of reports) for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
