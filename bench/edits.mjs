// A seeded script of editor keystrokes in the middle of a long protocol: typing in paragraphs, new lines, new list items, backspace.
import { rng } from './corpus.mjs';

/** Offset of every line start; `\r\n`, `\n` and a lone `\r` end a line, as in LSP. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Applies one LSP content change `{ range, text }` to `text`. */
export function applyChange(text, change) {
  const starts = lineStarts(text);
  const at = (p) => starts[p.line] + p.character;
  return text.slice(0, at(change.range.start)) + change.text + text.slice(at(change.range.end));
}

/** The end of line `line` (before its line break), as an LSP position. */
function endOf(text, starts, line) {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > starts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { line, character: end - starts[line] };
}

/**
 * `count` keystrokes as LSP changes, each valid on the text the previous ones produced. Bursts move the
 * cursor to a line between 40 % and 60 % of the document (a paragraph or a list item) and type there.
 */
export function keystrokes(text, count, seed = 7) {
  const r = rng(seed);
  const changes = [];
  let doc = text;
  let cursor;
  const push = (change) => {
    changes.push(change);
    doc = applyChange(doc, change);
  };
  while (changes.length < count) {
    const starts = lineStarts(doc);
    const wantList = r.chance(0.4);
    let line = Math.floor(starts.length * (0.4 + 0.2 * r()));
    for (let tries = 0; tries < 200 && (doc.slice(starts[line], starts[line] + 2) === '- ') !== wantList; tries++) line++;
    cursor = endOf(doc, starts, Math.min(line, starts.length - 1));
    const kind = r();
    if (kind < 0.2) {
      // Enter, then a new list item or a new sentence.
      push({ range: { start: cursor, end: cursor }, text: '\n' });
      cursor = { line: cursor.line + 1, character: 0 };
      for (const ch of wantList ? '- neu' : 'Neu') {
        push({ range: { start: cursor, end: cursor }, text: ch });
        cursor = { line: cursor.line, character: cursor.character + 1 };
      }
    } else {
      let last = 0;
      for (const ch of ` ${r.pick(['Größe', 'Übergang', 'idea', 'klären', 'next'])}${r.chance(0.2) ? ' 🎉' : ''}`) {
        if (changes.length >= count) break;
        push({ range: { start: cursor, end: cursor }, text: ch });
        cursor = { line: cursor.line, character: cursor.character + ch.length };
        last = ch.length;
      }
      // Backspace removes the last character typed (two UTF-16 units for an emoji).
      if (r.chance(0.3) && last > 0 && changes.length < count) {
        const start = { line: cursor.line, character: cursor.character - last };
        push({ range: { start, end: cursor }, text: '' });
      }
    }
  }
  return changes.slice(0, count);
}

/**
 * `count` edits that change a line's kind, as LSP changes in pairs that leave the text as it was: at the
 * start of a top-level list line (`- ` or `* `) between 40 % and 60 % of the document, either the marker
 * is deleted and typed again (`- foo` → ` foo` → `- foo`) or an `x` is typed before it and deleted
 * (`- foo` → `x- foo` → `- foo`). The item becomes a paragraph (or, after another item, a lazy
 * continuation of that item's paragraph) and then an item again. Each pair picks, at even odds, the first
 * item of a list or a later one at or after a random line of that range.
 */
export function kindChanges(text, count, seed = 11) {
  const r = rng(seed);
  const changes = [];
  let doc = text;
  const push = (change) => {
    changes.push(change);
    doc = applyChange(doc, change);
  };
  const isItem = (starts, line) => /^[-*] /u.test(doc.slice(starts[line], starts[line] + 2));
  // A list line after a blank line starts its list: without its marker it is a paragraph of its own.
  const startsList = (starts, line) => line === 0 || /^[\r\n]*$/u.test(doc.slice(starts[line - 1], starts[line]));
  while (changes.length < count) {
    const starts = lineStarts(doc);
    const wantFirst = r.chance(0.5);
    let line = Math.floor(starts.length * (0.4 + 0.2 * r()));
    let tries = 0;
    while (tries++ < 2000 && line < starts.length - 1 && !(isItem(starts, line) && startsList(starts, line) === wantFirst)) line++;
    if (!isItem(starts, line)) throw new Error('kindChanges: no list line between 40 % and 60 % of the document');
    const at = { line, character: 0 };
    const after = { line, character: 1 };
    if (r.chance(0.5)) {
      const marker = doc[starts[line]];
      push({ range: { start: at, end: after }, text: '' });
      push({ range: { start: at, end: at }, text: marker });
    } else {
      push({ range: { start: at, end: at }, text: 'x' });
      push({ range: { start: at, end: after }, text: '' });
    }
  }
  return changes.slice(0, count);
}
