// Writes the sections read from a pad as the markup's Markdown: list items, steps with owners and due dates, people one per line.
import type { EventPlan, Language, SectionKind } from '../../model';
import { collapseWhitespace } from '../../text';
import { padStep } from './steps';
import { looksLikeName, matchPerson, nameOf, type MatchedPerson, type PeopleLookup } from './people';
import { MAX_HEURISTIC_LINE, nameAndNote, splitOutsideParens } from './scan';

/** One piece of a section: a list item, a paragraph of plain pad text, a block written as is, a Markdown line kept verbatim. */
export type PadEntry = { type: 'item'; depth: number; marker: string; text: string; line: number } | { type: 'para'; text: string } | { type: 'block'; text: string } | { type: 'raw'; text: string };

export interface PadSection {
  kind: SectionKind | 'intro';
  /** The heading line (`## Ergebnisse`, `# Zweiter Teil`); absent for the intro. */
  heading?: string;
  entries: PadEntry[];
}

export interface RenderContext {
  lookup: PeopleLookup;
  plan?: EventPlan;
  language: Language;
  /** A plain-text pad (Etherpad): its text is escaped where Markdown would read markup into it. */
  plainText: boolean;
  onPerson: (person: MatchedPerson, line: number) => void;
  onStep: (owners: MatchedPerson[], due: string | undefined, line: number) => void;
}

const PEOPLE_SECTIONS = new Set<PadSection['kind']>(['participants', 'active', 'interested']);

/** The section's lines: heading, a blank line, its entries; paragraphs and blocks apart by blank lines, list items together. */
export function renderSection(section: PadSection, ctx: RenderContext): string[] {
  const out: string[] = section.heading ? [section.heading, ''] : [];
  /** Where the text of the last item at each depth starts: a nested item is indented that far. */
  const offsets: number[] = [];
  let previous: PadEntry['type'] | undefined;
  for (const entry of section.entries) {
    // Blank lines before the first text (after a label taken into the frontmatter) would only pile up.
    if (entry.type === 'raw' && entry.text.trim() === '' && previous === undefined) continue;
    if (entry.type === 'raw') out.push(entry.text);
    else {
      if (previous !== undefined && previous !== 'raw' && !(previous === 'item' && entry.type === 'item')) out.push('');
      if (entry.type === 'item') out.push(...itemLines(entry, section.kind, offsets, ctx));
      else out.push(entry.type === 'para' && ctx.plainText ? escapeText(entry.text) : entry.text);
    }
    previous = entry.type;
  }
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  return out;
}

function itemLines(item: Extract<PadEntry, { type: 'item' }>, kind: PadSection['kind'], offsets: number[], ctx: RenderContext): string[] {
  const depth = Math.min(item.depth, offsets.length);
  const indent = ' '.repeat(depth === 0 ? 0 : offsets[depth - 1]);
  offsets.length = depth;
  offsets.push(indent.length + item.marker.length + 1);
  const text = ctx.plainText ? escapeText(item.text) : item.text;
  // An overlong item (a pasted blob, a long YAML value) is written as it is: no heuristic reads it.
  if (text.length > MAX_HEURISTIC_LINE) return [`${indent}${item.marker} ${text}`];
  if (depth === 0 && kind === 'nextSteps') {
    const step = padStep(text, ctx);
    ctx.onStep(step.owners, step.due, item.line);
    for (const owner of step.owners) ctx.onPerson(owner, item.line);
    return [`${item.marker} ${step.text}`];
  }
  if (depth === 0 && PEOPLE_SECTIONS.has(kind)) {
    const people = participantLines(text, ctx.lookup);
    if (people) {
      for (const { person } of people) ctx.onPerson(person, item.line);
      return people.map((p) => `${indent}${item.marker} ${p.line}`);
    }
  }
  return [`${indent}${item.marker} ${text}`];
}

/**
 * `Anna, Norbert (Stadt Kiel); Bob` as one line per person, named as the plan names them, the organisation
 * kept in parentheses; undefined when a part is no name (`sowie 6 weitere`), so the line stays as written.
 */
function participantLines(text: string, lookup: PeopleLookup): Array<{ line: string; person: MatchedPerson }> | undefined {
  const parts = splitOutsideParens(text).map(collapseWhitespace).filter(Boolean);
  const read = parts.map(nameAndNote);
  if (parts.length === 0 || read.some((m) => !m || !looksLikeName(m.name))) return undefined;
  return read.map((m) => {
    const person = matchPerson(m!.name, lookup);
    return { line: m!.note ? `${nameOf(person)} ${m!.note}` : nameOf(person), person };
  });
}

/**
 * Plain pad text as Markdown text: a line starting with `<` would open an HTML block (`<!--` without its end
 * would hide the rest of the protocol), so its `<` is escaped; everything else is written as typed.
 */
export function escapeText(text: string): string {
  return text.replace(/^(\s*)</u, '$1\\<');
}
