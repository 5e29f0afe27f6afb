// Turns one parsed protocol and its diagnostics into the report's view of a session.
import { toIsoDate } from '../text';
import type { EventPlan, Item, Language, NextStep, Person, RatedProblem, Section, SessionProtocol } from '../model';
import type { ImageAssets, ReportDiagnostic, ReportItem, ReportOwner, ReportPerson, ReportSection, ReportSession, ReportStep } from './reportModel';
import { ASSETS_FOLDER, imageTarget } from '../event';
import { collapseWhitespace, slugify } from '../text';
import { listsItems } from '../syntax';

/** One session as the adapter hands it over: the protocol (or its prepared form), its diagnostics, and optionally its path. */
export type SessionInput = ({ protocol: SessionProtocol } | { prepared: PreparedSession }) & {
  /** Its problems with their severities (rateProblems): the report words them in its own language. */
  problems: RatedProblem[];
  /** Path relative to the event folder with `/`; derived from the URIs when absent. */
  file?: string;
};

/** What the conversion needs from the event: its plan and the reference date for `overdue`. */
export interface SessionContext {
  plan?: EventPlan;
  today?: string;
  /** The event's folder: images from files inside it are shown from their copies (see imageTarget). */
  folderUri?: string;
}

/**
 * One session readied for the report where it was parsed (in a job, so the protocol itself need not
 * travel between threads): everything but what only the whole event decides — the id, the file as the
 * event names it, and the diagnostics (cross-file rules see every session).
 */
export interface PreparedSession {
  uri: string;
  /** The protocol's own language, for the report's majority language. */
  language?: Language;
  topic?: string;
  /** Slugs of everybody the protocol names as present (see presentPeople), for the event's head count. */
  people: string[];
  /** The head count: `participants: N`, or the named and counted people when they are more; 0 without either. */
  headCount: number;
  session: Omit<ReportSession, 'id' | 'file' | 'title' | 'hasTopic' | 'diagnostics'>;
}

/** The reference date when it is a real `YYYY-MM-DD` date, else undefined (nothing is then overdue). */
export function referenceDate(today: string | undefined): string | undefined {
  return today && toIsoDate(today) === today ? today : undefined;
}

/** Prepares one protocol for the report against its event's plan and reference date (see PreparedSession). */
export function prepareSession(protocol: SessionProtocol, ctx: SessionContext): PreparedSession {
  const meta = protocol.meta;
  const today = referenceDate(ctx.today);
  const listed = protocol.participants.filter((p) => p.name.trim() !== '');
  const people = [...presentPeople(protocol, ctx.plan).keys()];
  // Named people, and those the participants section counts without names (`sowie 6 weitere`).
  const headCount = Math.max(meta.participants?.value ?? 0, people.length + (protocol.unnamedParticipants ?? 0));
  const session: PreparedSession['session'] = {
    status: meta.status?.value ?? 'draft',
    tags: [...new Set(meta.tags.map((t) => t.value))],
    participants: distinctPeople(listed.map((p) => withOrg(p.name, p.org, ctx.plan))),
    active: distinctPeople(protocol.active.filter((p) => p.name.trim() !== '').map((p) => withOrg(p.name, p.org, ctx.plan))),
    interested: distinctPeople(protocol.interested.filter((p) => p.name.trim() !== '').map((p) => withOrg(p.name, p.org, ctx.plan))),
    participantCount: headCount,
    sections: protocol.sections.map(toReportSection),
    findings: protocol.findings.map(toItem),
    nextSteps: protocol.nextSteps.map((s) => toStep(s, { plan: ctx.plan, today })),
    openQuestions: protocol.openQuestions.map(toItem),
  };
  const day = meta.day?.value ?? ctx.plan?.days.find((d) => d.date !== undefined && d.date === meta.date?.value)?.day;
  if (day !== undefined) session.day = day;
  const date = ctx.plan?.days.find((d) => d.day === day)?.date ?? meta.date?.value;
  if (date !== undefined) session.date = date;
  if (protocol.intro) session.intro = { markdown: unixLines(protocol.intro.value) };
  const assets = imageAssetsOf(protocol, ctx.folderUri);
  if (assets) session.imageAssets = assets;
  if (meta.actionField) session.actionField = meta.actionField.value;
  if (meta.slot) session.slot = meta.slot.value;
  if (meta.room) session.room = meta.room.value;
  if (meta.host) session.host = fieldPerson(meta.host.value, ctx.plan);
  if (meta.documenter) session.documenter = fieldPerson(meta.documenter.value, ctx.plan);
  const prepared: PreparedSession = { uri: protocol.uri, people, headCount, session };
  if (protocol.language) prepared.language = protocol.language;
  if (protocol.topic) prepared.topic = protocol.topic.value;
  return prepared;
}

/** The report's session from a prepared one; `id` is assigned by the caller, which knows the other sessions. */
export function toReportSession(prepared: PreparedSession, id: string, file: string, problems: RatedProblem[]): ReportSession {
  const { session } = prepared;
  const result: ReportSession = {
    id,
    file,
    title: prepared.topic ?? fileStem(file),
    hasTopic: prepared.topic !== undefined,
    status: session.status,
    tags: session.tags,
    participants: session.participants,
    active: session.active,
    interested: session.interested,
    participantCount: session.participantCount,
    sections: session.sections,
    findings: session.findings,
    nextSteps: session.nextSteps,
    openQuestions: session.openQuestions,
    diagnostics: problems.map(toReportDiagnostic),
  };
  if (session.intro) result.intro = session.intro;
  if (session.imageAssets) result.imageAssets = session.imageAssets;
  if (session.actionField !== undefined) result.actionField = session.actionField;
  const { day, date, slot, room, host, documenter } = session;
  if (day !== undefined) result.day = day;
  if (date !== undefined) result.date = date;
  if (slot !== undefined) result.slot = slot;
  if (room !== undefined) result.room = room;
  if (host !== undefined) result.host = host;
  if (documenter !== undefined) result.documenter = documenter;
  return result;
}

/**
 * The slugs of everybody a protocol names as present: the participants list, the host and the documenter
 * (several names in one field split at `,`, `;`, `/`, `&`, `und`, `and`). Slugs make 'Norbert Weiß',
 * 'norbert weiß' and '@norbert-weiß' one person.
 */
export function presentPeople(protocol: SessionProtocol, plan: EventPlan | undefined): Map<string, string> {
  const people = new Map<string, string>();
  const add = (written: string) => {
    // `Anna Schmidt (Kreis Pinneberg)` in the frontmatter is Anna Schmidt, as in the participants list.
    const name = nameAndOrg(written).name;
    const slug = slugify(name.replace(/^@/u, ''));
    if (slug !== '' && !people.has(slug)) people.set(slug, displayName(name, plan));
  };
  protocol.participants.forEach((p) => add(p.name));
  for (const field of [protocol.meta.host, protocol.meta.documenter]) if (field) splitNames(field.value).forEach(add);
  return people;
}

/** A name as written, or the plan's spelling when it is a handle or a slug match of a listed person. */
export function displayName(written: string, plan: EventPlan | undefined): string {
  const person = findPerson(written, plan);
  return person?.name ?? written.trim();
}

function findPerson(written: string, plan: EventPlan | undefined): Person | undefined {
  const slug = slugify(written.replace(/^@/u, ''));
  return slug === '' || !plan ? undefined : directoryOf(plan).byIdOrName.get(slug);
}

/** A plan's people by lowercased id, and by id or name slug; the first listed wins, as a search in list order would. */
interface Directory {
  byId: Map<string, Person>;
  byIdOrName: Map<string, Person>;
}

/** Built once per plan (plans are replaced, never changed): a report looks up every name of every session. */
const directories = new WeakMap<EventPlan, Directory>();

function directoryOf(plan: EventPlan): Directory {
  let directory = directories.get(plan);
  if (!directory) {
    directory = { byId: new Map(), byIdOrName: new Map() };
    for (const person of plan.people) {
      const id = person.id.toLowerCase();
      if (!directory.byId.has(id)) directory.byId.set(id, person);
      for (const key of [id, slugify(person.name)]) if (!directory.byIdOrName.has(key)) directory.byIdOrName.set(key, person);
    }
    directories.set(plan, directory);
  }
  return directory;
}

/** The organisation as written, else the plan's for the same person, else none; marked when the public files may not name them. */
function withOrg(name: string, org: string | undefined, plan: EventPlan | undefined): ReportPerson {
  const known = org ?? findPerson(name, plan)?.org;
  const person: ReportPerson = known ? { name, org: known } : { name };
  if (!mayName(name, plan)) person.nameWithheld = true;
  return person;
}

/** A host or documenter field: one person, or several (`Anna, Ben`) named only when every one of them may be. */
function fieldPerson(written: string, plan: EventPlan | undefined): ReportPerson {
  const single = nameAndOrg(written);
  const parts = splitNames(single.org ? single.name : written)
    .map((part) => nameAndOrg(part).name)
    .filter((part) => slugify(part.replace(/^@/u, '')) !== '');
  const person: ReportPerson = { name: displayName(single.org ? single.name : written, plan) };
  const org = single.org ?? (parts.length === 1 ? findPerson(parts[0], plan)?.org : undefined);
  if (org) person.org = org;
  if (parts.length === 0 || !parts.every((part) => mayName(part, plan))) person.nameWithheld = true;
  return person;
}

/** `Anna Schmidt (Kreis Pinneberg)` → the name and the organisation, as a participant line is read. */
export function nameAndOrg(written: string): { name: string; org?: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(written.trim());
  if (!m || m[1].trim() === '') return { name: written.trim() };
  const org = m[2].trim();
  return org ? { name: m[1].trim(), org } : { name: m[1].trim() };
}

/**
 * Whether the public files may name a person: barcamp.json `privacy.names` `all` or `none` decides for
 * everybody; by default (`consent`) only a person the plan lists with `consent: true`.
 */
export function mayName(written: string, plan: EventPlan | undefined): boolean {
  const policy = plan?.privacy?.names ?? 'consent';
  if (policy !== 'consent') return policy === 'all';
  return findPerson(written, plan)?.consent === true;
}

/** Several names in one field: split at `,`, `;`, `/`, `&`, `und`, `and`. */
export function splitNames(field: string): string[] {
  return field.split(/\s*(?:[,;/&]|\bund\b|\band\b)\s*/u);
}

function distinctPeople(people: ReportPerson[]): ReportPerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const slug = slugify(p.name ?? '') || (p.name ?? '');
    if (seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
}

/**
 * Where the documentation shows each image of the protocol from: its copy in the assets folder, for
 * every image inside the event's folder (or, without one, the protocol's) of a carried type. Whether the
 * file is there is the host's to find (app/images.ts): a missing one gets missing-image on its line.
 */
function imageAssetsOf(protocol: SessionProtocol, folderUri: string | undefined): ImageAssets | undefined {
  const folder = folderUri ?? protocol.uri.slice(0, protocol.uri.lastIndexOf('/'));
  const assets: Record<string, string> = {};
  for (const image of protocol.images) {
    const target = imageTarget(protocol.uri, image.path, folder);
    if (!('refused' in target)) assets[image.url] = `${ASSETS_FOLDER}/${target.asset}`;
  }
  return Object.keys(assets).length > 0 ? assets : undefined;
}

function toReportSection(section: Section): ReportSection {
  const markdown = unixLines(section.markdown);
  const shown = unixLines(listsItems(section.kind) ? section.otherMarkdown : section.markdown);
  const result: ReportSection = { kind: section.kind, heading: section.heading, markdown, stepCount: section.kind === 'nextSteps' ? section.items.length : 0, empty: !section.hasContent };
  if (shown.trim() !== '') result.shown = { markdown: shown };
  return result;
}

/** The report's Markdown has `\n` line breaks, whatever the protocol's were. */
function unixLines(markdown: string): string {
  return markdown.replace(/\r\n?/gu, '\n');
}

function toItem(item: Item): ReportItem {
  return { text: item.text, markdown: dedent(item.markdown) };
}

function toStep(step: NextStep, ctx: SessionContext): ReportStep {
  const handles = [...new Set(step.owners.map((o) => o.handle))];
  // Longest first, so removing `@anna` cannot cut `@anna-schmidt` in half.
  const byLength = [...handles].sort((a, b) => b.length - a.length);
  const result: ReportStep = {
    text: withoutStepMeta(step.text, byLength, step.due?.raw, collapseWhitespace),
    markdown: withoutStepMeta(dedent(step.markdown), byLength, step.due?.raw, (s) => s.replace(/[ \t]{2,}/gu, ' ').trim()),
    owners: handles.map((h) => toOwner(h, ctx.plan)),
    done: step.done,
    overdue: !step.done && !!step.due?.iso && !!ctx.today && step.due.iso < ctx.today,
  };
  if (step.due?.iso) result.due = step.due.iso;
  if (step.due) result.dueAsWritten = step.due.raw;
  return result;
}

function toOwner(handle: string, plan: EventPlan | undefined): ReportOwner {
  const person = plan ? directoryOf(plan).byId.get(handle.toLowerCase()) : undefined;
  const owner: ReportOwner = person ? { handle, name: person.name, known: true } : { handle, name: `@${handle}`, known: false };
  if (person?.org) owner.org = person.org;
  // The consent of the person the handle names (by id), not of someone whose name has the same slug.
  const policy = plan?.privacy?.names ?? 'consent';
  if (policy === 'none' || (policy === 'consent' && person?.consent !== true)) owner.nameWithheld = true;
  return owner;
}

/**
 * The step's words without `@owner` handles and the due phrase, which the report shows as fields of
 * their own; an empty remainder (a step that was only "@anna bis 2017-02-28") keeps the original text.
 */
export function withoutStepMeta(text: string, handles: string[], dueRaw: string | undefined, tidy: (s: string) => string): string {
  let s = text;
  for (const handle of handles) s = s.split(`@${handle}`).join('');
  if (dueRaw) s = withoutDuePhrase(s, dueRaw);
  s = s.replace(/\(\s*[,;]?\s*\)/gu, '').replace(/[ \t]+([,;.:!?])/gu, '$1');
  s = tidy(s)
    .replace(/(?:\s*[,;:–—-])+\s*$/u, '')
    .trim();
  return s === '' ? tidy(text) : s;
}

/** What stands before a due date: `bis`, `due` or `until` as a word (`:` and `zum` allowed), or 📅. */
const DUE_PREFIX = /(?<![\p{L}\p{N}_])(?:bis|due|until)\s*:?\s*(?:zum\s+)?|\u{1F4C5}\s*/giu;

/**
 * `s` without its first due phrase for the date `dueRaw` (as the parser found it: digits, dots, dashes).
 * One fixed pattern finds the prefixes and the date is compared as text; building a pattern per date
 * cost 0.2 ms each (measured), more than everything else a report does with a step.
 */
function withoutDuePhrase(s: string, dueRaw: string): string {
  for (const m of s.matchAll(DUE_PREFIX)) {
    const end = m.index + m[0].length;
    if (s.startsWith(dueRaw, end)) return s.slice(0, m.index) + s.slice(end + dueRaw.length);
  }
  return s;
}

function toReportDiagnostic(p: RatedProblem): ReportDiagnostic {
  const diagnostic: ReportDiagnostic = { code: p.code, severity: p.severity, args: p.args, line: p.range.start.line + 1, column: p.range.start.character + 1 };
  if (p.suggestion !== undefined) diagnostic.suggestion = p.suggestion;
  return diagnostic;
}

/** Removes the indentation continuation lines of a list item carry, so the Markdown stands on its own. */
export function dedent(markdown: string): string {
  const lines = markdown.split(/\r\n|\r|\n/u);
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = rest.reduce((least, l) => Math.min(least, /^[ \t]*/u.exec(l)![0].length), Infinity);
  if (!Number.isFinite(indent) || indent === 0) return lines.join('\n');
  return [lines[0], ...lines.slice(1).map((l) => l.slice(Math.min(indent, /^[ \t]*/u.exec(l)![0].length)))].join('\n');
}

/** The path of `uri` below `folderUri`, decoded; the file name alone when it is not below. */
export function relativeFile(uri: string, folderUri: string | undefined): string {
  const prefix = folderUri ? folderUri.replace(/\/+$/u, '') + '/' : undefined;
  const rel = prefix && uri.startsWith(prefix) ? uri.slice(prefix.length) : uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}

/** `sessions/e-akte.session.md` → `e-akte`. */
export function fileStem(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/(\.session)?\.md$/iu, '');
}
