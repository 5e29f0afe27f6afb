// Which image files of a protocol the documentation carries along, and under which name in its assets folder.

/** The folder beside the documentation files that holds the copied images. */
export const ASSETS_FOLDER = 'assets';

/**
 * Image types a copy is made of. No SVG: it may hold script, which would run on the publishing site
 * when somebody opens the copied file itself.
 */
const CARRIED_TYPES = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif']);

/** Where an image's file is, and the name of its copy in the assets folder (`flip-k3x9a0.jpg`). */
export interface ImageTarget {
  uri: string;
  asset: string;
}

/** Why an image is not carried: its file lies outside the event's folder, or is no carried type. */
export type ImageRefusal = 'outside' | 'type';

/**
 * The file an image of the protocol at `protocolUri` names (`path` relative to the protocol's folder)
 * and the name of its copy; refused when the file lies outside `folderUri` (the event's folder: an
 * image must never publish a file from elsewhere, `../../home/…`) or is no carried type. Paths are
 * compared segment by segment, decoded (so `C:` and `C%3A`, `(` and `%28` are alike); a backslash
 * separates too (Windows reads it so), and a segment a file system could read as something else
 * (`..` with trailing dots or spaces, a drive `x:`, a NUL) is refused. Never throws.
 */
export function imageTarget(protocolUri: string, path: string, folderUri: string): ImageTarget | { refused: ImageRefusal } {
  const folder = folderUri.replace(/\/+$/u, '');
  const base = decodedSegments(protocolUri.slice(0, protocolUri.lastIndexOf('/')));
  const root = decodedSegments(folder);
  if (!base || !root) return { refused: 'outside' };
  const segments = [...base];
  for (const part of path.split(/[\\/]/u)) {
    const bare = part.replace(/[. ]+$/u, '');
    if (/[:\u0000]/u.test(part) || (bare === '' && part !== '' && part !== '.' && part !== '..')) return { refused: 'outside' };
    if (part === '..') segments.pop();
    else if (part !== '.' && part !== '') segments.push(part);
  }
  const inside = segments.length > root.length && root.every((s, i) => sameSegment(s, segments[i], i));
  if (!inside) return { refused: 'outside' };
  const tail = segments.slice(root.length);
  const name = tail[tail.length - 1];
  const dot = name.lastIndexOf('.');
  const type = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!CARRIED_TYPES.has(type)) return { refused: 'type' };
  const stem =
    name
      .slice(0, dot)
      .replace(/[^A-Za-z0-9_-]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 60) || 'bild';
  // Only the tail is encoded and appended: the folder's URI stays as its host wrote it.
  const uri = `${folder}/${tail.map(encodeSegment).join('/')}`;
  // The hash of the whole relative path keeps two `foto.jpg` of different sessions apart, the same name for the same file.
  return { uri, asset: `${stem}-${hash(tail.join('/'))}.${type}` };
}

/** The path segments of a URI's path, decoded; undefined when it cannot be decoded. */
function decodedSegments(uri: string): string[] | undefined {
  const path = uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/iu, '');
  try {
    return path.split('/').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/** Segments alike; a drive letter (`c:` first after the root) in either case. */
function sameSegment(a: string, b: string, i: number): boolean {
  return a === b || (i === 1 && /^[a-z]:$/iu.test(a) && a.toLowerCase() === b.toLowerCase());
}

/** A segment percent-encoded, lone surrogates as U+FFFD (encodeURIComponent would throw on them). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD'));
}

/** FNV-1a of the text as six base-36 digits: short, stable across machines and runs. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(-6);
}
