// Comparing positions and ranges (0-based lines, UTF-16 columns), as every feature needs them.
import type { Position, Range } from '../model';

/** Negative when `a` comes first. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `position` lies in `range`, both ends included (a cursor right after a word still touches it). */
export function touches(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** True when the ranges share at least one point (an empty range touching another counts). */
export function intersects(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** True when the two ranges overlap by more than a shared end point: two such edits cannot both apply. */
export function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/** True when both positions are the same point. */
export function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return samePosition(a.start, b.start) && samePosition(a.end, b.end);
}
