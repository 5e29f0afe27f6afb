// Turns the notes of an Etherpad (text export) or HedgeDoc pad (Markdown) into a session protocol, keeping every word.
import type { EventPlan, Language, SectionKind } from '../../model';
import { collapseWhitespace, foldForSearch } from '../../text';
import { frontmatterLines, sessionFileStem } from '../sessionSkeleton';
import { fieldOfLabel, labelLine, sectionOfLabel, type PadField } from './labels';
import { frontmatterSafe, headCount, takeField, takeFieldList, type PadFields, type TakenField } from './fields';
import { peopleLookup, type MatchedPerson, type PeopleLookup, type PersonMatch } from './people';
import { readPadFrontmatter, type PadFrontmatterEntry } from './frontmatter';
import { renderSection, type PadEntry, type PadSection } from './render';
import { atxHeading, MAX_HEURISTIC_LINE, trimEndColons } from './scan';
import { ARROW_START, fileTopic, indentWidth, isMarkdown, listItem, SEPARATOR, type ListItem } from './lineShapes';

export interface PadImportOptions {
  /** The event's barcamp.json: rooms, slots, days and people are matched against it. */
  plan?: EventPlan;
  /** The pad file's name: `.md` reads Markdown (HedgeDoc), `.txt` plain text (Etherpad); else the text decides. */
  fileName?: string;
  /** The protocol's language (headings written for typos, `bis`/`due`); else the plan's, else the pad's words. */
  language?: Language;
}

/** What the import read, for a summary: language-neutral data, 0-based lines of the pad. */
export type PadImportNote =
  | { kind: 'field'; field: keyof PadFields; line: number }
  /** `written` is the pad's label or heading; `heading` what the protocol says (the keyword, for a typo). */
  | { kind: 'section'; section: SectionKind; heading: string; written: string; misspelled: boolean; line: number }
  | { kind: 'person'; written: string; match: PersonMatch; name?: string; line: number }
  | { kind: 'step'; owners: string[]; due?: string; line: number }
  /** A line whose words the frontmatter does not hold as written: kept as a YAML comment in it. */
  | { kind: 'kept'; text: string; line: number };

export interface PadImport {
  protocol: string;
  /** The file's name without `.session.md`: the slug of the topic (the writer adds `-2` … when taken). */
  fileStem: string;
  topic: string;
  language: Language;
  notes: PadImportNote[];
}

const LIST_SECTIONS = new Set<PadSection['kind']>(['participants', 'findings', 'nextSteps', 'openQuestions', 'active', 'interested']);
/** Words a time is written with that the slot does not need to repeat. */
const FILLER_WORDS = new Set(['uhr', 'h']);
const KEPT_HEADER: Record<Language, string> = { de: '# Aus dem Pad übernommen:', en: '# Taken over from the pad:' };

interface Reader {
  markdown: boolean;
  plan?: EventPlan;
  lookup: PeopleLookup;
  fields: PadFields;
  notes: PadImportNote[];
  kept: string[];
  sections: PadSection[];
  title?: { text: string; line: number };
  /** A field label alone on its line (`Thema:`): its value may follow on the next line. */
  pending?: { field: PadField; line: number; text: string };
  /** The list below such a label (`Sessiongeber:` then `- Anna`), held until it ends: the field's values, or text. */
  list?: { field: PadField; line: number; text: string; indent: number; items: Array<{ item: ListItem; line: number }>; asText?: boolean };
  /** Frontmatter keys that name a section (`Ergebnisse:`), opened after the body so its text stays in its own sections. */
  frontSections: PadFrontmatterEntry[];
  votes: Record<Language, number>;
  /** Indent widths of the open list levels of a plain-text pad. */
  levels: number[];
  fence?: string;
}

/**
 * The protocol for a pad's notes. Labels (`Thema:`, `Raum:`, `Sessiongeber*in:`) become frontmatter matched
 * against the plan, headings and labels of sections (`Ergebnisse:`, typos too) become `##` sections, next steps
 * get `@handles` and due dates; everything else stays as text. Never throws: any text gives a protocol.
 */
export function importPadNotes(text: string, options: PadImportOptions = {}): PadImport {
  const source = (typeof text === 'string' ? text : '').replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const plan = options.plan && typeof options.plan === 'object' ? options.plan : undefined;
  const lines = source.split('\n');
  const r: Reader = {
    markdown: isMarkdown(source, options.fileName),
    plan,
    lookup: peopleLookup(Array.isArray(plan?.people) ? plan.people : []),
    fields: {},
    notes: [],
    kept: [],
    sections: [{ kind: 'intro', entries: [] }],
    votes: { de: 0, en: 0 },
    levels: [],
    frontSections: [],
  };
  // Only a Markdown pad has a frontmatter of its own: in a plain-text pad a block between `---` lines is notes.
  const front = r.markdown ? readPadFrontmatter(lines) : undefined;
  const settings = [
    ...(front?.entries ?? []).map((entry) => ({ line: entry.line, read: () => readFrontmatterEntry(r, entry) })),
    ...(front?.comments ?? []).map((comment) => ({ line: comment.line, read: () => keep(r, comment.text, comment.line) })),
  ];
  for (const setting of settings.sort((a, b) => a.line - b.line)) setting.read();
  for (let i = front?.bodyStart ?? 0; i < lines.length; i++) readLine(r, lines[i], i);
  endBlock(r);
  for (const entry of r.frontSections) readFrontmatterSection(r, entry);
  return write(r, options);
}

function readFrontmatterEntry(r: Reader, entry: PadFrontmatterEntry): void {
  const { key, value, line } = entry;
  const written = value === '' ? `${key}:` : `${key}: ${value}`;
  if (key === 'lang') r.votes[/^en/iu.test(value) ? 'en' : 'de'] += 0.5;
  const field = fieldOfLabel(key);
  if (field && takeLabelled(r, field.field, value, written, line)) return;
  if (!field && sectionOfLabel(key, r.plan?.sections, true)) {
    r.frontSections.push(entry);
    return;
  }
  if (key === 'description' && value !== '') add(r, { type: 'para', text: value });
  // A setting the protocol has no field for, an empty key too, stays as a comment: nothing of the pad is dropped.
  else keep(r, written, line);
}

/** `Ergebnisse:` in a pad's frontmatter: a section like the label in the notes, its list items as the section's items. */
function readFrontmatterSection(r: Reader, entry: PadFrontmatterEntry): void {
  const section = sectionOfLabel(entry.key, r.plan?.sections, true);
  if (!section) return;
  openLabelledSection(r, section, entry.key, entry.items ? '' : entry.value, `${entry.key}: ${entry.value}`, entry.line);
  for (const text of entry.items ?? []) readItem(r, { indent: 0, marker: '-', text }, entry.line);
}

function readLine(r: Reader, raw: string, lineNo: number): void {
  if (r.list) {
    // The list below a field label goes on while its items do, at the same indent.
    const item = raw.length <= MAX_HEURISTIC_LINE ? listItem(raw, r.markdown) : undefined;
    if (item && item.indent === r.list.indent) return void r.list.items.push({ item, line: lineNo });
    // A nested item or an indented line makes it more than a list of values: it all stays text.
    if (/^\s/u.test(raw) && raw.trim() !== '') r.list.asText = true;
    endBlock(r);
  }
  const fence = /^\s{0,3}(`{3,}|~{3,})/u.exec(raw);
  if (r.fence !== undefined) {
    if (fence && fence[1][0] === r.fence[0] && fence[1].length >= r.fence.length) r.fence = undefined;
    return add(r, { type: r.markdown ? 'raw' : 'block', text: raw });
  }
  if (fence) {
    endBlock(r);
    r.fence = fence[1];
    return add(r, { type: r.markdown ? 'raw' : 'block', text: raw });
  }
  const trimmed = raw.trim();
  if (trimmed === '') {
    // A label's value is on the line right below it: after a blank line the label stays text.
    endBlock(r);
    if (r.markdown) add(r, { type: 'raw', text: '' });
    return;
  }
  if (raw.length > MAX_HEURISTIC_LINE) return readVerbatim(r, r.markdown ? raw : trimmed);
  const item = listItem(raw, r.markdown);
  if (item) return readItem(r, item, lineNo);
  // In Markdown, an indented line belongs to the block above it (a list item's text, code): kept as it is.
  if (r.markdown && /^\s/u.test(raw)) return readVerbatim(r, raw);
  if (!r.markdown && /^\s/u.test(raw) && r.levels.length > 0 && !ARROW_START.test(trimmed)) return readItem(r, { indent: indentWidth(raw), marker: '-', text: trimmed }, lineNo);
  r.levels = [];
  if (!r.markdown && SEPARATOR.test(trimmed)) return readSeparator(r, trimmed);
  if (readStructure(r, trimmed, lineNo)) return;
  readContent(r, r.markdown ? raw : trimmed, lineNo);
}

/** A line no heuristic reads (overlong, or Markdown's indented text): kept as written. */
function readVerbatim(r: Reader, text: string): void {
  endBlock(r);
  r.levels = [];
  add(r, { type: r.markdown ? 'raw' : 'para', text });
}

/** `---` in a plain-text pad: it ends a list section, so the text after it is not read as that section's items. */
function readSeparator(r: Reader, line: string): void {
  endBlock(r);
  if (LIST_SECTIONS.has(current(r).kind)) openSection(r, { kind: 'notes', entries: [] });
  add(r, { type: 'para', text: line });
}

/**
 * Ends what a field label alone on its line began: its list becomes the field's values when the field holds
 * several, else the label and the list stay text; a label that got no value stays text too.
 */
function endBlock(r: Reader): void {
  const list = r.list;
  r.list = undefined;
  const pending = r.pending;
  r.pending = undefined;
  if (pending) readContent(r, pending.text, pending.line);
  if (!list) return;
  const values = list.items.map((i) => i.item.text);
  const taken = list.asText ? undefined : takeFieldList(r.fields, list.field, values, { plan: r.plan, lookup: r.lookup });
  if (taken) return noteTaken(r, taken, values.join(', '), `${list.text} ${values.join(', ')}`, list.line);
  readContent(r, list.text, list.line);
  for (const { item, line } of list.items) readItem(r, item, line);
}

/** A heading, a label or a section's name on its own: true when the line was read as such. */
function readStructure(r: Reader, line: string, lineNo: number): boolean {
  const heading = atxHeading(line);
  if (heading) {
    endBlock(r);
    return readHeading(r, heading.level, heading.text, line, lineNo);
  }
  const pending = r.pending;
  r.pending = undefined;
  const label = labelLine(line);
  if (pending && !label) {
    if (takeLabelled(r, pending.field, line, `${pending.text} ${line}`, lineNo)) return true;
    // A value the field cannot hold stays with its label, as one line of text (`Datum: irgendwann`).
    if (!r.markdown && !bareSection(r, line)) {
      readContent(r, `${pending.text} ${line}`, pending.line);
      return true;
    }
  }
  // The label found no value: it stays text before whatever this line is.
  if (pending && (label || r.markdown || bareSection(r, line))) readContent(r, pending.text, pending.line);
  if (label) {
    const field = fieldOfLabel(label.label);
    if (field) vote(r, field.language);
    if (field && label.value === '') {
      r.pending = { field: field.field, line: lineNo, text: line };
      return true;
    }
    if (field && takeLabelled(r, field.field, label.value, line, lineNo)) return true;
    const section = sectionOfLabel(label.label, r.plan?.sections, false);
    if (section) return openLabelledSection(r, section, label.label, label.value, line, lineNo);
    // `Diskussion:` alone on its line names a part of the notes: a section of its own.
    if (label.value === '' && !field) {
      openSection(r, { kind: 'notes', heading: `## ${label.label}`, entries: [] });
      return true;
    }
  }
  const bare = bareSection(r, line);
  if (bare) return openLabelledSection(r, bare.section, bare.written, '', line, lineNo);
  // A plain-text pad's first line, before anything else, is its headline: the topic unless a label names one.
  if (!r.markdown && !r.title && !hasContent(r) && line.length <= 150 && !label) {
    r.title = { text: line, line: lineNo };
    return true;
  }
  return false;
}

/** A section's name alone on its line (`Ergebnisse`, `**Next steps**`), without a colon: only the exact keyword. */
function bareSection(r: Reader, line: string): { section: NonNullable<ReturnType<typeof sectionOfLabel>>; written: string } | undefined {
  const written = line.replace(/^[*_]{1,2}|[*_]{1,2}$/gu, '').trim();
  const section = written.split(/\s+/u).length <= 4 ? sectionOfLabel(written, r.plan?.sections, true) : undefined;
  return section ? { section, written } : undefined;
}

function readHeading(r: Reader, level: number, text: string, line: string, lineNo: number): boolean {
  if (level === 1 && !r.title && r.sections.length === 1) {
    r.title = { text, line: lineNo };
    return true;
  }
  const name = trimEndColons(text);
  const section = sectionOfLabel(name, r.plan?.sections, false);
  if (section) return openLabelledSection(r, section, name, '', line, lineNo);
  if (level <= 2) openSection(r, { kind: 'notes', heading: `${'#'.repeat(level)} ${text}`, entries: [] });
  else add(r, { type: r.markdown ? 'raw' : 'block', text: line });
  return true;
}

/** A section's label or heading (`Ergebnisse:`, `## Ergebnise`); `Teilnehmende: 12` is the head count instead. */
function openLabelledSection(r: Reader, section: NonNullable<ReturnType<typeof sectionOfLabel>>, written: string, value: string, line: string, lineNo: number): boolean {
  vote(r, section.language);
  const count = section.kind === 'participants' ? headCount(value) : undefined;
  if (count !== undefined && r.fields.participants === undefined) {
    r.fields.participants = count;
    r.notes.push({ kind: 'field', field: 'participants', line: lineNo });
    keepIfLost(r, value, String(count), line, lineNo);
    return true;
  }
  const heading = section.misspelled ? section.word : written.replace(/[*_]+/gu, ' ').trim();
  r.notes.push({ kind: 'section', section: section.kind, heading, written, misspelled: section.misspelled, line: lineNo });
  openSection(r, { kind: section.kind, heading: `## ${collapseWhitespace(heading)}`, entries: [] });
  if (value !== '') readContent(r, value, lineNo);
  return true;
}

/** A labelled value into the frontmatter; true when taken. The line is kept as a comment when its words are not all there. */
function takeLabelled(r: Reader, field: PadField, value: string, line: string, lineNo: number): boolean {
  const taken: TakenField | undefined = takeField(r.fields, field, value, { plan: r.plan, lookup: r.lookup });
  if (!taken) return false;
  noteTaken(r, taken, value, line, lineNo);
  return true;
}

function noteTaken(r: Reader, taken: TakenField, value: string, line: string, lineNo: number): void {
  for (const key of taken.set) r.notes.push({ kind: 'field', field: key, line: lineNo });
  for (const person of taken.people) notePerson(r, person, lineNo);
  keepIfLost(r, value, taken.written, line, lineNo);
}

function readItem(r: Reader, item: ListItem, lineNo: number): void {
  const pending = r.pending;
  if (pending) {
    // `Sessiongeber:` then `- Anna`: the list is the label's value; read when it ends (see endBlock).
    r.pending = undefined;
    r.list = { ...pending, indent: item.indent, items: [{ item, line: lineNo }] };
    return;
  }
  const section = current(r);
  if (r.markdown) {
    // Markdown is kept as written; only a top-level item of a steps or people section is rewritten.
    const rewrite = item.indent < 2 && (section.kind === 'nextSteps' || section.kind === 'participants' || section.kind === 'active' || section.kind === 'interested');
    return add(r, rewrite ? { type: 'item', depth: 0, marker: item.marker, text: item.text, line: lineNo } : { type: 'raw', text: `${' '.repeat(item.indent)}${item.marker} ${item.text}` });
  }
  while (r.levels.length > 0 && item.indent < r.levels[r.levels.length - 1]) r.levels.pop();
  if (r.levels.length === 0 || item.indent > r.levels[r.levels.length - 1]) r.levels.push(item.indent);
  add(r, { type: 'item', depth: r.levels.length - 1, marker: item.marker, text: item.text, line: lineNo });
}

/** A line of notes: an item in a list section, else a paragraph; `→ Anna bis 30.11.` under a step belongs to that step. */
function readContent(r: Reader, line: string, lineNo: number): void {
  const section = current(r);
  const last = section.entries[section.entries.length - 1];
  if (section.kind === 'nextSteps' && last?.type === 'item' && ARROW_START.test(line) && last.text.length + line.length <= MAX_HEURISTIC_LINE) {
    last.text = `${last.text} ${line.trim()}`;
    return;
  }
  if (r.markdown) return add(r, { type: 'raw', text: line });
  add(r, LIST_SECTIONS.has(section.kind) ? { type: 'item', depth: 0, marker: '-', text: line, line: lineNo } : { type: 'para', text: line });
}

function write(r: Reader, options: PadImportOptions): PadImport {
  const language = options.language ?? r.plan?.language ?? (r.votes.en > r.votes.de ? 'en' : 'de');
  const labelled = r.fields.title;
  // A headline that lost to a `Thema:` label stays, as the intro's first paragraph.
  if (labelled && r.title && foldForSearch(r.title.text) !== foldForSearch(labelled)) r.sections[0].entries.unshift({ type: 'para', text: r.title.text });
  const topic = collapseWhitespace(frontmatterSafe(labelled ?? r.title?.text ?? fileTopic(options.fileName) ?? (language === 'de' ? 'Thema' : 'Topic')));
  const ctx = {
    lookup: r.lookup,
    plan: r.plan,
    language,
    plainText: !r.markdown,
    onPerson: (person: MatchedPerson, line: number) => notePerson(r, person, line),
    onStep: (owners: MatchedPerson[], due: string | undefined, line: number) => r.notes.push({ kind: 'step', owners: owners.map((o) => o.written), ...(due ? { due } : {}), line }),
  };
  const front = frontmatterLines({ ...r.fields, title: topic }, false);
  if (r.kept.length > 0) front.splice(front.length - 1, 0, KEPT_HEADER[language], ...r.kept.map((k) => `# ${k}`));
  const body = r.sections.map((s) => renderSection(s, ctx)).filter((lines) => lines.length > 0);
  const protocol = [...front, '', `# ${topic}`, ...body.flatMap((lines) => ['', ...lines]), ''].join('\n');
  return { protocol, fileStem: sessionFileStem(topic), topic, language, notes: r.notes.sort((a, b) => a.line - b.line) };
}

function openSection(r: Reader, section: PadSection): void {
  r.levels = [];
  r.sections.push(section);
}

function add(r: Reader, entry: PadEntry): void {
  current(r).entries.push(entry);
}

function current(r: Reader): PadSection {
  return r.sections[r.sections.length - 1];
}

/** Whether the notes have begun: a separator line before the headline does not count. */
function hasContent(r: Reader): boolean {
  return r.sections.length > 1 || r.sections[0].entries.some((e) => e.text.trim() !== '' && !SEPARATOR.test(e.text.trim()));
}

function vote(r: Reader, language: Language | undefined): void {
  if (language) r.votes[language]++;
}

function notePerson(r: Reader, person: MatchedPerson, line: number): void {
  r.notes.push({ kind: 'person', written: person.written, match: person.match, ...(person.person ? { name: person.person.name } : {}), line });
}

/** Keeps the pad's line as a frontmatter comment when a word of its value is not in what the frontmatter now says. */
function keepIfLost(r: Reader, value: string, written: string, line: string, lineNo: number): void {
  const have = foldForSearch(written);
  if (wordsOf(value).every((word) => FILLER_WORDS.has(foldForSearch(word)) || have.includes(foldForSearch(word)))) return;
  keep(r, line, lineNo);
}

function keep(r: Reader, line: string, lineNo: number): void {
  const text = collapseWhitespace(frontmatterSafe(line));
  r.kept.push(text);
  r.notes.push({ kind: 'kept', text, line: lineNo });
}

/** The words of a text: runs of letters, marks and digits. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
