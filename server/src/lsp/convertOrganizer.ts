// Core results → the organizer's protocol payloads (server/src/protocol/); the sibling of convert.ts for custom messages.
import { CreateFile, TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { dayLabel, type Language, type StepEdit } from '../core';
import type { OverviewStep, StepGroup } from '../core';
import { stepState, type CompactStep, type EventInfo, type NextStepsListResult, type SetStepDoneResult, type StepOwner, type StepSession } from '../protocol';
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

/** The Next-steps groups of one event as the compact answer: each session, owner and step once, referred to by index. */
export function toStepsAnswer(groups: readonly StepGroup[]): Omit<NextStepsListResult['events'][number], 'event'> {
  const sessions = new Indexed<StepSession>((s) => s.uri);
  const owners = new Indexed<StepOwner>((o) => `${o.known}\u0000${o.handle}\u0000${o.name}`);
  const steps: CompactStep[] = [];
  // A step with two owners is one object in two groups: sent once.
  const stepIndex = new Map<OverviewStep, number>();
  const indexOf = (step: OverviewStep) => {
    let index = stepIndex.get(step);
    if (index === undefined) {
      index = steps.push(toCompactStep(step, sessions, owners)) - 1;
      stepIndex.set(step, index);
    }
    return index;
  };
  const compactGroups = groups.map(({ key, label, open, overdue, steps: entries }) => ({ key, label, steps: entries.map(indexOf), open, overdue }));
  return { sessions: sessions.items, owners: owners.items, steps, groups: compactGroups };
}

function toCompactStep(step: OverviewStep, sessions: Indexed<StepSession>, owners: Indexed<StepOwner>): CompactStep {
  const { start, end } = step.range;
  return {
    session: sessions.indexOf({ uri: step.uri, topic: step.session }),
    range: [start.line, start.character, end.line, end.character],
    owners: step.owners.map((o) => owners.indexOf({ handle: o.handle, name: o.name, known: o.known })),
    ...stepState(step),
  };
}

/** A list without repeats, and each item's index in it. */
class Indexed<T> {
  readonly items: T[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly key: (item: T) => string) {}

  indexOf(item: T): number {
    const key = this.key(item);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.items.push(item) - 1;
      this.byKey.set(key, index);
    }
    return index;
  }
}

/** A WorkspaceEdit with the edits of one document. */
export function stepWorkspaceEdit(uri: string, edits: StepEdit[]): NonNullable<SetStepDoneResult['edit']> {
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

/** A new protocol as one undoable edit: create the file (never over an existing one), then insert its text. */
export function newFileEdit(uri: string, text: string): WorkspaceEdit {
  return {
    documentChanges: [CreateFile.create(uri, { overwrite: false, ignoreIfExists: false }), TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, text)])],
  };
}
