// Decides, from raw text, which pieces of a protocol a summary needs: its topic heading, participants and next steps.
import { matchSectionKeyword } from './keywords';

/** A line that might be a heading of depth 1 or 2: ATX `#`/`##`, or a setext underline (also any `---`). */
const SECTION_LIKE = /^ {0,3}(?:#{1,2}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/u;
/** A `##` heading at column 0 whose text is plain: no markup, entity or escape could make it read differently. */
const PLAIN_SECTION = /^## +([^*_`[\]<>&\\!#~]*?)[ \t]*$/u;

/**
 * Skips pieces that cannot change a session's summary. The summary reads the first `#` heading and the
 * participants and next-steps sections. Pieces are grouped into segments, each starting at a piece whose
 * first line is a plain `##` heading (read from the raw text); a segment is skipped as a whole when that
 * heading names another kind of section and none of its pieces holds a line that could be a heading of
 * depth ≤ 2 (a setext underline, an ATX heading with markup, one inside a fence or comment — anything the
 * raw scan cannot judge). Skipping whole segments keeps every kept node in the section it belongs to,
 * so the summary equals the one of a full parse (a property test checks that).
 */
export class SummaryPieces {
  /** For each piece, in order: true when it must be parsed. */
  select(pieces: string[]): boolean[] {
    const keep = new Array<boolean>(pieces.length).fill(false);
    let segmentStart = 0;
    let needed = false;
    const close = (end: number) => keep.fill(needed, segmentStart, end);
    pieces.forEach((piece, i) => {
      const lines = piece.split(/\r\n|\r|\n/u);
      const heading = PLAIN_SECTION.exec(lines[0]);
      if (heading) {
        close(i);
        segmentStart = i;
        needed = summaryNeeds(heading[1]);
      }
      if (lines.some((line, n) => (n > 0 || !heading) && SECTION_LIKE.test(line))) needed = true;
    });
    close(pieces.length);
    return keep;
  }
}

/** Whether a section with this heading text feeds the summary (participants, next steps). */
function summaryNeeds(heading: string): boolean {
  const kind = matchSectionKeyword(heading.replace(/\s*:+$/u, ''))?.kind;
  return kind === 'participants' || kind === 'nextSteps';
}
