// Edits the organizer asks for: check a next step off or re-open it, set a protocol's review status, the text of a new session protocol or barcamp.json, the barcamp.json of the event form.
import type { CancellationToken } from 'vscode-languageserver';
import {
  currentStatus,
  eventFormOf,
  eventPlanFromForm,
  eventPlanSkeleton,
  parseSession,
  preferredSessionFolder,
  REVIEW_STATUSES,
  reportLanguage,
  reviewStatusEdits,
  sessionSkeleton,
  STATUS_WORDS,
  statusLanguage,
  stepDoneEdits,
  type SessionProtocol,
} from '../../core';
import {
  EventFormOfRequest,
  EventPlanFromFormRequest,
  NewEventPlanRequest,
  NewSessionRequest,
  ReviewStatusRequest,
  SetReviewStatusRequest,
  SetStepDoneRequest,
  type EventFormOfParams,
  type EventFormOfResult,
  type EventPlanFromFormParams,
  type EventPlanFromFormResult,
  type NewEventPlanParams,
  type NewEventPlanResult,
  type NewSessionParams,
  type NewSessionResult,
  type ReviewStatusParams,
  type ReviewStatusResult,
  type SetReviewStatusParams,
  type SetReviewStatusResult,
  type SetStepDoneParams,
  type SetStepDoneResult,
} from '../../protocol';
import { SESSION_SUFFIX } from '../../app/workspace';
import type { Feature, ServerContext } from '../context';
import { stepWorkspaceEdit } from '../convertOrganizer';
import { textOf } from '../editingSupport';
import { eventSessionsOf } from '../eventSessions';

export const eventEditsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const { connection, documents, analyzer } = ctx;

    // The edit is computed from the text the client edits: the open document, else the file as the editor shows it.
    connection.onRequest(SetStepDoneRequest, async (params: SetStepDoneParams): Promise<SetStepDoneResult> => {
      if (typeof params?.uri !== 'string' || typeof params.line !== 'number') return { edit: null };
      const document = documents.get(params.uri);
      const text = await textOf(ctx, params.uri);
      if (text === undefined) return { edit: null };
      const protocol = document ? analyzer.protocolOf(document) : parseSession(text, params.uri);
      const change = stepDoneEdits(text, protocol, params.line, params.done !== false, typeof params.text === 'string' ? params.text : undefined);
      if (!change) return { edit: null };
      return { edit: stepWorkspaceEdit(params.uri, change.edits), version: document?.version ?? null, guard: change.guard };
    });

    // The review status: read and set from the text the client edits, like a step.
    connection.onRequest(ReviewStatusRequest, async (params: ReviewStatusParams): Promise<ReviewStatusResult | null> => {
      const session = await sessionText(ctx, params?.uri);
      if (!session) return null;
      const language = languageOf(ctx, session.protocol, params.uri);
      return { status: currentStatus(session.protocol), language, words: { ...STATUS_WORDS[language] } };
    });

    connection.onRequest(SetReviewStatusRequest, async (params: SetReviewStatusParams): Promise<SetReviewStatusResult> => {
      if (!REVIEW_STATUSES.includes(params?.status)) return { edit: null, reason: 'noSession' };
      const session = await sessionText(ctx, params.uri);
      if (!session) return { edit: null, reason: 'noSession' };
      const edits = reviewStatusEdits(session.text, session.protocol, params.status, languageOf(ctx, session.protocol, params.uri));
      if (!edits) return { edit: null, reason: 'frontmatterNotClosed' };
      return { edit: stepWorkspaceEdit(params.uri, edits), version: documents.get(params.uri)?.version ?? null };
    });

    connection.onRequest(NewSessionRequest, (params: NewSessionParams, token): Promise<NewSessionResult | null> => newSessionOf(ctx, params, token));

    connection.onRequest(NewEventPlanRequest, (params: NewEventPlanParams): NewEventPlanResult => ({
      text: eventPlanSkeleton({ name: String(params?.name ?? ''), language: params?.language === 'en' ? 'en' : 'de', date: params?.date }),
    }));

    // The guided form: pure functions of what the client sends, no file read here (the client edits the text it holds).
    connection.onRequest(EventPlanFromFormRequest, (params: EventPlanFromFormParams): EventPlanFromFormResult =>
      eventPlanFromForm(params?.form, typeof params?.base === 'string' ? params.base : undefined),
    );
    connection.onRequest(EventFormOfRequest, (params: EventFormOfParams): EventFormOfResult => eventFormOf(typeof params?.text === 'string' ? params.text : '') ?? null);
  },
};

/** The text of a new protocol of the event, in its language, and where it goes; null for an unknown event or no topic. */
export async function newSessionOf(ctx: ServerContext, params: NewSessionParams, token?: CancellationToken): Promise<NewSessionResult | null> {
  await ctx.indexed();
  const sessions = eventSessionsOf(ctx);
  const event = params?.eventUri ? sessions.event(params.eventUri) : undefined;
  if (!event || typeof params.topic !== 'string') return null;
  const uris = sessions.sessionUris(event);
  // The event's language: barcamp.json, else the language most of its protocols are written in (kept per file, parsed once).
  const languages = event.plan?.language ? [] : await sessions.languages(event, token);
  const language =
    event.plan?.language ??
    reportLanguage(
      undefined,
      languages.map((l) => ({ protocol: { language: l } })),
    );
  const skeleton = sessionSkeleton({ topic: params.topic, day: params.day, slot: params.slot, room: params.room, language });
  return { folderUri: preferredSessionFolder(uris, event.folderUri), ...skeleton };
}

/** A session protocol's text as the editor shows it, and the protocol; undefined for another file or one that cannot be read. */
async function sessionText(ctx: ServerContext, uri: unknown): Promise<{ text: string; protocol: SessionProtocol } | undefined> {
  if (typeof uri !== 'string' || !uri.toLowerCase().endsWith(SESSION_SUFFIX)) return undefined;
  const document = ctx.documents.get(uri);
  const text = await textOf(ctx, uri);
  if (text === undefined) return undefined;
  return { text, protocol: document ? ctx.analyzer.protocolOf(document) : parseSession(text, uri) };
}

/** The language the protocol's status is written in: its own, else its status word's, else the event's, else the editor's. */
function languageOf(ctx: ServerContext, protocol: SessionProtocol, uri: string) {
  return statusLanguage({ protocol, planLanguage: ctx.analyzer.index.planFor(uri)?.language, fallback: ctx.analyzer.language });
}
