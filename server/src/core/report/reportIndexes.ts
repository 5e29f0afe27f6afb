// The report's cross-session views: schedule order, the day × slot × room grid, next steps by owner, the tag index.
import type { EventPlan } from '../model';
import type { OwnedStep, OwnerGroup, ReportSession, ScheduleDay, TagEntry } from './reportModel';
import { foldForSearch } from '../text';

/** What schedule order looks at; the report's sessions and the Sessions view's entries both have it. */
export type ScheduleKey = Pick<ReportSession, 'day' | 'slot' | 'room' | 'title' | 'file'>;

/**
 * Compares sessions in schedule order: day, slot, room, topic, file. Sessions without a value come last
 * in that key. Slots compare as times (`9:00` before `10:30`) when they look like times, else by their
 * place in the plan; rooms by their place in the plan, unknown rooms after the known ones by name.
 * Strings compare by code points after folding, never with the locale, so every machine sorts alike.
 */
export function scheduleOrder(plan: EventPlan | undefined): (a: ScheduleKey, b: ScheduleKey) => number {
  return (a, b) =>
    compareOptional(a.day, b.day, (x, y) => x - y) ||
    compareOptional(a.slot, b.slot, (x, y) => compareSlots(x, y, plan)) ||
    compareOptional(a.room, b.room, (x, y) => compareByPlan(x, y, plan?.rooms ?? [])) ||
    compareText(a.title, b.title) ||
    compareText(a.file, b.file);
}

function compareOptional<T>(a: T | undefined, b: T | undefined, compare: (x: T, y: T) => number): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compare(a, b);
}

/** `9:00`, `09.00`, `9:00 Uhr` → `09:00`; undefined for anything that is no time of day. */
export function timeKey(slot: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})\b/u.exec(slot.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

function compareSlots(a: string, b: string, plan: EventPlan | undefined): number {
  const [ta, tb] = [timeKey(a), timeKey(b)];
  if (ta !== undefined && tb !== undefined && ta !== tb) return ta < tb ? -1 : 1;
  return compareByPlan(a, b, plan?.slots ?? []);
}

function compareByPlan(a: string, b: string, order: string[]): number {
  const [ia, ib] = [order.indexOf(a), order.indexOf(b)];
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
  return compareText(a, b);
}

/** Case- and accent-insensitive first, then exact, so the order is total and the same everywhere. */
export function compareText(a: string, b: string): number {
  const [fa, fb] = [foldForSearch(a), foldForSearch(b)];
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * One grid per day that has sessions with day and room. Rows: the plan's slots plus any other slot used
 * that day, in schedule order; columns: the plan's rooms in plan order, then other rooms used that day.
 * A session with a room but no slot stands under its room in the day's last row (`withoutSlot`).
 */
export function buildSchedule(sessions: ReportSession[], plan: EventPlan | undefined): ScheduleDay[] {
  const placed = sessions.filter((s) => s.day !== undefined && s.room !== undefined);
  const days = [...new Set(placed.map((s) => s.day!))].sort((a, b) => a - b);
  return days.map((day) => {
    const ofDay = placed.filter((s) => s.day === day);
    const slotted = ofDay.filter((s) => s.slot !== undefined);
    // Slots are times: an unplanned 12:00 belongs between 11:45 and 14:00. Rooms have no order but the plan's.
    const slots = withExtras(
      plan?.slots ?? [],
      slotted.map((s) => s.slot!),
    ).sort((x, y) => compareSlots(x, y, plan));
    const rooms = withExtras(
      plan?.rooms ?? [],
      ofDay.map((s) => s.room!),
    );
    const cells = slots.flatMap((slot) => rooms.map((room) => ({ slot, room, sessions: slotted.filter((s) => s.slot === slot && s.room === room).map((s) => s.id) })));
    const withoutSlot = rooms.map((room) => ({ room, sessions: ofDay.filter((s) => s.slot === undefined && s.room === room).map((s) => s.id) })).filter((cell) => cell.sessions.length > 0);
    const date = plan?.days.find((d) => d.day === day)?.date ?? ofDay.find((s) => s.date)?.date;
    return date ? { day, date, slots, rooms, cells, withoutSlot } : { day, slots, rooms, cells, withoutSlot };
  });
}

/** The planned values in plan order, then the unplanned ones that occur, sorted by name. */
function withExtras(planned: string[], used: string[]): string[] {
  const extras = [...new Set(used.filter((u) => !planned.includes(u)))].sort(compareText);
  return [...planned, ...extras];
}

/**
 * Every next step under each of its owners (a step with two owners appears twice); the steps nobody
 * owns come last in a group without owner. Groups sort by name; steps open before done, then by due
 * date (undated last), then in schedule order.
 */
export function buildOwnerGroups(sessions: ReportSession[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  const orphans: OwnedStep[] = [];
  for (const session of sessions) {
    for (const step of session.nextSteps) {
      const owned: OwnedStep = { sessionId: session.id, sessionTitle: session.title, step };
      if (step.owners.length === 0) orphans.push(owned);
      for (const owner of step.owners) {
        // An owner the public files do not name is grouped under the organisation, or with the others not named.
        const key = owner.handle !== undefined ? `@${owner.handle.toLowerCase()}` : owner.org !== undefined ? `org:${owner.org}` : '';
        const group = groups.get(key) ?? { owner, steps: [] };
        // Two unnamed owners of one step fall into one group: the step stands there once.
        if (group.steps[group.steps.length - 1]?.step !== step) group.steps.push(owned);
        groups.set(key, group);
      }
    }
  }
  const sorted = [...groups.values()].sort((a, b) => compareText(ownerSortName(a), ownerSortName(b)));
  if (orphans.length > 0) sorted.push({ steps: orphans });
  for (const group of sorted) group.steps = stableSort(group.steps, compareOwnedSteps);
  return sorted;
}

/** By name; organisations standing for unnamed owners among them; the owners neither named nor placed last. */
function ownerSortName(group: OwnerGroup): string {
  return (group.owner?.name ?? group.owner?.org ?? '\uffff').replace(/^@/u, '');
}

function compareOwnedSteps(a: OwnedStep, b: OwnedStep): number {
  if (a.step.done !== b.step.done) return a.step.done ? 1 : -1;
  return compareOptional(a.step.due, b.step.due, (x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Array.prototype.sort is stable since ES2019; the copy keeps the input untouched. */
function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare);
}

/** Tags merged across sessions ignoring case and accents; the first spelling in schedule order wins. */
export function buildTagIndex(sessions: ReportSession[]): TagEntry[] {
  const tags = new Map<string, TagEntry>();
  for (const session of sessions) {
    for (const tag of session.tags) {
      const key = foldForSearch(tag.trim());
      if (key === '') continue;
      const entry = tags.get(key) ?? { tag: tag.trim(), sessions: [] };
      if (!entry.sessions.includes(session.id)) entry.sessions.push(session.id);
      tags.set(key, entry);
    }
  }
  return [...tags.values()].sort((a, b) => compareText(a.tag, b.tag));
}
