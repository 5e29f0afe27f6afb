// A new session protocol: the file name from the topic and the skeleton in the event's language.
import { toIsoDate } from '../text';
import { CANONICAL_HEADINGS } from '../syntax';
import type { Language, Position } from '../model';
import { collapseWhitespace, slugify } from '../text';
import { yamlScalar } from '../text';

export interface SkeletonInput {
  topic: string;
  /** As picked or typed: a day number (`1`) or a date (`2017-01-26`, `26.01.2017`). */
  day?: string;
  slot?: string;
  room?: string;
  language: Language;
}

export interface SessionSkeleton {
  /** The file is `<fileStem>.session.md`. */
  fileStem: string;
  text: string;
  /** The first findings bullet, where the documenter starts writing. */
  cursor: Position;
}

/** Long enough to tell topics apart, short enough for every file system and a tab title. */
const MAX_STEM = 60;

/**
 * The file name stem for a topic: its slug (lowercase, words joined by `-`, letters and digits of any
 * script kept), without leading dots (hidden files) and cut at a word boundary; `session` when nothing is left.
 */
export function sessionFileStem(topic: string): string {
  let stem = slugify(topic)
    .replace(/^[.\-_]+/u, '')
    .replace(/\.+/gu, '.');
  if (stem.length > MAX_STEM) {
    const cut = stem.slice(0, MAX_STEM);
    stem = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
  }
  stem = stem.replace(/[.\-_]+$/u, '');
  return stem === '' ? 'session' : stem;
}

/**
 * The skeleton of a protocol: frontmatter with the picked values, the `# topic` heading and the four
 * sections with empty bullets, headings in `language`. A typed day that is a date becomes `date:`.
 */
export function sessionSkeleton(input: SkeletonInput): SessionSkeleton {
  const topic = collapseWhitespace(String(input.topic ?? '')) || (input.language === 'de' ? 'Thema' : 'Topic');
  const h = CANONICAL_HEADINGS[input.language] ?? CANONICAL_HEADINGS.de;
  const lines = ['---', `title: ${yamlScalar(topic)}`, ...dayLines(input.day)];
  const slot = collapseWhitespace(input.slot ?? '');
  const room = collapseWhitespace(input.room ?? '');
  // A slot is always quoted: unquoted, YAML would read 10:30 as a number in base 60 in some parsers.
  if (slot) lines.push(`slot: ${JSON.stringify(slot)}`);
  if (room) lines.push(`room: ${yamlScalar(room)}`);
  lines.push('host:', 'documenter:', 'tags: []', '---', '', `# ${topic}`, '', `## ${h.participants}`, '- ', '', `## ${h.findings}`);
  const cursor = { line: lines.length, character: 2 };
  lines.push('- ', '', `## ${h.nextSteps}`, '- ', '', `## ${h.openQuestions}`, '- ', '');
  return { fileStem: sessionFileStem(topic), text: lines.join('\n'), cursor };
}

function dayLines(day: string | undefined): string[] {
  const value = collapseWhitespace(day ?? '');
  if (value === '') return [];
  if (/^\d{1,3}$/u.test(value)) return [`day: ${Number(value)}`];
  const iso = toIsoDate(value);
  if (iso) return [`date: ${iso}`];
  // Anything else is written as typed; the checks then say what is wrong with it.
  return [`day: ${yamlScalar(value)}`];
}
