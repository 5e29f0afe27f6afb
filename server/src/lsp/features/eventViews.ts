// The data of the organizer's views: the events, the Sessions view (states from each session's diagnostics), the Next-steps view (from summaries).
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { nextStepsOverview, sessionsOverview } from '../../core';
import {
  EventsListRequest,
  NextStepsListRequest,
  SessionsChangedNotification,
  SessionsListRequest,
  type EventsListResult,
  type NextStepsListParams,
  type NextStepsListResult,
  type SessionsListParams,
  type SessionsListResult,
} from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { toEventInfo, toStepsAnswer } from '../convertOrganizer';
import { Cancelled, eventSessionsOf, type EventRef } from '../eventSessions';

/** Views refresh at most this often while someone types: enough to feel live, rare enough to stay cheap. */
export const CHANGE_NOTIFICATION_DELAY_MS = 300;

export const eventViewsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const { connection, analyzer } = ctx;
    const sessions = eventSessionsOf(ctx);

    connection.onRequest(EventsListRequest, async (): Promise<EventsListResult> => {
      await ctx.indexed();
      return { events: sessions.events().map((e) => toEventInfo(e, sessions.sessionUris(e).length, analyzer.language)) };
    });

    connection.onRequest(SessionsListRequest, (params: SessionsListParams | undefined, token) =>
      cancellable(async (): Promise<SessionsListResult> => {
        await ctx.indexed();
        const result: SessionsListResult = { events: [] };
        // Progress counts the closed files parsed (on the first request, or after changes), when the client sent a token.
        const progress = workDone(connection, (params as { workDoneToken?: string } | undefined)?.workDoneToken);
        try {
          for (const event of selectedEvents(ctx, params?.eventUri)) {
            const checked = await sessions.checkEvent(event, { language: analyzer.language, userSettings: true }, token, progress.report);
            const overview = sessionsOverview(checked, {
              plan: event.plan,
              folderUri: event.folderUri,
              language: analyzer.language,
              problemsOnly: params?.problemsOnly,
              groupBy: params?.groupBy === 'actionField' ? 'actionField' : 'day',
            });
            result.events.push({ event: toEventInfo(event, checked.length, analyzer.language), ...overview });
          }
        } finally {
          progress.done();
        }
        return result;
      }),
    );

    // Next steps are part of every session's summary: no file is read and nothing parsed here.
    connection.onRequest(NextStepsListRequest, async (params: NextStepsListParams): Promise<NextStepsListResult> => {
      await ctx.indexed();
      const result: NextStepsListResult = { events: [] };
      for (const event of selectedEvents(ctx, params?.eventUri)) {
        const summaries = sessions.summaries(event);
        const groups = nextStepsOverview(summaries, {
          plan: event.plan,
          folderUri: event.folderUri,
          language: analyzer.language,
          groupBy: params?.groupBy ?? 'owner',
          includeDone: params?.includeDone ?? true,
          today: params?.today,
        });
        result.events.push({ event: toEventInfo(event, summaries.length, analyzer.language), ...toStepsAnswer(groups) });
      }
      return result;
    });

    // One notification per burst of changes; the views then ask again.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void connection.sendNotification(SessionsChangedNotification).catch(() => undefined);
      }, CHANGE_NOTIFICATION_DELAY_MS);
    };
    ctx.onRevalidate(changed);
    ctx.documents.onDidClose(changed);
  },
};

/** The event asked for, or every event; an unknown event gives none. */
export function selectedEvents(ctx: ServerContext, eventUri: string | undefined): EventRef[] {
  const sessions = eventSessionsOf(ctx);
  if (eventUri === undefined) return sessions.events();
  const event = sessions.event(eventUri);
  return event ? [event] : [];
}

/** Runs a request body, answering a cancellation between chunks with the LSP "request cancelled" error. */
export async function cancellable<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof Cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    throw error;
  }
}

/** LSP work-done progress on the client's token, or nothing when the client sent none. */
export function workDone(connection: Connection, token: string | undefined): { report: (done: number, total: number) => void; done: () => void } {
  if (token === undefined) return { report: () => undefined, done: () => undefined };
  const progress = connection.window.attachWorkDoneProgress(token);
  progress.begin('Barcamp', 0, undefined, true);
  return {
    report: (done, total) => progress.report(total === 0 ? 100 : Math.round((done / total) * 100), `${done}/${total}`),
    done: () => progress.done(),
  };
}
