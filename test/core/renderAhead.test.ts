// Renderings made ahead of time (in the report job's thread) must change nothing but the speed of the export.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SessionIndex } from '../../server/src/core';
import { aggregateEvent, prepareRendered, renderAll, type EventReport } from '../../server/src/core/report';
import type { ReportBlock, ReportItem, ReportSession } from '../../server/src/core/report';
import { inlineMarkdownToHtml, markdownToHtml } from '../../server/src/core/report';
import { neutralizeMarkdown } from '../../server/src/core/report';
import { parseSessionTree } from '../../server/src/core/syntax';
import { escapeHtml, isPlainLine, markdownTree } from '../../server/src/core/report';

/** A seeded PRNG, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Every step and block of a prepared session that was rendered ahead, checked against rendering its Markdown now; returns how many. */
function assertRenderedAsNow(text: string): number {
  const { session } = prepareRendered(parseSessionTree(text, 'file:///x.session.md'), {});
  const blocks = blocksOf(session);
  for (const block of blocks) {
    assert.ok(block.rendered, `block not rendered ahead: ${JSON.stringify(block.markdown)}`);
    assert.equal(block.rendered.html, markdownToHtml(block.markdown, 2, session.imageAssets), `${JSON.stringify(block.markdown)} in ${JSON.stringify(text)}`);
    assert.equal(block.rendered.markdown ?? block.markdown, neutralizeMarkdown(block.markdown, 2, session.imageAssets), `${JSON.stringify(block.markdown)} in ${JSON.stringify(text)}`);
  }
  const items: ReportItem[] = session.nextSteps;
  for (const item of items) {
    if (!item.rendered) {
      assert.ok(isPlainLine(item.markdown), `not rendered ahead: ${JSON.stringify(item.markdown)}`);
      continue;
    }
    assert.equal(item.rendered.html, inlineMarkdownToHtml(item.markdown), `${JSON.stringify(item.markdown)} in ${JSON.stringify(text)}`);
    assert.equal(item.rendered.markdown ?? item.markdown, neutralizeMarkdown(item.markdown), `${JSON.stringify(item.markdown)} in ${JSON.stringify(text)}`);
  }
  return items.filter((item) => item.rendered).length + blocks.length;
}

/** The intro and every section's shown blocks: what the exporters show as written. */
function blocksOf(session: Pick<ReportSession, 'intro' | 'sections'>): ReportBlock[] {
  return [...(session.intro ? [session.intro] : []), ...session.sections.flatMap((s) => (s.shown ? [s.shown] : []))];
}

/** Characters that matter to Markdown somewhere, and ordinary ones, to build lines from. */
const ALPHABET = [...'aZä1 9.)#>-+=*_`~[]()!<>&;\\|:/@\t\u00a0\u0000\r\n'].concat(['🎉', 'ß', '²', '\u2028', '&amp;', 'http://x.y', '1.', '10)']);

const ITEMS = [
  'Ein Ergebnis mit **Fettem**, `Code` und [Link](https://example.org) 🎉',
  '<script>alert(1)</script> roh',
  '[böse](javascript:alert(1))',
  '```\nCode\n```',
  'Zeile mit zwei Leerzeichen  \nund Umbruch',
  '# Überschrift im Punkt',
  '- verschachtelt\n- Liste',
  '[ref]: https://example.org',
];

describe('report blocks and steps rendered ahead of time', () => {
  it('equal what the renderers make of each item on their own', () => {
    const text = [
      '# T',
      '## Ergebnisse',
      ...ITEMS.map((item) => `- ${item.replace(/\n/gu, '\n  ')}`),
      '## Nächste Schritte',
      '- [ ] Tun @anna bis 2017-02-28',
      '- [ ] *Tun* @anna',
      '## Offene Fragen',
      '- Wie?',
    ].join('\n');
    assert.ok(assertRenderedAsNow(text) >= 3);
  });

  it("are the same whether made from the protocol's own tree or by parsing each item again", () => {
    const next = random(11);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const items = [
      ...ITEMS,
      'Siehe [Quelle][q] und [q]',
      '[ ] kein Haken, nur Text',
      '[x] erledigt?',
      '**fett** am *Anfang*',
      'Text mit <b>HTML</b> & `Code`',
      'Ende mit Link [x](https://x.y)',
      '1. nummeriert im Punkt',
      '> Zitat im Punkt',
      'Émoji 🇩🇪 **fett**',
      'zwei  Leerzeichen *innen*',
      // Several lines, written as they follow the marker: `\n` continues at the item's column, `\n<` at column 0 (lazy).
      '**fett**\nweiter',
      'eins\n  tiefer *eingerückt*',
      'oben\n- unten *a*\n- unten b',
      'oben\n  - tiefer *a*\n    - am tiefsten',
      'erst\n\nnach *Leerzeile*',
      'erst\n\n      Code?',
      'faul *weiter*\n<ohne Einzug',
      'weiter\n    - vier tiefer *x*\n  - zwei tiefer',
      'Zeile mit *x*  \nUmbruch',
      'a <i>\nb',
      '[böse](javascript:x)\nzweite Zeile',
      'a\n2. keine Liste *x*',
      'a\n1. doch Liste *x*',
      '# *Titel*\nText',
      'a\n```\nCode\n```',
    ];
    for (let doc = 0; doc < 400; doc++) {
      const front = next() < 0.5 ? ['---', `title: ${pick(['Plan 🇩🇪', 'Größe 🙂', 'Schlicht'])}`, '---'] : [];
      const list = (n: number) =>
        Array.from({ length: n }, () => {
          const marker = pick(['-', '*', '+', '- [ ]', '1.', ' -', '10.']);
          const column = ' '.repeat(marker.length + 1);
          return `${marker} ${pick(items)
            .replace(/\n(?!\n|<)/gu, `\n${column}`)
            .replace(/\n</gu, '\n')}`;
        });
      const body = [
        ...front,
        '# T',
        '## Ergebnisse',
        ...list(1 + Math.floor(next() * 6)),
        '',
        pick(['', '[q]: https://example.org/q', '### Unterpunkt *a*', '| a | b |\n|---|:-:|\n| 1 | *2* |', '<!-- Hinweis -->', '> Zitat\n> weiter']),
        pick(['', '## Notizen', 'Notizen\n-------', '# Anhang', '## Fotos\n\n![Flipchart](bilder/flip.jpg)']),
        ...(next() < 0.5 ? [pick(items)] : list(2)),
        '## Offene Fragen',
        ...(next() < 0.3 ? [pick(items)] : list(3)),
      ];
      const text = (next() < 0.2 ? '\uFEFF' : '') + body.join('\n').replace(/\n/gu, pick(['\n', '\n', '\r\n', '\r']));
      assertRenderedAsNow(text);
    }
  });

  it('take the shortcut for a plain line only when the parser sees nothing but its text', () => {
    const next = random(7);
    let plain = 0;
    for (let i = 0; i < 20000; i++) {
      const length = 1 + Math.floor(next() * 12);
      const line = Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
      if (!isPlainLine(line)) continue;
      plain++;
      const tree = markdownTree(line);
      assert.equal(tree.children.length, 1, JSON.stringify(line));
      const paragraph = tree.children[0];
      assert.ok(paragraph.type === 'paragraph' && paragraph.children.length === 1, JSON.stringify(line));
      assert.deepEqual({ type: paragraph.children[0].type, value: (paragraph.children[0] as { value: string }).value }, { type: 'text', value: line });
      // With the shortcut taken, both renderers answer what they would answer after parsing.
      assert.equal(neutralizeMarkdown(line), line);
      assert.equal(inlineMarkdownToHtml(line), escapeHtml(line));
    }
    assert.ok(plain > 500, `only ${plain} plain lines generated`);
  });

  it('do not take the shortcut for lines the parser reads as more than text', () => {
    for (const line of ['1. Punkt', '2) Punkt', '# Titel', '- Punkt', '> Zitat', 'Text  ', 'a *b*', 'a `b`', 'a [b](c)', 'a <b>', 'a &amp; b', 'a\\b', 'a\nb', '    Code', ' a', '']) {
      assert.equal(isPlainLine(line), false, JSON.stringify(line));
    }
    for (const line of ['Checkliste teilen', 'Jörg Weiß 🎉', '2 Teilnehmende, 3 Fragen.', 'Größe: 10 m²', 'Frage? Ja!']) assert.equal(isPlainLine(line), true, line);
  });

  it('leave the demo event documentation byte for byte as it is, and are what the exporters use', () => {
    // Every session prepared with its items rendered ahead, as the report job does: the exporters only assemble.
    const folder = resolve('examples/demo-barcamp');
    const { plan } = new SessionIndex().setPlan(pathToFileURL(join(folder, 'barcamp.json')).toString(), readFileSync(join(folder, 'barcamp.json'), 'utf8'));
    const sessions = readdirSync(join(folder, 'sessions'))
      .filter((name) => name.endsWith('.session.md'))
      .map((name) => {
        const path = join(folder, 'sessions', name);
        return { prepared: prepareRendered(parseSessionTree(readFileSync(path, 'utf8'), pathToFileURL(path).toString()), { plan, today: '2017-03-01' }), problems: [] };
      });
    const report = aggregateEvent({ plan, sessions, today: '2017-03-01' });
    const items = (r: EventReport) => r.sessions.flatMap((s): Array<ReportItem | ReportBlock> => [...s.nextSteps, ...blocksOf(s)]);
    // Every block is rendered ahead; of the steps only those with Markup (plain lines need no parse).
    assert.ok(report.sessions.every((s) => blocksOf(s).every((block) => block.rendered)));
    assert.ok(items(report).filter((item) => item.rendered).length >= 20);
    const bare: EventReport = JSON.parse(JSON.stringify(report));
    for (const item of items(bare)) delete item.rendered;
    assert.deepEqual(renderAll(report), renderAll(bare));
    // Proof that the exporters do use them.
    for (const item of items(bare)) item.rendered = { html: 'FALSCH-HTML', markdown: 'FALSCH-MD' };
    const [markdown, html] = renderAll(bare);
    assert.match(markdown.content as string, /FALSCH-MD/);
    assert.match(html.content as string, /FALSCH-HTML/);
  });
});
