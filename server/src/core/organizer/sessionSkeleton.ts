// A new session protocol: the file name from the topic and the skeleton in the event's language.
import { toIsoDate } from '../text';
import { CANONICAL_HEADINGS } from '../syntax';
import type { Language, Position } from '../model';
import { collapseWhitespace, slugify } from '../text';
import { yamlFlowItem, yamlScalar } from '../text';

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
  const lines = frontmatterLines({ title: topic, day: input.day, slot: input.slot, room: input.room }, true);
  lines.push('', `# ${topic}`, '', `## ${h.participants}`, '- ', '', `## ${h.findings}`);
  const cursor = { line: lines.length, character: 2 };
  lines.push('- ', '', `## ${h.nextSteps}`, '- ', '', `## ${h.openQuestions}`, '- ', '');
  return { fileStem: sessionFileStem(topic), text: lines.join('\n'), cursor };
}

/** The frontmatter values a new protocol starts with (the skeleton's picks, or what an imported pad names). */
export interface FrontmatterValues {
  title: string;
  /** A day number (`1`) or a date (`2017-01-26`, `26.01.2017`), as {@link sessionSkeleton} takes it. */
  day?: string;
  slot?: string;
  room?: string;
  host?: string;
  documenter?: string;
  tags?: readonly string[];
  participants?: number;
}

/**
 * The frontmatter block (`---` … `---`) of a new protocol, in the order docs/markup.md lists the fields.
 * With `placeholders`, `host:`, `documenter:` and `tags: []` stand empty for the documenter to fill in.
 */
export function frontmatterLines(values: FrontmatterValues, placeholders: boolean): string[] {
  const lines = ['---', `title: ${yamlScalar(values.title)}`, ...dayLines(values.day)];
  const slot = collapseWhitespace(values.slot ?? '');
  const room = collapseWhitespace(values.room ?? '');
  // A slot is always quoted: unquoted, YAML would read 10:30 as a number in base 60 in some parsers.
  if (slot) lines.push(`slot: ${JSON.stringify(slot)}`);
  if (room) lines.push(`room: ${yamlScalar(room)}`);
  for (const key of ['host', 'documenter'] as const) {
    const value = collapseWhitespace(values[key] ?? '');
    if (value || placeholders) lines.push(value ? `${key}: ${yamlScalar(value)}` : `${key}:`);
  }
  const tags = (values.tags ?? []).map(collapseWhitespace).filter(Boolean);
  if (tags.length > 0 || placeholders) lines.push(`tags: [${tags.map(yamlFlowItem).join(', ')}]`);
  if (values.participants !== undefined) lines.push(`participants: ${values.participants}`);
  lines.push('---');
  return lines;
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
