// Finds the event a session belongs to: the barcamp.json in its folder or the nearest ancestor folder.

/**
 * The uri of the plan whose folder is the session's folder or its nearest ancestor, or undefined.
 * Pure string logic on URIs: folders are compared on `/` boundaries, so /a/b2 is not inside /a/b.
 */
export function nearestEventPlan(sessionUri: string, planUris: string[]): string | undefined {
  const sessionDir = folderOf(normalize(sessionUri));
  let best: string | undefined;
  let bestLength = -1;
  for (const uri of planUris) {
    const dir = folderOf(normalize(uri));
    const inside = sessionDir === dir || sessionDir.startsWith(dir.endsWith('/') ? dir : dir + '/');
    if (inside && dir.length > bestLength) {
      best = uri;
      bestLength = dir.length;
    }
  }
  return best;
}

/** The part before the last `/` (without it). */
function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash < 0 ? '' : uri.slice(0, slash);
}

/**
 * Drops query and fragment, decodes percent escapes and lowercases a Windows drive letter, so
 * `file:///c%3A/x` and `file:///C:/x` compare equal.
 */
function normalize(uri: string): string {
  let s = String(uri ?? '')
    .replace(/[?#].*$/su, '')
    .replace(/\\/gu, '/');
  try {
    s = decodeURIComponent(s);
  } catch {
    // Keep the undecoded form: a malformed escape is not worth failing over.
  }
  return s.replace(/^(file:\/\/\/?)([A-Za-z]):/u, (_, scheme: string, drive: string) => scheme + drive.toLowerCase() + ':');
}
