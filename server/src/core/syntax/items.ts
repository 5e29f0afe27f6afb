// Reads the items of a section from mdast nodes: list items, or paragraphs when the section has no list.
import type { Nodes, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { LineIndex } from '../text';
import type { ImageRef, Item, Participant, Range, SectionKind } from '../model';
import { collapseWhitespace } from '../text';

/** A section item together with the mdast node it came from, for kind-specific readers (next steps). */
export interface RawItem {
  item: Item;
  node: ListItem | Paragraph;
  /** Offsets of the item's own content (without its list marker, checkbox and nested lists). */
  ownStart: number;
  ownEnd: number;
}

/**
 * The items of a section's content. Every list item of every top-level list counts (also below `###`
 * sub-headings); nested lists stay part of their parent item's Markdown. Only when the section has no
 * list at all does each paragraph count as one item, so an intro line above a list is not an item.
 * Empty items are skipped.
 */
export function readItems(nodes: RootContent[], index: LineIndex): RawItem[] {
  const listItems = nodes.flatMap((n) => (n.type === 'list' ? n.children : []));
  const sources: Array<ListItem | Paragraph> = listItems.length > 0 ? listItems : nodes.filter((n): n is Paragraph => n.type === 'paragraph');
  const items: RawItem[] = [];
  for (const node of sources) {
    const raw = toRawItem(node, index);
    if (raw && raw.item.markdown.trim() !== '') items.push(raw);
  }
  return items;
}

/** Kinds whose items are listed on their own (names, steps): of their other blocks only the rest is shown as written. */
export function listsItems(kind: SectionKind): boolean {
  return kind === 'participants' || kind === 'nextSteps' || kind === 'active' || kind === 'interested';
}

/**
 * The blocks of a section's content that readItems does not read as items (an intro line above a list, a
 * table, a sub-heading), without HTML comments: what a report that lists the items itself shows beside them.
 */
export function otherBlocks(nodes: RootContent[]): RootContent[] {
  const itemType = nodes.some((n) => n.type === 'list') ? 'list' : 'paragraph';
  return nodes.filter((n) => n.type !== itemType && !isComment(n));
}

/**
 * An HTML comment alone (a template's placeholder hint): not content, and shown by no renderer. The first
 * `-->` must be its end, so `<!-- a --><script>…<!-- b -->` is not one.
 */
export function isComment(node: Nodes): boolean {
  return node.type === 'html' && /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/u.test(node.value);
}

function toRawItem(node: ListItem | Paragraph, index: LineIndex): RawItem | undefined {
  const [start, end] = offsets(node);
  if (start === undefined || end === undefined) return undefined;
  const own: Nodes[] = node.type === 'listItem' ? node.children.filter((c) => c.type !== 'list') : [node];
  const contentNodes: Nodes[] = node.type === 'listItem' ? node.children : [node];
  const contentStart = offsets(contentNodes[0])[0] ?? end;
  const ownStart = offsets(own[0])[0] ?? contentStart;
  const ownEnd = offsets(own[own.length - 1])[1] ?? ownStart;
  const item: Item = {
    text: collapseWhitespace(own.map(plainText).join(' ')),
    markdown: index.text.slice(contentStart, end),
    range: index.rangeAt(start, end),
  };
  return { item, node, ownStart, ownEnd };
}

/** Splits `Name (Organisation)` into name and organisation. */
export function toParticipant(item: Pick<Item, 'text' | 'range'>): Participant {
  const m = /^(.+?)\s*\(([^()]*)\)$/u.exec(item.text);
  const name = (m ? m[1] : item.text).trim();
  const org = m?.[2].trim();
  return org ? { name, org, range: item.range } : { name, range: item.range };
}

/** Number words from one to twenty, German and English, as counts are written. */
export const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  [
    ['ein eine einer eins one', 1],
    ['zwei two', 2],
    ['drei three', 3],
    ['vier four', 4],
    ['fünf fuenf five', 5],
    ['sechs six', 6],
    ['sieben seven', 7],
    ['acht eight', 8],
    ['neun nine', 9],
    ['zehn ten', 10],
    ['elf eleven', 11],
    ['zwölf zwoelf twelve', 12],
    ['dreizehn thirteen', 13],
    ['vierzehn fourteen', 14],
    ['fünfzehn fuenfzehn fifteen', 15],
    ['sechzehn sixteen', 16],
    ['siebzehn seventeen', 17],
    ['achtzehn eighteen', 18],
    ['neunzehn nineteen', 19],
    ['zwanzig twenty', 20],
  ].flatMap(([words, n]) => (words as string).split(' ').map((w) => [w, n as number])),
);

/** A line that is about people without names: marked anonymous, or counting (`weitere`, `ohne Namen`, `alle …`). */
const ANONYMOUS = /\b(?:ohne namensnennung|nicht namentlich|anonym(?:e|er|es|en)?|anonymous|ungenannt|unnamed)\b/iu;
const COUNTING = /(?:^|\s)(?:\+|sowie|plus|ca\.?|circa|etwa|rund|ungefähr|about|around|approx\.?|alle|all)(?=\s|$)|\b(?:weitere[nr]?|more|others?|ohne namen|without names?)\b/iu;
const COUNT = new RegExp(`(?:^|[\\s(+~])(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})(?=[\\s).,;]|$)`, 'iu');

/**
 * What one line of a participants section says: the people it names (`Anna Schmidt, Jörg Müller` are
 * two; `Name (Organisation)` keeps the organisation; commas inside parentheses do not separate), or how
 * many it counts without names (`sowie 6 weitere Teilnehmende`, `+ 12 weitere`, `alle zehn Studierenden`,
 * `ca. 12 ohne Namen`), or one person who is not to be named (`möchte nicht namentlich genannt werden`).
 * A counted or anonymous person never becomes a named one.
 */
export function readParticipants(item: Item): { people: Participant[]; unnamed: number } {
  // `- + 12 weitere` nests a list in the item: its words are then only in the Markdown.
  const text = item.text.trim() || item.markdown.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/u, '').trim();
  const anonymous = ANONYMOUS.test(text);
  if (anonymous || COUNTING.test(text)) {
    const count = COUNT.exec(text)?.[1]?.toLowerCase();
    const n = count === undefined ? undefined : /^\d+$/u.test(count) ? Number(count) : NUMBER_WORDS[count];
    if (n !== undefined) return { people: [], unnamed: n };
    if (anonymous) return { people: [], unnamed: 1 };
  }
  const people = splitNames(text)
    .filter((name) => name !== '')
    .map((name) => toParticipant({ text: name, range: item.range }));
  return { people: people.length > 0 ? people : [toParticipant(item)], unnamed: 0 };
}

/** The names of a line, split at `,` and `;` outside parentheses. */
function splitNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      names.push(current.trim());
      current = '';
    } else current += ch;
  }
  names.push(current.trim());
  return names;
}

/**
 * The images a protocol shows from files of its own: `![alt](path)` and `![alt][ref]` whose definition is
 * a path, not a web address (`https:`, `//host`), a `data:` URL or any other scheme. Only a text with `![`
 * is walked: the walk costs more than the check, and most protocols have no image.
 */
export function readImages(root: Root, index: LineIndex): ImageRef[] {
  if (!index.text.includes('![')) return [];
  const definitions = new Map<string, string>();
  const found: Array<{ node: Nodes; url: string }> = [];
  const visit = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    else if (node.type === 'image') found.push({ node, url: node.url });
    else if (node.type === 'imageReference') found.push({ node, url: `\u0000${node.identifier.toLowerCase()}` });
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(root);
  const images: ImageRef[] = [];
  for (const { node, url: key } of found) {
    const url = key.startsWith('\u0000') ? definitions.get(key.slice(1)) : key;
    const path = url === undefined ? undefined : localPath(url);
    if (url !== undefined && path !== undefined) images.push({ url, path, range: nodeRange(node, index, index.rangeAt(0, 0)) });
  }
  return images;
}

/** The relative path an image address names, percent-decoded; undefined for a web address, a scheme, a root path or nothing. */
function localPath(url: string): string | undefined {
  const bare = url.trim().replace(/[?#].*$/su, '');
  if (bare === '' || /^[a-z][a-z0-9+.-]*:|^[\\/]/iu.test(bare)) return undefined;
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** The text of a node without Markup: inline code keeps its content, images their alt text, blocks are joined by a space. */
export function plainText(node: Nodes | undefined): string {
  if (!node) return '';
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'html':
    case 'definition':
      return '';
    case 'code':
      return node.value;
  }
  if ('children' in node) {
    const block = node.type !== 'paragraph' && node.type !== 'heading' && !isInline(node.children[0]);
    return (node.children as Nodes[]).map(plainText).join(block ? ' ' : '');
  }
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

function isInline(node: Nodes | undefined): boolean {
  return !!node && ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'break', 'html'].includes(node.type);
}

/** Start and end offsets of a node, when it has a position. */
export function offsets(node: Nodes | undefined): [number | undefined, number | undefined] {
  return [node?.position?.start.offset, node?.position?.end.offset];
}

/** The range of a node, or `fallback` when it has no position. */
export function nodeRange(node: Nodes, index: LineIndex, fallback: Range): Range {
  const [start, end] = offsets(node);
  return start === undefined || end === undefined ? fallback : index.rangeAt(start, end);
}
