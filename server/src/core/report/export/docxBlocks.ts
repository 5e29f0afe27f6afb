// Word blocks from protocol Markdown (paragraphs, lists, quotes, code, tables, links) and the small builders the document is made of.
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import type { Definition, List, ListItem, PhrasingContent, RootContent, Table as MarkdownTable } from 'mdast';
import type { Language } from '../../model';
import { isComment } from '../../syntax';
import { reportTexts } from '../reportTexts';
import { collectDefinitions } from './markdownHtml';
import { isPlainLine, isRemote, markdownTree, safeUrl } from './safeMarkdown';

const MONOSPACE = 'Consolas';
/** A4 with docx's default margins of one inch: the width tables share out (twentieths of a point). */
export const TEXT_WIDTH = 9026;
/** Indentation per list level and per block quote, and the hanging indent of a list marker (twips). */
const LIST_INDENT = 720;
const MARKER_HANGING = 360;
const QUOTE_INDENT = 567;
/** Word's deepest list level (0-based). */
const MAX_LEVEL = 8;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

export type Block = Paragraph | Table;

/** How text is marked while walking inline Markdown. */
export interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  /** Inside a hyperlink: Word cannot nest them, so a link or web image in here stays text. */
  link?: boolean;
}

/** Where a piece of protocol Markdown stands in the document. */
export interface Env {
  language: Language;
  definitions: ReadonlyMap<string, Definition>;
  /** Added to a Markdown heading's depth to give its Word heading level. */
  headingShift: number;
  /** The list level a paragraph stands at; -1 outside lists. */
  level: number;
  /** How many block quotes the paragraph stands in. */
  quotes: number;
  /** The document's lists so far: each list is its own Word numbering instance, so every numbered list counts from its own start. */
  lists: { count: number };
}

// ——— Protocol Markdown → Word ———

/**
 * Protocol or event.md Markdown as Word blocks, parsed as protocols are (markdownTree: GFM tables and task
 * lists, the text as a paragraph should parsing fail). Headings move by `headingShift` levels.
 */
export function markdownBlocks(markdown: string, env: Env, headingShift: number): Block[] {
  const text = String(markdown ?? '');
  // Most items are one plain line: a paragraph of the text as it stands, without a parse.
  if (isPlainLine(text)) return [paragraph([run(text)], env)];
  const tree = markdownTree(text);
  return flow(tree.children, { ...env, headingShift, definitions: collectDefinitions(tree) });
}

function flow(nodes: readonly RootContent[], env: Env): Block[] {
  return nodes.flatMap((node) => block(node, env));
}

function block(node: RootContent, env: Env): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inlines(node.children, env), env)];
    case 'heading':
      return [markdownHeading(inlines(node.children, env), node.depth + env.headingShift, env)];
    case 'thematicBreak':
      return [paragraph([], env, { thematicBreak: true })];
    case 'blockquote':
      return flow(node.children, { ...env, quotes: env.quotes + 1 });
    case 'list':
      return listBlocks(node, env);
    case 'code':
      return [codeBlock(node.value, env)];
    case 'html':
      // A comment is a template's hint, shown by no renderer; other raw HTML is shown as the text it is, never interpreted.
      return isComment(node) ? [] : [paragraph([run(node.value)], env)];
    case 'table':
      return markdownTable(node, env);
    case 'definition':
      return [];
    default:
      return unknownBlock(node, env);
  }
}

/** Node types the parser does not produce today (footnotes, or inline content out of place) keep their text. */
function unknownBlock(node: RootContent, env: Env): Block[] {
  if ('children' in node) {
    const children = node.children as RootContent[];
    return children.every(isPhrasing) ? [paragraph(inlines(children as PhrasingContent[], env), env)] : flow(children, env);
  }
  return 'value' in node && typeof node.value === 'string' ? [paragraph([run(node.value)], env)] : [];
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference']);

function isPhrasing(node: RootContent): boolean {
  return PHRASING.has(node.type);
}

/** A protocol heading: a Word heading (in the navigation pane) where one fits, else a bold paragraph; inside lists and quotes always the latter. */
function markdownHeading(children: ParagraphChild[], level: number, env: Env): Paragraph {
  if (level >= 1 && level <= HEADINGS.length && env.level < 0 && env.quotes === 0) return new Paragraph({ heading: HEADINGS[level - 1], children });
  return paragraph(children, env, { keepNext: true, style: 'Strong' });
}

/** One paragraph, indented for the list level and block quotes it stands in; a quote also gets a rule on its left. */
function paragraph(children: ParagraphChild[], env: Env, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  const left = env.quotes * QUOTE_INDENT + (env.level >= 0 ? (env.level + 1) * LIST_INDENT : 0);
  const border = env.quotes > 0 ? { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 8 } } : undefined;
  return new Paragraph({ children, ...(left > 0 ? { indent: { left } } : {}), ...(border ? { border } : {}), ...options });
}

/** A list item's first paragraph with a bullet at the level the list stands at; the tag index and the unscheduled sessions use it too. */
export function bulletParagraph(children: ParagraphChild[], env: Env): Paragraph {
  const level = Math.min(MAX_LEVEL, env.level + 1);
  return paragraph(children, env, { bullet: { level }, indent: markerIndent(level, env.quotes) });
}

/** Where a list item's text starts (its continuation lines too); its marker hangs to the left of that. */
function markerIndent(level: number, quotes: number): { left: number; hanging: number } {
  return { left: quotes * QUOTE_INDENT + (level + 1) * LIST_INDENT, hanging: MARKER_HANGING };
}

/** Bullets, numbers (from the list's own start) or ☐/☑ for task items; nested lists one level deeper. */
function listBlocks(list: List, env: Env): Block[] {
  const level = Math.min(MAX_LEVEL, env.level + 1);
  const instance = ++env.lists.count;
  return list.children.flatMap((item) => listItemBlocks(item, list, { ...env, level }, instance));
}

function listItemBlocks(item: ListItem, list: List, env: Env, instance: number): Block[] {
  const [first, ...rest] = item.children;
  const lead = first?.type === 'paragraph' ? inlines(first.children, env) : [];
  const box = typeof item.checked === 'boolean' ? [run(item.checked ? '☑ ' : '☐ ')] : [];
  const marker = box.length > 0 ? {} : list.ordered ? { numbering: { reference: orderedList(list.start), level: env.level, instance } } : { bullet: { level: env.level } };
  const head = paragraph([...box, ...lead], env, { ...marker, indent: markerIndent(env.level, env.quotes) });
  return [head, ...flow(first?.type === 'paragraph' ? rest : item.children, env)];
}

/** A numbered list counting from `start` (as written: `3.` starts at 3), one definition per start value. */
function orderedList(start: number | null | undefined): NumberingDefinition {
  const from = Math.min(32767, Math.max(0, Math.trunc(Number(start ?? 1)) || 0));
  const levels = Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start: from,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: (level + 1) * LIST_INDENT, hanging: MARKER_HANGING } } },
  }));
  return { reference: `barcamp-ordered-${from}`, levels };
}

/** A code block: monospace on a grey ground, its lines as written (a tab as four spaces: Word's tab stops would move them). */
function codeBlock(value: string, env: Env): Paragraph {
  const lines = String(value ?? '').split(/\r\n?|\n/u);
  const children = lines.map((line, i) => new TextRun({ text: clean(line.replace(/\t/gu, '    ')), font: MONOSPACE, ...(i > 0 ? { break: 1 } : {}) }));
  return paragraph(children, env, { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } });
}

/** A GFM table as a Word table: its first row the head, columns aligned as written; ragged rows padded. */
function markdownTable(node: MarkdownTable, env: Env): Block[] {
  const [head, ...body] = node.children;
  if (!head) return [];
  const cellEnv: Env = { ...env, level: -1, quotes: 0 };
  // A loop, not a spread: a protocol's table may have 100,000 rows, more arguments than a call takes.
  const columns = node.children.reduce((most, row) => Math.max(most, row.children.length), 1);
  const cells = (row: typeof head, marks: Marks) =>
    Array.from({ length: columns }, (_, i) => [new Paragraph({ alignment: alignment(node.align?.[i]), children: row.children[i] ? inlines(row.children[i].children, cellEnv, marks) : [] })]);
  return [
    wordTable(
      cells(head, { bold: true }),
      body.map((row) => cells(row, {})),
      Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns)),
    ),
  ];
}

function alignment(align: string | null | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  return align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : undefined;
}

function inlines(nodes: readonly PhrasingContent[], env: Env, marks: Marks = {}): ParagraphChild[] {
  return nodes.flatMap((node) => inline(node, env, marks));
}

function inline(node: PhrasingContent, env: Env, marks: Marks): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return [run(node.value, marks)];
    case 'emphasis':
      return inlines(node.children, env, { ...marks, italics: true });
    case 'strong':
      return inlines(node.children, env, { ...marks, bold: true });
    case 'delete':
      return inlines(node.children, env, { ...marks, strike: true });
    case 'inlineCode':
      return [run(node.value, { ...marks, code: true })];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'link':
      return link(node.url, node.children, env, marks);
    case 'linkReference': {
      const definition = env.definitions.get(node.identifier.toLowerCase());
      return definition ? link(definition.url, node.children, env, marks) : [run('[', marks), ...inlines(node.children, env, marks), run(']', marks)];
    }
    case 'image':
      return image(node.url, node.alt, env, marks);
    case 'imageReference':
      return image(env.definitions.get(node.identifier.toLowerCase())?.url, node.alt, env, marks);
    case 'html':
      return isComment(node) ? [] : [run(node.value, marks)];
    default:
      return unknownInline(node, env, marks);
  }
}

function unknownInline(node: PhrasingContent, env: Env, marks: Marks): ParagraphChild[] {
  if ('children' in node) return inlines(node.children as PhrasingContent[], env, marks);
  return 'value' in node && typeof node.value === 'string' ? [run(node.value, marks)] : [];
}

/** A hyperlink for a web or mail address; any other target (javascript:, file:, a relative path) leaves the words as text. */
function link(url: string | null | undefined, children: PhrasingContent[], env: Env, marks: Marks): ParagraphChild[] {
  const target = marks.link ? undefined : webUrl(url);
  if (!target) return inlines(children, env, marks);
  const content = inlines(children, env, { ...marks, link: true });
  return [new ExternalHyperlink({ link: target, children: content.length > 0 ? content : [run(target, { ...marks, link: true })] })];
}

/** `[Bild: Flipchart]`: the docx embeds no images yet; one from the web links to it. */
function image(url: string | null | undefined, alt: string | null | undefined, env: Env, marks: Marks): ParagraphChild[] {
  const label = reportTexts(env.language).image(plain(alt || url || ''));
  const target = url && isRemote(url) && !marks.link ? webUrl(url) : undefined;
  return target ? [new ExternalHyperlink({ link: target, children: [run(label, { ...marks, link: true })] })] : [run(label, marks)];
}

/** The address when Word may link to it: http, https or mailto, as safeUrl encodes it. */
function webUrl(url: string | null | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe !== undefined && /^(?:https?|mailto):/iu.test(safe) ? clean(safe) : undefined;
}

// ——— Small builders ———

/** A heading of the report's own (1: parts, 2: days, sessions, owners, 3: a session's sections). */
export function heading(text: string, level: number): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1], children: [run(plain(text))] });
}

export function textParagraph(text: string, marks: Marks = {}): Paragraph {
  return new Paragraph({ children: [run(plain(text), marks)] });
}

/** A run of text; a line break in Markdown text (a soft break) reads as a space, as in every renderer. */
export function run(text: string, marks: Marks = {}): TextRun {
  return new TextRun({
    text: clean(String(text ?? '').replace(/\r\n?|\n/gu, ' ')),
    ...(marks.bold ? { bold: true } : {}),
    ...(marks.italics ? { italics: true } : {}),
    ...(marks.strike ? { strike: true } : {}),
    ...(marks.code ? { font: MONOSPACE } : {}),
    ...(marks.link ? { style: 'Hyperlink' } : {}),
  });
}

/**
 * A Word table filling the text width: the head row bold on grey and marked as the table's header, so
 * Word repeats it on every page; every row as wide as the widest (Word needs a paragraph in every cell,
 * and one after a nested table).
 */
export function wordTable(head: Array<string | Paragraph[]>, rows: Block[][][], widths: number[]): Table {
  const columns = rows.reduce((most, r) => Math.max(most, r.length), head.length);
  const headCells = head.map((cell) => (typeof cell === 'string' ? [textParagraph(cell, { bold: true })] : cell));
  const row = (cells: Block[][], isHead: boolean) =>
    new TableRow({
      tableHeader: isHead,
      children: Array.from({ length: columns }, (_, i) => {
        const content = cells[i] ?? [];
        const children = content.length === 0 || content[content.length - 1] instanceof Table ? [...content, new Paragraph({})] : content;
        return new TableCell({ children, ...(isHead ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}) });
      }),
    });
  const columnWidths = Array.from({ length: columns }, (_, i) => widths[i] ?? Math.floor(TEXT_WIDTH / columns));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths, rows: [row(headCells, true), ...rows.map((r) => row(r, false))] });
}

/** Plain text (a title, a name, a tag) on one line. */
export function plain(text: string): string {
  return clean(String(text ?? ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** What XML 1.0 forbids (Word refuses the whole file for one of them): C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

export function clean(text: string): string {
  return text.replace(NOT_XML, '');
}
