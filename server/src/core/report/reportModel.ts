// The event report: plain, serializable data that aggregateEvent builds and every exporter renders.
import type { MessageSource } from '../diagnostics';
import type { EventDay, Language, NamePolicy, ReviewStatus, SectionKind, Severity } from '../model';

/**
 * A person as the report shows them: the display name and, when known, the organisation. In the public
 * files a person who is not to be named (barcamp.json `privacy`, `people[].consent`) has no name: their
 * organisation stands for them, `count` people of it at once.
 */
export interface ReportPerson {
  name?: string;
  org?: string;
  /** In the organizer's report: the public files do not name this person. */
  nameWithheld?: true;
  /** In the public files: how many unnamed people of `org` this entry stands for, when more than one. */
  count?: number;
}

/** The owner of a next step: the `@handle` as written, resolved against the event's people. */
export interface ReportOwner extends ReportPerson {
  /** Absent in the public files when the owner is not named there. */
  handle?: string;
  /** False when barcamp.json lists nobody with this handle; `name` is then `@handle`. */
  known: boolean;
}

/** A finding or open question: plain text for data consumers, the original Markdown for rendering. */
export interface ReportItem {
  text: string;
  markdown: string;
  /**
   * The Markdown rendered ahead where the protocol was parsed (the report job, in a worker thread),
   * equal by construction to rendering `markdown` again (tests hold it so): the inline HTML and the
   * neutralized Markdown. Language-neutral, like the rest of the report; no part of the JSON export.
   */
  rendered?: RenderedItem;
}

export interface RenderedItem {
  html: string;
  /** Absent when neutralizing changes nothing (nearly always): the item's own Markdown then stands. */
  markdown?: string;
}

/** The copies of a protocol's image files: the address as written → the copy's path beside the documentation (`assets/flip-k3x9a0.jpg`). */
export type ImageAssets = Readonly<Record<string, string>>;

/** Protocol Markdown the documentation shows as written (headings moved below the session's), with its renderings. */
export interface ReportBlock {
  markdown: string;
  /** Rendered ahead where the protocol was parsed, as for items; absent, the exporters render `markdown`. */
  rendered?: RenderedItem;
}

/** One section of a protocol, in the protocol's order: nothing a documenter writes is left out. */
export interface ReportSection {
  kind: SectionKind;
  /** The heading as written. */
  heading: string;
  /** The content below the heading as written (line breaks as `\n`), for data consumers. */
  markdown: string;
  /**
   * What the documentation shows below the heading: all of the content for findings, open questions and
   * free sections; for participants and next steps, whose items the report lists itself, the other blocks
   * (an intro line, a table). Absent when there is nothing to show.
   */
  shown?: ReportBlock;
  /** For next steps: how many of the session's `nextSteps`, taken in order, stand in this section. */
  stepCount: number;
  /** True when nothing but the heading (and placeholder comments or empty bullets) was written. */
  empty: boolean;
}

/** A next step without its `@owners` and due phrase in the text: those are fields of their own. */
export interface ReportStep extends ReportItem {
  owners: ReportOwner[];
  /** `YYYY-MM-DD`, when the due date exists. */
  due?: string;
  /** The due date as written, also when it does not exist (30.02.2017). */
  dueAsWritten?: string;
  done: boolean;
  /** Open and due before the report's reference date `today`; always false without one. */
  overdue: boolean;
}

/**
 * A diagnostic of a session file; `line` and `column` are 1-based, as people count. Language-neutral:
 * the renderer words it (formatMessage) in the report's language.
 */
export interface ReportDiagnostic extends MessageSource {
  severity: Severity;
  line: number;
  column: number;
}

export interface ReportSession {
  /** Unique within the report and safe as an HTML id: the slug of the file name. */
  id: string;
  /** Path relative to the event folder, with `/`. */
  file: string;
  /** The topic, or the file name when the protocol has none. */
  title: string;
  hasTopic: boolean;
  day?: number;
  date?: string;
  slot?: string;
  room?: string;
  host?: ReportPerson;
  documenter?: ReportPerson;
  /** Frontmatter `status`; a protocol without one (or with an unknown word) is a draft. */
  status: ReviewStatus;
  tags: string[];
  participants: ReportPerson[];
  /** Frontmatter `actionField`, as written: the id of the action field the session belongs to. */
  actionField?: string;
  /** `## Aktive` and `## Interessenten`: who drive the session's action field, and who want to be kept informed. */
  active: ReportPerson[];
  interested: ReportPerson[];
  /** What stands before the first section (an introduction, a consent note), as written. */
  intro?: ReportBlock;
  /** Where the documentation shows the protocol's images from (absent when it shows none). */
  imageAssets?: ImageAssets;
  /** Every section in the protocol's order; the findings, steps and questions below are their items as data. */
  sections: ReportSection[];
  /** The head count: `participants: N` from the frontmatter or the named people, whichever is larger. */
  participantCount: number;
  findings: ReportItem[];
  nextSteps: ReportStep[];
  openQuestions: ReportItem[];
  diagnostics: ReportDiagnostic[];
}

/** What rendering a session needs of its report besides the session itself. */
export type RenderContext = Pick<EventReport, 'language' | 'today' | 'audience'>;

export interface ReportStats {
  days: number;
  sessions: number;
  /** The event's head count from barcamp.json `attendees`: the only figure of people the headline states. */
  attendees?: number;
  /** Every distinct person named anywhere (the same as namedParticipants, under the name the JSON documents). */
  namedPeople: number;
  /** The sum of the sessions' head counts: one person in three sessions is three participations, never three people. */
  participations: number;
  /** namedParticipants + unnamedParticipants; see docs/event-documentation.md for the counting. */
  participants: number;
  namedParticipants: number;
  unnamedParticipants: number;
  nextSteps: number;
  openNextSteps: number;
  overdueNextSteps: number;
  /** Absent in the public files, which hold no diagnostics. */
  sessionsWithProblems?: number;
}

/** One cell of the schedule grid; more than one session means the room is double-booked. */
export interface ScheduleCell {
  slot: string;
  room: string;
  sessions: string[];
}

/** One day of the schedule grid: rows are slots, columns rooms (the plan's, then any others used). */
export interface ScheduleDay {
  day: number;
  date?: string;
  slots: string[];
  rooms: string[];
  cells: ScheduleCell[];
  /**
   * The grid's last row, "no time": the day's sessions with a room but no slot, under their room (rooms in
   * column order, only those with such a session). Empty when every session of the day has a slot.
   */
  withoutSlot: Array<{ room: string; sessions: string[] }>;
}

/** A next step as listed under its owner, with the session it came from. */
export interface OwnedStep {
  sessionId: string;
  sessionTitle: string;
  step: ReportStep;
}

/** The next steps of one owner; `owner` is undefined for the steps nobody owns. */
export interface OwnerGroup {
  owner?: ReportOwner;
  steps: OwnedStep[];
}

export interface TagEntry {
  tag: string;
  /** Session ids, in schedule order. */
  sessions: string[];
}

/** An action field (barcamp.json `actionFields`) with what its sessions say: the people who drive it and want news of it, its open steps. */
export interface ReportActionField {
  id: string;
  title: string;
  /** Session ids, in schedule order. */
  sessions: string[];
  active: ReportPerson[];
  interested: ReportPerson[];
  /** The open next steps of its sessions, in schedule order. */
  nextSteps: OwnedStep[];
}

/** The optional texts of `event.md`, as Markdown. */
export interface EventNotes {
  introduction?: string;
  closing?: { heading: string; markdown: string };
}

/** Who a report is for: the public files (named people only with consent, no diagnostics) or the organizers (everything). */
export type Audience = 'public' | 'organizer';

/** A session the public files leave out because it has not reached barcamp.json `output.publish`. */
export interface WithheldSession {
  id: string;
  title: string;
  file: string;
  status: ReviewStatus;
}

/** Everything the exporters need; the same input gives the same report, byte for byte once rendered. */
export interface EventReport {
  audience: Audience;
  language: Language;
  title: string;
  days: EventDay[];
  /** The reference date for `overdue` (`YYYY-MM-DD`), when one was given. */
  today?: string;
  notes: EventNotes;
  stats: ReportStats;
  /** In schedule order: day, slot, room, topic. */
  sessions: ReportSession[];
  schedule: ScheduleDay[];
  /** Ids of sessions without a day or without a room: they have no column in the grid (a room without a slot has one). */
  unscheduled: string[];
  owners: OwnerGroup[];
  tags: TagEntry[];
  /** In the plan's order; empty when the plan names none. */
  actionFields: ReportActionField[];
  /** The organizer's report only: sessions the public files leave out, and their status. */
  withheld: WithheldSession[];
  /** The lowest status a session needs to be published (barcamp.json `output.publish`); absent: every session is. */
  publish?: ReviewStatus;
  /** barcamp.json `privacy.names`: whom the public files name. */
  names: NamePolicy;
}
