// Property tests of incremental parsing: after any sequence of random edits, reusing cached pieces gives exactly the full parse.
import { strict as assert } from 'node:assert';
import { cutPoints, parseMarkdown } from '../../server/src/core/syntax';
import { parseSession } from '../../server/src/core/syntax';
import { PieceCache } from '../../server/src/core/syntax';

/** A seeded PRNG, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Blocks that stress the cutter and the cache: fences, comments, loose lists, quotes, setext headings, CRLF. */
const BLOCKS = [
  '## Ergebnisse\n- Ein Ergebnis mit **Fettem** und `Code`\n- Noch eins 🎉',
  '## Nächste Schritte\n- [ ] Checkliste teilen @anna-schmidt bis 2017-02-28\n- [x] Folien @jörg 📅 2017-03-01',
  '## Teilnehmende\n- Anna Schmidt (Kreis Pinneberg)\n- Jörg Weiß',
  '### 10:30 Unterabschnitt\nText mit Umlauten: Größe, Übergang, Maß.',
  '# Titel der Session',
  '```\n## im Code\n\nText im Code\n```',
  '~~~~md\n## im Code\n~~~\n\n## immer noch Code\n~~~~',
  '<!--\n## im Kommentar\n\nnoch Kommentar\n-->',
  '- Liste\n\n- lose Liste\n\n  eingerückt weiter',
  '1. eins\n\n2. zwei',
  '> Zitat\n\n> zweites Zitat\nfaul weiter',
  '    eingerückter Code\n\n    noch Code',
  'Setext\n===',
  'Absatz eins.\n\nAbsatz zwei mit [Link](https://example.org).',
  '-\n\nnach leerem Punkt',
  '***',
  'Zeile\r\nmit CRLF\r\n\r\nund mehr',
];

/** Blocks after which the parser stops cutting (the rest is one piece); a quarter of the documents get one. */
const STOPPERS = ['<div>\n## im HTML\n\nnach Leerzeile\n</div>', '- a\n  ```\n## nach dem Zaun in der Liste\n\nb\n  ```', '[ref]: https://example.org\n\nSiehe [ref].'];

/** Snippets typed into a document: single characters, line breaks, and the markers that change block structure. */
const TYPED = ['x', 'ä', '🎉', ' ', '\n', '\n\n', '\r\n', '#', '## ', '- ', '  ', '> ', '```', '~~~', '<!--', '-->', '<div>', '---\n', '[ref]: /u\n', '@anna ', 'bis 2017-02-30', '- [ ] '];

/** A document of `min` to `max` random blocks, a third of them with frontmatter. */
function randomDocument(next: () => number, min: number, max: number): string {
  const head = next() < 0.3 ? '---\ntitle: Thema\nday: 1\n---\n\n' : '';
  const blocks = Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => BLOCKS[Math.floor(next() * BLOCKS.length)]);
  if (next() < 0.25) blocks.splice(Math.floor(next() * blocks.length), 0, STOPPERS[Math.floor(next() * STOPPERS.length)]);
  return head + blocks.join(next() < 0.7 ? '\n\n' : '\n');
}

/** One random edit: insert a snippet, delete a short range, or replace one with a snippet. */
function randomEdit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const kind = next();
  const snippet = TYPED[Math.floor(next() * TYPED.length)];
  if (kind < 0.6) return text.slice(0, at) + snippet + text.slice(at);
  const end = Math.min(text.length, at + 1 + Math.floor(next() * 12));
  return text.slice(0, at) + (kind < 0.85 ? '' : snippet) + text.slice(end);
}

describe('incremental parsing', () => {
  it('equals a full parse of the protocol after every edit of random edit sequences', function () {
    this.timeout(120_000);
    const next = random(11);
    let reused = 0;
    for (let run = 0; run < 40; run++) {
      // Long enough (mostly over 1 KB) that the parser cuts them, so pieces are cached and moved.
      let text = randomDocument(next, 15, 45);
      const cache = new PieceCache();
      for (let step = 0; step < 25; step++) {
        if (cache.size > 1) reused++;
        const incremental = parseSession(text, 'file:///p.session.md', cache);
        assert.deepEqual(incremental, parseSession(text, 'file:///p.session.md'), `run ${run} step ${step}: ${JSON.stringify(text)}`);
        text = randomEdit(text, next);
      }
    }
    assert.ok(reused > 500, `only ${reused} parses could reuse pieces: the test would prove little`);
  });

  it('equals the uncut tree when every possible cut is made and pieces are reused', function () {
    this.timeout(120_000);
    const next = random(5);
    let reused = 0;
    for (let run = 0; run < 40; run++) {
      let text = randomDocument(next, 4, 18);
      const cache = new PieceCache();
      for (let step = 0; step < 25; step++) {
        const before = cache.size;
        const pieces = parseMarkdown(text, 0, cache).children;
        assert.deepEqual(pieces, parseMarkdown(text, Number.MAX_SAFE_INTEGER).children, `run ${run} step ${step}: ${JSON.stringify(text)}`);
        if (before > 1 && cutPoints(text, 0).length > 1) reused++;
        text = randomEdit(text, next);
      }
    }
    assert.ok(reused > 200, `only ${reused} parses could reuse pieces: the test would prove little`);
  });

  it('reparses only the piece an edit touched', () => {
    const section = (i: number) => `## Abschnitt ${i}\n- Punkt ${i}\n\nText ${i}.\n`;
    const text = Array.from({ length: 50 }, (_, i) => section(i)).join('\n');
    const cache = new PieceCache();
    parseSession(text, 'file:///p.session.md', cache);
    const edited = text.replace('Punkt 25', 'Punkt 25 und mehr');
    let parsed = 0;
    const counting = new Proxy(cache, {
      get: (target, key) => (key === 'take' ? (t: string) => target.take(t) ?? (parsed++, undefined) : Reflect.get(target, key, target)),
    });
    assert.deepEqual(parseSession(edited, 'file:///p.session.md', counting), parseSession(edited, 'file:///p.session.md'));
    assert.equal(parsed, 1);
  });

  it('keeps only the pieces of the latest version', () => {
    const cache = new PieceCache();
    const text = Array.from({ length: 30 }, (_, i) => `## Abschnitt ${i}\n- Punkt ${i}\n`).join('\n');
    parseSession(text, 'file:///p.session.md', cache);
    parseSession('# Kurz\n', 'file:///p.session.md', cache);
    assert.equal(cache.size, 1);
  });
});
