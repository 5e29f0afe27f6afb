// Whether a session's parts rendered ahead fit an export: only when rendered for what this report gives the session.
import type { ExportFormat } from './index';
import type { RenderContext, ReportSession } from '../reportModel';

/**
 * True when the session's part of `format` was rendered ahead with the id, file, language and reference
 * date this report gives it (ids depend on every file of the event, and the language may be decided by
 * the majority of protocols); otherwise the exporter renders the session itself.
 */
export function fitsReport(session: ReportSession, report: RenderContext, format: ExportFormat): boolean {
  const ahead = session.renderedAhead;
  if (!ahead || ahead.id !== session.id || ahead.file !== session.file || !ahead.formats.includes(format)) return false;
  return ahead.language === report.language && ahead.today === report.today;
}
