// One protocol as the public documentation will show it: the editor's preview of a single session.
import { aggregateEvent, type AggregateInput } from './aggregate';
import { isPublished, publicSession } from './audience';
import type { EventReport, ReportSession } from './reportModel';
import { mayName, type SessionInput } from './reportSession';

/** What the preview of one protocol shows: its article under the event's head, and whether it is published yet. */
export interface SessionPreview {
  /** The public report of the event made of this one session: its language, title, dates, naming policy and publish level. */
  report: EventReport;
  /** The session as the public documentation shows it (names by consent, no diagnostics), also while `output.publish` holds it back. */
  session: ReportSession;
  /** False while barcamp.json `output.publish` keeps the session out of the public documentation. */
  published: boolean;
}

/**
 * The public documentation's view of one protocol, built like the event's (aggregateEvent, publicSession)
 * with the event's plan. Nothing of a session's article depends on the other sessions, so they are not
 * needed. A session the public files leave out is shown all the same, marked as not published. Pure.
 */
export function previewSession(input: Omit<AggregateInput, 'sessions' | 'audience'> & { session: SessionInput }): SessionPreview {
  const { session: one, ...rest } = input;
  const report = aggregateEvent({ ...rest, sessions: [one], audience: 'public' });
  // The organizers' report holds every session, also one not yet published; the public rules are applied to it here.
  const [session] = aggregateEvent({ ...rest, sessions: [one], audience: 'organizer' }).sessions;
  const hide = (handle: string) => !mayName(handle, rest.plan);
  return { report, session: publicSession(session, report.names, hide), published: isPublished(session.status, report.publish) };
}
