// Protocols over a limit: one clear diagnostic at the first line, the outline where possible, and never the super-linear parse.
import { strict as assert } from 'node:assert';
import { parseSettingsFor, outline, parseEventPlan, parseSession, validateSession } from '../../server/src/core';

const URI = 'file:///camp/x.session.md';

/** What a reviewer sees: the codes and lines of every diagnostic. */
function codes(text: string): Array<[string, number]> {
  return validateSession(parseSession(text, URI), { others: [], language: 'en' }).map((d) => [d.code, d.range.start.line]);
}

function nestedList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
}

const HEAD = '---\ntitle: Feindliche Datei\n---\n\n# Feindliche Datei\n\n## Ergebnisse\n';

const cases: Array<{ name: string; text: string; expected: Array<[string, number]>; message?: RegExp }> = [
  { name: 'nested lists, 1,000 levels', text: HEAD + nestedList(1000), expected: [['too-complex', 0]], message: /Line 1\d+ nests more than 100 lists/u },
  { name: 'one line of 2,000 list markers', text: HEAD + '- '.repeat(2000) + 'x', expected: [['too-complex', 0]], message: /nests more than 100/u },
  { name: 'block quotes 500 deep', text: HEAD + '> '.repeat(500) + 'x', expected: [['too-complex', 0]] },
  { name: 'nested emphasis in one 60 KB line', text: HEAD + '- ' + '*a '.repeat(10000) + ' a*'.repeat(10000), expected: [['too-complex', 0]], message: /more than 1000 emphasis marks/u },
  { name: '100,000 list items', text: HEAD + '- x\n'.repeat(100000), expected: [['too-complex', 0]], message: /more than 10000 list items/u },
  { name: 'larger than 5 MB', text: HEAD + 'Text '.repeat(1_200_000), expected: [['too-large', 0]], message: /too large to check \(5\.7 MB, at most 5 MB\)/u },
];

describe('limits: hostile protocols get one diagnostic and no super-linear parse', function () {
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(codes(c.text), c.expected);
      if (c.message) {
        const [diagnostic] = validateSession(parseSession(c.text, URI), { others: [], language: 'en' });
        assert.match(diagnostic.message, c.message);
      }
    });
  }

  it('keeps the outline of a too complex protocol: its topic and headings', () => {
    const protocol = parseSession(HEAD + nestedList(300) + '\n\n## Nächste Schritte\n- [ ] etwas @anna', URI);
    assert.equal(protocol.topic?.value, 'Feindliche Datei');
    assert.deepEqual(
      protocol.sections.map((s) => s.heading),
      ['Ergebnisse', 'Nächste Schritte'],
    );
    assert.equal(outline(protocol)[0].name, 'Feindliche Datei');
  });

  it('reads everything up to the limits', () => {
    const deep = HEAD + nestedList(100) + '\n\n## Nächste Schritte\n- keine\n';
    assert.deepEqual(codes(deep), []);
    assert.equal(parseSession(deep, URI).findings.length, 1);
    assert.deepEqual(codes(HEAD + '- *a* '.repeat(400) + '\n\n## Nächste Schritte\n- keine\n'), []);
  });

  it("takes the size limit from the event's barcamp.json, within what readers take", () => {
    const plan = (limits: unknown) => parseEventPlan(JSON.stringify({ name: 'Camp', limits }), 'file:///camp/barcamp.json').plan;
    const text = HEAD + 'Text '.repeat(40_000);
    const [diagnostic] = validateSession(parseSession(text, URI, undefined, parseSettingsFor(plan({ maxFileSizeMB: 0.1 }))), { others: [], language: 'en' });
    assert.match(diagnostic.message, /too large to check \(0\.2 MB, at most 0\.1 MB\)/u);
    assert.equal(plan({ maxFileSizeMB: 100 })?.maxFileSizeMB, undefined, 'more than any reader takes is ignored');
    assert.equal(plan({ maxFileSizeMB: 'viel' })?.maxFileSizeMB, undefined);
    assert.equal(parseSettingsFor(plan({ maxFileSizeMB: 12 })).maxChars, 12 * 1024 * 1024);
  });

  it('words the limit in German too', () => {
    const [diagnostic] = validateSession(parseSession(HEAD + '- x\n'.repeat(10001), URI), { others: [], language: 'de' });
    assert.match(diagnostic.message, /mehr als 10000 Listenpunkte \(der letzte gezählte in Zeile 10008\)/u);
  });
});
