// Splits the YAML frontmatter off a session by hand (remark-frontmatter mis-parses an unclosed block) and reads its fields.
import { isMap, parseDocument, type Node as YamlNode } from 'yaml';
import type { LineIndex } from '../text';
import type { Frontmatter, FrontmatterField, Problem, Range } from '../model';

/** The frontmatter of one document and where the Markdown body begins. */
export interface FrontmatterSplit {
  frontmatter?: Frontmatter;
  problems: Problem[];
  /** Lines before this one belong to the frontmatter and must not be read as Markdown (0 when there is none). */
  bodyStartLine: number;
}

const OPEN = /^---[ \t]*$/u;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/u;

/**
 * Finds and parses the frontmatter of a (BOM-free) text. A block opens when line 0 is exactly `---`
 * and closes at the next `---` or `...` line. An unclosed block yields one `frontmatter-syntax`
 * problem on line 0, and only that line is withheld from Markdown, so the rest of the protocol still parses.
 */
export function splitFrontmatter(index: LineIndex): FrontmatterSplit {
  if (!OPEN.test(index.lineText(0))) return { problems: [], bodyStartLine: 0 };
  let close = -1;
  for (let line = 1; line < index.lineCount; line++) {
    if (CLOSE.test(index.lineText(line))) {
      close = line;
      break;
    }
  }
  if (close < 0) {
    const range = index.rangeAt(0, index.lineEnd(0));
    return {
      frontmatter: { range, fields: [], valid: false },
      problems: [{ code: 'frontmatter-syntax', range, args: { message: 'not closed' } }],
      bodyStartLine: 1,
    };
  }
  const range = index.rangeAt(0, index.lineEnd(close));
  const yamlStart = index.starts[1];
  const yamlEnd = index.starts[close];
  const closeRange = index.rangeAt(yamlEnd, index.lineEnd(close));
  const { fields, problems, valid } = parseYamlFields(index, yamlStart, yamlEnd, closeRange);
  return { frontmatter: { range, fields, valid }, problems, bodyStartLine: close + 1 };
}

/** Parses the YAML between the fences; every field keeps the ranges of its key and value. */
function parseYamlFields(index: LineIndex, start: number, end: number, closeRange: Range) {
  const fields: FrontmatterField[] = [];
  const problems: Problem[] = [];
  const source = index.text.slice(start, end);
  const toRange = (from: number, to: number): Range => index.rangeAt(start + from, start + to);
  const doc = parseDocument(source, { keepSourceTokens: true, prettyErrors: false });
  const error = doc.errors[0];
  // Fields that end before the first error are trustworthy; later ones may hold half-parsed text.
  let trustedEnd = Number.POSITIVE_INFINITY;
  if (error) {
    const from = Math.min(error.pos[0], source.length);
    const to = Math.min(Math.max(from, error.pos[1]), source.length);
    trustedEnd = from;
    // An error at the very end (an unclosed quote or bracket) is shown on the closing fence, where YAML noticed it.
    const range = from >= source.trimEnd().length ? closeRange : toRange(from, to);
    problems.push({ code: 'frontmatter-syntax', range, args: { message: error.message } });
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key as YamlNode | null;
      const value = pair.value as YamlNode | null;
      if (!key?.range || (value?.range ?? key.range)[1] >= trustedEnd) continue;
      const keyValue = toJs(key, doc);
      if (keyValue === null || keyValue === undefined || typeof keyValue === 'object') continue;
      const valueRange = value?.range ? toRange(value.range[0], value.range[1]) : toRange(key.range[1], key.range[1]);
      fields.push({ key: String(keyValue), value: value ? toJs(value, doc) : null, keyRange: toRange(key.range[0], key.range[1]), valueRange });
    }
  } else if (!error && doc.contents !== null && doc.contents !== undefined) {
    // A list or a lone scalar is valid YAML but not `key: value` fields.
    const [from, to] = doc.contents.range ?? [0, 0];
    const end = from + source.slice(from, to).trimEnd().length;
    problems.push({ code: 'frontmatter-syntax', range: toRange(from, end), args: { message: 'expected key: value fields' } });
  }
  return { fields, problems, valid: problems.length === 0 };
}

function toJs(node: YamlNode, doc: Parameters<YamlNode['toJS']>[0]): unknown {
  try {
    return node.toJS(doc);
  } catch {
    return null;
  }
}
