// Where a new session protocol of an event goes: next to the event's other protocols.
import { folderOf } from '../diagnostics';

/**
 * The folder most of the event's sessions are in (the first of equally used ones, in sorted order),
 * else the event folder itself: an event that keeps its protocols in `sessions/` gets the new one there.
 */
export function preferredSessionFolder(sessionUris: readonly string[], eventFolderUri: string): string {
  const counts = new Map<string, number>();
  for (const uri of sessionUris) counts.set(folderOf(uri), (counts.get(folderOf(uri)) ?? 0) + 1);
  let best = eventFolderUri;
  let bestCount = 0;
  for (const [folder, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestCount) [best, bestCount] = [folder, count];
  }
  return best;
}
