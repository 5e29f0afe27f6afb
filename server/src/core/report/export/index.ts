// The exporters behind one call: a report and the wanted formats in, file names and contents out (the caller writes them).
import type { EventPlan } from '../../model';
import type { EventReport } from '../reportModel';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

export type ExportFormat = 'md' | 'html' | 'json' | 'csv' | 'docx';

/** All formats, in the order files are written and listed. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'json', 'csv', 'docx'];

/** The formats rendered as text, synchronously; Word is packed as a zip (renderDocuments). */
type TextFormat = Exclude<ExportFormat, 'docx'>;

/**
 * The most sessions a Word file is made for. The docx library builds the whole document as objects:
 * measured, 980 sessions took 4–6 s and 530 MB, 1,960 about 10 s and 1 GB — an archive would exhaust the
 * language server. A Word file of hundreds of sessions is no document anyone reads either; the other formats hold them.
 */
export const DOCX_MAX_SESSIONS = 500;

/** Fixed file names: other tools and the VS Code command open them by name. */
export const EXPORT_FILE_NAMES: Readonly<Record<ExportFormat, string>> = {
  md: 'event-documentation.md',
  html: 'event-documentation.html',
  json: 'event-documentation.json',
  csv: 'next-steps.csv',
  docx: 'event-documentation.docx',
};

/** The organizers' report, beside the public files: everything, for the team only. Next steps and Word are public files only. */
export const ORGANIZER_FILE_NAMES: Readonly<Partial<Record<ExportFormat, string>>> = {
  md: 'organizer-report.md',
  html: 'organizer-report.html',
  json: 'organizer-report.json',
};

/** Where the files go when barcamp.json names no `output.folder`: next to barcamp.json. */
export const DEFAULT_OUTPUT_FOLDER = 'dokumentation';

/** One generated file: a bare file name (no folder) and its complete text. */
export interface OutputFile {
  fileName: string;
  /** Text, or the bytes of a binary format (Word). */
  content: string | Uint8Array;
  /** The organizers' report: written into the internal folder beside the public one (internalFolderOf), never among the public files. */
  internal?: true;
}

/**
 * The folder of the organizers' report: beside the public output folder, not inside it, so that copying
 * the public folder onto a website (it holds the HTML's images too) never takes the internal report along.
 * `dokumentation` → `dokumentation-intern`.
 */
export function internalFolderOf(folder: string): string {
  return `${folder.replace(/[\\/]+$/u, '')}-intern`;
}

const RENDERERS: Record<TextFormat, (report: EventReport) => string> = { md: renderMarkdown, html: renderHtml, json: renderJson, csv: renderCsv };

/**
 * Renders the report in each wanted format (duplicates ignored), in EXPORT_FORMATS order, in the report's
 * language, under the file names of its audience; the organizers' report has no next-steps table of its own. Pure.
 */
export function renderAll(report: EventReport, formats: readonly ExportFormat[] = EXPORT_FORMATS): OutputFile[] {
  const names = report.audience === 'public' ? EXPORT_FILE_NAMES : ORGANIZER_FILE_NAMES;
  return EXPORT_FORMATS.flatMap((f) => {
    const fileName = names[f];
    if (f === 'docx' || !formats.includes(f) || !fileName) return [];
    const file: OutputFile = { fileName, content: RENDERERS[f](report) };
    if (report.audience === 'organizer') file.internal = true;
    return [file];
  });
}

/**
 * Every wanted format, Word included for the public files up to DOCX_MAX_SESSIONS (the caller says so
 * when it leaves Word out). Pure, asynchronous only because packing the Word zip is.
 */
export async function renderDocuments(report: EventReport, formats: readonly ExportFormat[] = EXPORT_FORMATS): Promise<OutputFile[]> {
  const files: OutputFile[] = renderAll(report, formats);
  if (formats.includes('docx') && report.audience === 'public' && report.sessions.length <= DOCX_MAX_SESSIONS) {
    files.push({ fileName: EXPORT_FILE_NAMES.docx, content: await renderDocx(report) });
  }
  return files;
}

/**
 * Reads format names as a user writes them (`md`, `markdown`, `HTML`, ` csv `) into known formats and
 * the names that are not formats, so the caller can report those.
 */
export function parseFormats(names: readonly string[]): { formats: ExportFormat[]; unknown: string[] } {
  const formats: ExportFormat[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const key = String(name ?? '')
      .trim()
      .toLowerCase();
    const format = key === 'markdown' ? 'md' : key === 'htm' ? 'html' : key;
    if ((EXPORT_FORMATS as readonly string[]).includes(format)) {
      if (!formats.includes(format as ExportFormat)) formats.push(format as ExportFormat);
    } else if (key !== '') unknown.push(String(name));
  }
  return { formats, unknown };
}

/**
 * The output folder of an event, relative to its barcamp.json: `output.folder`, else `dokumentation`.
 * A folder that is absolute or climbs out of the event folder (`../x`, `/etc`, `C:\x`) gives undefined:
 * a barcamp.json from a shared repository must not make the command write elsewhere on the machine.
 */
export function outputFolderOf(plan: EventPlan | undefined): string | undefined {
  const folder = (plan?.output.folder ?? DEFAULT_OUTPUT_FOLDER).trim().replace(/\\/gu, '/');
  if (folder === '' || folder.startsWith('/') || /^[a-z]:/iu.test(folder)) return undefined;
  const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.includes('..')) return undefined;
  return segments.join('/');
}
