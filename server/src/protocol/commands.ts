// The organizer's commands: new session, import notes, check all, aggregate and the previews.
import type { PositionJson } from './views';

/** Client → server: the text of a new session protocol; the client picks a free file name and writes it. */
export const NewSessionRequest = 'barcamp/session/new';
export interface NewSessionParams {
  eventUri: string;
  topic: string;
  /** As picked or typed: `1`, `2017-01-26`; slot and room as text. */
  day?: string;
  slot?: string;
  room?: string;
}
export interface NewSessionResult {
  /** The folder to create the file in: the one most of the event's sessions are in, else the event folder. */
  folderUri: string;
  /** The slug of the topic; the file is `<fileStem>.session.md`, or `<fileStem>-2.session.md` … when taken. */
  fileStem: string;
  /** The skeleton in the event's language. */
  text: string;
  /** Where the cursor goes: the first findings bullet. */
  cursor: PositionJson;
}

/**
 * Client → server: the notes of an Etherpad (.txt) or HedgeDoc (.md) pad as a new protocol of the event. The
 * client sends the file's bytes (the server decodes them like every file: BOM, UTF-16) and writes the text
 * beside the event's barcamp.json under a free name; null for an unknown event.
 */
export const ImportNotesRequest = 'barcamp/session/importNotes';
export interface ImportNotesParams {
  eventUri: string;
  /** The pad file's name: `.md` is read as Markdown, `.txt` as plain text. */
  fileName: string;
  /** The pad file's bytes (see toBase64). */
  base64: string;
}
export type ImportNotesResult =
  | {
      /** The event's folder, where its barcamp.json is. */
      folderUri: string;
      /** The slug of the topic; the file is `<fileStem>.session.md`, or `<fileStem>-2.session.md` … when taken. */
      fileStem: string;
      text: string;
    }
  /** The file holds no text (NUL bytes). */
  | { error: 'binary' };

/**
 * Client → server: switch "Check all sessions" on or off. While on, the server publishes diagnostics for
 * every session of the workspace, also for closed files, and keeps them current; off clears those of
 * closed files.
 */
export const CheckAllRequest = 'barcamp/checkAll';
export interface CheckAllParams {
  enabled: boolean;
}
export interface CheckAllResult {
  enabled: boolean;
  sessions: number;
  /** Sessions with at least one error / warning. */
  errors: number;
  warnings: number;
}

/**
 * Client → server: the event documentation, rendered and checked, for the client to write. The server
 * reads through the client (sessions, event.md, the existing target files) and writes nothing itself.
 */
export const AggregateRequest = 'barcamp/aggregate';
export interface AggregateParams {
  eventUri: string;
  /** The client's local date `YYYY-MM-DD`: the reference date for "overdue". */
  today?: string;
  /** LSP work-done progress token: the server reports reading and checking the sessions. */
  workDoneToken?: string;
}
export interface AggregateResult {
  /** Set when nothing can be written at all; the other lists are then empty. */
  error?: { code: 'unknownEvent' | 'outputOutside'; detail?: string };
  outputFolderUri?: string;
  /** Files to write (new or changed). Empty when any target was refused: then nothing is written. */
  /** `encoding: 'base64'` for a binary file (Word): `content` is then its bytes in Base64. */
  files: Array<{ uri: string; content: string; encoding?: 'base64' }>;
  /** Targets that already hold exactly this content. */
  unchanged: string[];
  /** Targets a person wrote (no generated marker): never overwritten. */
  refused: string[];
  /** barcamp.json `output.formats` entries that are no format. */
  unknownFormats: string[];
  stats: { sessions: number; sessionsWithProblems: number; errors: number };
  /**
   * The image files the documentation shows, to copy to `uri` (in the output folder's `assets`) once the
   * documents are written; every regular file there is a copy of the tool's and may be replaced.
   */
  assets: Array<{ sourceUri: string; uri: string }>;
}

/** Client → server: the HTML documentation of an event for the preview (the same render as the HTML file). */
export const PreviewRequest = 'barcamp/preview';
export interface PreviewParams {
  eventUri: string;
  today?: string;
  /** The public documentation (default) or the organizers' report. */
  audience?: 'public' | 'organizer';
}
export interface PreviewResult {
  /** Absent for an unknown event. */
  html?: string;
  title: string;
  /** The images the HTML shows as `assets/<fileName>`, by the file they are copied from: the preview shows those files. */
  assets?: Array<{ fileName: string; sourceUri: string }>;
}

/**
 * Client → server: one protocol as the public HTML documentation will show it, for the protocol's preview:
 * its article on a page of its own (the documentation's renderer and style, the event's plan and privacy
 * rules), from the text the editor shows, unsaved changes included. A protocol barcamp.json
 * `output.publish` still keeps out is shown too, with a note on the page; `published` says so.
 */
export const PreviewSessionRequest = 'barcamp/previewSession';
export interface PreviewSessionParams {
  /** A `*.session.md`, open in the editor or not. */
  sessionUri: string;
  today?: string;
}
export interface PreviewSessionResult {
  /** Absent for a file that is no protocol or cannot be read. */
  html?: string;
  /** The session's topic (without one, the file name); '' without a page. */
  title: string;
  /** The event's title, as the documentation's head shows it. */
  eventTitle?: string;
  /** False while barcamp.json `output.publish` keeps the session out of the public documentation. */
  published?: boolean;
  /** As PreviewResult's: the images the page shows as `assets/<fileName>`, by the file they are copied from. */
  assets?: Array<{ fileName: string; sourceUri: string }>;
}
