// Tests of session summaries (fields and anchor choice) and of the topic/tag search.
import { strict as assert } from 'node:assert';
import { parseSession } from '../../server/src/core/syntax';
import { searchSessions, summarize } from '../../server/src/core/syntax';
import type { SessionSummary } from '../../server/src/core/model';
import { lines, rangeOf } from './helpers';

const cases: Array<[string, string, Partial<SessionSummary>, string | undefined]> = [
  [
    'all fields, anchor on slot',
    lines('---', 'title: Datenschutz', 'day: 1', 'date: 26.01.2017', 'slot: "10:30"', 'room: Elbe', 'tags: [Recht, KI]', '---'),
    { topic: 'Datenschutz', day: 1, date: '2017-01-26', slot: '10:30', room: 'Elbe', tags: ['Recht', 'KI'] },
    '"10:30"',
  ],
  ['anchor on room without slot', lines('---', 'room: Elbe', '---', '# T'), { room: 'Elbe', slot: undefined, topic: 'T' }, 'Elbe'],
  ['anchor on topic without slot and room', lines('# Thema'), { topic: 'Thema', tags: [] }, 'Thema'],
  ['anchor at the start without anything', 'Text', { topic: undefined }, undefined],
  ['review status and action field', lines('---', 'title: T', 'status: Freigegeben', 'actionField: open-data', '---'), { status: 'approved', actionField: 'open-data' }, 'T'],
  ['no status for an unknown word', lines('---', 'title: T', 'status: fertig', '---'), { status: undefined, actionField: undefined }, 'T'],
];

describe('summarize', () => {
  for (const [name, text, expect, anchorText] of cases) {
    it(name, () => {
      const s = summarize(parseSession(text, 'file:///s.session.md'));
      assert.equal(s.uri, 'file:///s.session.md');
      for (const [key, value] of Object.entries(expect)) assert.deepEqual(s[key as keyof SessionSummary], value, key);
      const want = anchorText ? rangeOf(text, anchorText) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      assert.deepEqual(s.anchor, want);
      assert.deepEqual(JSON.parse(JSON.stringify(s)), s, 'summary must be plain JSON');
    });
  }
});

describe('summarize: people and next steps', () => {
  it('lists every mention with its role and key, and the next steps', () => {
    const text = lines(
      '---',
      'host: Anna Schmidt',
      'documenter: Leslie Czernik',
      '---',
      '## Teilnehmende',
      '- Norbert Weiß (Kreis)',
      '## Nächste Schritte',
      '- [x] Teilen @Anna-Schmidt bis 28.02.2017',
      '- Prüfen bis 2017-02-30',
    );
    const s = summarize(parseSession(text, 'file:///p.session.md'));
    assert.deepEqual(
      s.people.map((p) => [p.role, p.text, p.key]),
      [
        ['host', 'Anna Schmidt', 'anna-schmidt'],
        ['documenter', 'Leslie Czernik', 'leslie-czernik'],
        ['participant', 'Norbert Weiß', 'norbert-weiß'],
        ['owner', 'Anna-Schmidt', 'anna-schmidt'],
      ],
    );
    assert.deepEqual(s.people[3].range, rangeOf(text, '@Anna-Schmidt'));
    assert.deepEqual(
      s.nextSteps.map((n) => [n.text, n.owners, n.due, n.done]),
      [
        ['Teilen @Anna-Schmidt bis 28.02.2017', ['Anna-Schmidt'], '2017-02-28', true],
        ['Prüfen bis 2017-02-30', [], undefined, false],
      ],
    );
    assert.equal(s.host, 'Anna Schmidt');
    assert.equal(s.documenter, 'Leslie Czernik');
  });
});

describe('searchSessions', () => {
  const summary = (uri: string, topic: string | undefined, tags: string[]): SessionSummary => ({
    uri,
    topic,
    tags,
    people: [],
    nextSteps: [],
    anchor: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    topicRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  });
  const all = [summary('a', 'Datenschutz als Bremse?', ['Recht']), summary('b', 'Müllers Öffentlichkeit', ['KI', 'Verwaltung']), summary('c', undefined, [])];
  const table: Array<[string, string[]]> = [
    ['', ['a', 'b', 'c']],
    ['   ', ['a', 'b', 'c']],
    ['daten', ['a']],
    ['BREMSE', ['a']],
    ['muller', ['b']],
    ['öffentlich', ['b']],
    ['oeffentlich', []],
    ['ki', ['b']],
    ['recht', ['a']],
    ['e', ['a', 'b']],
    ['xyz', []],
  ];
  for (const [query, uris] of table)
    it(JSON.stringify(query), () =>
      assert.deepEqual(
        searchSessions(all, query).map((s) => s.uri),
        uris,
      ),
    );
});
