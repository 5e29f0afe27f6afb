// Every next step as a table for Excel: UTF-8 with BOM, `;` for German and `,` for English, RFC 4180 quoting, no formulas.
import { csvHeader } from '../generatedMarker';
import type { RenderContext, ReportSession } from '../reportModel';
import { reportTexts } from '../reportTexts';
import { ownerNames } from './common';

/** German Excel expects `;` (the comma is the decimal separator there), English Excel `,`. */
export function csvSeparator(report: RenderContext): string {
  return report.language === 'de' ? ';' : ',';
}

/**
 * One row per next step, in schedule order. The header row doubles as the file's generated-marker
 * (see generatedMarker.ts). Lines end with CRLF as RFC 4180 asks; the BOM makes Excel read UTF-8.
 */
export function renderCsv(report: CsvReport): string {
  // A session without next steps has no rows, and no line.
  const rows = report.sessions.filter((s) => s.nextSteps.length > 0).map((s) => sessionCsv(s, report));
  return `\uFEFF${[csvHeader(report.language, csvSeparator(report)), ...rows].join('\r\n')}\r\n`;
}

type CsvReport = RenderContext & { sessions: readonly ReportSession[] };

/** A session's rows, joined by CRLF; '' when it has no next steps. */
export function sessionCsv(s: ReportSession, report: RenderContext): string {
  const t = reportTexts(report.language);
  const sep = csvSeparator(report);
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const rows = s.nextSteps.map((step) => [
    s.title,
    step.text,
    ownerNames(step, report),
    step.due ?? step.dueAsWritten ?? '',
    yesNo(step.done),
    report.today ? yesNo(step.overdue) : '',
    s.day === undefined ? '' : String(s.day),
    s.slot ?? '',
    s.room ?? '',
    s.file,
  ]);
  return rows.map((row) => row.map((cell) => csvCell(cell, sep)).join(sep)).join('\r\n');
}

/**
 * One cell: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` so Excel and LibreOffice show text
 * instead of running a formula (CSV injection); then RFC 4180 quoting when the cell holds the
 * separator, a quote or a line break.
 */
export function csvCell(value: string, separator: string): string {
  let cell = String(value ?? '');
  if (/^[=+\-@\t\r]/u.test(cell)) cell = `'${cell}`;
  const needsQuotes = cell.includes(separator) || /["\r\n]/u.test(cell);
  return needsQuotes ? `"${cell.replace(/"/gu, '""')}"` : cell;
}
