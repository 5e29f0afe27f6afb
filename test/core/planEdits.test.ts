// Text edits in barcamp.json (core): the JSON scanner's offsets, finding a person, renaming, appending in the file's own layout.
import { strict as assert } from 'node:assert';
import { scanJson } from '../../server/src/core/text';
import { appendToPlanList, findPlanPersonEntry, nameFromHandle, renamePersonInPlan } from '../../server/src/core/editor';
import { textAt } from './helpers';
import { applyEdits, PLAN_TEXT } from './intelligence.helpers';

describe('JSON scanner (core)', () => {
  it('keeps offsets of strings, objects and arrays', () => {
    const text = '{ "a": [1, "x\\"y"], "b": { "c": null } }';
    const root = scanJson(text);
    assert.ok(root?.kind === 'object');
    const a = root.properties[0].value;
    assert.ok(a.kind === 'array');
    assert.equal(text.slice(a.items[1].start, a.items[1].end), '"x\\"y"');
    assert.ok(a.items[1].kind === 'string' && a.items[1].value === 'x"y');
  });

  it('rejects what JSON.parse rejects', () => {
    for (const bad of ['', '{', '{"a": 1,}', '[1 2]', '{"a": "x\ny"}', '{} x']) assert.equal(scanJson(bad), undefined, bad);
  });
});

describe('barcamp.json edits (core)', () => {
  const edit = (e: ReturnType<typeof appendToPlanList>) => {
    assert.ok(e);
    return applyEdits(PLAN_TEXT, [e]);
  };

  it('finds a person by id, and by the slug of a name without id', () => {
    const anna = findPlanPersonEntry(PLAN_TEXT, { id: 'anna-schmidt', name: 'Anna Schmidt' });
    assert.equal(anna && anna.idRange && textAt(PLAN_TEXT, anna.idRange), '"anna-schmidt"');
    const norbert = findPlanPersonEntry(PLAN_TEXT, { id: 'norbert-weiß', name: 'Norbert Weiß' });
    assert.equal(norbert?.idRange, undefined);
    assert.equal(norbert && textAt(PLAN_TEXT, norbert.range), '{ "name": "Norbert Weiß", "org": "Stadt Kiel" }');
    assert.equal(findPlanPersonEntry(PLAN_TEXT, { id: 'nobody', name: 'Nobody' }), undefined);
  });

  it('gives an entry without id one, and renames a name', () => {
    const edits = renamePersonInPlan(PLAN_TEXT, { id: 'norbert-weiß', name: 'Norbert Weiß' }, { id: 'nw', name: 'Norbert W.' });
    assert.ok(edits);
    assert.ok(applyEdits(PLAN_TEXT, edits).includes('{ "id": "nw", "name": "Norbert W.", "org": "Stadt Kiel" }'));
  });

  it('turns a bare name into an object when it needs an id', () => {
    const text = '{"people": ["Anna Schmidt"]}';
    const edits = renamePersonInPlan(text, { id: 'anna-schmidt', name: 'Anna Schmidt' }, { id: 'anna' });
    assert.ok(edits);
    assert.equal(applyEdits(text, edits), '{"people": [{ "id": "anna", "name": "Anna Schmidt" }]}');
  });

  it('appends in the layout of the list: inline, one per line, empty, or a new list', () => {
    assert.ok(edit(appendToPlanList(PLAN_TEXT, 'slots', '"15:15"')).includes('"slots": ["10:30", "14:00", "15:15"],'));
    assert.ok(edit(appendToPlanList(PLAN_TEXT, 'people', '{ "id": "x" }')).includes('"Leslie Czernik" },\n    { "id": "x" }\n  ]'));
    assert.equal(applyEdits('{ "rooms": [] }', [appendToPlanList('{ "rooms": [] }', 'rooms', '"A"')!]), '{ "rooms": ["A"] }');
    const added = applyEdits('{\n  "name": "X"\n}\n', [appendToPlanList('{\n  "name": "X"\n}\n', 'rooms', '"A"')!]);
    assert.equal(added, '{\n  "name": "X",\n  "rooms": ["A"]\n}\n');
    assert.equal(applyEdits('{}', [appendToPlanList('{}', 'rooms', '"A"')!]), '{"rooms": ["A"]}');
  });

  it('does not edit what is no valid JSON or no list', () => {
    assert.equal(appendToPlanList('{ "rooms": ', 'rooms', '"A"'), undefined);
    assert.equal(appendToPlanList('{ "rooms": "Elbe" }', 'rooms', '"A"'), undefined);
  });

  it('guesses a name from a handle', () => {
    assert.equal(nameFromHandle('max-mustermann'), 'Max Mustermann');
    assert.equal(nameFromHandle('jan-ole.brandt'), 'Jan Ole Brandt');
  });
});
