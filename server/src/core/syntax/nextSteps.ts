// Reads a next step from its list item: owners (`@handle`), due date (`bis …`, `due …`, `📅 …`), done state, checkbox.
import { toIsoDate } from '../text';
import type { RawItem } from './items';
import type { LineIndex } from '../text';
import type { DueDate, NextStep, Owner, Problem } from '../model';
import { listMarkerEnd } from './listMarker';

/**
 * `@handle`: letters, digits, marks, `-`, `_`, `.`. The look-behind keeps the `@` of an e-mail address
 * (a@b.de) or a URL path (…/@user) from counting as an owner.
 */
const OWNER = /(?<![\p{L}\p{N}\p{M}_.+\-@/])@([\p{L}\p{N}\p{M}_.\-]+)/gu;

/** `bis|due|until` as a whole word, an optional colon or "zum", then an ISO or German date; or the 📅 marker. */
const DUE = /(?<![\p{L}\p{N}_])(?:bis|due|until)(?![\p{L}\p{N}_])\s*:?\s*(?:zum\s+)?(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?![\p{N}])|\u{1F4C5}\s*(\d{4}-\d{2}-\d{2})(?![\p{N}])/giu;

/** Builds a next step; an impossible due date is reported as `invalid-date` on `problems`. */
export function toNextStep(raw: RawItem, index: LineIndex, problems: Problem[]): NextStep {
  const own = index.text.slice(raw.ownStart, raw.ownEnd);
  const step: NextStep = { ...raw.item, owners: readOwners(own, raw.ownStart, index), done: false, checkable: false };
  if (raw.node.type === 'listItem' && typeof raw.node.checked === 'boolean') {
    step.done = raw.node.checked;
    const checkbox = findCheckbox(raw, index);
    if (checkbox !== undefined) step.checkboxRange = index.rangeAt(checkbox, checkbox + 3);
  }
  step.checkable = step.checkboxRange !== undefined || startsWithListMarker(step, index);
  const due = readDue(own, raw.ownStart, index);
  if (due) {
    step.due = due;
    if (!due.iso) problems.push({ code: 'invalid-date', range: due.range, args: { date: due.raw } });
  }
  return step;
}

/** Every `@handle` in `text`; a trailing `.` is sentence punctuation, not part of the handle. */
/**
 * `text` with every `@handle` that `hide` says so replaced by `replace(handle)` (the same reading of a
 * handle as for owners: not in an e-mail address or a path, trailing dots kept outside).
 */
export function replaceHandles(text: string, hide: (handle: string) => boolean, replace: (handle: string) => string): string {
  if (!text.includes('@')) return text;
  return text.replace(OWNER, (whole: string, written: string) => {
    const handle = written.replace(/\.+$/u, '');
    return handle !== '' && hide(handle) ? replace(handle) + written.slice(handle.length) : whole;
  });
}

export function readOwners(text: string, base: number, index: LineIndex): Owner[] {
  const owners: Owner[] = [];
  for (const m of text.matchAll(OWNER)) {
    const handle = m[1].replace(/\.+$/u, '');
    if (handle === '') continue;
    const start = base + (m.index ?? 0);
    owners.push({ handle, range: index.rangeAt(start, start + 1 + handle.length) });
  }
  return owners;
}

/** The first due date in `text`. */
export function readDue(text: string, base: number, index: LineIndex): DueDate | undefined {
  DUE.lastIndex = 0;
  const m = DUE.exec(text);
  if (!m) return undefined;
  const raw = m[1] ?? m[2];
  const start = base + (m.index ?? 0) + m[0].length - raw.length;
  const iso = toIsoDate(raw);
  const range = index.rangeAt(start, start + raw.length);
  return iso ? { raw, iso, range } : { raw, range };
}

/** Offset of the `[ ]`/`[x]` between the list marker and the item's content. */
function findCheckbox(raw: RawItem, index: LineIndex): number | undefined {
  const start = raw.node.position?.start.offset;
  if (start === undefined) return undefined;
  const before = index.text.slice(start, raw.ownStart);
  const at = before.lastIndexOf('[');
  return at >= 0 && /^\[[ xX]\]$/u.test(before.slice(at, at + 3)) ? start + at : undefined;
}

/** Whether a list marker stands where the step starts (then `[x] ` can go after it), as stepDoneEdits decides. */
function startsWithListMarker(step: NextStep, index: LineIndex): boolean {
  const { line, character } = step.range.start;
  if (line >= index.lineCount) return false;
  const text = index.text.slice(index.starts[line], index.lineEnd(line));
  return listMarkerEnd([text], { line: 0, character }) !== undefined;
}
