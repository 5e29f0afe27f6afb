// The Word file as a zip package: the same bytes for the same document, and the marker that tells a generated file from a person's.
import { Packer, type Document } from 'docx';
import { GENERATED_MARKER } from '../generatedMarker';

/**
 * The zip entry that marks a generated .docx. Zip files store entry names uncompressed, so
 * isGeneratedDocx finds it without inflating anything. The part is an XML file (the package's
 * `Default Extension="xml"` gives it a content type, which Word requires of every part) that nothing
 * refers to, so Word ignores it; Word drops it when it saves the file again, and a document saved so
 * counts as a person's, which is the safe side.
 */
export const DOCX_MARKER_PART = 'customXml/barcamp-sessions-generated.xml';

const MARKER_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<generated xmlns="urn:barcamp-sessions">${GENERATED_MARKER}</generated>\n`;

/**
 * Packs `build()`'s document with `overrides` (extra or replaced package parts, the marker among them)
 * into the same bytes for the same document: seeded ids, bookmarks counted per document, fixed zip times.
 */
export async function packDocx(build: () => Document, overrides: ReadonlyArray<{ path: string; data: string }>): Promise<Uint8Array> {
  const packed = sameEveryRun(() => {
    const doc = build();
    numberHeadingBookmarks(doc);
    // The library compiles the document (and draws its ids) before this call returns; only the zipping is asynchronous.
    return Packer.pack(doc, 'uint8array', false, [{ path: DOCX_MARKER_PART, data: MARKER_XML }, ...overrides]);
  });
  return withFixedZipTimes(await packed);
}

/**
 * Runs `build` with a seeded Math.random: the docx library draws the hyperlinks' relationship ids with it
 * (nanoid), and a document that changes with every run would be rewritten by every run. Synchronous, so
 * nothing else runs while the global is swapped; always restored.
 */
function sameEveryRun<T>(build: () => T): T {
  const random = Math.random;
  let seed = 0x2f6b1d3;
  // mulberry32: a small, well-spread generator; the ids need to be distinct, not secret.
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return build();
  } finally {
    Math.random = random;
  }
}

/**
 * The table of contents' bookmarks `_Toc1`, `_Toc2`, … counted per document: the library draws them from
 * a counter for the whole process, so a second document in one process (the language server, a test)
 * would get other names. Reaches into the library's body (pinned major version); without that body, nothing changes.
 */
function numberHeadingBookmarks(doc: Document): void {
  const body = (doc as unknown as { documentWrapper?: { document?: { body?: { headingBookmarkIds?: unknown } } } }).documentWrapper?.document?.body;
  if (body && typeof body.headingBookmarkIds === 'object') body.headingBookmarkIds = { get: (index: number) => index + 1 };
}

const LOCAL_ENTRY = 0x04034b50;

/**
 * The zip's entry times set to 1980-01-01 00:00 (the earliest a zip can say), in the local headers and
 * the central directory: the zipper stamps the clock into them. Changes a copy; bytes that are no zip stay as they are.
 */
function withFixedZipTimes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0) return out;
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0 && at + 46 <= end && view.getUint32(at, true) === DIRECTORY_ENTRY; i--) {
    view.setUint32(at + 12, 0x00210000, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === LOCAL_ENTRY) view.setUint32(local + 10, 0x00210000, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/**
 * True when `bytes` are a .docx renderDocx wrote: a zip file whose central directory lists
 * DOCX_MARKER_PART. Reads the directory only (the end of the file, then the names), inflates nothing,
 * and never throws; anything else (an empty file, a Word document a person saved) gives false.
 */
export function isGeneratedDocx(bytes: Uint8Array): boolean {
  if (!ArrayBuffer.isView(bytes)) return false;
  try {
    return zipEntryNames(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).includes(DOCX_MARKER_PART);
  } catch {
    return false;
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The entry names of a zip file's central directory; [] when the bytes end in no directory. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes, followed by a comment of up to 65,535 bytes.
  let end = bytes.length - 22;
  while (end >= 0 && end >= bytes.length - 22 - 0xffff && view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0 || end < bytes.length - 22 - 0xffff) return [];
  const names: string[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0 && at + 46 <= end && view.getUint32(at, true) === DIRECTORY_ENTRY; i--) {
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > end) break;
    names.push(String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}
