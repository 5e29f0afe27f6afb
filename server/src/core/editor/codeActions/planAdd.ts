// Quick fixes that add what the event does not know yet: a person, room or slot to barcamp.json, or a name to the participants.
import { editsFor, sameRange } from '../editing';
import type { Diagnostic } from '../../model';
import { appendToPlanList, nameFromHandle, personJson, type PlanListKey } from '../planEdits';
import { localFix, textAt, type Fix, type FixContext } from './context';
import { slugify } from '../../text';

/**
 * unknown-person: with a barcamp.json that lists people, add `{ "id": handle, "name": … }` there (the
 * name guessed from the handle); without one, the owner is checked against the participants, so add
 * the guessed name to them.
 */
export function fixAddPerson(d: Diagnostic, ctx: FixContext): Fix[] {
  const handle = textAt(ctx, d.range).replace(/^@/u, '');
  if (handle === '') return [];
  const name = nameFromHandle(handle);
  if ((ctx.plan?.people.length ?? 0) > 0) {
    const fix = planFix(ctx, 'people', personJson(handle, name), ctx.t('action.addPerson', { handle, name }));
    return fix ? [fix] : [];
  }
  const section = ctx.protocol.sections.find((s) => s.kind === 'participants');
  if (!section) return [];
  const at = ctx.index.positionAt(ctx.index.lineEnd(section.range.end.line));
  const edit = { range: { start: at, end: at }, newText: `${ctx.eol}- ${name}` };
  return [localFix(ctx, ctx.t('action.addParticipant', { name }), [edit])];
}

/**
 * unknown-participant: add the person to `people` of barcamp.json, with the organisation the protocol
 * gives; without consent (to be set there by the organizers), the public files still leave the name out.
 */
export function fixAddParticipant(d: Diagnostic, ctx: FixContext): Fix[] {
  const { participants, active, interested } = ctx.protocol;
  const person = [...participants, ...active, ...interested].find((p) => sameRange(p.range, d.range));
  const name = person?.name.trim() ?? '';
  const handle = slugify(name);
  if (!person || handle === '') return [];
  const fix = planFix(ctx, 'people', personJson(handle, name, person.org), ctx.t('action.addPerson', { handle, name }));
  return fix ? [fix] : [];
}

/** unknown-room / unknown-slot: append the value to `rooms` / `slots` of barcamp.json. */
export function fixAddPlanValue(d: Diagnostic, ctx: FixContext): Fix[] {
  const field = d.code === 'unknown-room' ? ctx.protocol.meta.room : ctx.protocol.meta.slot;
  if (!field) return [];
  const key: PlanListKey = d.code === 'unknown-room' ? 'rooms' : 'slots';
  const title = ctx.t(d.code === 'unknown-room' ? 'action.addRoom' : 'action.addSlot', { value: field.value });
  const fix = planFix(ctx, key, JSON.stringify(field.value), title);
  return fix ? [fix] : [];
}

function planFix(ctx: FixContext, key: PlanListKey, valueJson: string, title: string): Fix | undefined {
  if (!ctx.plan || ctx.planText === undefined) return undefined;
  const edit = appendToPlanList(ctx.planText, key, valueJson);
  return edit ? { title, edit: editsFor(ctx.plan.uri, [edit]) } : undefined;
}
