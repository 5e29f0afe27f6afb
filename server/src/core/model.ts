// The plain, serializable data of a session protocol and of an event plan; every element keeps its source range.

/** A zero-based position; `character` counts UTF-16 code units, as LSP does by default. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open source range: `end` points just past the last character. */
export interface Range {
  start: Position;
  end: Position;
}

/** A piece of text together with where it stands in the protocol. */
export interface Located<T = string> {
  value: T;
  range: Range;
}

/** The kinds of `##` section the markup knows; `notes` is any other heading, kept as free notes. */
export type SectionKind = 'participants' | 'findings' | 'nextSteps' | 'openQuestions' | 'active' | 'interested' | 'notes';

/** Languages every user-visible text exists in. */
export type Language = 'de' | 'en';

/** One list item (or paragraph) of a section, as plain text and as its original Markdown. */
export interface Item {
  text: string;
  markdown: string;
  range: Range;
}

export interface Participant {
  name: string;
  org?: string;
  range: Range;
}

export interface Owner {
  /** The handle without `@`, as written. */
  handle: string;
  /** Range of `@handle`, including the `@`. */
  range: Range;
}

export interface DueDate {
  /** The date as written, for example `28.02.2017`. */
  raw: string;
  /** `YYYY-MM-DD`, or undefined when the date does not exist (2017-02-30). */
  iso?: string;
  range: Range;
}

export interface NextStep extends Item {
  owners: Owner[];
  due?: DueDate;
  done: boolean;
  /** Range of the `[ ]`/`[x]` checkbox, when the item is a task-list item. */
  checkboxRange?: Range;
  /** True when it can be checked off: a task-list item, or a list item (a checkbox fits after its marker); a paragraph cannot. */
  checkable: boolean;
}

export interface Section {
  kind: SectionKind;
  /** The heading text as written, without `##` and trailing colon. */
  heading: string;
  headingRange: Range;
  /** From the heading to the line before the next heading of level ≤ 2 (or the end). */
  range: Range;
  items: Item[];
  /** True when the section has any content besides its heading. */
  hasContent: boolean;
  /** True for a next-steps section whose only item is "keine" / "none". */
  declaredNone: boolean;
  /** Language the heading keyword belongs to, when it is unambiguous. */
  language?: Language;
  /** Everything below the heading as written, from the line after it to its last block; '' when nothing follows. */
  markdown: string;
  /** For participants and next steps: the blocks that are not items (an intro line, a table), as written; '' otherwise or when there are none. */
  otherMarkdown: string;
  /** The `###` (and deeper) headings among the section's blocks, for the outline. */
  subheadings: Subheading[];
}

export interface Subheading extends Located {
  /** 3 to 6: the number of `#`. */
  depth: number;
}

/** An image a protocol shows from a file of its own (`![Flipchart](fotos/flip.jpg)`), not from the web. */
export interface ImageRef {
  /** The address as the Markdown parser read it (the key its renderers look it up by). */
  url: string;
  /** The address percent-decoded, without `#…` or `?…`: a path relative to the protocol's folder. */
  path: string;
  range: Range;
}

export interface FrontmatterField {
  key: string;
  value: unknown;
  keyRange: Range;
  valueRange: Range;
}

export interface Frontmatter {
  /** From the opening `---` to the closing `---` line, inclusive. */
  range: Range;
  fields: FrontmatterField[];
  /** False when the YAML did not parse or the block is not closed. */
  valid: boolean;
}

/** Metadata from the frontmatter, already typed; invalid values are left out (and reported). */
export interface SessionMeta {
  title?: Located;
  day?: Located<number>;
  date?: Located;
  slot?: Located;
  room?: Located;
  host?: Located;
  documenter?: Located;
  tags: Located[];
  participants?: Located<number>;
  /** `status` read as a review status (German or English words); absent when missing or unknown. */
  status?: Located<ReviewStatus>;
  /** `actionField`: the id of the action field the session belongs to, as written. */
  actionField?: Located;
}

/** Everything the core knows about one `*.session.md` file. Built by `parseSession`, never throws. */
export interface SessionProtocol {
  uri: string;
  /** The topic: frontmatter `title`, else the first `#` heading. */
  topic?: Located;
  /** The first `#` heading, if any. */
  heading?: Located;
  meta: SessionMeta;
  frontmatter?: Frontmatter;
  /**
   * What stands outside every section besides the `#` heading (an introduction, a consent note above the
   * first `##`), as written; its range runs from its first to its last block.
   */
  intro?: Located;
  /** Every `##` section in order, also those of free headings; a second `#` heading opens one too. */
  sections: Section[];
  participants: Participant[];
  /**
   * People the participants section counts without naming them: `sowie 6 weitere`, `+ 12 weitere`,
   * `alle zehn Studierenden`, a line marked anonymous (one each). None of them is a Participant.
   */
  unnamedParticipants: number;
  /** An action field's people in this session: `## Aktive` (who drive it) and `## Interessenten` (who want to be kept informed). */
  active: Participant[];
  interested: Participant[];
  findings: Item[];
  nextSteps: NextStep[];
  openQuestions: Item[];
  /** The images shown from files beside the protocol, in order; web addresses are not among them. */
  images: ImageRef[];
  /** The document's language, guessed from its section headings; undefined when unclear. */
  language?: Language;
  lineCount: number;
  /** Problems found while parsing (frontmatter-syntax, invalid-date, …), before any rule ran. */
  problems: Problem[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

/** Stable diagnostic codes: tools and settings rely on these strings. */
export const DIAGNOSTIC_CODES = [
  'missing-topic',
  'missing-findings',
  'missing-next-steps',
  'next-step-without-owner',
  'next-step-without-due-date',
  'invalid-date',
  'unknown-person',
  'unknown-room',
  'unknown-slot',
  'unknown-day',
  'room-slot-conflict',
  'duplicate-section',
  'frontmatter-syntax',
  'unknown-field',
  'participant-count-mismatch',
  'topic-mismatch',
  'too-large',
  'too-complex',
  'misspelled-section',
  'due-before-event',
  'invalid-field-value',
  'missing-image',
  'empty-section',
  'unknown-action-field',
  'action-field-without-active',
  'personal-data',
  'unknown-participant',
  'plan-syntax',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** A place in another file, for cross-file findings. */
export interface RelatedLocation {
  uri: string;
  range: Range;
}

/** A finding before localization and severity: the code plus the arguments its message needs. */
export interface Problem {
  code: DiagnosticCode;
  range: Range;
  args: Record<string, string | number>;
  /** A replacement the user probably meant (did-you-mean), when there is one. */
  suggestion?: string;
  related?: RelatedLocation[];
}

/** A problem with the severity the event's and the user's rules give it: language-neutral, for the event report. */
export interface RatedProblem extends Problem {
  severity: Severity;
}

/** A problem with its severity and localized message: what the editor and the CLI show. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  range: Range;
  suggestion?: string;
  related?: RelatedLocation[];
}

export interface EventDay {
  day: number;
  date?: string;
}

export interface Person {
  id: string;
  name: string;
  org?: string;
  /** `consent: true`: the person agreed to be named in the published documentation (absent means no). */
  consent?: boolean;
}

/** A protocol's review status, frontmatter `status`; a protocol without one is a draft. */
export type ReviewStatus = 'draft' | 'reviewed' | 'approved';

/** The review statuses from lowest to highest: a session at a status is also at every lower one. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['draft', 'reviewed', 'approved'];

/** barcamp.json `privacy.names`: who the public files name — people who consented (default), everybody, or nobody. */
export type NamePolicy = 'consent' | 'all' | 'none';

/** A cross-session work stream (German "Handlungsfeld"): barcamp.json `actionFields`, joined by frontmatter `actionField`. */
export interface ActionField {
  id: string;
  title: string;
}

/** A barcamp.json: one event. Every list is present (possibly empty). */
export interface EventPlan {
  uri: string;
  name?: string;
  language?: Language;
  days: EventDay[];
  rooms: string[];
  slots: string[];
  people: Person[];
  rules: Partial<Record<DiagnosticCode, RuleSetting>>;
  /** `output.publish`: the lowest review status a session needs to stand in the public files (absent: all). */
  output: { folder?: string; formats?: string[]; publish?: ReviewStatus };
  /** `privacy.names`; absent means `consent`. */
  privacy?: { names: NamePolicy };
  /** `actionFields`, in the plan's order (every list is present). */
  actionFields: ActionField[];
  /** `limits.maxFileSizeMB`: the largest protocol this event's files may be, when it sets one (else 5 MB). */
  maxFileSizeMB?: number;
  /** `attendees`: how many people attended the event, as the organizer knows it (e.g. from the registration list). */
  attendees?: number;
  /** `sections`: the event's own headings per section kind, read besides the built-in ones (`"findings": ["Impulse"]`). */
  sections?: EventSections;
}

/** Headings an event adds per section kind. */
export type EventSections = Partial<Record<Exclude<SectionKind, 'notes'>, string[]>>;

/** A compact summary of a session, kept for files that are not open (no syntax tree). */
export interface SessionSummary {
  uri: string;
  topic?: string;
  tags: string[];
  day?: number;
  date?: string;
  slot?: string;
  room?: string;
  /** Range of the `slot` (else `room`, else topic) field, to point a cross-file finding at. */
  anchor: Range;
  topicRange: Range;
  host?: string;
  documenter?: string;
  /** Every mention of a person (owners, participants, host, documenter), for references and rename across files. */
  people: PersonMention[];
  /** The next steps, for the event-wide next-steps view and the report without reparsing. */
  nextSteps: NextStepSummary[];
  /** The protocol's images from files of its own (absent when none): checked against the files, carried into the documentation. */
  images?: ImageRef[];
  /** Frontmatter `status` as a review status; absent when missing or unknown (the session is then a draft). */
  status?: ReviewStatus;
  /** Frontmatter `actionField`, as written. */
  actionField?: string;
}

/**
 * What the cross-file rules read of a session: where and when it takes place, its topic, and where to
 * point a finding about it. The CLI keeps (and caches) only these; the editor keeps whole summaries.
 */
export type SessionFacts = Pick<SessionSummary, 'uri' | 'topic' | 'day' | 'date' | 'slot' | 'room' | 'anchor' | 'images'>;

/** Where a person is named in a session. `key` is the slug that matches `Person.id` and `@handle`s. */
export interface PersonMention {
  /** As written: the handle without `@` for owners, the name otherwise. */
  text: string;
  key: string;
  role: 'owner' | 'participant' | 'host' | 'documenter';
  range: Range;
}

export interface NextStepSummary {
  text: string;
  /** Handles without `@`, as written. */
  owners: string[];
  /** `YYYY-MM-DD`, when the due date exists. */
  due?: string;
  /** The due date as written (also an impossible one), to cut it out of the step's text. */
  dueRaw?: string;
  done: boolean;
  range: Range;
  checkboxRange?: Range;
  checkable: boolean;
}

/** A node of the document outline: session → sections → items. */
export interface OutlineNode {
  name: string;
  detail?: string;
  kind: 'session' | 'section' | 'item' | 'field';
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}
