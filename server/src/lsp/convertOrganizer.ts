// Core results → the organizer's protocol payloads (server/src/protocol.ts); the sibling of convert.ts for custom messages.
import { dayLabel, type Language, type StepEdit } from '../core';
import type { EventInfo, SetStepDoneResult } from '../protocol';
import type { EventRef } from './eventSessions';

/** The event as quick picks, status bar and explorer menu need it; labels in the editor's language. */
export function toEventInfo(event: EventRef, sessions: number, editorLanguage: Language): EventInfo {
  const { plan } = event;
  const info: EventInfo = {
    eventUri: event.eventUri,
    folderUri: event.folderUri,
    name: plan?.name?.trim() || lastSegment(event.folderUri),
    language: plan?.language ?? 'de',
    days: (plan?.days ?? []).map((d) => (d.date ? { day: d.day, date: d.date, label: dayLabel(d.day, d.date, editorLanguage) } : { day: d.day, label: dayLabel(d.day, undefined, editorLanguage) })),
    rooms: [...(plan?.rooms ?? [])],
    slots: [...(plan?.slots ?? [])],
    sessions,
  };
  if (event.planUri) info.planUri = event.planUri;
  return info;
}

/** A WorkspaceEdit with the edits of one document. */
export function toWorkspaceEdit(uri: string, edits: StepEdit[]): NonNullable<SetStepDoneResult['edit']> {
  return { changes: { [uri]: edits.map((e) => ({ range: { start: { ...e.range.start }, end: { ...e.range.end } }, newText: e.newText })) } };
}

/** The decoded last path segment of a URI: the folder's name. */
export function lastSegment(uri: string): string {
  const segment = uri.replace(/\/+$/u, '').slice(uri.replace(/\/+$/u, '').lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
