// Splits an event.md into the report's introduction and its closing ("Lessons learned"), both kept as Markdown.
import type { EventNotes } from './reportModel';

/** `##` headings that start the closing part; matched case-insensitively against the whole heading text. */
const CLOSING = /^(lessons?[ -]learned|fazit|rückblick|ruckblick|abschluss|schluss|ausblick|closing|conclusions?|wrap[ -]?up|retrospektive|retrospective)\b/iu;

/**
 * Reads event.md: a leading `# title` (the report has its own) and a frontmatter are dropped, the text up
 * to the first closing heading (`## Lessons learned`, `## Fazit`, …) is the introduction, the rest is
 * the closing with its heading as written. Line-based on purpose: a heading inside a fenced code block
 * is rare in an event note, and reading the Markdown twice would buy nothing the renderers do not redo.
 */
export function readEventNotes(text: string | undefined): EventNotes {
  const lines = stripHead(
    String(text ?? '')
      .replace(/^\uFEFF/u, '')
      .split(/\r\n|\r|\n/u),
  );
  const at = lines.findIndex((line) => CLOSING.test(headingText(line) ?? ''));
  const notes: EventNotes = {};
  const introduction = trimBlank(at < 0 ? lines : lines.slice(0, at));
  if (introduction) notes.introduction = introduction;
  if (at >= 0) {
    const markdown = trimBlank(lines.slice(at + 1));
    if (markdown) notes.closing = { heading: headingText(lines[at]) ?? '', markdown };
  }
  return notes;
}

/** The text of a `##` heading line, without the hashes, closing hashes and a trailing colon. */
function headingText(line: string): string | undefined {
  const m = /^ {0,3}##[ \t]+(.*?)[ \t]*#*[ \t]*$/u.exec(line);
  return m ? m[1].replace(/:$/u, '').trim() : undefined;
}

/** Drops a frontmatter block and the first `#` heading when they open the file. */
function stripHead(lines: string[]): string[] {
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/u.test(line));
    if (end > 0) start = end + 1;
  }
  while (start < lines.length && lines[start].trim() === '') start++;
  if (/^ {0,3}#[ \t]/u.test(lines[start] ?? '')) start++;
  return lines.slice(start);
}

function trimBlank(lines: string[]): string | undefined {
  const text = lines
    .join('\n')
    .replace(/^\s*\n/u, '')
    .trimEnd();
  return text.trim() === '' ? undefined : text;
}
