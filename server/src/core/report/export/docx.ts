// The event documentation as a Word document (.docx): heading styles for Word's navigation pane, a table of contents, real tables, protocol Markdown as Word paragraphs.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IStylesOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import type { Definition, List, ListItem, PhrasingContent, RootContent, Table as MarkdownTable } from 'mdast';
import type { Language } from '../../model';
import { isComment } from '../../syntax';
import type { EventReport, OwnerGroup, RenderContext, ReportActionField, ReportSession, ReportStep, ScheduleDay } from '../reportModel';
import { formatDate, reportTexts } from '../reportTexts';
import * as common from './common';
import { packDocx } from './docxPackage';
import { collectDefinitions } from './markdownHtml';
import { BLOCK_HEADING_SHIFT, isPlainLine, isRemote, markdownTree, safeUrl } from './safeMarkdown';

const CREATOR = 'Barcamp Sessions';
/** Word's language tags; en-GB, as the English dates are written day first. */
const LANGUAGE_TAGS: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };
const MONOSPACE = 'Consolas';
/** A4 with docx's default margins of one inch: the width tables share out (twentieths of a point). */
const TEXT_WIDTH = 9026;
/** Indentation per list level and per block quote, and the hanging indent of a list marker (twips). */
const LIST_INDENT = 720;
const MARKER_HANGING = 360;
const QUOTE_INDENT = 567;
/** Word's deepest list level (0-based). */
const MAX_LEVEL = 8;
/** The Markdown export's title is `#`, the docx title is the Title style: every heading here is one level above the Markdown's. */
const SECTION_SHIFT = BLOCK_HEADING_SHIFT - 1;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

type Block = Paragraph | Table;

/** How text is marked while walking inline Markdown. */
interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  /** Inside a hyperlink: Word cannot nest them, so a link or web image in here stays text. */
  link?: boolean;
}

/** Where a piece of protocol Markdown stands in the document. */
interface Env {
  language: Language;
  definitions: ReadonlyMap<string, Definition>;
  /** Added to a Markdown heading's depth to give its Word heading level. */
  headingShift: number;
  /** The list level a paragraph stands at; -1 outside lists. */
  level: number;
  /** How many block quotes the paragraph stands in. */
  quotes: number;
  /** The document's lists so far: each list is its own Word numbering instance, so every numbered list counts from its own start. */
  lists: { count: number };
}

/**
 * Renders the report as a Word document, in the report's language. Pure (no IO); never throws on user
 * input: every text goes through `clean`, every link through `webUrl`. Diagnostics are left out: the
 * .docx is a public file. The same report gives the same bytes (see packDocx), so a run that changed
 * nothing leaves the file as it is, like the text formats.
 */
export async function renderDocx(report: EventReport): Promise<Uint8Array> {
  const t = reportTexts(report.language);
  const title = plain(report.title) || t.fallbackTitle;
  const build = () =>
    new Document({
      title,
      creator: CREATOR,
      lastModifiedBy: CREATOR,
      description: t.marker,
      // Word asks once on opening, then fills in the table of contents' page numbers.
      features: { updateFields: true },
      styles: styles(report.language),
      sections: [{ footers: { default: pageFooter() }, children: body(report) }],
    });
  return packDocx(build, [{ path: 'docProps/core.xml', data: coreXml(title, t.marker, report.language) }]);
}

/** docProps/core.xml without the clock (the library writes the time of the run): title, creator, description and language. */
function coreXml(title: string, description: string, language: Language): string {
  const text = (value: string) => value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${text(title)}</dc:title><dc:creator>${CREATOR}</dc:creator><cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy><dc:description>${text(clean(description))}</dc:description><dc:language>${LANGUAGE_TAGS[language]}</dc:language>`,
    '</cp:coreProperties>',
  ].join('');
}

/** The document's body, in the Markdown export's order: title, figures, contents, introduction, schedule, sessions, indexes, closing. */
function body(report: EventReport): Array<Block | TableOfContents> {
  const t = reportTexts(report.language);
  const env: Env = { language: report.language, definitions: new Map(), headingShift: 0, level: -1, quotes: 0, lists: { count: 0 } };
  const blocks: Array<Block | TableOfContents> = [new Paragraph({ heading: HeadingLevel.TITLE, children: [run(plain(report.title) || t.fallbackTitle)] }), ...header(report)];
  blocks.push(new Paragraph({ children: [run(t.contents, { bold: true })], spacing: { before: 240 } }), new TableOfContents(t.contents, { hyperlink: true, headingStyleRange: '1-2' }));
  if (report.notes.introduction) blocks.push(heading(t.introduction, 1), ...markdownBlocks(report.notes.introduction, env, 0));
  if (report.schedule.length > 0 || report.unscheduled.length > 0) blocks.push(heading(t.schedule, 1), ...scheduleBlocks(report, env));
  blocks.push(heading(t.sessions, 1), ...report.sessions.flatMap((s) => sessionBlocks(s, report, env)));
  if (report.actionFields.length > 0) blocks.push(heading(t.actionFields, 1), ...report.actionFields.flatMap((f) => actionFieldBlocks(f, report, env)));
  if (report.owners.length > 0) blocks.push(heading(t.nextStepsByOwner, 1), ...report.owners.flatMap((g) => ownerBlocks(g, report, env)));
  if (report.tags.length > 0) blocks.push(heading(t.tagIndex, 1), ...tagBlocks(report, env));
  const closing = report.notes.closing;
  if (closing) blocks.push(heading(closing.heading || t.closing, 1), ...markdownBlocks(closing.markdown, env, 0));
  blocks.push(new Paragraph({ children: [run(t.footer(report.stats.sessions), { italics: true })], spacing: { before: 480 } }));
  return blocks;
}

/** The dates, the headline figures, the steps' figures and the reference date, as the Markdown export's header. */
function header(report: EventReport): Paragraph[] {
  const t = reportTexts(report.language);
  const dates = common.eventDates(report);
  const steps = [common.stepFigures(report), report.today ? t.asOf(formatDate(report.today, report.language)) : ''].filter(Boolean).join(' · ');
  const figures = [textParagraph(common.headlineFigures(report)), textParagraph(steps)];
  return dates ? [textParagraph(dates, { bold: true }), ...figures] : figures;
}

function scheduleBlocks(report: EventReport, env: Env): Block[] {
  const t = reportTexts(report.language);
  const blocks = report.schedule.flatMap((day) => [heading(common.dayHeading(day.day, day.date, report), 2), scheduleTable(day, report)]);
  const unscheduled = report.unscheduled.map((id) => common.sessionById(report, id)?.title ?? id);
  if (unscheduled.length > 0) blocks.push(heading(t.unscheduled, 2), ...unscheduled.map((title) => bulletParagraph([run(plain(title))], env)));
  return blocks;
}

/** Rows are slots (and one for sessions without), columns rooms; the head row repeats on every page the table runs over. */
function scheduleTable(day: ScheduleDay, report: EventReport): Table {
  const t = reportTexts(report.language);
  const rows = day.slots.map((slot) => [
    [textParagraph(slot, { bold: true })],
    ...day.rooms.map((room) => scheduleCell(day.cells.find((c) => c.slot === slot && c.room === room)?.sessions ?? [], report)),
  ]);
  // Sessions with a room but no slot: a last row, under their rooms (several there are no double booking).
  if (day.withoutSlot.length > 0) {
    const cell = (room: string) => (day.withoutSlot.find((c) => c.room === room)?.sessions ?? []).map((id) => textParagraph(common.sessionById(report, id)?.title ?? id));
    rows.push([[textParagraph(t.withoutSlot, { italics: true })], ...day.rooms.map((room) => cell(room))]);
  }
  const timeWidth = day.rooms.length > 0 ? 1100 : TEXT_WIDTH;
  const roomWidth = Math.floor((TEXT_WIDTH - timeWidth) / Math.max(1, day.rooms.length));
  return wordTable([t.time, ...day.rooms], rows, [timeWidth, ...day.rooms.map(() => roomWidth)]);
}

function scheduleCell(ids: string[], report: EventReport): Paragraph[] {
  const titles = ids.map((id) => textParagraph(common.sessionById(report, id)?.title ?? id));
  if (titles.length < 2) return titles;
  return [...titles, textParagraph(`(${reportTexts(report.language).doubleBooked})`, { bold: true })];
}

/** A session: its title as Heading 2 (in the table of contents), place and facts, then its body in the protocol's order. */
function sessionBlocks(session: ReportSession, report: EventReport, env: Env): Block[] {
  const place = common.sessionPlace(session, report);
  const blocks: Block[] = [heading(session.title, 2)];
  if (place) blocks.push(textParagraph(place, { italics: true }));
  blocks.push(...facts(session, report));
  return [...blocks, ...common.sessionBody(session, report).flatMap((part) => bodyPart(part, report, env))];
}

function facts(session: ReportSession, report: RenderContext): Paragraph[] {
  const t = reportTexts(report.language);
  const rows: Array<[string, string]> = [];
  if (session.host) rows.push([t.host, common.personLabel(session.host, report)]);
  if (session.documenter) rows.push([t.documenter, common.personLabel(session.documenter, report)]);
  const { names, more } = common.participantSummary(session, report);
  if (names.length > 0 || more > 0) {
    const list = names.length > 0 ? `${names.join(', ')}${more > 0 ? ` ${t.more(more)}` : ''}` : t.counted(more);
    rows.push([`${t.participants} (${session.participantCount})`, list]);
  }
  if (session.tags.length > 0) rows.push([t.tags, session.tags.join(', ')]);
  return rows.map(([label, value]) => new Paragraph({ children: [run(`${plain(label)}: `, { bold: true }), run(plain(value))], spacing: { after: 40 } }));
}

/** One part of a session's body under its heading (Heading 3); a list part says so when it lists nothing and has no other blocks. */
function bodyPart(part: common.BodyPart, report: RenderContext, env: Env): Block[] {
  const head = part.heading === undefined ? [] : [heading(part.heading, 3)];
  const block = part.type === 'none' ? undefined : part.block;
  const written = block ? markdownBlocks(block.markdown, env, SECTION_SHIFT) : [];
  const none = () => (block || part.type === 'none' || part.type === 'block' ? [] : [textParagraph(part.none, { italics: true })]);
  switch (part.type) {
    case 'none':
      return [...head, textParagraph(part.text, { italics: true })];
    case 'block':
      return [...head, ...written];
    case 'people':
      return [...head, ...(part.people.length > 0 ? part.people.map((name) => bulletParagraph([run(plain(name))], env)) : none()), ...written];
    case 'steps':
      return [...head, ...(part.steps.length > 0 ? [stepsTable(part.steps, report, env)] : none()), ...written];
  }
}

/** A session's next steps: the step as written, its owners, its due date and its state. */
function stepsTable(steps: ReportStep[], report: RenderContext, env: Env): Table {
  const t = reportTexts(report.language);
  const rows = steps.map((step) => [stepText(step, env), [textParagraph(common.ownerNames(step, report))], [textParagraph(common.dueText(step, report))], [stateParagraph(step, report)]]);
  return wordTable([t.task, t.owners, t.due, t.status], rows, [4626, 2200, 1300, 900]);
}

function ownerBlocks(group: OwnerGroup, report: EventReport, env: Env): Block[] {
  const t = reportTexts(report.language);
  const owner = group.owner;
  // As in the Markdown export: "not in barcamp.json" is a note for the organizers, never for the public files.
  const title = !owner ? t.noOwner : owner.known || report.audience === 'public' ? common.personLabel(owner, report) : `${common.personName(owner, report)} (${t.notInPlan})`;
  const rows = group.steps.map(({ step, sessionTitle }) => [stepText(step, env), [textParagraph(sessionTitle)], [textParagraph(common.dueText(step, report))], [stateParagraph(step, report)]]);
  return [heading(title, 2), wordTable([t.task, t.session, t.due, t.status], rows, [4326, 2500, 1300, 900])];
}

/** One action field: its sessions, its active and interested people, its open next steps as a table. */
function actionFieldBlocks(field: ReportActionField, report: EventReport, env: Env): Block[] {
  const t = reportTexts(report.language);
  const titles = field.sessions.map((id) => common.sessionById(report, id)?.title ?? id);
  const rows: Array<[string, string]> = [
    [t.sessions, titles.length > 0 ? titles.join(', ') : t.noneYet],
    [t.active, common.peopleList(field.active, report)],
    [t.interested, common.peopleList(field.interested, report)],
  ];
  const facts = rows.map(([label, value]) => new Paragraph({ children: [run(`${plain(label)}: `, { bold: true }), run(plain(value))], spacing: { after: 40 } }));
  if (field.nextSteps.length === 0) return [heading(field.title, 2), ...facts];
  const steps = field.nextSteps.map(({ step, sessionTitle }) => [
    stepText(step, env),
    [textParagraph(common.ownerNames(step, report))],
    [textParagraph(sessionTitle)],
    [textParagraph(common.dueText(step, report))],
  ]);
  return [heading(field.title, 2), ...facts, heading(t.openNextSteps, 3), wordTable([t.task, t.owners, t.session, t.due], steps, [3626, 1800, 2300, 1300])];
}

/** The step's own Markdown (without owners and due phrase): a table cell holds paragraphs, lists, even tables. */
function stepText(step: ReportStep, env: Env): Block[] {
  return markdownBlocks(step.markdown, { ...env, level: -1, quotes: 0 }, SECTION_SHIFT);
}

/** ☑ erledigt, ☐ offen, ☐ überfällig (bold, red). */
function stateParagraph(step: ReportStep, report: RenderContext): Paragraph {
  const t = reportTexts(report.language);
  const word = step.done ? t.done : step.overdue ? t.overdue : t.open;
  const overdue = step.overdue && !step.done;
  return new Paragraph({ children: [new TextRun({ text: `${step.done ? '☑' : '☐'} ${word}`, bold: overdue, color: overdue ? 'C00000' : undefined })] });
}

function tagBlocks(report: EventReport, env: Env): Paragraph[] {
  return report.tags.map((tag) => {
    const titles = tag.sessions.map((id) => common.sessionById(report, id)?.title ?? id);
    return bulletParagraph([run(`${plain(tag.tag)}: `, { bold: true }), run(plain(titles.join(', ')))], env);
  });
}

// ——— Protocol Markdown → Word ———

/**
 * Protocol or event.md Markdown as Word blocks, parsed as protocols are (markdownTree: GFM tables and task
 * lists, the text as a paragraph should parsing fail). Headings move by `headingShift` levels.
 */
function markdownBlocks(markdown: string, env: Env, headingShift: number): Block[] {
  const text = String(markdown ?? '');
  // Most items are one plain line: a paragraph of the text as it stands, without a parse.
  if (isPlainLine(text)) return [paragraph([run(text)], env)];
  const tree = markdownTree(text);
  return flow(tree.children, { ...env, headingShift, definitions: collectDefinitions(tree) });
}

function flow(nodes: readonly RootContent[], env: Env): Block[] {
  return nodes.flatMap((node) => block(node, env));
}

function block(node: RootContent, env: Env): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inlines(node.children, env), env)];
    case 'heading':
      return [markdownHeading(inlines(node.children, env), node.depth + env.headingShift, env)];
    case 'thematicBreak':
      return [paragraph([], env, { thematicBreak: true })];
    case 'blockquote':
      return flow(node.children, { ...env, quotes: env.quotes + 1 });
    case 'list':
      return listBlocks(node, env);
    case 'code':
      return [codeBlock(node.value, env)];
    case 'html':
      // A comment is a template's hint, shown by no renderer; other raw HTML is shown as the text it is, never interpreted.
      return isComment(node) ? [] : [paragraph([run(node.value)], env)];
    case 'table':
      return markdownTable(node, env);
    case 'definition':
      return [];
    default:
      return unknownBlock(node, env);
  }
}

/** Node types the parser does not produce today (footnotes, or inline content out of place) keep their text. */
function unknownBlock(node: RootContent, env: Env): Block[] {
  if ('children' in node) {
    const children = node.children as RootContent[];
    return children.every(isPhrasing) ? [paragraph(inlines(children as PhrasingContent[], env), env)] : flow(children, env);
  }
  return 'value' in node && typeof node.value === 'string' ? [paragraph([run(node.value)], env)] : [];
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference']);

function isPhrasing(node: RootContent): boolean {
  return PHRASING.has(node.type);
}

/** A protocol heading: a Word heading (in the navigation pane) where one fits, else a bold paragraph; inside lists and quotes always the latter. */
function markdownHeading(children: ParagraphChild[], level: number, env: Env): Paragraph {
  if (level >= 1 && level <= HEADINGS.length && env.level < 0 && env.quotes === 0) return new Paragraph({ heading: HEADINGS[level - 1], children });
  return paragraph(children, env, { keepNext: true, style: 'Strong' });
}

/** One paragraph, indented for the list level and block quotes it stands in; a quote also gets a rule on its left. */
function paragraph(children: ParagraphChild[], env: Env, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  const left = env.quotes * QUOTE_INDENT + (env.level >= 0 ? (env.level + 1) * LIST_INDENT : 0);
  const border = env.quotes > 0 ? { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 8 } } : undefined;
  return new Paragraph({ children, ...(left > 0 ? { indent: { left } } : {}), ...(border ? { border } : {}), ...options });
}

/** A list item's first paragraph with a bullet at the level the list stands at; the tag index and the unscheduled sessions use it too. */
function bulletParagraph(children: ParagraphChild[], env: Env): Paragraph {
  const level = Math.min(MAX_LEVEL, env.level + 1);
  return paragraph(children, env, { bullet: { level }, indent: markerIndent(level, env.quotes) });
}

/** Where a list item's text starts (its continuation lines too); its marker hangs to the left of that. */
function markerIndent(level: number, quotes: number): { left: number; hanging: number } {
  return { left: quotes * QUOTE_INDENT + (level + 1) * LIST_INDENT, hanging: MARKER_HANGING };
}

/** Bullets, numbers (from the list's own start) or ☐/☑ for task items; nested lists one level deeper. */
function listBlocks(list: List, env: Env): Block[] {
  const level = Math.min(MAX_LEVEL, env.level + 1);
  const instance = ++env.lists.count;
  return list.children.flatMap((item) => listItemBlocks(item, list, { ...env, level }, instance));
}

function listItemBlocks(item: ListItem, list: List, env: Env, instance: number): Block[] {
  const [first, ...rest] = item.children;
  const lead = first?.type === 'paragraph' ? inlines(first.children, env) : [];
  const box = typeof item.checked === 'boolean' ? [run(item.checked ? '☑ ' : '☐ ')] : [];
  const marker = box.length > 0 ? {} : list.ordered ? { numbering: { reference: orderedList(list.start), level: env.level, instance } } : { bullet: { level: env.level } };
  const head = paragraph([...box, ...lead], env, { ...marker, indent: markerIndent(env.level, env.quotes) });
  return [head, ...flow(first?.type === 'paragraph' ? rest : item.children, env)];
}

/** A numbered list counting from `start` (as written: `3.` starts at 3), one definition per start value. */
function orderedList(start: number | null | undefined): NumberingDefinition {
  const from = Math.min(32767, Math.max(0, Math.trunc(Number(start ?? 1)) || 0));
  const levels = Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start: from,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: (level + 1) * LIST_INDENT, hanging: MARKER_HANGING } } },
  }));
  return { reference: `barcamp-ordered-${from}`, levels };
}

/** A code block: monospace on a grey ground, its lines as written (a tab as four spaces: Word's tab stops would move them). */
function codeBlock(value: string, env: Env): Paragraph {
  const lines = String(value ?? '').split(/\r\n?|\n/u);
  const children = lines.map((line, i) => new TextRun({ text: clean(line.replace(/\t/gu, '    ')), font: MONOSPACE, ...(i > 0 ? { break: 1 } : {}) }));
  return paragraph(children, env, { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } });
}

/** A GFM table as a Word table: its first row the head, columns aligned as written; ragged rows padded. */
function markdownTable(node: MarkdownTable, env: Env): Block[] {
  const [head, ...body] = node.children;
  if (!head) return [];
  const cellEnv: Env = { ...env, level: -1, quotes: 0 };
  // A loop, not a spread: a protocol's table may have 100,000 rows, more arguments than a call takes.
  const columns = node.children.reduce((most, row) => Math.max(most, row.children.length), 1);
  const cells = (row: typeof head, marks: Marks) =>
    Array.from({ length: columns }, (_, i) => [new Paragraph({ alignment: alignment(node.align?.[i]), children: row.children[i] ? inlines(row.children[i].children, cellEnv, marks) : [] })]);
  return [
    wordTable(
      cells(head, { bold: true }),
      body.map((row) => cells(row, {})),
      Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns)),
    ),
  ];
}

function alignment(align: string | null | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  return align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : undefined;
}

function inlines(nodes: readonly PhrasingContent[], env: Env, marks: Marks = {}): ParagraphChild[] {
  return nodes.flatMap((node) => inline(node, env, marks));
}

function inline(node: PhrasingContent, env: Env, marks: Marks): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return [run(node.value, marks)];
    case 'emphasis':
      return inlines(node.children, env, { ...marks, italics: true });
    case 'strong':
      return inlines(node.children, env, { ...marks, bold: true });
    case 'delete':
      return inlines(node.children, env, { ...marks, strike: true });
    case 'inlineCode':
      return [run(node.value, { ...marks, code: true })];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'link':
      return link(node.url, node.children, env, marks);
    case 'linkReference': {
      const definition = env.definitions.get(node.identifier.toLowerCase());
      return definition ? link(definition.url, node.children, env, marks) : [run('[', marks), ...inlines(node.children, env, marks), run(']', marks)];
    }
    case 'image':
      return image(node.url, node.alt, env, marks);
    case 'imageReference':
      return image(env.definitions.get(node.identifier.toLowerCase())?.url, node.alt, env, marks);
    case 'html':
      return isComment(node) ? [] : [run(node.value, marks)];
    default:
      return unknownInline(node, env, marks);
  }
}

function unknownInline(node: PhrasingContent, env: Env, marks: Marks): ParagraphChild[] {
  if ('children' in node) return inlines(node.children as PhrasingContent[], env, marks);
  return 'value' in node && typeof node.value === 'string' ? [run(node.value, marks)] : [];
}

/** A hyperlink for a web or mail address; any other target (javascript:, file:, a relative path) leaves the words as text. */
function link(url: string | null | undefined, children: PhrasingContent[], env: Env, marks: Marks): ParagraphChild[] {
  const target = marks.link ? undefined : webUrl(url);
  if (!target) return inlines(children, env, marks);
  const content = inlines(children, env, { ...marks, link: true });
  return [new ExternalHyperlink({ link: target, children: content.length > 0 ? content : [run(target, { ...marks, link: true })] })];
}

/** `[Bild: Flipchart]`: the docx embeds no images yet; one from the web links to it. */
function image(url: string | null | undefined, alt: string | null | undefined, env: Env, marks: Marks): ParagraphChild[] {
  const label = reportTexts(env.language).image(plain(alt || url || ''));
  const target = url && isRemote(url) && !marks.link ? webUrl(url) : undefined;
  return target ? [new ExternalHyperlink({ link: target, children: [run(label, { ...marks, link: true })] })] : [run(label, marks)];
}

/** The address when Word may link to it: http, https or mailto, as safeUrl encodes it. */
function webUrl(url: string | null | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe !== undefined && /^(?:https?|mailto):/iu.test(safe) ? clean(safe) : undefined;
}

// ——— Small builders ———

/** A heading of the report's own (1: parts, 2: days, sessions, owners, 3: a session's sections). */
function heading(text: string, level: number): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1], children: [run(plain(text))] });
}

function textParagraph(text: string, marks: Marks = {}): Paragraph {
  return new Paragraph({ children: [run(plain(text), marks)] });
}

/** A run of text; a line break in Markdown text (a soft break) reads as a space, as in every renderer. */
function run(text: string, marks: Marks = {}): TextRun {
  return new TextRun({
    text: clean(String(text ?? '').replace(/\r\n?|\n/gu, ' ')),
    ...(marks.bold ? { bold: true } : {}),
    ...(marks.italics ? { italics: true } : {}),
    ...(marks.strike ? { strike: true } : {}),
    ...(marks.code ? { font: MONOSPACE } : {}),
    ...(marks.link ? { style: 'Hyperlink' } : {}),
  });
}

/**
 * A Word table filling the text width: the head row bold on grey and marked as the table's header, so
 * Word repeats it on every page; every row as wide as the widest (Word needs a paragraph in every cell,
 * and one after a nested table).
 */
function wordTable(head: Array<string | Paragraph[]>, rows: Block[][][], widths: number[]): Table {
  const columns = rows.reduce((most, r) => Math.max(most, r.length), head.length);
  const headCells = head.map((cell) => (typeof cell === 'string' ? [textParagraph(cell, { bold: true })] : cell));
  const row = (cells: Block[][], isHead: boolean) =>
    new TableRow({
      tableHeader: isHead,
      children: Array.from({ length: columns }, (_, i) => {
        const content = cells[i] ?? [];
        const children = content.length === 0 || content[content.length - 1] instanceof Table ? [...content, new Paragraph({})] : content;
        return new TableCell({ children, ...(isHead ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}) });
      }),
    });
  const columnWidths = Array.from({ length: columns }, (_, i) => widths[i] ?? Math.floor(TEXT_WIDTH / columns));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths, rows: [row(headCells, true), ...rows.map((r) => row(r, false))] });
}

function pageFooter(): Footer {
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
}

/** Heading sizes and outline levels (the navigation pane reads those), the document's language for spelling and hyphenation. */
function styles(language: Language): IStylesOptions {
  const heading = (size: number, outlineLevel: number) => ({
    run: { bold: true, size, color: '1F3864' },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
  });
  return {
    default: {
      document: { run: { font: 'Calibri', size: 22, language: { value: LANGUAGE_TAGS[language] } }, paragraph: { spacing: { after: 120 } } },
      title: { run: { bold: true, size: 48, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(32, 0),
      heading2: heading(28, 1),
      heading3: heading(24, 2),
      heading4: heading(22, 3),
      heading5: heading(22, 4),
      heading6: heading(22, 5),
    },
  };
}

/** Plain text (a title, a name, a tag) on one line. */
function plain(text: string): string {
  return clean(String(text ?? ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** What XML 1.0 forbids (Word refuses the whole file for one of them): C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

function clean(text: string): string {
  return text.replace(NOT_XML, '');
}
