// One session's part of every export, rendered alone: where the session was parsed, so the main thread only joins.
import type { RenderContext, RenderedAhead, ReportSession } from '../reportModel';
import { sessionCsv } from './csv';
import { sessionArticle } from './htmlSections';
import type { ExportFormat } from './index';
import { sessionJson } from './json';
import { sessionMarkdown } from './markdown';

/** A session's parts of the exports, by format. */
export type SessionParts = Partial<Record<ExportFormat, string>>;

const RENDER_PART: Record<ExportFormat, (session: ReportSession, report: RenderContext) => string> = {
  md: sessionMarkdown,
  html: sessionArticle,
  json: sessionJson,
  csv: sessionCsv,
};

/**
 * Renders the session's parts of the given exports with the functions the exporters use, and says what
 * for (see fitsReport). Its diagnostics are not rendered: the cross-file ones are known only once every
 * session is.
 */
export function renderSessionParts(session: ReportSession, report: RenderContext, formats: readonly ExportFormat[]): { ahead: RenderedAhead; parts: SessionParts } {
  const wanted = [...new Set(formats)];
  const ahead: RenderedAhead = { id: session.id, file: session.file, language: report.language, formats: wanted };
  if (report.today !== undefined) ahead.today = report.today;
  const parts: SessionParts = {};
  for (const format of wanted) parts[format] = RENDER_PART[format](session, report);
  return { ahead, parts };
}
