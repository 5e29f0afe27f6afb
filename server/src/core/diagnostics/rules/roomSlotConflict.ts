// Rule room-slot-conflict: two sessions of one event claim the same room in the same slot on the same day.
import { toIsoDate } from '../../text';
import type { EventPlan, SessionFacts } from '../../model';
import { foldName, problem, type CrossFileRule } from './rule';

/** When a session takes place, as far as it says: a day number, else a date. */
interface When {
  day?: number;
  date?: string;
}

/**
 * room-slot-conflict: one finding per other session with the same room, slot and day. It points at
 * this file's slot (the summary's anchor is the slot when there is one; the other file gets its own
 * finding when it is validated) and relates the other's anchor.
 */
export const roomSlotConflict: CrossFileRule = (session, ctx) => {
  const key = roomSlotKey(session);
  if (key === undefined) return [];
  const { room = '', slot = '' } = session;
  return (byRoomSlot(ctx.others ?? []).get(key) ?? [])
    .filter((other) => other.uri !== session.uri)
    .filter((other) => sameDay(session, other, ctx.plan))
    .map((other) =>
      problem(
        'room-slot-conflict',
        session.anchor,
        { room, slot, topic: other.topic ?? fileName(other.uri), file: fileName(other.uri), uri: other.uri },
        { related: [{ uri: other.uri, range: other.anchor }] },
      ),
    );
};

/**
 * The sessions of `others` grouped by room and slot, built once per array: the adapters hand every
 * session of an event the same array, so validating an event costs n, not n² (10,000 sessions: seconds).
 * Adapters replace such arrays rather than change them.
 */
const groupings = new WeakMap<readonly SessionFacts[], { length: number; groups: Map<string, SessionFacts[]> }>();

function byRoomSlot(others: readonly SessionFacts[]): Map<string, SessionFacts[]> {
  const memo = groupings.get(others);
  // The length check catches a caller that pushed to its array after all.
  if (memo && memo.length === others.length) return memo.groups;
  const groups = new Map<string, SessionFacts[]>();
  for (const other of others) {
    const key = roomSlotKey(other);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(other);
    else groups.set(key, [other]);
  }
  groupings.set(others, { length: others.length, groups });
  return groups;
}

/**
 * Folded room and slot of a summary, remembered per summary object: an event of 10,000 sessions compares
 * every session with every other, and folding (Unicode normalization, locale lowercasing) dominated that.
 * Summaries are replaced, never changed, so the memo cannot go stale.
 */
const folded = new WeakMap<SessionFacts, string | undefined>();

function roomSlotKey(summary: SessionFacts): string | undefined {
  if (folded.has(summary)) return folded.get(summary);
  const key = summary.room === undefined || summary.slot === undefined ? undefined : `${foldName(summary.room)}\u0000${foldName(summary.slot)}`;
  folded.set(summary, key);
  return key;
}

/**
 * Whether two sessions are on the same day. Known days compare directly (a date is mapped to its
 * plan day). When a session names no day, it can only be placed for sure in a one-day event — or,
 * with neither naming one, in an event whose plan does not list several days.
 */
function sameDay(a: When, b: When, plan: EventPlan | undefined): boolean {
  const ka = dayKey(a, plan);
  const kb = dayKey(b, plan);
  if (ka !== undefined && kb !== undefined) return ka === kb;
  const dayCount = plan?.days.length ?? 0;
  if (ka === undefined && kb === undefined) return dayCount <= 1;
  return dayCount === 1;
}

/** A comparable key for a session's day: `d1` for day 1 (also for a date the plan lists as day 1), else `2017-02-28`. */
function dayKey(when: When, plan: EventPlan | undefined): string | undefined {
  if (when.day !== undefined) return `d${when.day}`;
  if (when.date === undefined) return undefined;
  const iso = toIsoDate(when.date) ?? when.date;
  const planDay = plan?.days.find((d) => d.date !== undefined && (toIsoDate(d.date) ?? d.date) === iso);
  return planDay ? `d${planDay.day}` : iso;
}

/** The last path segment of a URI, decoded, for messages (`file:///a/b/Raum%201.session.md` → `Raum 1.session.md`). */
function fileName(uri: string): string {
  const last = uri.split(/[/\\]/u).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
