// Which parts of a session rendered ahead an exporter may use: only those rendered for its own report.
import type { RenderContext, RenderedSession, ReportSession } from '../reportModel';

/**
 * The session's parts rendered ahead, when they were rendered with the id, file, language and reference
 * date this report gives it (ids depend on every file of the event, the language may be decided by the
 * majority of protocols); undefined otherwise, and the exporter renders the session itself.
 */
export function renderedFor(session: ReportSession, report: RenderContext): RenderedSession | undefined {
  const parts = session.rendered;
  if (!parts || parts.id !== session.id || parts.file !== session.file) return undefined;
  return parts.language === report.language && parts.today === report.today ? parts : undefined;
}
