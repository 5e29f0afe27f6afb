// Rules about next steps: the section must exist (or say "keine"), and each step needs an owner and a due date.
// The parser already leaves a lone "keine"/"none" item out of protocol.nextSteps, so it is never asked for an owner.
import { likeWritten } from '../../event';
import { headingArgs, problem, topicOrFirstLine, type Rule } from './rule';

/** missing-next-steps: no next-steps section, or only empty ones that do not say "keine"/"none". */
export const missingNextSteps: Rule = (protocol) => {
  const sections = protocol.sections.filter((s) => s.kind === 'nextSteps');
  if (sections.some((s) => s.hasContent || s.declaredNone)) return [];
  const args = headingArgs(protocol, 'nextSteps');
  if (sections.length === 0) return [problem('missing-next-steps', topicOrFirstLine(protocol), args)];
  const [first] = sections;
  return [problem('missing-next-steps', first.headingRange, { ...args, variant: 'empty', heading: first.heading })];
};

/** next-step-without-owner: a step nobody is named for (`@handle`) tends to be nobody's job. */
export const nextStepWithoutOwner: Rule = (protocol) => protocol.nextSteps.filter((step) => step.owners.length === 0).map((step) => problem('next-step-without-owner', step.range));

/** next-step-without-due-date: an open step without a date; done steps (`[x]`) need none any more. */
export const nextStepWithoutDueDate: Rule = (protocol) => protocol.nextSteps.filter((step) => !step.done && !step.due).map((step) => problem('next-step-without-due-date', step.range));

/**
 * due-before-event: a step due before the event's first day was agreed at the event, so the date is
 * most likely a slip of the year (`28.02.2016` at an event of 2017). The suggestion is the same day and
 * month in the event's year, or the next year when that, too, lies before the event.
 */
export const dueBeforeEvent: Rule = (protocol, ctx) => {
  const first = ctx.plan?.days
    .map((d) => d.date)
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  if (!first) return [];
  return protocol.nextSteps.flatMap((step) => {
    const due = step.due;
    if (!due?.iso || due.iso >= first) return [];
    return [{ ...problem('due-before-event', due.range, { due: due.raw, first: likeWritten(due.raw, first) }), suggestion: likeWritten(due.raw, likelyDate(due.iso, first)) }];
  });
};

/** The due date's day and month in the event's year, or in the next year when that is still before the event. */
function likelyDate(iso: string, first: string): string {
  const sameYear = `${first.slice(0, 4)}${iso.slice(4)}`;
  return sameYear >= first ? sameYear : `${Number(first.slice(0, 4)) + 1}${iso.slice(4)}`;
}
