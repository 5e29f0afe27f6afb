// Rules unknown-action-field and action-field-without-active: a session's `actionField` against the plan and its own people.
import { closestMatch } from '../../text';
import { problem, type Rule } from './rule';

/** unknown-action-field: `actionField:` names no id of barcamp.json `actionFields` (checked only with a plan). */
export const unknownActionField: Rule = (protocol, ctx) => {
  const field = protocol.meta.actionField;
  const ids = ctx.plan?.actionFields.map((f) => f.id);
  if (!field || !ids || ids.some((id) => id.toLowerCase() === field.value.toLowerCase())) return [];
  const known = ids.length > 0 ? ids.join(', ') : '–';
  return [problem('unknown-action-field', field.range, { value: field.value, known }, { suggestion: closestMatch(field.value, ids) })];
};

/** action-field-without-active: the session joins an action field but names nobody under `## Aktive` who drives it. */
export const actionFieldWithoutActive: Rule = (protocol) => {
  const field = protocol.meta.actionField;
  if (!field || protocol.active.length > 0) return [];
  return [problem('action-field-without-active', field.range, { value: field.value })];
};
