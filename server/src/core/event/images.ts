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
 * image must never publish a file from elsewhere, `../../home/…`) or is no carried type.
 */
export function imageTarget(protocolUri: string, path: string, folderUri: string): ImageTarget | { refused: ImageRefusal } {
  const base = protocolUri.slice(0, protocolUri.lastIndexOf('/'));
  const folder = folderUri.replace(/\/+$/u, '');
  const segments = decodedSegments(base);
  if (!segments) return { refused: 'outside' };
  for (const part of path.split('/')) {
    if (part === '..') segments.pop();
    else if (part !== '.' && part !== '') segments.push(part);
  }
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/iu.exec(base)?.[0] ?? '';
  const uri = origin + segments.map((s) => (s === '' ? '' : encodeURIComponent(s))).join('/');
  if (!uri.startsWith(`${folder}/`) || segments.length <= (decodedSegments(folder)?.length ?? Infinity)) return { refused: 'outside' };
  const name = segments[segments.length - 1];
  const dot = name.lastIndexOf('.');
  const type = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!CARRIED_TYPES.has(type)) return { refused: 'type' };
  const relative = decodeURIComponent(uri.slice(folder.length + 1));
  const stem =
    name
      .slice(0, dot)
      .replace(/[^A-Za-z0-9_-]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 60) || 'bild';
  // The hash of the whole relative path keeps two `foto.jpg` of different sessions apart, the same name for the same file.
  return { uri, asset: `${stem}-${hash(relative)}.${type}` };
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

/** FNV-1a of the text as six base-36 digits: short, stable across machines and runs. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(-6);
}
