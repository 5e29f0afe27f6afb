// Quick fixes on next steps: name an owner (a participant or a placeholder), add a due date, tick a step off.
import { dateStyleOf, dueDateSuggestions, inDateStyle } from '../../event';
import { addEdits, editsFor, sameRange, type TextEdit } from '../editing';
import { appendToPlanList, personJson } from '../planEdits';
import type { Diagnostic, NextStep } from '../../model';
import { findPlanPerson } from '../../event';
import { slugify } from '../../text';
import { nameAndOrg, splitNames } from '../../report';
import { localFix, type Fix, type FixContext } from './context';

/** At most this many "make X responsible" fixes, so the menu stays readable in a large session. */
const MAX_OWNER_PICKS = 8;

/**
 * next-step-without-owner: one fix per person of the session (host, documenter, participants). With a
 * barcamp.json that lists people, no fix trades this warning for unknown-person: a person of the session
 * the plan does not know is added to it in the same step, the plan's other people follow, and there is no
 * placeholder; without one, a placeholder comes last.
 */
export function fixMissingOwner(d: Diagnostic, ctx: FixContext): Fix[] {
  const step = stepAt(d, ctx);
  if (!step) return [];
  const planned = (ctx.plan?.people.length ?? 0) > 0;
  const fixes = sessionPeople(ctx).flatMap((p) => {
    const edit = ownerEdit(ctx, step, p.handle);
    if (!planned || p.known) return [localFix(ctx, ctx.t('action.ownerPick', { handle: p.handle, name: p.name }), [edit])];
    const plan = ctx.plan && ctx.planText !== undefined ? appendToPlanList(ctx.planText, 'people', personJson(p.handle, p.name)) : undefined;
    return plan && ctx.plan ? [{ title: ctx.t('action.ownerAddToPlan', { handle: p.handle, name: p.name }), edit: addEdits(editsFor(ctx.uri, [edit]), ctx.plan.uri, [plan]) }] : [];
  });
  if (planned) {
    const offered = new Set(sessionPeople(ctx).map((p) => p.handle));
    for (const person of ctx.plan?.people ?? []) {
      if (!offered.has(person.id)) fixes.push(localFix(ctx, ctx.t('action.ownerPick', { handle: person.id, name: person.name }), [ownerEdit(ctx, step, person.id)]));
    }
    return fixes.slice(0, MAX_OWNER_PICKS);
  }
  const placeholder = ctx.t('action.handlePlaceholder');
  return [...fixes.slice(0, MAX_OWNER_PICKS), localFix(ctx, ctx.t('action.ownerPlaceholder', { handle: placeholder }), [ownerEdit(ctx, step, placeholder)])];
}

/** next-step-without-due-date: a due date in one week, two weeks, at the end of the month; or tick the step off. */
export function fixMissingDueDate(d: Diagnostic, ctx: FixContext): Fix[] {
  const step = stepAt(d, ctx);
  if (!step) return [];
  const keyword = ctx.docLanguage === 'de' ? 'bis' : 'due';
  const style = dateStyleOf(ctx.protocol, ctx.docLanguage);
  const reasons = { week: 'completion.date.week', twoWeeks: 'completion.date.twoWeeks', endOfMonth: 'completion.date.endOfMonth' } as const;
  const fixes: Fix[] = dueDateSuggestions(ctx.today, undefined)
    .filter((s): s is typeof s & { reason: keyof typeof reasons } => s.reason in reasons)
    .map((s) => {
      const date = inDateStyle(s.iso, style);
      return localFix(ctx, ctx.t('action.addDue', { date, when: ctx.t(reasons[s.reason]) }), [appendToFirstLine(ctx, step, ` ${keyword} ${date}`)]);
    });
  if (step.checkboxRange) fixes.push(localFix(ctx, ctx.t('action.markDone'), [{ range: step.checkboxRange, newText: '[x]' }]));
  return fixes;
}

function stepAt(d: Diagnostic, ctx: FixContext): NextStep | undefined {
  return ctx.protocol.nextSteps.find((s) => sameRange(s.range, d.range));
}

/** The session's people with the handle that names them (the plan's id when barcamp.json lists them), without repeats. */
function sessionPeople(ctx: FixContext): Array<{ handle: string; name: string; known: boolean }> {
  const { meta, participants } = ctx.protocol;
  // `host: Anna Schmidt (Kreis Pinneberg), Ben` names two people, without their organisations.
  const fields = [meta.host?.value, meta.documenter?.value].flatMap((field) => (field ? splitNames(field).map((part) => nameAndOrg(part).name) : []));
  const names = [...fields, ...participants.map((p) => p.name)];
  const seen = new Set<string>();
  const result: Array<{ handle: string; name: string; known: boolean }> = [];
  for (const name of names) {
    const key = slugify(name ?? '');
    const person = findPlanPerson(ctx.plan, key);
    const handle = person?.id ?? key;
    if (!key || seen.has(handle)) continue;
    seen.add(handle);
    result.push({ handle, name: person?.name ?? String(name), known: person !== undefined });
  }
  return result;
}

/** `@handle` before the step's due date when it has one on its first line (`… @anna bis 28.02.`), else at the end of that line. */
function ownerEdit(ctx: FixContext, step: NextStep, handle: string): TextEdit {
  const due = step.due;
  if (due && due.range.start.line === step.range.start.line) {
    const line = ctx.index.lineText(due.range.start.line).slice(0, due.range.start.character);
    const keyword = /(?:bis|due|until|\u{1F4C5})[ \t]*:?[ \t]*(?:zum[ \t]+)?$/iu.exec(line);
    if (keyword) {
      const at = { line: due.range.start.line, character: keyword.index };
      return { range: { start: at, end: at }, newText: `@${handle} ` };
    }
  }
  return appendToFirstLine(ctx, step, ` @${handle}`);
}

/** Inserts `text` after the last non-blank character of the step's first line. */
function appendToFirstLine(ctx: FixContext, step: NextStep, text: string): TextEdit {
  const line = step.range.start.line;
  const at = { line, character: ctx.index.lineText(line).trimEnd().length };
  return { range: { start: at, end: at }, newText: text };
}
