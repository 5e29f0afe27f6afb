// Small text helpers shared by the core: person handles (slugs) and search folding.

/**
 * Turns a person's name into the handle used after `@`: lowercase, whitespace runs → `-`,
 * characters other than Unicode letters, digits, `-`, `_`, `.` dropped, and dots at the end of a
 * word dropped too (an abbreviation's dot would otherwise end the handle, which the owner syntax
 * treats as sentence punctuation). Umlauts and ß stay: 'Norbert Weiß' → 'norbert-weiß',
 * 'Dr. Jörg Müller-Lüdenscheidt' → 'dr-jörg-müller-lüdenscheidt'.
 */
export function slugify(name: string): string {
  return String(name ?? '')
    .toLowerCase()
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}\-_.]/gu, '').replace(/\.+$/u, ''))
    .filter((word) => word.length > 0)
    .join('-');
}

/** Lowercases and strips diacritics (via NFD), so 'Müller' and 'muller' match in a search. */
export function foldForSearch(s: string): string {
  return String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Collapses whitespace runs to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Shortens `s` to at most `max` characters, ending with '…' when cut. */
export function shorten(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, Math.max(0, max - 1)).trimEnd() + '…';
}

/**
 * The text with every character but line breaks turned into a space, keeping every offset: one space per
 * UTF-16 code unit, so an emoji (two units) leaves two. Offsets in the blanked text are offsets in `s`.
 */
export function blankOut(s: string): string {
  // Deliberately without the `u` flag: with it, a surrogate pair would become one space and shift every offset after it.
  return s.replace(/[^\r\n]/g, ' ');
}
