// Rules about next steps: the section must exist (or say "keine"), and each step needs an owner and a due date.
// The parser already leaves a lone "keine"/"none" item out of protocol.nextSteps, so it is never asked for an owner.
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
