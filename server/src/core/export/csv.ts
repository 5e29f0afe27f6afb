// Every next step as a table for Excel: UTF-8 with BOM, `;` for German and `,` for English, RFC 4180 quoting, no formulas.
import { csvHeader } from '../generatedMarker';
import type { EventReport } from '../reportModel';
import { reportTexts } from '../reportTexts';
import { ownerNames } from './common';

/** German Excel expects `;` (the comma is the decimal separator there), English Excel `,`. */
export function csvSeparator(report: EventReport): string {
  return report.language === 'de' ? ';' : ',';
}

/**
 * One row per next step, in schedule order. The header row doubles as the file's generated-marker
 * (see generatedMarker.ts). Lines end with CRLF as RFC 4180 asks; the BOM makes Excel read UTF-8.
 */
export function renderCsv(report: EventReport): string {
  const t = reportTexts(report.language);
  const sep = csvSeparator(report);
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const rows = report.sessions.flatMap((s) =>
    s.nextSteps.map((step) => [
      s.title,
      step.text,
      ownerNames(step),
      step.due ?? step.dueAsWritten ?? '',
      yesNo(step.done),
      report.today ? yesNo(step.overdue) : '',
      s.day === undefined ? '' : String(s.day),
      s.slot ?? '',
      s.room ?? '',
      s.file,
    ]),
  );
  const lines = [csvHeader(report.language, sep), ...rows.map((row) => row.map((cell) => csvCell(cell, sep)).join(sep))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
