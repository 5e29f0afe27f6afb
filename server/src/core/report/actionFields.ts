// The event's action fields (barcamp.json actionFields): per field its sessions, its people and its open next steps.
import type { EventPlan } from '../model';
import type { OwnedStep, ReportActionField, ReportPerson, ReportSession } from './reportModel';

/**
 * One entry per action field of the plan, in the plan's order, from the sessions given (already in
 * schedule order, and already as their audience sees them). A session naming an id the plan does not
 * know stands in none: unknown-action-field says so in the protocol.
 */
export function buildActionFields(plan: EventPlan | undefined, sessions: readonly ReportSession[]): ReportActionField[] {
  return (plan?.actionFields ?? []).map((field) => {
    const members = sessions.filter((s) => s.actionField !== undefined && s.actionField.toLowerCase() === field.id.toLowerCase());
    const nextSteps = members.flatMap((s) => s.nextSteps.filter((step) => !step.done).map((step): OwnedStep => ({ sessionId: s.id, sessionTitle: s.title, step })));
    return {
      id: field.id,
      title: field.title,
      sessions: members.map((s) => s.id),
      active: unitedPeople(members.flatMap((s) => s.active)),
      interested: unitedPeople(members.flatMap((s) => s.interested)),
      nextSteps,
    };
  });
}

/** Everybody once: a name once (the first entry with it), an organisation standing for unnamed people with their counts added up. */
function unitedPeople(people: readonly ReportPerson[]): ReportPerson[] {
  const byKey = new Map<string, ReportPerson>();
  for (const person of people) {
    const key = person.name !== undefined ? `name:${person.name.toLowerCase()}` : `org:${person.org ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...person });
    else if (person.name === undefined) seen.count = (seen.count ?? 1) + (person.count ?? 1);
  }
  return [...byKey.values()];
}
