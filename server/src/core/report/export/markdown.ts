// The event documentation as Markdown that reads well on GitLab, GitHub and in wikis: GFM tables, task lists, no raw HTML.
import { markerComment } from '../generatedMarker';
import type { EventReport, ImageAssets, OwnerGroup, RenderContext, ReportActionField, ReportSession, ReportStep, ScheduleDay } from '../reportModel';
import { formatDate, reportTexts } from '../reportTexts';
import * as common from './common';
import { blockMarkdown, itemMarkdown, neutralizeMarkdown } from './neutralizeMarkdown';
import { escapeMarkdown as esc } from './safeMarkdown';

/** Renders the report as one Markdown document; the marker comment opens it. Ends with one newline. */
export function renderMarkdown(report: EventReport): string {
  const t = reportTexts(report.language);
  const blocks: string[] = [markerComment(report.language), `# ${esc(common.reportTitle(report))}`, header(report), esc(common.audienceNote(report))];
  if (report.notes.introduction) blocks.push(`## ${t.introduction}`, neutralizeMarkdown(report.notes.introduction, 1));
  if (report.schedule.length > 0 || report.unscheduled.length > 0) blocks.push(`## ${t.schedule}`, ...scheduleBlocks(report));
  blocks.push(`## ${t.sessions}`, ...report.sessions.map((s) => sessionMarkdown(s, report)));
  if (report.actionFields.length > 0) blocks.push(`## ${t.actionFields}`, ...report.actionFields.flatMap((f) => actionFieldBlocks(f, report)));
  if (report.owners.length > 0) blocks.push(`## ${t.nextStepsByOwner}`, ...report.owners.flatMap((g) => ownerBlocks(g, report)));
  if (report.tags.length > 0) blocks.push(`## ${t.tagIndex}`, tagList(report));
  const closing = report.notes.closing;
  if (closing) blocks.push(`## ${esc(closing.heading || t.closing)}`, neutralizeMarkdown(closing.markdown, 1));
  blocks.push(...withheldBlocks(report), ...appendixBlocks(report), `---\n\n*${t.footer(report.stats.sessions)}*`);
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

function header(report: EventReport): string {
  const t = reportTexts(report.language);
  const dates = common.eventDates(report);
  const first = [dates && `**${dates}**`, common.headlineFigures(report)].filter(Boolean).join(' · ');
  const second = [common.stepFigures(report), report.today ? t.asOf(formatDate(report.today, report.language)) : ''].filter(Boolean).join(' · ');
  // Two trailing spaces: a hard line break that every Markdown renderer understands.
  return `${first}  \n${second}`;
}

function scheduleBlocks(report: EventReport): string[] {
  const t = reportTexts(report.language);
  const blocks = report.schedule.flatMap((day) => [`### ${esc(common.dayHeading(day.day, day.date, report))}`, scheduleTable(day, report)]);
  const unscheduled = report.unscheduled.map((id) => common.sessionById(report, id)?.title ?? id).map(esc);
  if (unscheduled.length > 0) blocks.push(`**${t.unscheduled}:** ${unscheduled.join(', ')}`);
  return blocks;
}

/** The day's grid; its last row, "no time", holds the sessions with a room but no slot (two there are no double booking). */
function scheduleTable(day: ScheduleDay, report: EventReport): string {
  const t = reportTexts(report.language);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const titles = (ids: string[]) => ids.map((id) => esc(common.sessionById(report, id)?.title ?? id));
  const lines = [row([t.time, ...day.rooms.map(esc)]), row([t.time, ...day.rooms].map(() => '---'))];
  for (const slot of day.slots) {
    const cells = day.rooms.map((room) => {
      const inCell = titles(day.cells.find((c) => c.slot === slot && c.room === room)?.sessions ?? []);
      return inCell.length > 1 ? `${inCell.join(' / ')} (**${t.doubleBooked}**)` : inCell.join('');
    });
    lines.push(row([esc(slot), ...cells]));
  }
  if (day.withoutSlot.length > 0) lines.push(row([`*${t.withoutSlot}*`, ...day.rooms.map((room) => titles(day.withoutSlot.find((c) => c.room === room)?.sessions ?? []).join(' · '))]));
  return lines.join('\n');
}

/** A session's blocks, joined as the document joins its blocks: by a blank line, leaving out empty ones. */
export function sessionMarkdown(session: ReportSession, report: RenderContext): string {
  return sessionBlocks(session, report)
    .filter((b) => b !== '')
    .join('\n\n');
}

function sessionBlocks(session: ReportSession, report: RenderContext): string[] {
  const t = reportTexts(report.language);
  const facts: string[] = [];
  if (session.host) facts.push(`- **${t.host}:** ${esc(common.personLabel(session.host, report))}`);
  if (session.documenter) facts.push(`- **${t.documenter}:** ${esc(common.personLabel(session.documenter, report))}`);
  const { names, more } = common.participantSummary(session, report);
  if (names.length > 0 || more > 0) {
    const list = names.length > 0 ? `${names.map(esc).join(', ')}${more > 0 ? ` ${t.more(more)}` : ''}` : t.counted(more);
    facts.push(`- **${t.participants} (${session.participantCount}):** ${list}`);
  }
  if (session.tags.length > 0) facts.push(`- **${t.tags}:** ${session.tags.map(esc).join(', ')}`);
  if (report.audience === 'organizer') {
    facts.push(`- **${t.status}:** ${t.reviewStatus[session.status]}`);
    const withheld = common.namesWithheld(session);
    if (withheld.length > 0) facts.push(`- **${t.nameWithheld}:** ${withheld.map(esc).join(', ')}`);
  }
  const blocks = [`### ${esc(session.title)}`, esc(common.sessionPlace(session, report)), facts.join('\n')];
  return [...blocks, ...common.sessionBody(session, report).flatMap((part) => bodyPart(part, report, session.imageAssets))];
}

function bodyPart(part: common.BodyPart, report: RenderContext, assets: ImageAssets | undefined): string[] {
  const heading = part.heading === undefined ? '' : `#### ${esc(part.heading)}`;
  if (part.type === 'none') return [heading, `*${esc(part.text)}*`];
  if (part.type === 'block') return [heading, tidyBlock(blockMarkdown(part.block, assets))];
  if (part.type === 'people') {
    const people = part.people.length > 0 ? part.people.map((p) => `- ${esc(p)}`).join('\n') : part.block ? '' : `*${esc(part.none)}*`;
    return [heading, people, part.block ? tidyBlock(blockMarkdown(part.block, assets)) : ''];
  }
  const steps = part.steps.length > 0 ? part.steps.map((s) => stepLine(s, report)).join('\n') : part.block ? '' : `*${esc(part.none)}*`;
  return [heading, steps, part.block ? tidyBlock(blockMarkdown(part.block, assets)) : ''];
}

/**
 * Without blank lines around it (a removed comment leaves one); leading indentation stays, it may be
 * code. A code fence the protocol left open is closed: else the rest of the document, other sessions
 * too, would turn into code.
 */
function tidyBlock(markdown: string): string {
  const tidy = markdown.replace(/^(?:[ \t]*\n)+/u, '').trimEnd();
  const open = openFence(tidy);
  return open ? `${tidy}\n${open}` : tidy;
}

/** The fence (` ``` `, `~~~~`, …) a text leaves open at its end, or undefined. */
function openFence(markdown: string): string | undefined {
  let open: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})(.*)$/u.exec(line);
    if (!m) continue;
    const fence = { char: m[1][0], length: m[1].length };
    if (!open) {
      if (fence.char !== '`' || !m[2].includes('`')) open = fence;
    } else if (fence.char === open.char && fence.length >= open.length && m[2].trim() === '') open = undefined;
  }
  return open && open.char.repeat(open.length);
}

/** A list item whose further lines are indented to stay inside it; blank lines stay blank. */
function listItem(marker: string, markdown: string): string {
  const indent = (line: string, i: number) => (line.trim() === '' ? '' : i === 0 ? line : `  ${line}`);
  return marker + markdown.trimEnd().split('\n').map(indent).join('\n');
}

/** `- [ ] Text — Anna Schmidt, bis 28.02.2017, **überfällig**`; `session` adds where the step comes from. */
function stepLine(step: ReportStep, report: RenderContext, sessionTitle?: string): string {
  const t = reportTexts(report.language);
  const meta = [esc(common.ownerNames(step, report)), common.dueText(step, report), step.overdue ? `**${t.overdue}**` : ''].filter(Boolean).join(', ');
  const from = sessionTitle ? ` · *${esc(sessionTitle)}*` : '';
  const suffix = `${meta ? ` — ${meta}` : ''}${from}`;
  return listItem(step.done ? '- [x] ' : '- [ ] ', appendToFirstBlock(itemMarkdown(step), suffix));
}

/** Puts `suffix` at the end of the first paragraph, before a nested list or code block. */
function appendToFirstBlock(markdown: string, suffix: string): string {
  const lines = markdown.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '' || /^\s*([-*+]|\d+[.)])\s|^\s*(```|~~~)/u.test(line)));
  const at = (end < 0 ? lines.length : end) - 1;
  lines[at] = `${lines[at].replace(/\s+$/u, '')}${suffix}`;
  return lines.join('\n');
}

function ownerBlocks(group: OwnerGroup, report: EventReport): string[] {
  const t = reportTexts(report.language);
  const owner = group.owner;
  // "Not in barcamp.json" is a note for the organizers, never for the public files.
  const heading = !owner ? t.noOwner : owner.known || report.audience === 'public' ? common.personLabel(owner, report) : `${common.personName(owner, report)} (${t.notInPlan})`;
  const steps = group.steps.map(({ step, sessionTitle }) => stepLine({ ...step, owners: [] }, report, sessionTitle));
  return [`### ${esc(heading)}`, steps.join('\n')];
}

/** One action field: its sessions, its active and interested people, its open next steps with their sessions. */
function actionFieldBlocks(field: ReportActionField, report: EventReport): string[] {
  const t = reportTexts(report.language);
  const titles = field.sessions.map((id) => esc(common.sessionById(report, id)?.title ?? id));
  const facts = [
    `- **${t.sessions}:** ${titles.length > 0 ? titles.join(', ') : t.noneYet}`,
    `- **${t.active}:** ${esc(common.peopleList(field.active, report))}`,
    `- **${t.interested}:** ${esc(common.peopleList(field.interested, report))}`,
  ];
  const steps = field.nextSteps.map(({ step, sessionTitle }) => stepLine(step, report, sessionTitle));
  return [`### ${esc(field.title)}`, facts.join('\n'), ...(steps.length > 0 ? [`#### ${t.openNextSteps}`, steps.join('\n')] : [])];
}

function tagList(report: EventReport): string {
  return report.tags.map((tag) => `- **${esc(tag.tag)}:** ${tag.sessions.map((id) => esc(common.sessionById(report, id)?.title ?? id)).join(', ')}`).join('\n');
}

/** For the organizers: the sessions the public files leave out, with their status. */
function withheldBlocks(report: EventReport): string[] {
  const t = reportTexts(report.language);
  if (report.audience !== 'organizer' || !report.publish || report.withheld.length === 0) return [];
  const lines = report.withheld.map((w) => `- ${esc(w.title)} (\`${w.file.replace(/`/gu, "'")}\`): ${t.reviewStatus[w.status]}`);
  return [`## ${t.withheld}`, esc(t.withheldIntro(t.reviewStatus[report.publish])), lines.join('\n')];
}

function appendixBlocks(report: EventReport): string[] {
  const t = reportTexts(report.language);
  const sessions = common.sessionsWithProblems(report);
  if (sessions.length === 0) return [];
  const blocks = [`## ${t.appendix}`, t.appendixIntro];
  for (const s of sessions) {
    const lines = s.diagnostics.map((d) => `- ${t.line(d.line)}: ${t.severity[d.severity]} – ${esc(common.diagnosticMessage(d, report))} (\`${d.code}\`)`);
    blocks.push(`### ${esc(s.title)}`, `\`${s.file.replace(/`/gu, "'")}\``, lines.join('\n'));
  }
  return blocks;
}
