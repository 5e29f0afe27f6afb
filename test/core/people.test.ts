// People across an event (core): the person at a position, references, definition, prepareRename and rename with barcamp.json.
import { strict as assert } from 'node:assert';
import type { LocationRef } from '../../server/src/core/editor';
import { personDefinition, personReferences, personTarget } from '../../server/src/core/editor';
import { personAt } from '../../server/src/core/event';
import { prepareRename, renamePerson } from '../../server/src/core/editor';
import { cursor, textAt } from './helpers';
import { applyPlan, PLAN_TEXT, PLAN_URI, session, testPlan } from './intelligence.helpers';
import { parseSession } from '../../server/src/core/syntax';

const A_URI = 'file:///camp/sessions/a.session.md';
const B_URI = 'file:///camp/sessions/b.session.md';

const A_MARKED = [
  '---',
  'title: A',
  'host: Anna Schmidt',
  'documenter: "Leslie Czernik"',
  '---',
  '# A',
  '## Teilnehmende',
  '- Anna Schmidt (Kreis Pinneberg)',
  '- Norbert Weiß',
  '- Max Muster',
  '## Nächste Schritte',
  '- [ ] Checkliste @anna-schmidt bis 2017-02-28',
  '- [ ] Vertrag @leslie @norbert-weiß',
  '- [x] Folien @max-muster',
].join('\n');
const B = session(B_URI, '---', 'title: B', 'host: Norbert Weiß', '---', '## Teilnehmer', '- **Anna** Schmidt', '- Max Muster', '## Aufgaben', '- [ ] Termin @anna-schmidt');

/** Document a with the cursor at the `|` put into `needle`, e.g. `@anna|-schmidt`. */
function aAt(needle: string) {
  const plain = needle.replace('|', '');
  const at = A_MARKED.indexOf(plain);
  assert.ok(at >= 0, needle);
  const { text, position } = cursor(A_MARKED.slice(0, at) + needle + A_MARKED.slice(at + plain.length));
  return { text, position, protocol: parseSession(text, A_URI) };
}

const A = session(A_URI, A_MARKED);
const SESSIONS = [A.summary, B.summary];
const TEXTS = { [A_URI]: A.text, [B_URI]: B.text };
const SOURCE = { plan: testPlan(), planText: PLAN_TEXT };

/** `file:line text` for each location, to compare readably. */
function show(locations: LocationRef[]): string[] {
  const texts: Record<string, string> = { ...TEXTS, [PLAN_URI]: PLAN_TEXT };
  return locations.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line} ${textAt(texts[l.uri], l.range)}`);
}

describe('people (core)', () => {
  const TABLE: Array<[string, string | undefined]> = [
    ['@anna|-schmidt', 'owner anna-schmidt'],
    ['|@anna-schmidt', 'owner anna-schmidt'],
    ['host: Anna Sch|midt', 'host Anna Schmidt'],
    ['"Leslie| Czernik"', 'documenter Leslie Czernik'],
    ['- Anna Schmidt (Kreis| Pinneberg)', undefined],
    ['- Norbert| Weiß', 'participant Norbert Weiß'],
    ['- [ ] Check|liste', undefined],
    ['title: |A', undefined],
  ];
  for (const [needle, expected] of TABLE) {
    it(`person at ${needle}: ${expected ?? 'none'}`, () => {
      const doc = aAt(needle);
      const found = personAt(doc.protocol, doc.text, doc.position);
      assert.equal(found && `${found.role} ${found.text}`, expected);
      if (found) assert.equal(textAt(doc.text, found.range), found.text);
    });
  }

  it('references: barcamp.json, then every mention in every session, by handle and by name', () => {
    const doc = aAt('@anna|-schmidt');
    const target = personTarget(doc.protocol, doc.text, doc.position, SOURCE.plan);
    assert.ok(target);
    assert.deepEqual(show(personReferences(target, SESSIONS, TEXTS, SOURCE, true)), [
      'barcamp.json:10 "anna-schmidt"',
      'a.session.md:2 Anna Schmidt',
      'a.session.md:7 Anna Schmidt',
      'a.session.md:11 anna-schmidt',
      // "**Anna** Schmidt" is not written literally: the whole item is the best range there is.
      'b.session.md:5 - **Anna** Schmidt',
      'b.session.md:8 anna-schmidt',
    ]);
    assert.equal(personReferences(target, SESSIONS, TEXTS, SOURCE, false).length, 5);
  });

  it('definition: the entry in barcamp.json, else where the session names the person', () => {
    const anna = aAt('host: Anna Sch|midt');
    const annaTarget = personTarget(anna.protocol, anna.text, anna.position, SOURCE.plan);
    assert.ok(annaTarget);
    assert.deepEqual(show(personDefinition(annaTarget, A_URI, SESSIONS, TEXTS, SOURCE)), ['barcamp.json:10 "anna-schmidt"']);
    const max = aAt('@max|-muster');
    const maxTarget = personTarget(max.protocol, max.text, max.position, SOURCE.plan);
    assert.ok(maxTarget);
    assert.deepEqual(show(personDefinition(maxTarget, A_URI, SESSIONS, TEXTS, SOURCE)), ['a.session.md:9 Max Muster']);
  });

  it('prepareRename: the handle without @, or a message where there is no person', () => {
    const doc = aAt('@leslie|');
    const check = prepareRename(doc.protocol, doc.text, doc.position, 'de');
    assert.ok('range' in check);
    assert.equal(check.placeholder, 'leslie');
    assert.equal(textAt(doc.text, check.range), 'leslie');
    const prose = aAt('Check|liste');
    const refused = prepareRename(prose.protocol, prose.text, prose.position, 'en');
    assert.ok('error' in refused && refused.error.startsWith('Only people can be renamed'));
  });
});

describe('rename (core)', () => {
  function rename(needle: string, newName: string) {
    const doc = aAt(needle);
    const target = personTarget(doc.protocol, doc.text, doc.position, SOURCE.plan);
    assert.ok(target, needle);
    return renamePerson({ target, newName, sessions: SESSIONS, texts: TEXTS, ...SOURCE, language: 'de' });
  }
  const lineOf = (text: string, n: number) => text.split('\n')[n];

  it('a handle: every owner mention and the id in barcamp.json', () => {
    const result = rename('@anna|-schmidt', '@anna-meyer');
    assert.ok('edit' in result);
    const a = applyPlan(A.text, result.edit, A_URI);
    assert.equal(lineOf(a, 11), '- [ ] Checkliste @anna-meyer bis 2017-02-28');
    assert.equal(lineOf(a, 2), 'host: Anna Schmidt', 'names stay when a handle is renamed');
    assert.equal(lineOf(applyPlan(B.text, result.edit, B_URI), 8), '- [ ] Termin @anna-meyer');
    assert.equal(lineOf(applyPlan(PLAN_TEXT, result.edit, PLAN_URI), 10), '    { "id": "anna-meyer", "name": "Anna Schmidt", "org": "Kreis Pinneberg" },');
  });

  it('a name whose handle is derived from it: names, handles and the name in barcamp.json', () => {
    const result = rename('- Norbert| Weiß', 'Norbert Weis');
    assert.ok('edit' in result);
    const a = applyPlan(A.text, result.edit, A_URI);
    assert.equal(lineOf(a, 8), '- Norbert Weis');
    assert.equal(lineOf(a, 12), '- [ ] Vertrag @leslie @norbert-weis');
    assert.equal(lineOf(applyPlan(B.text, result.edit, B_URI), 2), 'host: Norbert Weis');
    assert.equal(lineOf(applyPlan(PLAN_TEXT, result.edit, PLAN_URI), 11), '    { "name": "Norbert Weis", "org": "Stadt Kiel" },');
  });

  it('a name with an explicit id: handles stay, quotes stay', () => {
    const result = rename('"Leslie| Czernik"', 'Leslie Czernik-Wolf');
    assert.ok('edit' in result);
    const a = applyPlan(A.text, result.edit, A_URI);
    assert.equal(lineOf(a, 3), 'documenter: "Leslie Czernik-Wolf"');
    assert.equal(lineOf(a, 12), '- [ ] Vertrag @leslie @norbert-weiß');
    assert.equal(lineOf(applyPlan(PLAN_TEXT, result.edit, PLAN_URI), 12), '    { "id": "leslie", "name": "Leslie Czernik-Wolf" }');
  });

  it('someone barcamp.json does not list: names and handles in the sessions only', () => {
    const result = rename('- Max| Muster', 'Max Mustermann');
    assert.ok('edit' in result);
    assert.equal(lineOf(applyPlan(A.text, result.edit, A_URI), 13), '- [x] Folien @max-mustermann');
    assert.equal(lineOf(applyPlan(B.text, result.edit, B_URI), 6), '- Max Mustermann');
    assert.equal(result.edit.changes[PLAN_URI], undefined);
  });

  it('a new name needing quotes in YAML gets them', () => {
    const result = rename('host: Anna Sch|midt', 'Anna: die Erste');
    assert.ok('edit' in result);
    assert.equal(lineOf(applyPlan(A.text, result.edit, A_URI), 2), 'host: "Anna: die Erste"');
  });

  it('refuses an invalid handle or an empty name', () => {
    const bad = rename('@anna|-schmidt', 'anna schmidt');
    assert.ok('error' in bad && bad.error.includes('kein gültiges Kürzel'));
    assert.ok('error' in rename('@anna|-schmidt', 'anna.'));
    assert.ok('error' in rename('- Norbert| Weiß', '  '));
  });
});
