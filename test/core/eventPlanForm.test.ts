// The guided event setup's core: form values → barcamp.json text (parsed back), problems, the merge into an existing plan, and back.
import { strict as assert } from 'node:assert';
import { eventFormOf, eventPlanFromForm, parseEventPlan, parsePeopleLine, type EventForm, type EventFormProblem } from '../../server/src/core';

const FORM: EventForm = {
  name: 'Barcamp Nord',
  language: 'de',
  days: [{ date: '27.01.2017' }, { date: '2017-01-26' }],
  rooms: 'Elbe\nWeser\n\nElbe\n',
  slots: '10:30\n11:45\n10:30',
  people: 'Anna Schmidt (Kreis Pinneberg) *\n- Leslie Czernik\nNorbert Weiß (Stadt Kiel)\nAnna Schmidt (Kreis Pinneberg)\nAnna Schmidt (Dataport)',
  attendees: '120',
  outputFolder: 'doku',
  formats: ['html', 'md', 'pdf'],
  publish: 'reviewed',
  privacyNames: 'consent',
};

function textOf(form: Partial<EventForm>, base?: string): string {
  const result = eventPlanFromForm({ ...FORM, ...form }, base);
  assert.deepEqual(result.problems, []);
  assert.ok(result.text);
  return result.text;
}

describe('event form → barcamp.json', () => {
  it('writes two-space JSON that parses back into the plan the form describes', () => {
    const text = textOf({});
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.includes('\n  "name": "Barcamp Nord",\n'));
    const { plan } = parseEventPlan(text, 'file:///e/barcamp.json');
    assert.ok(plan);
    assert.deepEqual(
      { name: plan.name, language: plan.language, days: plan.days, rooms: plan.rooms, slots: plan.slots, attendees: plan.attendees, output: plan.output, privacy: plan.privacy },
      {
        name: 'Barcamp Nord',
        language: 'de',
        // Numbered in date order, whatever order the rows had; German dates written as ISO.
        days: [
          { day: 1, date: '2017-01-26' },
          { day: 2, date: '2017-01-27' },
        ],
        rooms: ['Elbe', 'Weser'],
        slots: ['10:30', '11:45'],
        attendees: 120,
        output: { folder: 'doku', formats: ['md', 'html'], publish: 'reviewed' },
        privacy: { names: 'consent' },
      },
    );
    assert.deepEqual(plan.people, [
      { id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg', consent: true },
      { id: 'leslie-czernik', name: 'Leslie Czernik' },
      { id: 'norbert-weiß', name: 'Norbert Weiß', org: 'Stadt Kiel' },
      // Same name, another organisation: another person with a free id.
      { id: 'anna-schmidt-2', name: 'Anna Schmidt', org: 'Dataport' },
    ]);
    // The raw rooms and slots hold no repeats either (the schema's uniqueItems).
    assert.deepEqual(JSON.parse(text).rooms, ['Elbe', 'Weser']);
  });

  const PEOPLE_LINES: Array<[string, ReturnType<typeof parsePeopleLine>]> = [
    ['Anna Schmidt (Kreis Pinneberg)', { name: 'Anna Schmidt', org: 'Kreis Pinneberg', consent: false }],
    ['Anna Schmidt', { name: 'Anna Schmidt', consent: false }],
    ['  Anna   Schmidt *', { name: 'Anna Schmidt', consent: true }],
    ['Anna Schmidt (Stadt Kiel) ✓', { name: 'Anna Schmidt', org: 'Stadt Kiel', consent: true }],
    ['• Jan-Ole Brandt (Hansestadt Lübeck)*', { name: 'Jan-Ole Brandt', org: 'Hansestadt Lübeck', consent: true }],
    ['3. Katrin Vogt ()', { name: 'Katrin Vogt', consent: false }],
    ['', undefined],
    [' * ', undefined],
  ];
  for (const [line, expected] of PEOPLE_LINES) {
    it(`people line ${JSON.stringify(line)}`, () => assert.deepEqual(parsePeopleLine(line), expected));
  }

  const PROBLEMS: Array<[string, Partial<EventForm>, EventFormProblem[]]> = [
    ['no name', { name: '  ' }, [{ code: 'missingName', field: 'name' }]],
    ['an impossible ISO date', { days: [{ date: '2017-02-30' }] }, [{ code: 'invalidDate', field: 'days', row: 0, value: '2017-02-30' }]],
    ['an impossible German date in the second row', { days: [{ date: '26.01.2017' }, { date: '31.04.2017' }] }, [{ code: 'invalidDate', field: 'days', row: 1, value: '31.04.2017' }]],
    ['no date at all', { days: [{ date: 'tomorrow' }] }, [{ code: 'invalidDate', field: 'days', row: 0, value: 'tomorrow' }]],
    ['attendees no whole number', { attendees: '12.5' }, [{ code: 'invalidAttendees', field: 'attendees', value: '12.5' }]],
    ['no format', { formats: [] }, [{ code: 'noFormats', field: 'formats' }]],
  ];
  for (const [what, form, problems] of PROBLEMS) {
    it(`problem: ${what}, and no text`, () => assert.deepEqual(eventPlanFromForm({ ...FORM, ...form }), { problems }));
  }

  it('days: repeated dates once, days without a date after the dated ones, one day when no row has a date', () => {
    const days = (form: Partial<EventForm>) => JSON.parse(textOf(form)).days;
    assert.deepEqual(days({ days: [{ date: '2030-05-05' }, { date: '' }, { date: '05.05.2030' }, { date: '2030-05-04' }] }), [
      { day: 1, date: '2030-05-04' },
      { day: 2, date: '2030-05-05' },
      { day: 3 },
    ]);
    assert.deepEqual(days({ days: [] }), [{ day: 1 }]);
  });

  it('a new file has no $schema (every barcamp.json gets the shipped schema by its name) and the defaults', () => {
    const data = JSON.parse(textOf({ outputFolder: '', attendees: '', publish: 'all', privacyNames: 'all' }));
    assert.equal(data.$schema, undefined);
    assert.deepEqual([data.output.folder, data.attendees, data.output.publish, data.privacy], ['dokumentation', undefined, 'all', { names: 'all' }]);
  });

  it('editing keeps what the form does not show: $schema, rules, sections, actionFields, limits, a person’s own id and keys', () => {
    const base = JSON.stringify({
      $schema: '../../schemas/barcamp.schema.json',
      name: 'Alt',
      language: 'en',
      attendees: 80,
      days: [{ day: 1, date: '2017-01-26' }],
      rooms: [{ name: 'Elbe' }],
      people: [{ id: 'anna', name: 'Anna Schmidt', org: 'Alt', consent: true, note: 'Orga' }, { name: 'Gone' }],
      rules: { 'unknown-room': 'off' },
      sections: { findings: ['Impulse'] },
      actionFields: [{ id: 'mobil', title: 'Mobilität' }],
      limits: { maxFileSizeMB: 2 },
      output: { folder: 'out', publish: 'geprüft', extra: 1 },
      future: { kept: true },
    });
    const data = JSON.parse(textOf({ people: 'Anna Schmidt (Neu)\nBen', attendees: '', formats: ['md', 'html', 'json', 'csv', 'docx'] }, base));
    assert.equal(data.$schema, '../../schemas/barcamp.schema.json');
    assert.deepEqual(Object.keys(data).slice(0, 3), ['$schema', 'name', 'language']);
    assert.deepEqual(
      [data.rules, data.sections, data.actionFields, data.limits, data.future],
      [{ 'unknown-room': 'off' }, { findings: ['Impulse'] }, [{ id: 'mobil', title: 'Mobilität' }], { maxFileSizeMB: 2 }, { kept: true }],
    );
    assert.equal(data.attendees, undefined);
    assert.deepEqual(data.people, [
      // Consent was taken away in the form (no marker): gone; the own id and the extra key stay.
      { id: 'anna', name: 'Anna Schmidt', org: 'Neu', note: 'Orga' },
      { id: 'ben', name: 'Ben' },
    ]);
    // All formats and no list before: still no list; `geprüft` means reviewed, so the file's word stays.
    assert.deepEqual(data.output, { folder: 'doku', publish: 'geprüft', extra: 1 });
  });

  it('editing a text that is no JSON object is a problem, not a new file', () => {
    assert.deepEqual(eventPlanFromForm(FORM, '{ "name": '), { problems: [{ code: 'invalidBase', field: 'base' }] });
    assert.deepEqual(eventPlanFromForm(FORM, '[]'), { problems: [{ code: 'invalidBase', field: 'base' }] });
  });

  const HOSTILE = ['"quoted" \\ back\\slash', '</script><script>alert(1)</script>', 'Emoji 🎪🚀 camp', 'line\u2028sep\u0000nul', '{"$schema":1}'];
  for (const value of HOSTILE) {
    it(`hostile text ${JSON.stringify(value)} gives valid JSON that keeps it`, () => {
      const text = textOf({ name: value, rooms: value, slots: value, people: `${value} (${value.replace(/[()]/g, '')})`, outputFolder: value });
      const { plan } = parseEventPlan(text, 'file:///e/barcamp.json');
      assert.ok(plan);
      const oneLine = value.replace(/\s+/gu, ' ').trim();
      assert.equal(plan.name, oneLine);
      assert.deepEqual(plan.rooms, [oneLine]);
      assert.equal(plan.people.length, 1);
      assert.match(plan.people[0].id, /^[^\s@]+$/u);
    });
  }

  it('never throws on nonsense', () => {
    for (const form of [undefined, {}, { days: 'x' }, { days: [null, 5] }, { formats: 'md' }, { name: 5 }] as unknown[]) {
      assert.doesNotThrow(() => eventPlanFromForm(form as EventForm));
    }
  });
});

describe('barcamp.json → event form', () => {
  it('the form of a plan, and the form of that form’s text is the same', () => {
    const form = eventFormOf(textOf({}));
    assert.deepEqual(form, {
      name: 'Barcamp Nord',
      language: 'de',
      days: [{ date: '2017-01-26' }, { date: '2017-01-27' }],
      rooms: 'Elbe\nWeser',
      slots: '10:30\n11:45',
      people: 'Anna Schmidt (Kreis Pinneberg) *\nLeslie Czernik\nNorbert Weiß (Stadt Kiel)\nAnna Schmidt (Dataport)',
      attendees: '120',
      outputFolder: 'doku',
      formats: ['md', 'html'],
      publish: 'reviewed',
      privacyNames: 'consent',
    });
    assert.deepEqual(eventFormOf(eventPlanFromForm(form).text!), form);
  });

  it('a minimal plan fills the form with defaults; no JSON object gives none', () => {
    const form = eventFormOf('{"name":"X"}');
    assert.deepEqual([form?.days, form?.formats.length, form?.publish, form?.privacyNames, form?.outputFolder], [[{ date: '' }], 5, 'all', 'consent', 'dokumentation']);
    assert.equal(eventFormOf('nope'), undefined);
    assert.equal(eventFormOf('[1]'), undefined);
  });
});
