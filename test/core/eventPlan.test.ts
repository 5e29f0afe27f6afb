// Data-driven tests of barcamp.json reading, the nearest-plan lookup and slugify.
import { strict as assert } from 'node:assert';
import { parseEventPlan } from '../../server/src/core/event';
import { nearestEventPlan } from '../../server/src/core/event';
import { slugify, foldForSearch } from '../../server/src/core/text';
import { lines } from './helpers';

const URI = 'file:///event/barcamp.json';

/** Parses `json` and compares the listed parts of the plan (or the error). */
function check(json: string, expect: Record<string, unknown>): void {
  const result = parseEventPlan(json, URI);
  if ('error' in expect) {
    assert.equal(result.plan, undefined);
    const e = expect.error as { line?: number; character?: number; message?: RegExp };
    assert.ok(result.error, 'error expected');
    if (e.line !== undefined) assert.equal(result.error.line, e.line, 'line');
    if (e.character !== undefined) assert.equal(result.error.character, e.character, 'character');
    if (e.message) assert.match(result.error.message, e.message);
    return;
  }
  assert.equal(result.error, undefined, result.error?.message);
  const plan = result.plan as unknown as Record<string, unknown>;
  assert.equal(plan.uri, URI);
  for (const [key, value] of Object.entries(expect)) assert.deepEqual(plan[key], value, key);
}

const cases: Array<[string, string, Record<string, unknown>]> = [
  [
    'full plan',
    JSON.stringify({
      name: 'Barcamp Pinneberg 2017',
      language: 'de',
      days: [
        { day: 1, date: '2017-01-26' },
        { day: 2, date: '27.01.2017' },
      ],
      rooms: ['Elbe', { name: 'Alster' }],
      slots: ['10:30', { start: '11:30' }, { time: '13:00' }],
      people: [{ id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg' }, { name: 'Norbert Weiß' }],
      rules: { 'unknown-room': 'error', 'missing-findings': 'off' },
      output: { folder: 'out', formats: ['html', 'csv'] },
    }),
    {
      name: 'Barcamp Pinneberg 2017',
      language: 'de',
      days: [
        { day: 1, date: '2017-01-26' },
        { day: 2, date: '2017-01-27' },
      ],
      rooms: ['Elbe', 'Alster'],
      slots: ['10:30', '11:30', '13:00'],
      people: [
        { id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg' },
        { id: 'norbert-weiß', name: 'Norbert Weiß' },
      ],
      rules: { 'unknown-room': 'error', 'missing-findings': 'off' },
      output: { folder: 'out', formats: ['html', 'csv'] },
    },
  ],
  ['empty object: every list present', '{}', { days: [], rooms: [], slots: [], people: [], rules: {}, output: {}, name: undefined, language: undefined }],
  ['BOM is accepted', '\uFEFF{"name":"X"}', { name: 'X' }],
  ['language tags are reduced; unknown dropped', '{"language":"en-GB"}', { language: 'en' }],
  ['unknown language', '{"language":"fr"}', { language: undefined }],
  ['unknown rule codes and settings are dropped', '{"rules":{"nope":"error","unknown-room":"loud","unknown-slot":"hint","missing-topic":3}}', { rules: { 'unknown-slot': 'hint' } }],
  ['wrong shapes are ignored', '{"days":"x","rooms":{"a":1},"slots":null,"people":7,"rules":[],"output":"x"}', { days: [], rooms: [], slots: [], people: [], rules: {}, output: {} }],
  [
    'malformed entries are skipped, numbers coerced',
    '{"rooms":["A",null,"",101,{"x":1},"A"],"slots":[930,{"start":null}],"people":[{},{"org":"X"},"Bob Baum",{"id":"@zoe"}]}',
    {
      rooms: ['A', '101'],
      slots: ['930'],
      people: [
        { id: 'bob-baum', name: 'Bob Baum' },
        { id: 'zoe', name: '@zoe' },
      ],
    },
  ],
  [
    'days: bare dates and numbers, invalid dates dropped',
    '{"days":["2017-01-26",{"day":"2","date":"2017-02-30"},3,{"date":"28.01.2017"},1.5]}',
    {
      days: [{ day: 1, date: '2017-01-26' }, { day: 2 }, { day: 3 }, { day: 4, date: '2017-01-28' }],
    },
  ],
  ['formats as a single string', '{"output":{"formats":"html"}}', { output: { formats: ['html'] } }],
  ['syntax error: trailing comma, position of the brace', lines('{', '  "name": "X",', '}'), { error: { line: 2, character: 0, message: /JSON/u } }],
  ['syntax error: truncated file points at the end', lines('{', '  "rooms": ["Elbe"'), { error: { line: 1, character: 18 } }],
  ['empty file', '', { error: { line: 0, character: 0 } }],
  ['root is not an object', '[1, 2]', { error: { line: 0, character: 0, message: /object/u } }],
  ['null root', 'null', { error: {} }],
];

describe('parseEventPlan', () => {
  for (const [name, json, expect] of cases) it(name, () => check(json, expect));

  it('never throws', () => {
    for (const input of ['\u0000', '{"days":[{"day":{}}]}', '{"__proto__":{"x":1}}', undefined as unknown as string, '9'.repeat(10000)]) {
      const result = parseEventPlan(input, URI);
      assert.ok(result.plan || result.error);
    }
  });
});

describe('nearestEventPlan', () => {
  const table: Array<[string, string[], string | undefined]> = [
    ['file:///a/b/x.session.md', ['file:///a/barcamp.json', 'file:///a/b/barcamp.json'], 'file:///a/b/barcamp.json'],
    ['file:///a/b/c/x.session.md', ['file:///a/b/barcamp.json', 'file:///a/barcamp.json'], 'file:///a/b/barcamp.json'],
    ['file:///a/b2/x.session.md', ['file:///a/b/barcamp.json'], undefined],
    ['file:///a/b2/x.session.md', ['file:///a/b/barcamp.json', 'file:///a/barcamp.json'], 'file:///a/barcamp.json'],
    ['file:///x.session.md', ['file:///a/barcamp.json'], undefined],
    ['file:///x.session.md', ['file:///barcamp.json'], 'file:///barcamp.json'],
    ['file:///c%3A/ev/x.session.md', ['file:///C:/ev/barcamp.json'], 'file:///C:/ev/barcamp.json'],
    ['file:///a/b/x.session.md', [], undefined],
    ['file:///a/b/x.session.md', ['untitled:barcamp.json'], undefined],
  ];
  for (const [session, plans, want] of table) {
    it(`${session} in [${plans.join(', ')}]`, () => assert.equal(nearestEventPlan(session, plans), want));
  }
});

describe('slugify and foldForSearch', () => {
  const slugs: Array<[string, string]> = [
    ['Anna Schmidt', 'anna-schmidt'],
    ['Norbert Weiß', 'norbert-weiß'],
    ['  Leslie   Czernik ', 'leslie-czernik'],
    ['Dr. Jörg Müller-Lüdenscheidt', 'dr-jörg-müller-lüdenscheidt'],
    ['Zoë (Gast)', 'zoë-gast'],
    ['a.b c_d', 'a.b-c_d'],
    ['', ''],
  ];
  for (const [name, slug] of slugs) it(`slugify(${JSON.stringify(name)})`, () => assert.equal(slugify(name), slug));
  it('foldForSearch drops case and diacritics', () => assert.equal(foldForSearch('Müller ÉCOLE'), 'muller ecole'));
});
