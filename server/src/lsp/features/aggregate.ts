// "Aggregate all sessions" and the preview: the event documentation rendered here, written by the client.
import type { CancellationToken } from 'vscode-languageserver';
import { aggregateEvent, isGenerated, outputFolderOf, parseFormats, renderAll, type EventReport } from '../../core';
import {
  AggregateRequest,
  PreviewRequest,
  type AggregateParams,
  type AggregateResult,
  type PreviewParams,
  type PreviewResult,
} from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { lastSegment } from '../convertOrganizer';
import { eventSessionsOf, type EventRef } from '../eventSessions';
import { reportInputs } from '../reportInputs';
import { cancellable, workDone } from './eventViews';

/** The optional introduction and closing of an event, next to its barcamp.json (as for the CLI). */
const EVENT_NOTES_FILE_NAME = 'event.md';

export const aggregateFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const { connection } = ctx;

    connection.onRequest(AggregateRequest, (params: AggregateParams, token) =>
      cancellable(async (): Promise<AggregateResult> => {
        await ctx.indexed();
        const event = eventSessionsOf(ctx).event(params?.eventUri);
        if (!event) return emptyResult({ code: 'unknownEvent', detail: String(params?.eventUri) });
        const progress = workDone(connection, params.workDoneToken);
        try {
          const { report, errors } = await eventReport(ctx, event, params.today, token, progress.report);
          return await outputFiles(ctx, event, report, errors);
        } finally {
          progress.done();
        }
      }),
    );

    connection.onRequest(PreviewRequest, (params: PreviewParams, token) =>
      cancellable(async (): Promise<PreviewResult> => {
        await ctx.indexed();
        const event = eventSessionsOf(ctx).event(params?.eventUri);
        if (!event) return { title: '' };
        const { report } = await eventReport(ctx, event, params.today, token);
        return { html: renderAll(report, ['html'])[0].content, title: report.title };
      }),
    );
  },
};

/** The event's report from its sessions, prepared for this request only (see reportInputs). */
async function eventReport(
  ctx: ServerContext,
  event: EventRef,
  today: string | undefined,
  token: CancellationToken,
  onProgress?: (done: number, total: number) => void,
): Promise<{ report: EventReport; errors: number }> {
  const { language, sessions, errors } = await reportInputs(ctx, event, today, token, onProgress);
  const eventNotes = await ctx.files().readText(`${event.folderUri}/${EVENT_NOTES_FILE_NAME}`).catch(() => undefined);
  const report = aggregateEvent({ plan: event.plan, sessions, eventNotes, language, today, fallbackTitle: lastSegment(event.folderUri), folderUri: event.folderUri });
  return { report, errors };
}

/**
 * Renders the wanted formats and sorts every target into write, unchanged or refused. A target without
 * the generated marker was written by a person: then nothing at all is to be written, as in the CLI.
 */
async function outputFiles(ctx: ServerContext, event: EventRef, report: EventReport, errors: number): Promise<AggregateResult> {
  const stats = { sessions: report.stats.sessions, sessionsWithProblems: report.stats.sessionsWithProblems, errors };
  const folder = outputFolderOf(event.plan);
  if (folder === undefined) return { ...emptyResult({ code: 'outputOutside', detail: event.plan?.output.folder }), stats };
  const outputFolderUri = `${event.folderUri}/${folder.split('/').map(encodeURIComponent).join('/')}`;
  const { formats, unknown } = parseFormats(event.plan?.output.formats ?? []);
  const result: AggregateResult = { outputFolderUri, files: [], unchanged: [], refused: [], unknownFormats: unknown, stats };
  for (const file of renderAll(report, formats.length > 0 ? formats : undefined)) {
    const uri = `${outputFolderUri}/${encodeURIComponent(file.fileName)}`;
    const existing = await ctx.files().readText(uri).catch(() => undefined);
    if (existing === undefined) result.files.push({ uri, content: file.content });
    else if (withoutBom(existing) === withoutBom(file.content)) result.unchanged.push(uri);
    else if (!isGenerated(existing)) result.refused.push(uri);
    else result.files.push({ uri, content: file.content });
  }
  if (result.refused.length > 0) result.files = [];
  return result;
}

function emptyResult(error: NonNullable<AggregateResult['error']>): AggregateResult {
  return { error, files: [], unchanged: [], refused: [], unknownFormats: [], stats: { sessions: 0, sessionsWithProblems: 0, errors: 0 } };
}

/** The client's file reader drops a BOM (the CSV has one), so contents are compared without it. */
function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/u, '');
}
