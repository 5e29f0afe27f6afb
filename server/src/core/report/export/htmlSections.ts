// The repeated parts of the HTML export: one article per session, next steps by owner, the tag index, the appendix.
import type { EventReport, ImageAssets, OwnerGroup, RenderContext, ReportSession, ReportStep } from '../reportModel';
import { formatDate, reportTexts } from '../reportTexts';
import * as common from './common';
import { blockHtml, itemHtml } from './markdownHtml';
import { escapeHtml as esc } from './safeMarkdown';

/** One session: heading, place, facts, then its intro and sections in the protocol's order. */
export function sessionArticle(session: ReportSession, report: RenderContext): string {
  const place = common.sessionPlace(session, report);
  const parts = [
    `<article class="session" id="session-${esc(session.id)}">`,
    `<h3>${esc(session.title)}</h3>`,
    place ? `<p class="place">${esc(place)}</p>` : '',
    facts(session, report),
    ...common.sessionBody(session, report).flatMap((part) => bodyPart(part, report, session.imageAssets)),
    '</article>',
  ];
  return parts.filter(Boolean).join('\n');
}

function bodyPart(part: common.BodyPart, report: RenderContext, assets: ImageAssets | undefined): string[] {
  const heading = part.heading === undefined ? '' : `<h4>${esc(part.heading)}</h4>`;
  if (part.type === 'none') return [heading, `<p class="none">${esc(part.text)}</p>`];
  if (part.type === 'block') return [heading, `<div class="written">\n${blockHtml(part.block, assets)}\n</div>`];
  const written = part.block ? `<div class="written">\n${blockHtml(part.block, assets)}\n</div>` : '';
  if (part.type === 'people') {
    const people = part.people.length > 0 ? `<ul class="people">\n${part.people.map((p) => `<li>${esc(p)}</li>`).join('\n')}\n</ul>` : part.block ? '' : `<p class="none">${esc(part.none)}</p>`;
    return [heading, people, written];
  }
  const steps = part.steps.length > 0 ? stepList(part.steps, report) : part.block ? '' : `<p class="none">${esc(part.none)}</p>`;
  return [heading, steps, part.block ? `<div class="written">\n${blockHtml(part.block, assets)}\n</div>` : ''];
}

function facts(session: ReportSession, report: RenderContext): string {
  const t = reportTexts(report.language);
  const rows: Array<[string, string]> = [];
  if (session.host) rows.push([t.host, esc(common.personLabel(session.host, report))]);
  if (session.documenter) rows.push([t.documenter, esc(common.personLabel(session.documenter, report))]);
  const { names, more } = common.participantSummary(session, report);
  if (names.length > 0 || more > 0) {
    const list = names.length > 0 ? `${names.map(esc).join(', ')}${more > 0 ? ` ${esc(t.more(more))}` : ''}` : esc(t.counted(more));
    rows.push([`${t.participants} (${session.participantCount})`, list]);
  }
  if (session.tags.length > 0) rows.push([t.tags, `<ul class="tags">${session.tags.map((tag) => `<li>${esc(tag)}</li>`).join('')}</ul>`]);
  if (report.audience === 'organizer') {
    rows.push([t.status, esc(t.reviewStatus[session.status])]);
    const withheld = common.namesWithheld(session);
    if (withheld.length > 0) rows.push([t.nameWithheld, withheld.map(esc).join(', ')]);
  }
  if (rows.length === 0) return '';
  return `<dl class="facts">\n${rows.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('\n')}\n</dl>`;
}

function stepList(steps: ReportStep[], report: RenderContext): string {
  return `<ul class="steps">\n${steps.map((step) => `<li>${stepContent(step, report, true)}</li>`).join('\n')}\n</ul>`;
}

/** Checkbox, the step's Markdown, then owners, due date and state as a muted line. */
function stepContent(step: ReportStep, report: RenderContext, withOwners: boolean): string {
  const box = `<span class="box" role="img" aria-label="${esc(stateLabel(step, report))}">${step.done ? '☑' : '☐'}</span>`;
  const text = itemHtml(step);
  const meta = [withOwners ? esc(common.ownerNames(step, report)) : '', esc(common.dueText(step, report))].filter(Boolean).join(' · ');
  return `${box}<span${step.done ? ' class="done-text"' : ''}>${text}</span>${meta ? ` <span class="meta">— ${meta}</span>` : ''}${badge(step, report)}`;
}

function stateLabel(step: ReportStep, report: RenderContext): string {
  const t = reportTexts(report.language);
  return step.done ? t.done : step.overdue ? t.overdue : t.open;
}

function badge(step: ReportStep, report: RenderContext): string {
  const t = reportTexts(report.language);
  if (step.overdue) return ` <span class="badge overdue">${t.overdue}</span>`;
  return step.done ? ` <span class="badge done">${t.done}</span>` : '';
}

/** Per owner a heading and a table of their steps: task, session, due, state. */
export function ownersSection(report: EventReport): string {
  return report.owners.map((group) => ownerTable(group, report)).join('\n');
}

function ownerTable(group: OwnerGroup, report: EventReport): string {
  const t = reportTexts(report.language);
  const owner = group.owner;
  // An owner without a name (privacy) is headed by the organisation itself; "not in barcamp.json" only for the organizers.
  const named = owner?.name !== undefined;
  const org =
    named && owner?.org ? ` <span class="owner-org">${esc(owner.org)}</span>` : named && !owner?.known && report.audience === 'organizer' ? ` <span class="owner-org">(${t.notInPlan})</span>` : '';
  const rows = group.steps.map(({ step, sessionId, sessionTitle }) => {
    const due = step.due ? formatDate(step.due, report.language) : (step.dueAsWritten ?? '');
    const state = step.overdue ? `<span class="badge overdue">${t.overdue}</span>` : step.done ? `<span class="badge done">${t.done}</span>` : t.open;
    const task = `<td${step.done ? ' class="done-text"' : ''}>${itemHtml(step)}</td>`;
    return `<tr>${task}<td><a href="#session-${esc(sessionId)}">${esc(sessionTitle)}</a></td><td>${esc(due)}</td><td>${state}</td></tr>`;
  });
  const head = `<thead><tr><th scope="col">${t.task}</th><th scope="col">${t.session}</th><th scope="col">${t.due}</th><th scope="col">${t.status}</th></tr></thead>`;
  return `<h3>${owner ? esc(named ? common.personName(owner, report) : common.personLabel(owner, report)) : t.noOwner}${org}</h3>\n<table class="owner-steps">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** Per action field: its sessions as links, its active and interested people, its open next steps. */
export function actionFieldsSection(report: EventReport): string {
  const t = reportTexts(report.language);
  return report.actionFields
    .map((field) => {
      const links = field.sessions.map((id) => `<a href="#session-${esc(id)}">${esc(common.sessionById(report, id)?.title ?? id)}</a>`);
      const rows: Array<[string, string]> = [
        [t.sessions, links.length > 0 ? links.join(', ') : esc(t.noneYet)],
        [t.active, esc(common.peopleList(field.active, report))],
        [t.interested, esc(common.peopleList(field.interested, report))],
      ];
      const facts = `<dl class="facts">\n${rows.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('\n')}\n</dl>`;
      const steps = field.nextSteps.map(({ step, sessionId, sessionTitle }) => `<li>${stepContent(step, report, true)} · <a href="#session-${esc(sessionId)}">${esc(sessionTitle)}</a></li>`);
      const stepList = steps.length > 0 ? `<h4>${t.openNextSteps}</h4>\n<ul class="steps">\n${steps.join('\n')}\n</ul>` : '';
      return [`<h3>${esc(field.title)}</h3>`, facts, stepList].filter(Boolean).join('\n');
    })
    .join('\n');
}

/** Tags in alphabetical order, each with links to its sessions. */
export function tagSection(report: EventReport): string {
  const rows = report.tags.map((tag) => {
    const links = tag.sessions.map((id) => `<a href="#session-${esc(id)}">${esc(common.sessionById(report, id)?.title ?? id)}</a>`);
    return `<dt>${esc(tag.tag)}</dt><dd>${links.join(', ')}</dd>`;
  });
  return `<dl class="tag-index">\n${rows.join('\n')}\n</dl>`;
}

/** For the organizers: the sessions the public files leave out, with their status. */
export function withheldSection(report: EventReport): string {
  const t = reportTexts(report.language);
  const items = report.withheld.map((w) => `<li><a href="#session-${esc(w.id)}">${esc(w.title)}</a> <code>${esc(w.file)}</code>: ${esc(t.reviewStatus[w.status])}</li>`);
  return `<p>${esc(t.withheldIntro(t.reviewStatus[report.publish ?? 'draft']))}</p>\n<ul>\n${items.join('\n')}\n</ul>`;
}

/** For the organizers: every session that still has diagnostics, with line, kind, message and code. */
export function appendixSection(report: EventReport): string {
  const t = reportTexts(report.language);
  const blocks = common.sessionsWithProblems(report).map((s) => {
    const rows = s.diagnostics.map(
      (d) => `<tr><td>${d.line}</td><td class="sev-${d.severity}">${t.severity[d.severity]}</td><td>${esc(common.diagnosticMessage(d, report))}</td><td><code>${esc(d.code)}</code></td></tr>`,
    );
    const head = `<thead><tr><th scope="col">${t.lineColumn}</th><th scope="col">${t.severityColumn}</th><th scope="col">${t.message}</th><th scope="col">${t.code}</th></tr></thead>`;
    return [
      `<h3><a href="#session-${esc(s.id)}">${esc(s.title)}</a></h3>`,
      `<p class="file"><code>${esc(s.file)}</code> · ${esc(t.problems(s.diagnostics.length))}</p>`,
      `<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`,
    ].join('\n');
  });
  return `<div class="appendix">\n<p>${t.appendixIntro}</p>\n${blocks.join('\n')}\n</div>`;
}
