// The event documentation as one self-contained, printable HTML page: title, figures, contents, schedule grid, sessions and indexes.
import { markerComment } from '../generatedMarker';
import type { EventReport, ScheduleDay } from '../reportModel';
import { formatDate, reportTexts } from '../reportTexts';
import * as common from './common';
import type { SessionPreview } from '../sessionPreview';
import { HTML_STYLE, SESSION_PAGE_STYLE } from './htmlStyle';
import { actionFieldsSection, appendixSection, ownersSection, sessionArticle, tagSection, withheldSection } from './htmlSections';
import { markdownToHtml } from './markdownHtml';
import { escapeHtml as esc } from './safeMarkdown';

/** A major section of the page: its fixed id (never protocol text), heading and body. */
interface Part {
  id: string;
  heading: string;
  body: string;
}

/**
 * Renders the report as HTML5. Every piece of protocol text is escaped; Markdown of findings, next
 * steps, questions and event.md goes through the safe renderer. No script, no external resource.
 */
export function renderHtml(report: EventReport): string {
  const t = reportTexts(report.language);
  const parts = majorParts(report);
  return [
    '<!DOCTYPE html>',
    markerComment(report.language),
    `<html lang="${report.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Barcamp Sessions">',
    `<title>${esc(common.reportTitle(report))}</title>`,
    `<style>\n${HTML_STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${t.skipToContent}</a>`,
    '<div class="page">',
    titleHeader(report),
    tableOfContents(report, parts),
    '<main id="main">',
    ...parts.map((p) => `<section class="major" id="${p.id}" aria-labelledby="${p.id}-h">\n<h2 id="${p.id}-h">${p.heading}</h2>\n${p.body}\n</section>`),
    '</main>',
    `<footer>${esc(t.footer(report.stats.sessions))}</footer>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * One session as the public HTML documentation shows it, on a page of its own: the documentation's head,
 * style and title, the heading of its sessions and the session's article, rendered as in renderHtml; a note
 * when barcamp.json `output.publish` still keeps the session out. The editor's preview of a protocol: no
 * file is written from it, so it carries no generated marker.
 */
export function renderSessionHtml(preview: SessionPreview): string {
  const { report, session } = preview;
  const t = reportTexts(report.language);
  const dates = common.eventDates(report);
  const note = common.audienceNote(report);
  const held = preview.published ? '' : t.notPublished(t.reviewStatus[session.status], t.reviewStatus[report.publish ?? 'draft']);
  const header = [
    '<header class="title">',
    `<h1>${esc(common.reportTitle(report))}</h1>`,
    dates ? `<p class="dates">${esc(dates)}</p>` : '',
    note ? `<p class="audience">${esc(note)}</p>` : '',
    held ? `<p class="unpublished" role="note">${esc(held)}</p>` : '',
    '</header>',
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Barcamp Sessions">',
    `<title>${esc(`${session.title} – ${common.reportTitle(report)}`)}</title>`,
    `<style>\n${HTML_STYLE}\n${SESSION_PAGE_STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${t.skipToContent}</a>`,
    '<div class="page">',
    ...header,
    '<main id="main">',
    `<section class="major" id="sessions" aria-labelledby="sessions-h">\n<h2 id="sessions-h">${t.sessions}</h2>\n${sessionArticle(session, report)}\n</section>`,
    '</main>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function majorParts(report: EventReport): Part[] {
  const t = reportTexts(report.language);
  const parts: Part[] = [];
  const { introduction, closing } = report.notes;
  if (introduction) parts.push({ id: 'introduction', heading: t.introduction, body: markdownToHtml(introduction, 1) });
  if (report.schedule.length > 0 || report.unscheduled.length > 0) parts.push({ id: 'schedule', heading: t.schedule, body: scheduleBody(report) });
  parts.push({ id: 'sessions', heading: t.sessions, body: report.sessions.map((s) => sessionArticle(s, report)).join('\n') });
  if (report.actionFields.length > 0) parts.push({ id: 'action-fields', heading: t.actionFields, body: actionFieldsSection(report) });
  if (report.owners.length > 0) parts.push({ id: 'next-steps', heading: t.nextStepsByOwner, body: ownersSection(report) });
  if (report.tags.length > 0) parts.push({ id: 'tags', heading: t.tagIndex, body: tagSection(report) });
  if (closing) parts.push({ id: 'closing', heading: esc(closing.heading || t.closing), body: markdownToHtml(closing.markdown, 1) });
  if (report.audience === 'organizer' && report.publish && report.withheld.length > 0) parts.push({ id: 'withheld', heading: t.withheld, body: withheldSection(report) });
  if (common.sessionsWithProblems(report).length > 0) parts.push({ id: 'appendix', heading: t.appendix, body: appendixSection(report) });
  return parts;
}

function titleHeader(report: EventReport): string {
  const t = reportTexts(report.language);
  const s = report.stats;
  const figure = (phrase: string, note = '') => {
    const [number, ...label] = phrase.split(' ');
    return `<li><strong>${esc(number)}</strong> ${esc(label.join(' '))}${note && ` <small>${esc(note)}</small>`}</li>`;
  };
  const stepsNote = [t.ofTotal(s.nextSteps), s.overdueNextSteps > 0 ? t.overdueCount(s.overdueNextSteps) : ''].filter(Boolean).join(', ');
  const dates = common.eventDates(report);
  return [
    '<header class="title">',
    `<h1>${esc(common.reportTitle(report))}</h1>`,
    dates ? `<p class="dates">${esc(dates)}</p>` : '',
    common.audienceNote(report) ? `<p class="audience">${esc(common.audienceNote(report))}</p>` : '',
    '<ul class="figures">',
    figure(t.days(s.days)),
    figure(t.topics(s.sessions)),
    figure(common.peopleFigure(report)),
    figure(`${s.openNextSteps} ${t.openSteps(s.openNextSteps)}`, stepsNote),
    '</ul>',
    report.today ? `<p class="asof">${esc(t.asOf(formatDate(report.today, report.language)))}</p>` : '',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function tableOfContents(report: EventReport, parts: Part[]): string {
  const t = reportTexts(report.language);
  const items = parts.map((p) => {
    const sub = p.id === 'sessions' ? `\n<ol>\n${report.sessions.map((s) => `<li><a href="#session-${esc(s.id)}">${esc(s.title)}</a></li>`).join('\n')}\n</ol>\n` : '';
    return `<li><a href="#${p.id}">${p.heading}</a>${sub}</li>`;
  });
  return `<nav class="toc" aria-labelledby="toc-h">\n<h2 id="toc-h">${t.contents}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

function scheduleBody(report: EventReport): string {
  const t = reportTexts(report.language);
  const days = report.schedule.map((day) => `<h3>${esc(common.dayHeading(day.day, day.date, report))}</h3>\n${scheduleTable(day, report)}`);
  const unscheduled = report.unscheduled.map((id) => `<li><a href="#session-${esc(id)}">${esc(common.sessionById(report, id)?.title ?? id)}</a></li>`);
  if (unscheduled.length > 0) days.push(`<h3>${t.unscheduled}</h3>\n<ul>\n${unscheduled.join('\n')}\n</ul>`);
  return days.join('\n');
}

/**
 * The day's grid in a box of its own that scrolls sideways when its rooms do not fit the page: a column is
 * as wide as its longest word, so no word has to break. The day's sessions without a slot form the last row.
 */
function scheduleTable(day: ScheduleDay, report: EventReport): string {
  const t = reportTexts(report.language);
  const head = `<thead><tr><th scope="col">${t.time}</th>${day.rooms.map((r) => `<th scope="col">${gridText(r)}</th>`).join('')}</tr></thead>`;
  const row = (label: string, sessionsIn: (room: string) => string[], timed = true) =>
    `<tr${timed ? '' : ' class="no-time"'}><th scope="row">${label}</th>${day.rooms.map((room) => gridCell(sessionsIn(room), report, timed)).join('')}</tr>`;
  const rows = day.slots.map((slot) => row(esc(slot), (room) => day.cells.find((c) => c.slot === slot && c.room === room)?.sessions ?? []));
  if (day.withoutSlot.length > 0) rows.push(row(t.withoutSlot, (room) => day.withoutSlot.find((c) => c.room === room)?.sessions ?? [], false));
  return `<div class="grid-box">\n<table class="grid">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</div>`;
}

/** Two sessions in one cell of a timed row are double-booked; in the row without time they only share a room. */
function gridCell(ids: string[], report: EventReport, timed: boolean): string {
  const t = reportTexts(report.language);
  if (ids.length === 0) return '<td class="empty"></td>';
  const entries = ids.map((id) => {
    const s = common.sessionById(report, id);
    const who = s?.host ? `<span class="who">${gridText(common.personName(s.host, report))}</span>` : '';
    return `<a href="#session-${esc(id)}">${gridText(s?.title ?? id)}</a>${who}`;
  });
  if (ids.length === 1 || !timed) return `<td>${entries.join('<br>')}</td>`;
  return `<td class="conflict"><span class="badge conflict">${t.doubleBooked}</span><br>${entries.join('<br>')}</td>`;
}

/** Characters from which a word in the grid may break anywhere: a URL, or a run of letters no column could hold. */
const LONG_WORD = 30;

/**
 * Escaped text for the grid. Its words never break (white space and hyphens are where lines end), only a
 * word of more than LONG_WORD characters is marked to break anywhere, as a last resort: one such word
 * would otherwise make its column as wide as itself.
 */
function gridText(text: string): string {
  return text
    .split(/(\s+)/u)
    .map((part) => ([...part].length > LONG_WORD ? `<span class="long">${esc(part)}</span>` : esc(part)))
    .join('');
}
