// Edits the organizer asks for: check a next step off or re-open it, the text of a new session protocol or barcamp.json.
import { eventPlanSkeleton, parseSession, preferredSessionFolder, reportLanguage, sessionSkeleton, stepDoneEdits } from '../../core';
import {
  NewEventPlanRequest,
  NewSessionRequest,
  SetStepDoneRequest,
  type NewEventPlanParams,
  type NewEventPlanResult,
  type NewSessionParams,
  type NewSessionResult,
  type SetStepDoneParams,
  type SetStepDoneResult,
} from '../../protocol';
import type { Feature } from '../context';
import { stepWorkspaceEdit } from '../convertOrganizer';
import { textOf } from '../editingSupport';
import { eventSessionsOf } from '../eventSessions';

export const eventEditsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const { connection, documents, analyzer } = ctx;
    const sessions = eventSessionsOf(ctx);

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

    connection.onRequest(NewSessionRequest, async (params: NewSessionParams, token): Promise<NewSessionResult | null> => {
      await ctx.indexed();
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
    });

    connection.onRequest(NewEventPlanRequest, (params: NewEventPlanParams): NewEventPlanResult => ({
      text: eventPlanSkeleton({ name: String(params?.name ?? ''), language: params?.language === 'en' ? 'en' : 'de', date: params?.date }),
    }));
  },
};
