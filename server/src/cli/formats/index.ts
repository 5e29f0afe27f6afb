// The report of a check in the format asked for: one function per format, all from the same findings.
import type { FileReport } from '../check';
import type { OutputFormat } from '../checkArgs';
import { toJsonReport } from '../report';
import type { ReportContext } from './context';
import { toGithubCommands } from './github';
import { toCodeQuality } from './gitlab';
import { toSarif } from './sarif';
import { toTextReport } from './text';

export { printable, type ReportContext } from './context';

/** The whole report as text, ending with a line break ('' for a text report without findings). */
export function renderReport(format: OutputFormat, reports: readonly FileReport[], ctx: ReportContext): string {
  const lines = (list: string[]) => list.map((line) => `${line}\n`).join('');
  if (format === 'text') return lines(toTextReport(reports, ctx));
  if (format === 'github') return lines(toGithubCommands(reports, ctx));
  const json = format === 'sarif' ? toSarif(reports, ctx) : format === 'gitlab' ? toCodeQuality(reports, ctx) : toJsonReport([...reports], ctx.cwd);
  return `${JSON.stringify(json, null, 2)}\n`;
}
