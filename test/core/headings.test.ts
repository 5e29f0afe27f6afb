// Tolerant headings: synonyms in both languages, counts and second names ignored, typos read as the keyword they are close to.
import { strict as assert } from 'node:assert';
import { parseEventPlan, parseSession, parseSettingsFor, quickFixes, validateSession } from '../../server/src/core';

const URI = 'file:///camp/a.session.md';
const kindOf = (heading: string) => parseSession(`# T\n\n## ${heading}\n- Punkt\n`, URI).sections[0]?.kind;

describe('section headings', () => {
  const read: Array<[string, string]> = [
    ['Ergebnisse', 'findings'],
    ['Resultate', 'findings'],
    ['Erkenntnisse', 'findings'],
    ['Fazit', 'findings'],
    ['Ergebnis:', 'findings'],
    ['Teilnehmende (10)', 'participants'],
    ['Anwesende', 'participants'],
    ['Nächste Schritte / Verabredungen', 'nextSteps'],
    ['To Do', 'nextSteps'],
    ['ToDo', 'nextSteps'],
    ['Aufgaben', 'nextSteps'],
    ['Verabredungen', 'nextSteps'],
    ['OFFENE FRAGEN', 'openQuestions'],
    ['Results', 'findings'],
    ['Action items', 'nextSteps'],
    ['Aktive', 'active'],
    ['Interessenten', 'interested'],
    ['Interested', 'interested'],
  ];
  for (const [heading, kind] of read) it(`reads "${heading}" as ${kind}`, () => assert.equal(kindOf(heading), kind));

  const free = ['Fotos', 'Notizen', 'Forschungsfrage', 'Daten & Methode', 'Implikationen', 'Links', 'Hintergrund', 'Ziele'];
  for (const heading of free) it(`keeps "${heading}" a section of its own`, () => assert.equal(kindOf(heading), 'notes'));

  for (const none of ['keine', 'Keine weiteren Schritte vereinbart.', 'none', 'None agreed', 'nichts vereinbart', 'Nothing planned yet']) {
    it(`reads "${none}" as no next steps, not as a step without owner`, () => {
      const protocol = parseSession(`# T\n\n## Ergebnisse\n- x\n\n## Nächste Schritte\n- ${none}\n`, URI);
      assert.deepEqual([protocol.nextSteps.length, protocol.sections[1].declaredNone], [0, true]);
    });
  }
  it('still reads a step that only starts like it', () => {
    const protocol = parseSession('# T\n\n## Nächste Schritte\n- Keine Zeit verlieren: Folien teilen @anna\n', URI);
    assert.equal(protocol.nextSteps.length, 1);
  });

  it('reads a heading close to a keyword as that section and says so, with a quick fix', () => {
    const text = '# T\n\n## Ergebnise\n- eins\n- zwei\n- drei\n\n## Nächste Schritte\n- keine\n';
    const protocol = parseSession(text, URI);
    assert.equal(protocol.findings.length, 3, 'the findings under the typo are not lost');
    const diagnostics = validateSession(protocol, { others: [], language: 'de' });
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['misspelled-section', 2, 3, 12]],
    );
    assert.match(diagnostics[0].message, /„Ergebnise“ ist kein bekannter Abschnitt; sie wird als „Ergebnisse“ gelesen/u);
    const [fix] = quickFixes({ uri: URI, text, protocol, diagnostics, range: diagnostics[0].range, today: '2017-03-01', language: 'de' });
    assert.deepEqual(fix.edit.changes[URI], [{ range: diagnostics[0].range, newText: 'Ergebnisse' }]);
  });
});

/** A two-day event in January 2017, with whatever else a test needs. */
function twoDayPlan(extra: Record<string, unknown> = {}) {
  const days = [
    { day: 1, date: '2017-01-26' },
    { day: 2, date: '2017-01-27' },
  ];
  return parseEventPlan(JSON.stringify({ name: 'Camp', days, ...extra }), 'file:///camp/barcamp.json').plan;
}

describe('due-before-event', () => {
  const plan = twoDayPlan();
  const check = (step: string) => {
    const text = `# T\n\n## Ergebnisse\n- x\n\n## Nächste Schritte\n- [ ] ${step}\n`;
    const protocol = parseSession(text, URI);
    const diagnostics = validateSession(protocol, { plan, others: [], language: 'de' }).filter((d) => d.code === 'due-before-event');
    return { text, protocol, diagnostics };
  };

  it('names a due date before the first event day, in the style written, and proposes the event year', () => {
    const { text, protocol, diagnostics } = check('Folien teilen @anna bis 28.02.2016');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /Der Termin 28\.02\.2016 liegt vor dem ersten Tag der Veranstaltung \(26\.01\.2017\)/u);
    assert.equal(diagnostics[0].suggestion, '28.02.2017');
    const [fix] = quickFixes({ uri: URI, text, protocol, diagnostics, range: diagnostics[0].range, plan, today: '2017-03-01', language: 'de' });
    assert.deepEqual(fix.edit.changes[URI][0].newText, '28.02.2017');
  });

  it('proposes the next year when the day lies before the event in its year too', () => {
    assert.equal(check('Bericht @anna bis 2016-01-10').diagnostics[0]?.suggestion, '2018-01-10');
  });

  it('says nothing about a due date on or after the first day, or without event dates', () => {
    assert.deepEqual(check('Bericht @anna bis 2017-01-26').diagnostics, []);
    const protocol = parseSession('# T\n\n## Nächste Schritte\n- [ ] Tun @anna bis 2016-01-10\n', URI);
    assert.deepEqual(
      validateSession(protocol, { others: [], language: 'en' }).filter((d) => d.code === 'due-before-event'),
      [],
    );
  });
});

describe("an event's own headings (barcamp.json sections)", () => {
  const plan = parseEventPlan(
    JSON.stringify({ name: 'Werkstatt', sections: { findings: ['Impulse', 'Kernaussagen'], participants: 'Mitwirkende', nextSteps: ['Wie geht es weiter?'], bogus: ['x'] } }),
    'file:///camp/barcamp.json',
  ).plan;
  const kinds = (text: string, withPlan = true) => parseSession(text, URI, undefined, parseSettingsFor(withPlan ? plan : undefined)).sections.map((s) => s.kind);

  it('reads them besides the built-in ones, a single string as a list of one, unknown kinds left out', () => {
    assert.deepEqual(plan?.sections, { participants: ['Mitwirkende'], findings: ['Impulse', 'Kernaussagen'], nextSteps: ['Wie geht es weiter?'] });
    assert.deepEqual(kinds('# T\n\n## Mitwirkende\n- Anna\n\n## Impulse:\n- a\n\n## Wie geht es weiter?\n- b @anna\n\n## Ergebnisse\n- c\n'), ['participants', 'findings', 'nextSteps', 'findings']);
    assert.deepEqual(kinds('# T\n\n## Impulse\n- a\n', false), ['notes']);
  });

  it('counts a heading close to one of them as that section', () => {
    const protocol = parseSession('# T\n\n## Kernaussage\n- a\n', URI, undefined, parseSettingsFor(plan));
    assert.deepEqual([protocol.sections[0].kind, protocol.problems.map((p) => [p.code, p.suggestion])], ['findings', [['misspelled-section', 'Kernaussagen']]]);
  });

  it('never turns a built-in keyword into another kind', () => {
    const own = parseEventPlan(JSON.stringify({ name: 'X', sections: { openQuestions: ['Ergebnisse'] } }), 'file:///camp/barcamp.json').plan;
    assert.deepEqual(
      parseSession('# T\n\n## Ergebnisse\n- a\n', URI, undefined, parseSettingsFor(own)).sections.map((s) => s.kind),
      ['findings'],
    );
  });
});

describe('plan values the reviewer gets a way out of', () => {
  const plan = twoDayPlan({ rooms: ['Elbe', 'Weser', 'Alster'] });
  const diagnose = (front: string, code: string) => {
    const text = `---\n${front}\n---\n# T\n\n## Ergebnisse\n- x\n\n## Nächste Schritte\n- keine\n`;
    const protocol = parseSession(text, URI);
    const diagnostics = validateSession(protocol, { plan, others: [], language: 'de' }).filter((d) => d.code === code);
    return { text, protocol, diagnostics };
  };

  it('a session date that is no event day: named in the style written, with the nearest event day as the preferred fix', () => {
    const { text, protocol, diagnostics } = diagnose('date: 30.01.2017', 'unknown-day');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /Der 30\.01\.2017 ist laut barcamp\.json kein Veranstaltungstag; am nächsten liegt der 27\.01\.2017 \(Veranstaltungstage: 26\.01\.2017, 27\.01\.2017\)/u);
    const fixes = quickFixes({ uri: URI, text, protocol, diagnostics, range: diagnostics[0].range, plan, today: '2017-03-01', language: 'de' });
    assert.deepEqual(
      fixes.map((f) => [f.edit.changes[URI][0].newText, f.preferred ?? false]),
      [
        ['27.01.2017', true],
        ['26.01.2017', false],
      ],
    );
    assert.match(diagnose('date: 2017-01-20', 'unknown-day').diagnostics[0].message, /am nächsten liegt der 2017-01-26/u);
  });

  it('did-you-mean for a room picks the closest by edit distance', () => {
    assert.deepEqual(
      ['Elbee', 'weser', 'Alstr', 'Raum 7'].map((room) => diagnose(`room: ${room}`, 'unknown-room').diagnostics[0]?.suggestion),
      ['Elbe', 'Weser', 'Alster', undefined],
    );
  });
});

describe('invalid-field-value', () => {
  const check = (front: string, language: 'de' | 'en' = 'de') => {
    const text = `---\n${front}\n---\n# T\n\n## Ergebnisse\n- x\n\n## Nächste Schritte\n- keine\n`;
    const protocol = parseSession(text, URI);
    const diagnostics = validateSession(protocol, { others: [], language }).filter((d) => d.code === 'invalid-field-value');
    return { text, protocol, diagnostics };
  };

  it('never reads a property name of every object as a number word', () => {
    for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { protocol, diagnostics } = check(`participants: ${value}`);
      assert.equal(protocol.meta.participants, undefined, value);
      assert.deepEqual(
        diagnostics.map((d) => d.suggestion),
        [undefined],
        value,
      );
    }
  });

  it('names a count that is no number and reads the one it means, with a quick fix to it', () => {
    const { text, protocol, diagnostics } = check('participants: ca. 100');
    assert.equal(protocol.meta.participants?.value, 100);
    assert.deepEqual(
      diagnostics.map((d) => [d.message, d.severity]),
      [['„ca. 100“ ist für `participants` keine Zahl; gelesen wird 100.', 'warning']],
    );
    const [fix] = quickFixes({ uri: URI, text, protocol, diagnostics, range: diagnostics[0].range, today: '2017-03-01', language: 'de' });
    assert.equal(fix.edit.changes[URI][0].newText, '100');
  });

  it('reads number words and approximations in both languages', () => {
    const read = (front: string) => [check(front).protocol.meta.day?.value ?? check(front).protocol.meta.participants?.value, check(front).diagnostics.length];
    assert.deepEqual(read('day: eins'), [1, 1]);
    assert.deepEqual(read('day: two'), [2, 1]);
    assert.deepEqual(read('participants: ~40'), [40, 1]);
    assert.deepEqual(read('participants: about 30 people'), [30, 1]);
    assert.deepEqual(read('participants: 12'), [12, 0]);
    assert.deepEqual(read('participants: "12"'), [12, 0]);
  });

  it('keeps and names a value that means no number, without a fix', () => {
    const { protocol, diagnostics } = check('participants: viele', 'en');
    assert.equal(protocol.meta.participants, undefined);
    assert.deepEqual(
      diagnostics.map((d) => [d.message, d.suggestion]),
      [['"viele" is no number for `participants`; the value is not counted.', undefined]],
    );
  });
});

describe('empty-section', () => {
  const check = (body: string) => {
    const text = `# T\n\n${body}`;
    const protocol = parseSession(text, URI);
    const diagnostics = validateSession(protocol, { others: [], language: 'de' }).filter((d) => d.code === 'empty-section');
    return { text, protocol, diagnostics };
  };

  it('names a heading with nothing below it, with a fix that removes the heading', () => {
    const { text, protocol, diagnostics } = check('## Notizen\n## Offene Fragen\n\n## Ergebnisse\n- x\n');
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.severity, d.message]),
      [
        [2, 'information', 'Unter „Notizen“ steht nichts: ergänzen Sie den Abschnitt oder entfernen Sie die Überschrift.'],
        [3, 'information', 'Unter „Offene Fragen“ steht nichts: ergänzen Sie den Abschnitt oder entfernen Sie die Überschrift.'],
      ],
    );
    const [fix] = quickFixes({ uri: URI, text, protocol, diagnostics, range: diagnostics[0].range, today: '2017-03-01', language: 'de' });
    assert.equal(fix.title, 'Leere Überschrift „Notizen“ entfernen');
    assert.deepEqual(fix.edit.changes[URI], [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, newText: '' }]);
  });

  it("leaves the template's placeholders and the sections with rules of their own alone", () => {
    assert.deepEqual(check('## Teilnehmende\n- \n\n## Offene Fragen\n<!-- Was blieb offen? -->\n\n## Ergebnisse\n\n## Nächste Schritte\n').diagnostics, []);
  });
});

describe('dates in every section', () => {
  it('names a date that does not exist wherever it stands, and leaves real ones and look-alikes alone', () => {
    const text = [
      '# T',
      '',
      'Vorab am 31.04.2017 besprochen.',
      '',
      '## Ergebnisse',
      '- Frist war der 30.02.2017',
      '- gilt ab 2017-03-01, Version 1.2.2017.3',
      '',
      '## Notizen',
      'Termin 2017-13-01, Telefon 040-1234-5678, `0000-00-00` [Link](https://x.org/2017-02-31)',
      '',
      '```',
      '2017-99-99',
      '```',
      '',
      '## Verabredungen',
      '- [ ] Bericht @anna bis 2017-02-29',
    ].join('\n');
    const problems = parseSession(text, URI).problems.filter((p) => p.code === 'invalid-date');
    assert.deepEqual(
      problems.map((p) => [p.args.date, p.range.start.line, p.range.start.character]),
      [
        ['31.04.2017', 2, 9],
        ['30.02.2017', 5, 16],
        ['2017-13-01', 9, 7],
        ['2017-02-29', 16, 24],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
  });
});
