// Importing pad notes (Etherpad text, HedgeDoc Markdown): fields, sections, people, steps, hostile text, and that no word is lost.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { importPadNotes, parseEventPlan, parseSession, validateSession, type EventPlan, type PadImportOptions } from '../../server/src/core';
import { lines } from './helpers';

const PLAN_JSON = JSON.stringify({
  name: 'Barcamp Nord 2017',
  language: 'de',
  days: [
    { day: 1, date: '2017-01-26' },
    { day: 2, date: '2017-01-27' },
  ],
  rooms: ['Elbe', 'Weser', 'Trave'],
  slots: ['10:30', '11:45', '14:00'],
  people: [
    { id: 'anna-schmidt', name: 'Anna Schmidt' },
    { id: 'leslie-czernik', name: 'Leslie Czernik' },
    { id: 'norbert-weiß', name: 'Norbert Weiß' },
    { id: 'jan-ole-brandt', name: 'Jan-Ole Brandt' },
    { id: 'katrin-vogt', name: 'Katrin Vogt' },
    { id: 'peter-krause', name: 'Peter Krause' },
    { id: 'kai', name: 'Kai Meyer' },
    { id: 'kai-ohm', name: 'Kai Ohm' },
  ],
});
const PLAN: EventPlan = parseEventPlan(PLAN_JSON, 'file:///event/barcamp.json').plan!;

/** A German Etherpad text export as documenters type it: a headline, labels, `*` bullets indented by tabs, arrows. */
const ETHERPAD = lines(
  'Barcamp Nord 2017 – Session-Pad',
  'Thema: Datenschutz als Bremse?',
  'Raum: Elbe',
  'Uhrzeit: 10:30 Uhr',
  'Tag: 1',
  'Sessiongeber*in: Anna',
  'Protokollant*in: Leslie Czernik',
  'Teilnehmende: Anna, Norbert Weiß (Stadt Kiel), Bob Unbekannt',
  '',
  'Ergebnisse:',
  '* Datenschutz lässt sich lösungsorientiert angehen',
  '\t* wenn die Datenschutzbeauftragten früh dabei sind',
  '• Cloud-Dienste brauchen eine Risikoanalyse',
  '',
  'Diskussion:',
  'Lange Debatte über Auftragsverarbeitung.',
  'Zweiter Gedanke dazu.',
  '',
  'Nächste Schritte:',
  '* Checkliste teilen -> Anna bis 28.02.',
  '* Muster-Vertrag abstimmen (@leslie-czernik, bis 15.03.2017)',
  '* Termin für Folgetreffen finden',
  '  → Norbert, bis 1.3.',
  '* Folien verschicken, Verantwortlich: Jan-Ole, Frist: 10.02.2017',
  '',
  'Offene Fragen:',
  '- Wie gehen Kommunen mit Cloud-Diensten um?',
);

/** A HedgeDoc pad: its own frontmatter, Markdown headings (one misspelled), bold labels, a code block. */
const HEDGEDOC = lines(
  '---',
  'title: Open data in small towns',
  'tags: open data, transparency',
  'robots: noindex',
  '---',
  '',
  '# Open data in small towns',
  '',
  '**Room:** Trave',
  '**Time:** 11:45',
  '**Day:** 2',
  '**Host:** Katrin Vogt',
  '**Notes by:** Peter',
  '',
  '## Participants',
  '- Katrin Vogt (Statistikamt Nord)',
  '- Peter Krause, Anna',
  '- about 5 more',
  '',
  '### Findigns',
  '- Start with the ten data sets people ask for most.',
  '- Someone has to *own* each data set.',
  '',
  '```',
  'Ergebnisse: this is code, not a label',
  '```',
  '',
  '## Next steps',
  '- [ ] Draft the list -> Katrin, due 2017-02-28',
  '- [x] Share the slides (@katrin-vogt)',
  '- Ask the state portal, Owner: Peter, Deadline: 10.03.2017',
  '',
  '## Questions',
  'Which licence do we publish under?',
);

function imported(text: string, options: PadImportOptions = {}) {
  return importPadNotes(text, options);
}

/** The frontmatter lines of a protocol, without the `---` fences. */
function frontmatterOf(protocol: string): string[] {
  const all = protocol.split('\n');
  return all.slice(1, all.indexOf('---', 1));
}

/** The diagnostics of a protocol as the editor would show them, against the plan. */
function errorsOf(protocol: string, plan?: EventPlan): string[] {
  const parsed = parseSession(protocol, 'file:///event/import.session.md');
  return validateSession(parsed, { plan, others: [], language: 'de' })
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code}: ${d.message}`);
}

/** Words that stand for structure in a pad (labels, step clauses) and that the markup writes as fields, `@`, `bis` instead. */
const STRUCTURE = new Set(
  [
    ...['thema', 'raum', 'uhrzeit', 'zeit', 'tag', 'day', 'sessiongeber', 'in', 'protokollant', 'protokoll', 'host', 'room', 'time', 'notes', 'by', 'title', 'topic', 'tags', 'teilnehmende'],
    // `Uhr` after a time: the slot is the time alone.
    ...['uhr', 'frist', 'deadline', 'termin', 'fällig', 'am', 'zum', 'spätestens', 'verantwortlich', 'owner', 'who', 'wer', 'zuständig', 'responsible'],
  ].map((w) => w.toLowerCase()),
);

/**
 * Every word (letters and digits) of the pad missing from the protocol (case and accents aside), except structure
 * words and the misspelled section labels the import reports as corrected (`Ergebnise:` → `## Ergebnisse`).
 */
function lostWords(pad: string, protocol: string, options: PadImportOptions = {}): string[] {
  const have = fold(protocol);
  const corrected = new Set(
    importPadNotes(pad, options)
      .notes.flatMap((n) => (n.kind === 'section' && n.misspelled ? (n.written.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) : []))
      .map(fold),
  );
  return (pad.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((word) => !STRUCTURE.has(fold(word)) && !corrected.has(fold(word)) && !have.includes(fold(word)));
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

describe('importPadNotes', () => {
  describe('a German Etherpad export with a plan', () => {
    const result = imported(ETHERPAD, { plan: PLAN, fileName: 'pad.txt' });

    it('writes the labels as frontmatter matched against the plan', () => {
      assert.deepEqual(frontmatterOf(result.protocol), ['title: Datenschutz als Bremse?', 'day: 1', 'slot: "10:30"', 'room: Elbe', 'host: Anna Schmidt', 'documenter: Leslie Czernik']);
      assert.equal(result.fileStem, 'datenschutz-als-bremse');
      assert.equal(result.language, 'de');
    });

    it('keeps the headline a label replaced as the first paragraph', () => {
      assert.match(result.protocol, /\n# Datenschutz als Bremse\?\n\nBarcamp Nord 2017 – Session-Pad\n/u);
    });

    const sections: Array<{ name: string; expected: string[] }> = [
      { name: 'participants, one per line, named as the plan names them', expected: ['## Teilnehmende', '', '- Anna Schmidt', '- Norbert Weiß (Stadt Kiel)', '- Bob Unbekannt'] },
      {
        name: 'findings with their nesting',
        expected: ['## Ergebnisse', '', '- Datenschutz lässt sich lösungsorientiert angehen', '  - wenn die Datenschutzbeauftragten früh dabei sind', '- Cloud-Dienste brauchen eine Risikoanalyse'],
      },
      { name: 'a free section from a label of its own', expected: ['## Diskussion', '', 'Lange Debatte über Auftragsverarbeitung.', '', 'Zweiter Gedanke dazu.'] },
      {
        name: 'next steps with owners and due dates',
        expected: [
          '## Nächste Schritte',
          '',
          '- [ ] Checkliste teilen @anna-schmidt bis 28.02.2017',
          '- [ ] Muster-Vertrag abstimmen @leslie-czernik bis 15.03.2017',
          '- [ ] Termin für Folgetreffen finden @norbert-weiß bis 01.03.2017',
          '- [ ] Folien verschicken @jan-ole-brandt bis 10.02.2017',
        ],
      },
      { name: 'open questions', expected: ['## Offene Fragen', '', '- Wie gehen Kommunen mit Cloud-Diensten um?'] },
    ];
    for (const c of sections) {
      it(`writes ${c.name}`, () => assert.ok(result.protocol.includes(c.expected.join('\n')), result.protocol));
    }

    it('parses without errors, and every step has its owner', () => {
      assert.deepEqual(errorsOf(result.protocol, PLAN), []);
      const parsed = parseSession(result.protocol, 'file:///event/import.session.md');
      assert.deepEqual(
        parsed.nextSteps.map((s) => [s.owners.length, s.due?.iso]),
        [
          [1, '2017-02-28'],
          [1, '2017-03-15'],
          [1, '2017-03-01'],
          [1, '2017-02-10'],
        ],
      );
    });

    it('loses no word of the pad', () => assert.deepEqual(lostWords(ETHERPAD, result.protocol, { plan: PLAN, fileName: 'pad.txt' }), []));

    it('notes who was matched how', () => {
      const people = result.notes.filter((n) => n.kind === 'person').map((n) => (n.kind === 'person' ? `${n.written}:${n.match}` : ''));
      assert.ok(people.includes('Anna:firstName') && people.includes('Bob Unbekannt:none') && people.includes('leslie-czernik:handle'), people.join(' '));
    });
  });

  describe('a HedgeDoc pad', () => {
    const result = imported(HEDGEDOC, { plan: { ...PLAN, language: 'en' }, fileName: 'open-data.md' });

    it('reads its frontmatter and bold labels; settings it cannot hold stay as comments', () => {
      assert.deepEqual(frontmatterOf(result.protocol), [
        'title: Open data in small towns',
        'day: 2',
        'slot: "11:45"',
        'room: Trave',
        'host: Katrin Vogt',
        'documenter: Peter Krause',
        'tags: [open data, transparency]',
        '# Taken over from the pad:',
        '# robots: noindex',
      ]);
    });

    const expected: Array<{ name: string; text: string[] }> = [
      { name: 'the title once', text: ['---', '', '# Open data in small towns', '', '## Participants'] },
      { name: 'participants matched, the counting line kept', text: ['- Katrin Vogt (Statistikamt Nord)', '- Peter Krause', '- Anna Schmidt', '- about 5 more'] },
      { name: 'a misspelled heading as its section', text: ['## Findings', '', '- Start with the ten data sets people ask for most.', '- Someone has to *own* each data set.'] },
      { name: 'code untouched', text: ['```', 'Ergebnisse: this is code, not a label', '```'] },
      { name: 'steps in English', text: ['- [ ] Draft the list @katrin-vogt due 2017-02-28', '- [x] Share the slides @katrin-vogt', '- [ ] Ask the state portal @peter-krause due 10.03.2017'] },
      { name: 'a question section without a list', text: ['## Questions', '', 'Which licence do we publish under?'] },
    ];
    for (const c of expected) it(`keeps ${c.name}`, () => assert.ok(result.protocol.includes(c.text.join('\n')), result.protocol));

    it('parses without errors and loses no word', () => {
      assert.deepEqual(errorsOf(result.protocol, PLAN), []);
      assert.deepEqual(lostWords(HEDGEDOC, result.protocol, { plan: PLAN, fileName: 'open-data.md' }), []);
    });
  });

  describe('labels, typos and languages', () => {
    const cases: Array<{ name: string; pad: string; options?: PadImportOptions; includes: string[]; excludes?: string[] }> = [
      {
        name: 'English labels without a plan',
        pad: lines('Topic: Remote work', 'Room: Lab 3', 'Time: 2pm', 'Results:', '- works', 'Next steps', '- write it up -> Sam, due 2021-05-01'),
        includes: ['title: Remote work', 'room: Lab 3', 'slot: "14:00"', '## Results\n\n- works', '## Next steps\n\n- [ ] write it up @sam due 2021-05-01', '# Taken over from the pad:', 'Time: 2pm'],
      },
      { name: 'typos in section labels', pad: lines('Thema: X', 'Ergebnise:', '- a', 'Nächste Schirtte:', '- b'), includes: ['## Ergebnisse\n\n- a', '## Nächste Schritte\n\n- [ ] b'] },
      { name: 'a label with its value on the next line', pad: lines('Thema:', 'Verwaltung 4.0', 'Raum:', 'Weser'), options: { plan: PLAN }, includes: ['title: Verwaltung 4.0', 'room: Weser'] },
      { name: 'gender forms and bold labels', pad: lines('**Sessiongeber:in:** Norbert', 'Protokoll: Peter'), options: { plan: PLAN }, includes: ['host: Norbert Weiß', 'documenter: Peter Krause'] },
      { name: 'a head count instead of names', pad: lines('Thema: Y', 'Teilnehmende: 12'), includes: ['participants: 12'], excludes: ['## Teilnehmende'] },
      {
        name: 'a date with weekday and time in one value',
        pad: lines('Thema: Z', 'Wann: Fr, 27.01.2017, 11.45 Uhr'),
        options: { plan: PLAN },
        includes: ['date: 2017-01-27', 'slot: "11:45"', '# Wann: Fr, 27.01.2017, 11.45 Uhr'],
      },
      { name: 'a room named within more words', pad: lines('Thema: Z', 'Raum: trave (2. OG)'), options: { plan: PLAN }, includes: ['room: Trave', '# Raum: trave (2. OG)'] },
      { name: 'a weekday the plan has once', pad: lines('Thema: Z', 'Tag: Donnerstag'), options: { plan: PLAN }, includes: ['day: 1'] },
      {
        name: 'the second value of a field stays text',
        pad: lines('Thema: A', 'Raum: Elbe', 'Ergebnisse:', 'Raum: für Ideen'),
        options: { plan: PLAN },
        includes: ['room: Elbe', '- Raum: für Ideen'],
      },
      { name: 'the file name when nothing names a topic', pad: lines('- nur ein Punkt'), options: { fileName: 'Mein Pad.txt' }, includes: ['title: Mein Pad', '# Mein Pad'] },
      {
        name: 'a sentence with a colon is no label',
        pad: lines('Thema: A', 'Wir haben heute viel gelernt, vor allem dies: Daten helfen.'),
        includes: ['Wir haben heute viel gelernt, vor allem dies: Daten helfen.'],
      },
      { name: 'links are no labels', pad: lines('Thema: A', 'https://pad.example.org/p/session'), includes: ['https://pad.example.org/p/session'] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { protocol } = imported(c.pad, c.options);
        for (const text of c.includes) assert.ok(protocol.includes(text), `${JSON.stringify(text)} missing in:\n${protocol}`);
        for (const text of c.excludes ?? []) assert.ok(!protocol.includes(text), `${JSON.stringify(text)} unexpected in:\n${protocol}`);
        assert.deepEqual(lostWords(c.pad, protocol, c.options), []);
      });
    }
  });

  describe('owners and due dates of next steps', () => {
    const cases: Array<{ step: string; expected: string; plan?: EventPlan }> = [
      { step: 'Checkliste teilen → Anna Schmidt, bis 30.11.2020', expected: '- [ ] Checkliste teilen @anna-schmidt bis 30.11.2020', plan: PLAN },
      { step: 'Checkliste teilen -> Anna bis 30.11.', expected: '- [ ] Checkliste teilen @anna-schmidt bis 30.11.2017', plan: PLAN },
      { step: 'Vertrag prüfen (@leslie-czernik, bis 30.11.2020)', expected: '- [ ] Vertrag prüfen @leslie-czernik bis 30.11.2020', plan: PLAN },
      { step: 'Protokoll senden, Verantwortlich: Peter Krause, Frist: 2020-11-30', expected: '- [ ] Protokoll senden @peter-krause bis 2020-11-30', plan: PLAN },
      { step: 'Räume buchen => Anna und Norbert', expected: '- [ ] Räume buchen @anna-schmidt @norbert-weiß', plan: PLAN },
      { step: '[x] Folien hochladen → Leslie', expected: '- [x] Folien hochladen @leslie-czernik', plan: PLAN },
      { step: '✓ Folien hochladen', expected: '- [x] Folien hochladen' },
      { step: 'Umzug Server A -> B migrieren', expected: '- [ ] Umzug Server A -> B migrieren' },
      { step: 'Bericht schreiben -> Kai bis Ende November', expected: '- [ ] Bericht schreiben bis Ende November @kai', plan: PLAN },
      { step: 'Liste erstellen bis 31.02.2020', expected: '- [ ] Liste erstellen bis 31.02.2020' },
      { step: 'Liste erstellen bis zum 3.4.', expected: '- [ ] Liste erstellen bis zum 3.4.' },
      { step: 'Mails schicken -> Maria Musterfrau', expected: '- [ ] Mails schicken @maria-musterfrau' },
    ];
    for (const c of cases) {
      it(`${c.step} → ${c.expected}`, () => {
        const { protocol } = imported(lines('Thema: T', 'Nächste Schritte:', `* ${c.step}`), { plan: c.plan, fileName: 'p.txt' });
        assert.ok(protocol.includes(`## Nächste Schritte\n\n${c.expected}\n`), protocol);
      });
    }
  });

  describe('matching people against the plan', () => {
    it('matches a unique first name and leaves an ambiguous one as written', () => {
      const { protocol, notes } = imported(lines('Thema: T', 'Teilnehmende: Jan-Ole, Kai', 'Aufgaben:', '- Kaffee -> Kai'), { plan: PLAN });
      assert.ok(protocol.includes('- Jan-Ole Brandt\n- Kai\n'), protocol);
      assert.ok(protocol.includes('- [ ] Kaffee @kai\n'), protocol);
      assert.ok(!protocol.includes('Kai Meyer') && !protocol.includes('Kai Ohm'), protocol);
      assert.ok(notes.some((n) => n.kind === 'person' && n.written === 'Kai' && n.match === 'ambiguous'));
    });

    it('matches full names regardless of case and accents, handles by id', () => {
      const { protocol } = imported(lines('Thema: T', 'Moderation: norbert weiss', 'Aufgaben:', '- a (@katrin-vogt)'), { plan: PLAN });
      assert.ok(protocol.includes('host: Norbert Weiß\n'), protocol);
      assert.ok(protocol.includes('- [ ] a @katrin-vogt\n'), protocol);
      assert.ok(protocol.includes('# Moderation: norbert weiss'), 'the spelling differs, so the line is kept');
    });

    it('without a plan writes the names as typed', () => {
      const { protocol } = imported(lines('Thema: T', 'Host: Alex Doe', 'Teilnehmende: Alex Doe, Kim'), {});
      assert.ok(protocol.includes('host: Alex Doe') && protocol.includes('- Alex Doe\n- Kim'), protocol);
    });
  });

  describe('labels whose value is on the lines below', () => {
    const cases: Array<{ name: string; pad: string; options?: PadImportOptions; includes: string[]; excludes?: string[] }> = [
      {
        name: 'a host list becomes the host field; an unmatched value stays with its label',
        pad: lines('Sessiongeber:', '- Anna Schmidt', '- Norbert Weiß', '', 'Datum:', 'irgendwann', ''),
        options: { fileName: 'pad.txt' },
        includes: ['host: Anna Schmidt, Norbert Weiß\n', '\nDatum: irgendwann\n'],
        excludes: ['- Anna Schmidt', '- Norbert Weiß'],
      },
      {
        name: 'the same in Markdown',
        pad: lines('Sessiongeber:', '- Anna Schmidt', '- Norbert Weiß', '', 'Datum:', 'irgendwann', ''),
        options: { fileName: 'pad.md' },
        includes: ['host: Anna Schmidt, Norbert Weiß\n', '\nDatum:\nirgendwann\n'],
        excludes: ['- Anna Schmidt'],
      },
      {
        name: 'a host list matched against the plan',
        pad: lines('Thema: T', 'Sessiongeber*in:', '* Anna', '* Norbert'),
        options: { plan: PLAN, fileName: 'pad.txt' },
        includes: ['host: Anna Schmidt, Norbert Weiß\n'],
      },
      { name: 'a tag list', pad: lines('Thema: T', 'Tags:', '- Datenschutz', '- Cloud'), options: { fileName: 'pad.txt' }, includes: ['tags: [Datenschutz, Cloud]'] },
      {
        name: 'a list that names no people stays text under its label',
        pad: lines('Thema: T', 'Sessiongeber:', '- Anna macht 3 Runden', '- Bob'),
        options: { fileName: 'pad.txt' },
        includes: ['Sessiongeber:\n\n- Anna macht 3 Runden\n- Bob'],
        excludes: ['host:'],
      },
      {
        name: 'a nested list stays text under its label',
        pad: lines('Thema: T', 'Sessiongeber:', '- Anna', '  - moderiert'),
        options: { fileName: 'pad.txt' },
        includes: ['Sessiongeber:\n\n- Anna\n  - moderiert'],
        excludes: ['host:'],
      },
      {
        name: 'a list below a field of one value stays text',
        pad: lines('Thema: T', 'Raum:', '- Elbe', '- Weser'),
        options: { plan: PLAN, fileName: 'pad.txt' },
        includes: ['Raum:\n\n- Elbe\n- Weser'],
        excludes: ['room:'],
      },
      { name: 'a label at the end of the pad', pad: lines('Thema: T', 'Text', 'Datum:'), options: { fileName: 'pad.txt' }, includes: ['Text\n\nDatum:\n'] },
      {
        name: 'a heading ends a pending label (Markdown)',
        pad: lines('Thema:', '## Ergebnisse', 'Wir haben viel gelernt', ''),
        includes: ['\nThema:\n', '## Ergebnisse\n\nWir haben viel gelernt\n'],
        excludes: ['title: Wir haben'],
      },
      {
        name: 'a heading ends a pending label (text)',
        pad: lines('Thema:', '## Ergebnisse', 'Wir haben viel gelernt', ''),
        options: { fileName: 'pad.txt' },
        includes: ['\nThema:\n', '## Ergebnisse\n\n- Wir haben viel gelernt\n'],
        excludes: ['title: Wir haben'],
      },
      {
        name: 'a blank line ends a pending label',
        pad: lines('Thema:', '', 'Wir haben viel gelernt'),
        options: { fileName: 'p.txt' },
        includes: ['title: p\n', '\nThema:\n'],
        excludes: ['title: Wir'],
      },
      {
        name: 'a section label ends a pending label',
        pad: lines('Thema: T', 'Raum:', 'Ergebnisse:', '- a'),
        options: { fileName: 'pad.txt' },
        includes: ['\nRaum:\n', '## Ergebnisse\n\n- a'],
        excludes: ['room:'],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { protocol } = imported(c.pad, c.options);
        for (const text of c.includes) assert.ok(protocol.includes(text), `${JSON.stringify(text)} missing in:\n${protocol}`);
        for (const text of c.excludes ?? []) assert.ok(!protocol.includes(text), `${JSON.stringify(text)} unexpected in:\n${protocol}`);
        assert.deepEqual(lostWords(c.pad, protocol, c.options), []);
        assert.deepEqual(errorsOf(protocol, c.options?.plan), []);
      });
    }
  });

  describe("a pad's own frontmatter", () => {
    const lookAlike = lines('---', 'Thema: Foo', 'Ergebnisse:', '- Wir brauchen mehr Zeit', '- Budget klären', 'Nächste Schritte:', '- Anna lädt ein', '---', 'Rest');
    const cases: Array<{ name: string; pad: string; options: PadImportOptions; includes: string[]; frontmatter?: string[] }> = [
      {
        name: 'in a text pad, a block between `---` lines is notes',
        pad: lookAlike,
        options: { fileName: 'pad.txt' },
        includes: ['## Ergebnisse\n\n- Wir brauchen mehr Zeit\n- Budget klären\n', '## Nächste Schritte\n\n- [ ] Anna lädt ein\n', '\nRest\n'],
        frontmatter: ['title: Foo'],
      },
      {
        name: 'in Markdown, keys that name a section become sections',
        pad: lookAlike,
        options: { fileName: 'pad.md' },
        includes: ['## Ergebnisse\n\n- Wir brauchen mehr Zeit\n- Budget klären\n', '## Nächste Schritte\n\n- [ ] Anna lädt ein\n', '\nRest\n'],
        frontmatter: ['title: Foo'],
      },
      {
        name: 'comments and empty keys are kept',
        pad: lines('---', '# Einstellungen für HedgeDoc', 'title: Offene Daten # Entwurf', 'robots:', 'tags:', '---', 'Text'),
        options: { fileName: 'pad.md' },
        includes: ['\nText\n'],
        frontmatter: ['title: Offene Daten', '# Aus dem Pad übernommen:', '# Einstellungen für HedgeDoc', '# Entwurf', '# robots:', '# tags:'],
      },
      {
        name: 'a block with keys no frontmatter has is notes',
        pad: lines('---', '[a, b]: c', 'title: x', '---', 'Text'),
        options: { fileName: 'pad.md' },
        includes: ['[a, b]: c', '\nText\n'],
        frontmatter: ['title: x'],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { protocol } = imported(c.pad, c.options);
        for (const text of c.includes) assert.ok(protocol.includes(text), `${JSON.stringify(text)} missing in:\n${protocol}`);
        if (c.frontmatter) assert.deepEqual(frontmatterOf(protocol), c.frontmatter);
        assert.deepEqual(lostWords(c.pad, protocol, c.options), []);
        assert.deepEqual(errorsOf(protocol), []);
      });
    }
  });

  describe('long lines in linear time', () => {
    const N = 200000;
    /** Distinct words, so that each one must survive: `w0,w1,…` up to `length` characters. */
    const words = (separator: string, length: number) => {
      const out: string[] = [];
      for (let i = 0, size = 0; size < length; i++) size += out[out.push(`w${i}`) - 1].length + separator.length;
      return out.join(separator);
    };
    // Each shape made a backtracking rule take seconds to minutes; the mocha timeout catches a relapse, no timing is asserted.
    const shapes: Array<{ name: string; pad: string; fileName?: string }> = [
      { name: 'a participants item of commas', pad: `Thema: X\nTeilnehmende:\n- ${words(',', N)}`, fileName: 'p.txt' },
      { name: 'a participants item of commas (Markdown)', pad: `Thema: X\n## Teilnehmende\n- ${words(',', N)}`, fileName: 'p.md' },
      { name: 'a host label of names', pad: `Sessiongeber: ${words(', ', N)}`, fileName: 'p.txt' },
      { name: 'a heading with a long space run', pad: `Thema: X\n## a${' '.repeat(N)}b`, fileName: 'p.txt' },
      { name: 'a heading with a long space run (Markdown)', pad: `## a${' '.repeat(N)}b` },
      { name: 'a step ending in punctuation', pad: `Thema: X\nNächste Schritte:\n- a${' -'.repeat(N / 2)}b`, fileName: 'p.txt' },
      { name: 'a step with an arrow and commas', pad: `Thema: X\nNächste Schritte:\n- a -> ${', '.repeat(N / 2)}b`, fileName: 'p.txt' },
      { name: 'a step of arrows', pad: `Thema: X\nNächste Schritte:\n- a${'->'.repeat(N / 2)}`, fileName: 'p.txt' },
      { name: 'a long frontmatter list item', pad: `---\nTeilnehmende:\n  - "${words(',', N)}"\n---\nText`, fileName: 'p.md' },
      { name: 'a pad of blank lines', pad: `${'\n'.repeat(N)}Ende` },
    ];
    for (const c of shapes) {
      it(`imports ${c.name} and keeps every word`, () => {
        const { protocol } = importPadNotes(c.pad, { plan: PLAN, ...(c.fileName ? { fileName: c.fileName } : {}) });
        // A set of words, not lostWords: its substring search is itself quadratic on a pad this long.
        const have = new Set((protocol.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(fold));
        const lost = (c.pad.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((w) => !STRUCTURE.has(fold(w)) && !have.has(fold(w)));
        assert.deepEqual(lost.slice(0, 5), []);
      });
    }
  });

  describe('hostile input', () => {
    const hostile: Array<{ name: string; pad: string }> = [
      { name: 'binary-looking bytes', pad: '\u0000\u0001\u0002PK\u0003\u0004 binär \u007f\uFFFF\uD800 Ende\n\u001b[31mrot' },
      { name: 'a huge line', pad: `Thema: ${'lang '.repeat(50000)}\n${'x'.repeat(300000)}` },
      { name: 'markup in names', pad: lines('Thema: <script>alert(1)</script>', 'Sessiongeber: *Anna* `x` [y](z) #1', 'Teilnehmende: "Bob", <b>Eve</b>', 'Raum: ---', 'Tags: [a, {b}]') },
      { name: 'an unclosed comment and HTML', pad: lines('Thema: T', '<!-- offen', 'Ergebnisse:', '<script>alert(1)</script>', '- wichtig') },
      { name: 'a broken pad frontmatter', pad: lines('---', 'title: [unclosed', '---', 'Text danach') },
      { name: 'frontmatter look-alikes', pad: lines('---', '---', '...', 'title: x', '---') },
      { name: 'deep indentation', pad: Array.from({ length: 200 }, (_, i) => `${'\t'.repeat(i)}* Ebene ${i}`).join('\n') },
      { name: 'many labels', pad: Array.from({ length: 2000 }, (_, i) => `Ergebnisse: Punkt ${i}`).join('\n') },
    ];
    for (const c of hostile) {
      it(`comes through as text: ${c.name}`, () => {
        const { protocol } = imported(c.pad, { plan: PLAN });
        const parsed = parseSession(protocol, 'file:///event/h.session.md');
        assert.deepEqual(
          parsed.problems.filter((p) => p.code === 'frontmatter-syntax'),
          [],
        );
        assert.deepEqual(lostWords(c.pad, protocol, { plan: PLAN }), []);
      });
    }

    it('keeps an unclosed comment from hiding the findings', () => {
      const { protocol } = imported(lines('Thema: T', '<!-- offen', 'Ergebnisse:', '- wichtig'), { fileName: 'p.txt' });
      const parsed = parseSession(protocol, 'file:///event/h.session.md');
      assert.deepEqual(
        parsed.sections.find((s) => s.kind === 'findings')?.items.map((i) => i.text),
        ['wichtig'],
      );
    });

    it('takes what is no string without throwing', () => {
      for (const value of [undefined, null, 42, {}]) assert.match(importPadNotes(value as unknown as string, { plan: null as unknown as EventPlan }).protocol, /^---\ntitle: Thema\n---/u);
    });
  });

  describe('properties', () => {
    const padLine = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc
        .constantFrom(
          'Thema: ',
          'Raum: ',
          'Zeit: ',
          'Ergebnisse:',
          'Nächste Schritte:',
          '* ',
          '- ',
          '\t* ',
          '→ ',
          '# ',
          '## ',
          'Teilnehmende: ',
          'bis 30.11.',
          '```',
          'Sessiongeber:',
          'Datum:',
          '---',
          'Tags:',
        )
        .chain((prefix) => fc.string({ maxLength: 40 }).map((rest) => prefix + rest)),
    );
    const pad = fc.array(padLine, { maxLength: 25 }).map((parts) => parts.join('\n'));

    it('loses no word of any pad, with or without a plan, text or Markdown', () => {
      fc.assert(
        fc.property(pad, fc.boolean(), fc.constantFrom('pad.txt', 'pad.md', undefined), (text, withPlan, fileName) => {
          const { protocol } = importPadNotes(text, { plan: withPlan ? PLAN : undefined, fileName });
          assert.deepEqual(lostWords(text, protocol, { plan: withPlan ? PLAN : undefined, fileName }), []);
        }),
        { numRuns: 300 },
      );
    });

    it('always gives a protocol whose frontmatter parses and whose topic is set', () => {
      fc.assert(
        fc.property(pad, fc.boolean(), (text, withPlan) => {
          const parsed = parseSession(importPadNotes(text, { plan: withPlan ? PLAN : undefined }).protocol, 'file:///p.session.md');
          assert.deepEqual(
            parsed.problems.filter((p) => p.code === 'frontmatter-syntax' || p.code === 'missing-topic'),
            [],
          );
        }),
        { numRuns: 300 },
      );
    });
  });
});
