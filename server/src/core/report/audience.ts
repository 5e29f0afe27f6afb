// What the public files leave out of a session: names without consent, diagnostics, and sessions not yet published.
import { REVIEW_STATUSES, type EventPlan, type NamePolicy, type ReviewStatus } from '../model';
import type { ReportActionField, ReportBlock, ReportItem, ReportOwner, ReportPerson, ReportSection, ReportSession, ReportStep } from './reportModel';
import { listsItems, replaceHandles } from '../syntax';

/** barcamp.json `output.publish` as a level: absent (or `draft`) publishes every session. */
export function publishLevel(plan: EventPlan | undefined): ReviewStatus | undefined {
  return plan?.output.publish === 'draft' ? undefined : plan?.output.publish;
}

/** True when a session at `status` may stand in the public files under barcamp.json `output.publish`. */
export function isPublished(status: ReviewStatus, publish: ReviewStatus | undefined): boolean {
  return publish === undefined || REVIEW_STATUSES.indexOf(status) >= REVIEW_STATUSES.indexOf(publish);
}

/**
 * The session as the public files show it: people who may not be named stand as their organisation (or
 * only in the head count), owners likewise; no diagnostics; sections that list people show only what the
 * report lists itself, since a table or a line of names there is names too — unless the organizer
 * confirmed that everybody may be named (`privacy.names: "all"`).
 */
export function publicSession(session: ReportSession, names: NamePolicy, hide: HideHandle = () => false): ReportSession {
  const result: ReportSession = {
    ...session,
    participants: publicPeople(session.participants),
    active: publicPeople(session.active),
    interested: publicPeople(session.interested),
    sections: (names === 'all' ? session.sections : session.sections.map(publicSection)).map((s) => sectionWithout(s, hide)),
    findings: session.findings.map((item) => itemWithout(item, hide)),
    nextSteps: session.nextSteps.map((step) => itemWithout(publicStep(step), hide)),
    openQuestions: session.openQuestions.map((item) => itemWithout(item, hide)),
    diagnostics: [],
  };
  if (session.intro) result.intro = blockWithout(session.intro, hide);
  if (session.host) result.host = publicPerson(session.host);
  if (session.documenter) result.documenter = publicPerson(session.documenter);
  return result;
}

/** True for the `@handle` of a person the public files do not name (see mayName). */
export type HideHandle = (handle: string) => boolean;

/** The text without the handles of people not to be named (a finding "Rückfrage bei @ben-weber", a sub-item of a step). */
function withoutHandles(text: string, hide: HideHandle): string {
  const result = replaceHandles(text, hide, () => '');
  return result === text ? text : result.replace(/[ \t]{2,}/gu, ' ').replace(/ +([,;.:!?)])/gu, '$1');
}

function itemWithout<T extends ReportItem>(item: T, hide: HideHandle): T {
  const text = withoutHandles(item.text, hide);
  const markdown = withoutHandles(item.markdown, hide);
  if (text === item.text && markdown === item.markdown) return item;
  const result = { ...item, text, markdown };
  delete result.rendered; // rendered from the words that are gone
  return result;
}

function blockWithout(block: ReportBlock, hide: HideHandle): ReportBlock {
  const markdown = withoutHandles(block.markdown, hide);
  return markdown === block.markdown ? block : { markdown };
}

function sectionWithout(section: ReportSection, hide: HideHandle): ReportSection {
  const markdown = withoutHandles(section.markdown, hide);
  const shown = section.shown && blockWithout(section.shown, hide);
  if (markdown === section.markdown && shown === section.shown) return section;
  const result: ReportSection = { ...section, markdown };
  if (shown) result.shown = shown;
  return result;
}

/** Named people as they are; the others as their organisations, one entry per organisation with its count; people without either are left to the head count. */
export function publicPeople(people: readonly ReportPerson[]): ReportPerson[] {
  const named = people.filter((p) => !p.nameWithheld).map(publicPerson);
  const byOrg = new Map<string, number>();
  for (const p of people) if (p.nameWithheld && p.org) byOrg.set(p.org, (byOrg.get(p.org) ?? 0) + 1);
  return [...named, ...[...byOrg].map(([org, count]): ReportPerson => (count > 1 ? { org, count } : { org }))];
}

/** An action field built from the organizers' view (people united by name), as the public files show it. */
export function publicActionField(field: ReportActionField): ReportActionField {
  return {
    ...field,
    active: publicPeople(field.active),
    interested: publicPeople(field.interested),
    nextSteps: field.nextSteps.map((owned) => ({ ...owned, step: publicStep(owned.step) })),
  };
}

/** One person: the name only when it may be published, the organisation always. */
function publicPerson(person: ReportPerson): ReportPerson {
  if (!person.nameWithheld) return person.org ? { name: person.name, org: person.org } : { name: person.name };
  return person.org ? { org: person.org } : {};
}

/**
 * A step with its owners as the public files show them. A step that was nothing but its owners
 * (`- [ ] @anna`) kept its words as written (withoutStepMeta): the handles of owners not named there go.
 */
function publicStep(step: ReportStep): ReportStep {
  const result: ReportStep = { ...step, owners: step.owners.map(publicOwner) };
  // Longest first, so removing `@anna` cannot cut `@anna-schmidt` in half.
  const hidden = step.owners.flatMap((o) => (o.nameWithheld && o.handle ? [`@${o.handle}`] : [])).sort((a, b) => b.length - a.length);
  if (!hidden.some((h) => step.text.includes(h) || step.markdown.includes(h))) return result;
  const strip = (s: string) =>
    hidden
      .reduce((rest, h) => rest.split(h).join(''), s)
      .replace(/[ \t]{2,}/gu, ' ')
      .trim();
  result.text = strip(step.text);
  result.markdown = strip(step.markdown);
  delete result.rendered;
  return result;
}

function publicOwner(owner: ReportOwner): ReportOwner {
  if (!owner.nameWithheld) return { handle: owner.handle, ...publicPerson(owner), known: owner.known };
  return owner.org ? { org: owner.org, known: owner.known } : { known: owner.known };
}

/** The protocol's own Markdown of a section that lists people or owners names them: only the other blocks remain, and not for people lists. */
function publicSection(section: ReportSection): ReportSection {
  if (!listsItems(section.kind)) return section;
  const peopleList = section.kind !== 'nextSteps';
  const result: ReportSection = { ...section, markdown: peopleList ? '' : (section.shown?.markdown ?? '') };
  if (peopleList) delete result.shown;
  return result;
}
