// barcamp.json named on the command line: checked as a plan, its syntax errors reported at their places like a protocol's findings.
import { pathToFileURL } from 'node:url';
import { parseEventPlan, planProblems, toDiagnostics, type Language } from '../core';
import { readTextFile } from '../node/nodeFiles';
import type { FileReport } from './check';
import type { CliTexts } from './messages';

/** One report per plan; a plan that cannot be read is an IO problem instead. */
export function checkPlans(paths: readonly string[], language: Language, texts: CliTexts): { reports: FileReport[]; ioProblems: string[] } {
  const reports: FileReport[] = [];
  const ioProblems: string[] = [];
  for (const path of paths) {
    const read = readTextFile(path);
    if (!('text' in read)) {
      ioProblems.push(read.error === 'binary' ? texts.binary(path) : texts.unreadable(`${path} (${read.detail ?? read.error})`));
      continue;
    }
    // A plan that parses may switch its own findings' severity like any other check's (`rules`).
    const plan = parseEventPlan(read.text, pathToFileURL(path).toString()).plan;
    reports.push({ path, diagnostics: toDiagnostics(planProblems(read.text), { language, plan }) });
  }
  return { reports, ioProblems };
}
