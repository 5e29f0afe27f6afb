// The one report pipeline: an event's protocols → parsed sessions (jobs) → the event report → the files of each format.
import {
  aggregateEvent,
  crossFileProblems,
  isPublished,
  publishLevel,
  DOCX_MAX_SESSIONS,
  EXPORT_FORMATS,
  parseFormats,
  previewSession,
  rateProblems,
  referenceDate,
  renderAll,
  renderDocuments,
  renderSessionHtml,
  reportLanguage,
  SessionIndex,
} from '../core';
import type { EventPlan, EventReport, ExportFormat, Language, OutputFile, SessionFacts, SessionInput, SessionPreview } from '../core';
import { Cancelled } from './cancel';
import type { JobFile, JobService, ReportFile } from './jobs';
import { checkImages } from './images';
import { EVENT_NOTES_FILE_NAME, readText, textOfContent, type FileError, type Workspace } from './workspace';

/** An event as its adapter found it: the folder, its parsed barcamp.json and its sessions. */
export interface EventSource {
  folderUri: string;
  /** The event's barcamp.json, parsed; absent for a folder of sessions without one, or a broken one. */
  plan?: EventPlan;
  /** Every session of the event, also those with problems. */
  sessionUris: readonly string[];
  /** The title when the plan names none: the folder's name. */
  fallbackTitle?: string;
}

export interface DocumentationOptions {
  /** Overrides the plan's and the protocols' language (the CLI's `--lang`). */
  language?: Language;
  /** The reference date for overdue next steps, `YYYY-MM-DD`; an input, not the clock. */
  today?: string;
  /** The formats to render; else barcamp.json `output.formats`, else all. */
  formats?: readonly ExportFormat[];
  onProgress?: (done: number, total: number, uri: string) => void;
  /** Asked between batches: true stops the build with Cancelled. */
  isCancelled?: () => boolean;
}

export interface EventDocumentation {
  /** The organizers' report: every session, every name, the diagnostics. */
  report: EventReport;
  /** What the public files show: see publicSession. */
  publicReport: EventReport;
  /** The rendered files: the public ones, then the organizers' report, each in EXPORT_FORMATS order. */
  files: OutputFile[];
  /** Names in barcamp.json `output.formats` that are no format. */
  unknownFormats: string[];
  /** Error diagnostics over all sessions. */
  errors: number;
  /** Sessions that could not be read: left out of the report. */
  unreadable: Array<{ uri: string; error: FileError; detail?: string }>;
  /** True when Word was wanted but the event has more sessions than a Word file is made for (DOCX_MAX_SESSIONS). */
  docxLeftOut: boolean;
  /** The image files the public documentation shows, to copy into its assets folder under `fileName`; each once. */
  assets: Array<{ fileName: string; sourceUri: string }>;
  /** The image files the organizers' report shows (every session's), for the assets folder beside it. */
  internalAssets: Array<{ fileName: string; sourceUri: string }>;
}

/** Files read and handed to a job at a time; the next batch is read while the jobs parse this one. */
const BATCH = 64;

/**
 * Builds the documentation of one event: the same for the CLI's `aggregate`, the editor's Aggregate
 * command and the live preview. Every session is checked like `barcamp check` does, with the event's
 * rules (not a user's settings), so the documentation is the same whoever builds it. Never throws on
 * user input; throws Cancelled when `isCancelled` says so.
 */
export async function buildEventDocumentation(workspace: Workspace, jobs: JobService, event: EventSource, options: DocumentationOptions = {}): Promise<EventDocumentation> {
  const today = referenceDate(options.today);
  const unreadable: EventDocumentation['unreadable'] = [];
  const read = await readSessions(workspace, jobs, event, today, unreadable, options);
  const index = new SessionIndex<SessionFacts>();
  if (event.plan) index.addPlan(event.plan);
  for (const { file } of read) index.setSession(file.facts);
  let errors = 0;
  const assets = new Map<string, string>();
  const internalAssets = new Map<string, string>();
  const images = await Promise.all(read.map(({ file }) => checkImages(workspace, file.facts, event.folderUri)));
  const sessions = read.map(({ uri, file }, i): SessionInput => {
    const context = index.contextFor(uri, { language: 'en' });
    const problems = rateProblems([...file.problems, ...images[i].problems, ...crossFileProblems(file.facts, context)], context);
    errors += problems.filter((p) => p.severity === 'error').length;
    // Copies go beside the public files: only the images of sessions those files show.
    if (isPublished(file.prepared.session.status, publishLevel(event.plan))) for (const target of images[i].carried) assets.set(target.asset, target.uri);
    for (const target of images[i].carried) internalAssets.set(target.asset, target.uri);
    return { prepared: file.prepared, problems };
  });
  const language = reportLanguage(event.plan, sessions, options.language);
  const eventNotes = await readText(workspace, `${event.folderUri}/${EVENT_NOTES_FILE_NAME}`);
  const input = { plan: event.plan, sessions, eventNotes, language, today: options.today, fallbackTitle: event.fallbackTitle, folderUri: event.folderUri };
  const report = aggregateEvent({ ...input, audience: 'organizer' });
  const publicReport = aggregateEvent({ ...input, audience: 'public' });
  const { formats, unknown } = chosenFormats(options.formats, event.plan);
  const sorted = (map: Map<string, string>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([fileName, sourceUri]) => ({ fileName, sourceUri }));
  const files = [...(await renderDocuments(publicReport, formats)), ...renderAll(report, formats)];
  const docxLeftOut = formats.includes('docx') && publicReport.sessions.length > DOCX_MAX_SESSIONS;
  return { report, publicReport, files, unknownFormats: unknown, errors, unreadable, assets: sorted(assets), internalAssets: sorted(internalAssets), docxLeftOut };
}

/** One protocol of an event, for its preview: the event's folder and plan, and the protocol. */
export interface SessionSource {
  folderUri: string;
  plan?: EventPlan;
  sessionUri: string;
  fallbackTitle?: string;
}

/** The page of one protocol as the public HTML documentation shows it. */
export interface SessionPage {
  preview: SessionPreview;
  html: string;
  /** The image files the page shows as `assets/<fileName>`, each once. */
  assets: Array<{ fileName: string; sourceUri: string }>;
}

/**
 * One protocol as the public HTML documentation will show it, through the same steps as
 * buildEventDocumentation: read through the workspace, prepared in a report job, its images looked at, the
 * event's plan applied (people, privacy, `output.publish`), rendered by the HTML renderer. Only this protocol
 * is read: its article depends on no other session. `options.language` is the event's language, which the
 * adapter knows; else the plan's, else the protocol's. Undefined when the protocol cannot be read.
 */
export async function buildSessionPreview(
  workspace: Workspace,
  jobs: JobService,
  source: SessionSource,
  options: Pick<DocumentationOptions, 'language' | 'today' | 'isCancelled'> = {},
): Promise<SessionPage | undefined> {
  const event: EventSource = { folderUri: source.folderUri, plan: source.plan, sessionUris: [source.sessionUri], fallbackTitle: source.fallbackTitle };
  const [read] = await readSessions(workspace, jobs, event, referenceDate(options.today), [], options);
  if (!read) return undefined;
  const images = await checkImages(workspace, read.file.facts, source.folderUri);
  // The public documentation shows no diagnostics: the session needs none.
  const session: SessionInput = { prepared: read.file.prepared, problems: [] };
  const preview = previewSession({ plan: source.plan, session, language: options.language, today: options.today, fallbackTitle: source.fallbackTitle, folderUri: source.folderUri });
  const assets = new Map(images.carried.map((target) => [target.asset, target.uri]));
  const carried = [...assets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([fileName, sourceUri]) => ({ fileName, sourceUri }));
  return { preview, html: renderSessionHtml(preview), assets: carried };
}

/** The formats given, else the plan's known `output.formats` (and the names it gives that are none), else all. */
function chosenFormats(given: readonly ExportFormat[] | undefined, plan: EventPlan | undefined): { formats: readonly ExportFormat[]; unknown: string[] } {
  if (given && given.length > 0) return { formats: given, unknown: [] };
  const { formats, unknown } = parseFormats(plan?.output.formats ?? []);
  return { formats: formats.length > 0 ? formats : EXPORT_FORMATS, unknown };
}

interface ReadSession {
  uri: string;
  file: ReportFile;
}

/** Reads every session through the workspace and prepares it in the jobs, BATCH files at a time, in the order given. */
async function readSessions(
  workspace: Workspace,
  jobs: JobService,
  event: EventSource,
  today: string | undefined,
  unreadable: EventDocumentation['unreadable'],
  options: DocumentationOptions,
): Promise<ReadSession[]> {
  const uris = event.sessionUris;
  const setup = { plans: event.plan ? [event.plan] : [], today, folderUri: event.folderUri };
  const results: Array<ReadSession | undefined> = new Array(uris.length);
  let done = 0;
  const inFlight: Array<Promise<void>> = [];
  // Files the job threads read themselves cost this thread nothing to hand over: one job, so the job
  // service sees the whole run (it decides by the number of files whether threads pay).
  const batchSize = uris.every((uri) => workspace.pathOf?.(uri) !== undefined) ? Math.max(1, uris.length) : BATCH;
  for (let start = 0; start < uris.length; start += batchSize) {
    if (options.isCancelled?.()) throw new Cancelled();
    const batch = await jobFiles(workspace, uris.slice(start, start + batchSize), start, unreadable);
    const files = batch.map((b) => b.file);
    const progress = (finished: number) => {
      for (; done < start + finished && done < uris.length; done++) options.onProgress?.(done + 1, uris.length, uris[done]);
    };
    const run = jobs.run({ kind: 'report', files, setup }, progress).then((outcomes) => {
      outcomes.forEach((outcome, i) => {
        const { at, file } = batch[i];
        if ('ok' in outcome) results[at] = { uri: file.uri, file: outcome.ok };
        else unreadable.push({ uri: file.uri, error: outcome.error, detail: outcome.detail });
      });
    });
    inFlight.push(run);
    // Two batches in the jobs while the third is read: the threads never wait, memory stays bounded.
    if (inFlight.length > 2) await inFlight.shift();
  }
  await Promise.all(inFlight);
  if (options.isCancelled?.()) throw new Cancelled();
  return results.filter((r): r is ReadSession => r !== undefined);
}

/**
 * The batch's files as jobs take them, with their place among all sessions (`start` is the batch's): a
 * path where the job's thread can read the file itself, else what the workspace read.
 */
async function jobFiles(workspace: Workspace, uris: string[], start: number, unreadable: EventDocumentation['unreadable']): Promise<Array<{ at: number; file: JobFile }>> {
  const contents = await Promise.all(uris.map((uri) => (workspace.pathOf?.(uri) !== undefined ? undefined : workspace.read(uri).catch(() => ({ error: 'unreadable' as const })))));
  return uris.flatMap((uri, i): Array<{ at: number; file: JobFile }> => {
    const path = workspace.pathOf?.(uri);
    if (path !== undefined) return [{ at: start + i, file: { uri, path } }];
    const content = contents[i]!;
    if ('bytes' in content) return [{ at: start + i, file: { uri, bytes: content.bytes } }];
    const text = textOfContent(content);
    if ('text' in text) return [{ at: start + i, file: { uri, text: text.text } }];
    // A file over the size limit still goes to the job: it gets its one `too-large` problem there.
    if (text.error === 'tooLarge') return [{ at: start + i, file: { uri, error: 'tooLarge', detail: text.detail } }];
    unreadable.push({ uri, error: text.error, detail: text.detail });
    return [];
  });
}
