// Nothing a documenter writes is lost: every section, the intro and every block's structure reach the Markdown, HTML and JSON documentation.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseSession, outline } from '../../server/src/core/syntax';
import { aggregateEvent, renderHtml, renderJson, renderMarkdown, type EventReport } from '../../server/src/core/report';
import { eventPlan } from './aggregate.helpers';
import { lines } from './helpers';

/** The event report of one protocol against the test plan, and its three documents. */
function documents(text: string): { report: EventReport; md: string; html: string; json: string } {
  const protocol = parseSession(text, 'file:///camp/sessions/a.session.md');
  const report = aggregateEvent({ plan: eventPlan(), sessions: [{ protocol, problems: [] }], folderUri: 'file:///camp' });
  return { report, md: renderMarkdown(report), html: renderHtml(report), json: renderJson(report) };
}

const CASES: Array<{ name: string; text: string; md: string[]; html: string[]; json?: Array<[kind: string, heading: string]> }> = [
  {
    name: 'free sections keep their own headings, in order, between the people of an action field',
    text: lines('# Zukunftswerkstatt', '## Aktive', '- Team Nord', '## Ergebnisse', '- eins', '## Interessenten', '- Kreis Süd', '## Daten & Methode', 'Umfrage unter 40 Ämtern.'),
    md: ['#### Aktive\n\n- Team Nord', '#### Ergebnisse\n\n- eins', '#### Interessenten\n\n- Kreis Süd', '#### Daten & Methode\n\nUmfrage unter 40 Ämtern.'],
    html: ['<h4>Aktive</h4>', '<h4>Daten &amp; Methode</h4>', '<p>Umfrage unter 40 Ämtern.</p>'],
    json: [
      ['active', 'Aktive'],
      ['findings', 'Ergebnisse'],
      ['interested', 'Interessenten'],
      ['notes', 'Daten & Methode'],
    ],
  },
  {
    name: 'text before the first section, above and below the title',
    text: lines('Vorab: Fotos im Ordner.', '', '# Thema', '', 'Einführung durch Anna.', '', '## Ergebnisse', '- eins'),
    md: ['Vorab: Fotos im Ordner.\n\nEinführung durch Anna.\n\n#### Ergebnisse'],
    html: ['<p>Vorab: Fotos im Ordner.</p>\n<p>Einführung durch Anna.</p>'],
  },
  {
    name: 'sub-headings at every level move below the session, ordered lists keep their start, nested lists stay nested',
    text: lines('# T', '## Ergebnisse', '### Gruppe A', '3. drei', '4. vier', '   - darunter', '#### Detail', '###### tief', 'Text'),
    md: ['##### Gruppe A\n3. drei\n4. vier\n   - darunter\n###### Detail\n###### tief\nText'],
    html: ['<h5>Gruppe A</h5>', '<ol start="3">', '<li>vier\n<ul>\n<li>darunter</li>', '<h6>Detail</h6>', '<h6>tief</h6>'],
  },
  {
    name: 'tables, quotes and code',
    text: lines('# T', '## Ergebnisse', '| Amt | Stimmen |', '|:--|--:|', '| Kiel | 12 |', '', '> Zitat der Ministerin', '', '```', 'code <b>', '```'),
    md: ['| Amt | Stimmen |\n|:--|--:|\n| Kiel | 12 |', '> Zitat der Ministerin', '```\ncode <b>\n```'],
    html: [
      '<th scope="col" class="align-left">Amt</th><th scope="col" class="align-right">Stimmen</th>',
      '<td class="align-left">Kiel</td>',
      '<blockquote>\n<p>Zitat der Ministerin</p>\n</blockquote>',
      '<pre><code>code &lt;b&gt;</code></pre>',
    ],
  },
  {
    name: 'a typo’d heading keeps its findings',
    text: lines('# T', '## Ergebnise', '- erstens', '- zweitens', '- drittens'),
    md: ['#### Ergebnisse\n\n- erstens\n- zweitens\n- drittens'],
    html: ['<li>drittens</li>'],
    json: [['findings', 'Ergebnise']],
  },
  {
    name: 'a table and an intro line in next steps are shown beside the steps',
    text: lines('# T', '## Nächste Schritte', 'Vereinbart wurde:', '', '- [ ] Liste teilen @anna-schmidt', '', '| Wer | Was |', '|---|---|', '| Kiel | Daten |'),
    md: ['- [ ] Liste teilen — Anna Schmidt\n\nVereinbart wurde:\n\n| Wer | Was |'],
    html: ['<p>Vereinbart wurde:</p>', '<td>Kiel</td>'],
  },
  {
    name: 'a second # heading opens a section of its own; placeholder comments stay out',
    text: lines('# T', '## Ergebnisse', '<!-- Was kam heraus? -->', '- eins', '# Anhang', 'Siehe Wiki.'),
    md: ['#### Anhang\n\nSiehe Wiki.'],
    html: ['<h4>Anhang</h4>\n<div class="written">\n<p>Siehe Wiki.</p>'],
  },
];

describe('every section is kept in the documentation', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { md, html, json } = documents(c.text);
      for (const part of c.md) assert.ok(md.includes(part), `Markdown lacks ${JSON.stringify(part)}:\n${md}`);
      for (const part of c.html) assert.ok(html.includes(part), `HTML lacks ${JSON.stringify(part)}`);
      assert.doesNotMatch(md + html, /Was kam heraus/u);
      if (c.json) {
        const data = JSON.parse(json) as { sessions: Array<{ sections: Array<{ kind: string; heading: string }> }> };
        assert.deepEqual(
          data.sessions[0].sections.map((s) => [s.kind, s.heading]),
          c.json,
        );
      }
    });
  }

  it('the outline shows sub-headings between the items where they stand', () => {
    const [session] = outline(parseSession(lines('# T', '## Ergebnisse', '- eins', '### Gruppe B', '- zwei'), 'file:///a.session.md'));
    assert.deepEqual(
      session.children[0].children.map((n) => [n.name, n.kind]),
      [
        ['eins', 'item'],
        ['Gruppe B', 'section'],
        ['zwei', 'item'],
      ],
    );
  });

  it('an empty # line opens a section of its own: what follows never slips into the intro unneutralized', () => {
    const { report, md, html } = documents(lines('# T', 'Intro', '## Notizen', '<script>alert(1)</script>', '#', 'Spät'));
    assert.equal(report.sessions[0].intro?.markdown, 'Intro');
    assert.doesNotMatch(md + html, /<script>/u);
    assert.match(md, /Spät/u);
  });

  it('a code fence left open is closed, so the next session is no code', () => {
    const protocol = parseSession(lines('# Offen', '## Notizen', '```', 'kein Ende'), 'file:///camp/sessions/a.session.md');
    const other = parseSession(lines('# Danach', '## Ergebnisse', '- eins'), 'file:///camp/sessions/b.session.md');
    const md = renderMarkdown(
      aggregateEvent({
        plan: eventPlan(),
        sessions: [
          { protocol, problems: [] },
          { protocol: other, problems: [] },
        ],
        folderUri: 'file:///camp',
      }),
    );
    assert.match(md, /```\nkein Ende\n```\n\n#### Nächste Schritte/u);
  });

  it('an image whose address is a property name of every object is no copy', () => {
    const { html, md } = documents(lines('# T', '## Fotos', '![x](constructor) ![y](__proto__)'));
    assert.doesNotMatch(html, /<img/u);
    assert.doesNotMatch(md, /!\[/u);
  });

  it('raw HTML in a free section is shown as text, never run', () => {
    const { md, html } = documents(lines('# T', '## Notizen', '<script>alert(1)</script>', '', 'a <img src=x onerror=alert(1)> b', '', '[x](javascript:alert(1))'));
    assert.doesNotMatch(html, /<script>alert|<img src=x|href="javascript/u);
    assert.doesNotMatch(md, /<script>|<img |\(javascript:/u);
  });
});

/** Words that need no escaping anywhere, unique per use, so finding one in a document proves where it came from. */
const word = (n: number) => `w${n.toString(36)}q`;

/** One block a documenter might write, built from unique words; `words` lists what must reach the documents. */
interface Block {
  markdown: string;
  words: string[];
}

function blockArbitrary(): fc.Arbitrary<(next: () => string) => Block> {
  const words = (count: number, next: () => string) => Array.from({ length: count }, next);
  return fc.oneof(
    fc.constant((next: () => string) => {
      const w = words(3, next);
      return { markdown: w.join(' '), words: w };
    }),
    fc.integer({ min: 1, max: 4 }).map((n) => (next: () => string) => {
      const w = words(n, next);
      return { markdown: w.map((x) => `- ${x}`).join('\n'), words: w };
    }),
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 20 })).map(([n, start]) => (next: () => string) => {
      const w = words(n, next);
      return { markdown: w.map((x, i) => `${start + i}. ${x}`).join('\n'), words: w };
    }),
    fc.constant((next: () => string) => {
      const w = words(3, next);
      return { markdown: `- ${w[0]}\n  - ${w[1]}\n    - ${w[2]}`, words: w };
    }),
    fc.integer({ min: 3, max: 6 }).map((depth) => (next: () => string) => {
      const w = words(1, next);
      return { markdown: `${'#'.repeat(depth)} ${w[0]}`, words: w };
    }),
    fc.constant((next: () => string) => {
      const w = words(4, next);
      return { markdown: `| ${w[0]} | ${w[1]} |\n|---|---|\n| ${w[2]} | ${w[3]} |`, words: w };
    }),
    fc.constant((next: () => string) => {
      const w = words(2, next);
      return { markdown: `> ${w[0]}\n> ${w[1]}`, words: w };
    }),
    fc.constant((next: () => string) => {
      const w = words(1, next);
      return { markdown: '```\n' + w[0] + '\n```', words: w };
    }),
  );
}

const HEADINGS = ['Ergebnisse', 'Resultate', 'Fazit', 'Offene Fragen', 'Notizen', 'Fotos', 'Forschungsfrage', 'Implikationen', 'Findings', 'Ergebnise'];

describe('property: every line of a protocol reaches the Markdown and JSON documentation', () => {
  it('holds for random sections, sub-headings, lists, tables, quotes, code and participant lines', () => {
    const section = fc.tuple(fc.constantFrom(...HEADINGS), fc.array(blockArbitrary(), { minLength: 0, maxLength: 4 }));
    const participant = fc.oneof(
      fc.constant((next: () => string) => ({ line: `- ${next()} ${next()}`, named: 1, unnamed: 0 })),
      fc.constant((next: () => string) => ({ line: `- ${next()} ${next()} (${next()})`, named: 1, unnamed: 0 })),
      fc.constant((next: () => string) => ({ line: `- ${next()} ${next()}, ${next()} ${next()}`, named: 2, unnamed: 0 })),
      fc.integer({ min: 1, max: 30 }).map((n) => () => ({ line: `- sowie ${n} weitere Teilnehmende`, named: 0, unnamed: n })),
      fc.constant(() => ({ line: '- Mitarbeiterin Bürgeramt (möchte nicht namentlich genannt werden)', named: 0, unnamed: 1 })),
    );
    fc.assert(
      fc.property(fc.array(blockArbitrary(), { maxLength: 2 }), fc.array(participant, { maxLength: 4 }), fc.array(section, { minLength: 1, maxLength: 5 }), (intro, people, sections) => {
        let n = 0;
        const next = () => word(n++);
        const expected: string[] = [];
        const out = ['---', 'title: Thema', '---'];
        for (const make of intro) {
          const block = make(next);
          out.push('', block.markdown);
          expected.push(...block.words);
        }
        let named = 0;
        let unnamed = 0;
        if (people.length > 0) {
          out.push('', '## Teilnehmende');
          for (const make of people) {
            const p = make(next);
            out.push(p.line);
            named += p.named;
            unnamed += p.unnamed;
          }
        }
        for (const [heading, blocks] of sections) {
          out.push('', `## ${heading}`);
          for (const make of blocks) {
            const block = make(next);
            out.push('', block.markdown);
            expected.push(...block.words);
          }
        }
        const text = out.join('\n');
        const { report, md, json } = documents(text);
        for (const w of expected) {
          assert.ok(md.includes(w), `${w} missing from the Markdown of:\n${text}`);
          assert.ok(json.includes(w), `${w} missing from the JSON of:\n${text}`);
        }
        const session = report.sessions[0];
        assert.equal(session.participants.length, named, text);
        assert.equal(session.participantCount, named + unnamed, text);
      }),
      { numRuns: 150, seed: 18 },
    );
  });
});
