// "Aggregate all sessions" and the previews: the event documentation built by the one report pipeline, written by the client; one protocol's page.
import type { CancellationToken } from 'vscode-languageserver';
import { buildEventDocumentation, buildSessionPreview, type DocumentationOptions, type EventDocumentation } from '../../app/eventDocumentation';
import { planOutput } from '../../app/output';
import { SESSION_SUFFIX, type Workspace } from '../../app/workspace';
import { ASSETS_FOLDER, EXPORT_FILE_NAMES, internalFolderOf, ORGANIZER_FILE_NAMES, outputFolderOf, reportLanguage } from '../../core';
import {
  AggregateRequest,
  PreviewRequest,
  PreviewSessionRequest,
  toBase64,
  type AggregateParams,
  type AggregateResult,
  type PreviewParams,
  type PreviewResult,
  type PreviewSessionParams,
  type PreviewSessionResult,
} from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { lastSegment } from '../convertOrganizer';
import { eventSessionsOf, type EventRef } from '../eventSessions';
import { sessionResultsOf } from '../sessionResults';
import { cancellable, workDone } from './eventViews';

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
          const planned = await plannedOutput(ctx, event, token, { today: params.today, onProgress: progress.report });
          // Word comes as Base64: the messages are JSON.
          const files = planned.files.map(({ uri, content }) => (typeof content === 'string' ? { uri, content } : { uri, content: toBase64(content), encoding: 'base64' as const }));
          return { ...planned, files };
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
        const { report, files, assets } = await documentationOf(ctx, event, token, { today: params.today, formats: ['html'] });
        const wanted = params.audience === 'organizer' ? ORGANIZER_FILE_NAMES.html : EXPORT_FILE_NAMES.html;
        const html = files.find((f) => f.fileName === wanted)?.content;
        return { html: typeof html === 'string' ? html : undefined, title: report.title, assets };
      }),
    );

    connection.onRequest(PreviewSessionRequest, (params: PreviewSessionParams, token) =>
      cancellable(async (): Promise<PreviewSessionResult> => {
        const uri = params?.sessionUri;
        if (typeof uri !== 'string' || !uri.toLowerCase().endsWith(SESSION_SUFFIX)) return { title: '' };
        await ctx.indexed();
        const sessions = eventSessionsOf(ctx);
        const event = sessions.eventOfSession(uri);
        // The event's language, as its documentation has it: barcamp.json, else the language most of its protocols are
        // written in; for a protocol the index knows no event of, its own.
        const languages = event.plan?.language ? [] : await sessions.languages(event, token ?? undefined);
        const language =
          event.plan?.language ??
          (languages.length > 0
            ? reportLanguage(
                undefined,
                languages.map((l) => ({ protocol: { language: l } })),
              )
            : undefined);
        const isCancelled = () => token?.isCancellationRequested === true;
        const source = { folderUri: event.folderUri, plan: event.plan, sessionUri: uri, fallbackTitle: lastSegment(event.folderUri) };
        const page = await sessionResultsOf(ctx).using(() => buildSessionPreview(withOpenDocuments(ctx), ctx.jobs, source, { today: params.today, language, isCancelled }));
        if (!page) return { title: '' };
        const { report, session, published } = page.preview;
        return { html: page.html, title: session.title, eventTitle: report.title, published, assets: page.assets };
      }),
    );
  },
};

/** What writing the documentation would do, with the files' contents as rendered (text, or bytes for Word). */
export interface PlannedOutput extends Omit<AggregateResult, 'files'> {
  files: Array<{ uri: string; content: string | Uint8Array }>;
}

/** The event's documentation through the one pipeline, sorted into files to write, unchanged and refused: the request's and executeCommand's. */
export async function plannedOutput(ctx: ServerContext, event: EventRef, token: CancellationToken | null | undefined, options: DocumentationOptions): Promise<PlannedOutput> {
  return outputFiles(ctx, event, await documentationOf(ctx, event, token, options));
}

/** The event's documentation, from its sessions as the editor shows them (open documents with their unsaved text). */
function documentationOf(ctx: ServerContext, event: EventRef, token: CancellationToken | null | undefined, options: DocumentationOptions): Promise<EventDocumentation> {
  const source = { folderUri: event.folderUri, plan: event.plan, sessionUris: eventSessionsOf(ctx).sessionUris(event), fallbackTitle: lastSegment(event.folderUri) };
  // The token can arrive as null (VS Code's client sends an undefined token as a second parameter): no cancellation then.
  const isCancelled = () => token?.isCancellationRequested === true;
  // The worker is released afterwards unless a view or a re-read still uses it.
  return sessionResultsOf(ctx).using(() => buildEventDocumentation(withOpenDocuments(ctx), ctx.jobs, source, { ...options, isCancelled }));
}

/** The server's workspace, where an open document's text stands for its file. */
function withOpenDocuments(ctx: ServerContext): Workspace {
  const files = ctx.files();
  const workspace: Workspace = {
    findFiles: (roots) => files.findFiles(roots),
    read: async (uri, options) => {
      const document = ctx.documents.get(uri);
      return document ? { text: document.getText() } : files.read(uri, options);
    },
    pathOf: (uri) => (ctx.documents.get(uri) ? undefined : files.pathOf?.(uri)),
  };
  if (files.stat) workspace.stat = (uri) => files.stat!(uri);
  return workspace;
}

/** The files to write, or why nothing is written (a target a person wrote, an output folder outside the event). */
async function outputFiles(ctx: ServerContext, event: EventRef, documentation: EventDocumentation): Promise<PlannedOutput> {
  const { report, errors, files, unknownFormats } = documentation;
  const stats = { sessions: report.stats.sessions, sessionsWithProblems: report.stats.sessionsWithProblems ?? 0, errors };
  const folder = outputFolderOf(event.plan);
  if (folder === undefined) return { ...emptyResult({ code: 'outputOutside', detail: event.plan?.output.folder }), stats };
  const outputFolderUri = `${event.folderUri}/${folder.split('/').map(encodeURIComponent).join('/')}`;
  // The organizers' report beside the public folder (internalFolderOf), never in it; one refusal anywhere writes nothing.
  const internalFolderUri = `${event.folderUri}/${internalFolderOf(folder).split('/').map(encodeURIComponent).join('/')}`;
  const publicPlan = await planOutput(
    ctx.files(),
    outputFolderUri,
    files.filter((f) => !f.internal),
  );
  const internalPlan = await planOutput(
    ctx.files(),
    internalFolderUri,
    files.filter((f) => f.internal),
  );
  const refused = [...publicPlan.refused, ...internalPlan.refused];
  const plan = { write: refused.length > 0 ? [] : [...publicPlan.write, ...internalPlan.write], unchanged: [...publicPlan.unchanged, ...internalPlan.unchanged], refused };
  // Each folder gets the images its pages show: the public one those of published sessions, the organizers' all.
  const assets = [
    ...documentation.assets.map((a) => ({ sourceUri: a.sourceUri, uri: `${outputFolderUri}/${ASSETS_FOLDER}/${encodeURIComponent(a.fileName)}` })),
    ...(files.some((f) => f.internal) ? documentation.internalAssets.map((a) => ({ sourceUri: a.sourceUri, uri: `${internalFolderUri}/${ASSETS_FOLDER}/${encodeURIComponent(a.fileName)}` })) : []),
  ];
  return { outputFolderUri, files: plan.write, unchanged: plan.unchanged, refused: plan.refused, unknownFormats, stats, assets };
}

function emptyResult(error: NonNullable<AggregateResult['error']>): AggregateResult {
  return { error, files: [], unchanged: [], refused: [], unknownFormats: [], stats: { sessions: 0, sessionsWithProblems: 0, errors: 0 }, assets: [] };
}
