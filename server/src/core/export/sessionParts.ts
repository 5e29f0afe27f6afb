// One session's part of every export, rendered alone: where the session was parsed, so the main thread only joins.
import type { RenderContext, RenderedSession, ReportSession } from '../reportModel';
import { sessionCsv } from './csv';
import { sessionArticle } from './htmlSections';
import type { ExportFormat } from './index';
import { sessionJson } from './json';
import { sessionMarkdown } from './markdown';

const RENDER_PART: Record<ExportFormat, (session: ReportSession, report: RenderContext) => string> = {
  md: sessionMarkdown,
  html: sessionArticle,
  json: sessionJson,
  csv: sessionCsv,
};

const PART_KEY = { md: 'markdown', html: 'html', json: 'json', csv: 'csv' } as const satisfies Record<ExportFormat, keyof RenderedSession>;

/**
 * Renders the session's parts of the given exports with the same functions the exporters use, stamped
 * with what they depend on besides the session (see renderedFor). Its diagnostics are not rendered: the
 * cross-file ones are known only once every session is.
 */
export function renderSessionParts(session: ReportSession, report: RenderContext, formats: readonly ExportFormat[]): RenderedSession {
  const parts: RenderedSession = { id: session.id, file: session.file, language: report.language };
  if (report.today !== undefined) parts.today = report.today;
  for (const format of new Set(formats)) parts[PART_KEY[format]] = RENDER_PART[format](session, report);
  return parts;
}
