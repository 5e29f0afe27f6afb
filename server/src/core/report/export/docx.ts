// The event documentation as a Word document (.docx): its structure in the Markdown export's order, heading styles for Word's navigation pane, a table of contents, real tables (blocks: docxBlocks.ts; package: docxPackage.ts).
import { AlignmentType, Document, Footer, HeadingLevel, PageNumber, Paragraph, Table, TableOfContents, TextRun, type IStylesOptions } from 'docx';
import type { Language } from '../../model';
import type { EventReport, OwnerGroup, RenderContext, ReportActionField, ReportSession, ReportStep, ScheduleDay } from '../reportModel';
import { formatDate, reportTexts } from '../reportTexts';
import * as common from './common';
import { bulletParagraph, clean, heading, markdownBlocks, plain, run, TEXT_WIDTH, textParagraph, wordTable, type Block, type Env } from './docxBlocks';
import { packDocx } from './docxPackage';
import { BLOCK_HEADING_SHIFT } from './safeMarkdown';

const CREATOR = 'Barcamp Sessions';
/** Word's language tags; en-GB, as the English dates are written day first. */
const LANGUAGE_TAGS: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };
/** The Markdown export's title is `#`, the docx title is the Title style: every heading here is one level above the Markdown's. */
const SECTION_SHIFT = BLOCK_HEADING_SHIFT - 1;

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
