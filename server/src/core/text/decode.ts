// Turns the bytes of a file into text: UTF-8 or UTF-16 by byte-order mark, never throwing, and tells binary files apart.

/** The decoded text of a file, or the reason it is not text. */
export interface DecodedText {
  text: string;
  /** True when the bytes look like a binary file (NUL bytes in the first 8 KiB of a non-UTF-16 file). */
  binary: boolean;
}

/**
 * Decodes file content. Invalid UTF-8 sequences become U+FFFD instead of failing, so a protocol with
 * one broken byte still opens; the caller decides what to say about binary files.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: stripBom(new TextDecoder(utf16).decode(bytes)), binary: false };
  const head = bytes.subarray(0, 8192);
  return { text: stripBom(new TextDecoder('utf-8').decode(bytes)), binary: head.includes(0) };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** TextDecoder keeps or drops the BOM depending on options; strip it explicitly for one behaviour everywhere. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
