// Quick fixes that pick a valid value from the event: a day barcamp.json lists, or a slot or room still free for a conflict.
import { likeWritten } from '../../event';
import type { Diagnostic, SessionSummary } from '../../model';
import { foldName } from '../../diagnostics';
import { requoteLike } from '../../text';
import { localFix, textAt, type Fix, type FixContext } from './context';

/** At most this many alternatives per finding; more would only bury the right one. */
const MAX_CHOICES = 4;

/** unknown-day: each day (for `day:`) or date (for `date:`, in the style written) that barcamp.json lists. */
export function fixUnknownDay(d: Diagnostic, ctx: FixContext): Fix[] {
  const { day, date } = ctx.protocol.meta;
  const days = ctx.plan?.days ?? [];
  const written = textAt(ctx, d.range);
  const onDate = date !== undefined && date.range.start.line === d.range.start.line && day?.range.start.line !== d.range.start.line;
  const listed = onDate ? days.flatMap((x) => (x.date ? [likeWritten(written, x.date)] : [])) : days.map((x) => String(x.day));
  // The nearest event day (the finding's suggestion) first, as the preferred fix.
  const choices = d.suggestion !== undefined && listed.includes(d.suggestion) ? [d.suggestion, ...listed.filter((v) => v !== d.suggestion)] : listed;
  // `day:` is a number: written plain, unless the user quoted it.
  const newText = (value: string) => (onDate || /^["']/u.test(written.trim()) ? requoteLike(written, value) : value);
  return choices
    .slice(0, MAX_CHOICES)
    .map((value) => localFix(ctx, ctx.t('action.replace', { suggestion: value }), [{ range: d.range, newText: newText(value) }], { preferred: value === d.suggestion }));
}

/** room-slot-conflict: the slots in which this room is still free that day, then the rooms free in this slot. */
export function fixRoomSlotConflict(_d: Diagnostic, ctx: FixContext): Fix[] {
  const { room, slot } = ctx.protocol.meta;
  if (!room || !slot || !ctx.plan) return [];
  const others = (ctx.others ?? []).filter((o) => o.uri !== ctx.uri && sameDay(ctx, o));
  const taken = (r: string, s: string) => others.some((o) => foldName(o.room ?? '') === foldName(r) && foldName(o.slot ?? '') === foldName(s));
  const slots = ctx.plan.slots.filter((s) => foldName(s) !== foldName(slot.value) && !taken(room.value, s)).slice(0, MAX_CHOICES);
  const rooms = ctx.plan.rooms.filter((r) => foldName(r) !== foldName(room.value) && !taken(r, slot.value)).slice(0, MAX_CHOICES);
  return [
    ...slots.map((s) => localFix(ctx, ctx.t('action.freeSlot', { slot: s }), [{ range: slot.range, newText: requoteLike(textAt(ctx, slot.range), s) }])),
    ...rooms.map((r) => localFix(ctx, ctx.t('action.freeRoom', { room: r }), [{ range: room.range, newText: requoteLike(textAt(ctx, room.range), r) }])),
  ];
}

/** Whether another session is on this session's day (by day number, else by date; without either, in a one-day event). */
function sameDay(ctx: FixContext, other: SessionSummary): boolean {
  const { day, date } = ctx.protocol.meta;
  if (day && other.day !== undefined) return other.day === day.value;
  if (date && other.date !== undefined) return other.date === date.value;
  return (ctx.plan?.days.length ?? 0) <= 1;
}
