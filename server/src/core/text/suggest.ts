// Did-you-mean: the known name closest to a misspelled one (Damerau-Levenshtein), or none when nothing is close enough.

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbours
 * (optimal string alignment): `titel` → `title` is one edit, as a typist would count it.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) rows[i][j] = i === 0 ? j : 0;
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/** How many edits still count as a typo: short words allow one, longer ones up to three. */
export function typoLimit(length: number): number {
  if (length <= 3) return 1;
  if (length <= 6) return 2;
  return 3;
}

/** Case, surrounding space and inner runs of space do not make a name different for suggesting. */
function fold(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** The only candidate that has `input` as one of its `-`/space separated words (`schmidt` → `anna-schmidt`). */
function uniqueWordMatch(input: string, candidates: readonly string[]): string | undefined {
  const hits = candidates.filter((c) =>
    fold(c)
      .split(/[-\s]+/)
      .includes(input),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The candidate the user most likely meant by `input`: the closest one within {@link typoLimit} edits
 * (case-insensitive; the first one wins a tie), else the single candidate containing `input` as a whole
 * word. Undefined when nothing fits — a far-fetched suggestion is worse than none. Never returns `input` itself.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const wanted = fold(input);
  if (wanted === '') return undefined;
  const others = [...new Set(candidates)].filter((c) => c !== input && fold(c) !== '');
  let best: string | undefined;
  let bestDistance = typoLimit(wanted.length) + 1;
  for (const candidate of others) {
    const folded = fold(candidate);
    const distance = editDistance(wanted, folded);
    // Fewer edits than either word has letters: otherwise `a` would "mean" `b`.
    if (distance < bestDistance && distance < Math.min(wanted.length, folded.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? uniqueWordMatch(wanted, others);
}
