// summarizeText parses only the pieces a summary reads; on any document it must give exactly the summary of a full parse.
import { strict as assert } from 'node:assert';
import { parseSession, summarizeText } from '../../server/src/core/syntax';
import { summarize } from '../../server/src/core/syntax';

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Section headings of every kind, plain and with markup that only a parser reads correctly. */
const HEADINGS = ['## Teilnehmende', '## Nächste Schritte:', '## Ergebnisse', '## Offene Fragen', '## Diskussion', '## **Teilnehmende**',
  '## Next *steps*', '## Participants ##', '##\tAufgaben', '# Titel', '# **Titel** mit Markup', 'Setext-Titel\n===', 'Setext-Abschnitt\n---', '### Unterabschnitt',
  'Teilnehmende\n---', 'Nächste Schritte\n===', '## Ergebnisse &amp; Teilnehmende', '## Teilnehmende\\'];
const BODIES = ['- Anna Schmidt (Kreis Pinneberg)\n- Jörg Weiß', '- [ ] Checkliste @anna bis 2017-02-28\n- [x] Folien @jörg 📅 2017-02-30',
  'Ein Absatz mit `Code` und [Link](https://example.org).', '```\n## Teilnehmende\n- @im-code\n```', '<!--\n## Nächste Schritte\n-->',
  '> ## Nächste Schritte im Zitat\n> - [ ] @zitat', '- Punkt\n  ## Teilnehmende in der Liste\n  - @tief', '   ## eingerückt', 'Zeile\r\nmit CRLF', '***', '- keine',
  // Long enough that documents exceed the size below which nothing is cut (and so nothing skipped).
  Array.from({ length: 12 }, (_, i) => `- Ergebnis ${i}: etwas längerer Text über Verwaltung und Digitalisierung`).join('\n')];

function randomDocument(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const head = next() < 0.5 ? '---\ntitle: Thema\nroom: Elbe\nslot: "10:30"\nhost: Anna\n---\n\n' : '';
  const parts = Array.from({ length: 6 + Math.floor(next() * 30) }, () => (next() < 0.4 ? pick(HEADINGS) : pick(BODIES)));
  return head + parts.join(next() < 0.8 ? '\n\n' : '\n');
}

describe('summarizeText', () => {
  it('equals the summary of a full parse on random documents', function () {
    this.timeout(60_000);
    const next = random(23);
    let skipped = 0;
    for (let run = 0; run < 600; run++) {
      const text = randomDocument(next);
      if (text.length > 1024) skipped++;
      assert.deepEqual(summarizeText(text, 'file:///s.session.md'), summarize(parseSession(text, 'file:///s.session.md')), JSON.stringify(text));
    }
    assert.ok(skipped > 300, `only ${skipped} documents were long enough to be cut: the test would prove little`);
  });

  it('still finds what lies behind long sections it skips', () => {
    const findings = Array.from({ length: 300 }, (_, i) => `- Ergebnis ${i} mit **Text**`).join('\n');
    const text = `# Thema\n\n## Ergebnisse\n${findings}\n\n## Teilnehmende\n- Anna\n\n## Nächste Schritte\n- [ ] Tun @anna bis 2017-03-01\n`;
    const summary = summarizeText(text, 'file:///s.session.md');
    assert.deepEqual(summary, summarize(parseSession(text, 'file:///s.session.md')));
    assert.deepEqual([summary.topic, summary.people.map((p) => p.text), summary.nextSteps[0].due], ['Thema', ['Anna', 'anna'], '2017-03-01']);
  });
});
