// Quick fixes and "fix all" from the core: cursor-marked documents, the fix chosen by its title, the text afterwards.
import { strict as assert } from 'node:assert';
import { fixAll, quickFixes } from '../../server/src/core/editor';
import type { EventPlan, SessionSummary } from '../../server/src/core/model';
import { applyPlan, findings, marked, PLAN_TEXT, PLAN_URI, session, testPlan, URI } from './intelligence.helpers';

interface Case {
  name: string;
  lines: string[];
  plan?: EventPlan;
  others?: SessionSummary[];
  /** The title of the fix to apply. */
  title: string;
  /** The document afterwards (omit when the fix edits only barcamp.json). */
  expect?: string[];
  /** Lines of barcamp.json that must appear afterwards. */
  planExpect?: string[];
}

const STEP = '- [ ] Checkliste teilen @anna-schmidt bis 2017-02-28';
const TODAY = '2024-02-20';
/** Another session of the event, in Elbe at 10:30 on day 1. */
const ELBE_1030 = session('file:///camp/sessions/b.session.md', '---', 'title: B', 'day: 1', 'slot: "10:30"', 'room: Elbe', '---').summary;

const TABLE: Case[] = [
  {
    name: 'missing-findings: the section goes between participants and next steps',
    lines: ['# Thema|', '', '## Teilnehmende', '- Anna Schmidt', '', '## Nächste Schritte', STEP, ''],
    title: 'Abschnitt „Ergebnisse“ einfügen',
    expect: ['# Thema', '', '## Teilnehmende', '- Anna Schmidt', '', '## Ergebnisse', '- ', '', '## Nächste Schritte', STEP, ''],
  },
  {
    name: 'missing-next-steps: "keine" at the end, in the document language',
    lines: ['# Topic|', '', '## Findings', '- A finding'],
    title: 'Abschnitt „Next steps“ mit „none“ einfügen (nichts vereinbart)',
    expect: ['# Topic', '', '## Findings', '- A finding', '', '## Next steps', '- none', ''],
  },
  {
    name: 'missing-next-steps on an empty section: "keine" below its heading',
    lines: ['# Thema', '## Ergebnisse', '- E', '## Nächste Schritte|', '', '## Offene Fragen', '- F'],
    title: '„keine“ eintragen (nichts vereinbart)',
    expect: ['# Thema', '## Ergebnisse', '- E', '## Nächste Schritte', '- keine', '', '## Offene Fragen', '- F'],
  },
  {
    name: 'missing-topic: a heading after the frontmatter, named after the file',
    lines: ['---|', 'day: 1', '---', '## Ergebnisse', '- E', '## Nächste Schritte', '- keine'],
    title: 'Überschrift „# Datenschutz“ einfügen',
    expect: ['---', 'day: 1', '---', '', '# Datenschutz', '', '## Ergebnisse', '- E', '## Nächste Schritte', '- keine'],
  },
  {
    name: 'next-step-without-owner: a participant, written before the due date',
    lines: ['# T', '## Teilnehmende', '- Norbert Weiß', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen bis 2017-02-28'],
    plan: testPlan(),
    title: '@norbert-weiß als verantwortlich eintragen (Norbert Weiß)',
    expect: ['# T', '## Teilnehmende', '- Norbert Weiß', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien teilen @norbert-weiß bis 2017-02-28'],
  },
  {
    name: 'next-step-without-owner: a placeholder at the end of the line',
    lines: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen  '],
    title: 'Platzhalter „@vorname-nachname“ als Verantwortliche eintragen',
    expect: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien teilen @vorname-nachname  '],
  },
  {
    name: 'next-step-without-due-date: a date in one week, in the German style a German protocol asks for',
    lines: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen @anna-schmidt'],
    plan: testPlan(),
    title: 'Frist 27.02.2024 ergänzen (in einer Woche)',
    expect: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien teilen @anna-schmidt bis 27.02.2024'],
  },
  {
    name: "next-step-without-due-date: in the style the protocol's other dates use",
    lines: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen @anna-schmidt', '- [ ] Raum buchen @anna-schmidt bis 2024-03-01'],
    plan: testPlan(),
    title: 'Frist 2024-02-27 ergänzen (in einer Woche)',
    expect: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien teilen @anna-schmidt bis 2024-02-27', '- [ ] Raum buchen @anna-schmidt bis 2024-03-01'],
  },
  {
    name: 'next-step-without-due-date: tick it off',
    lines: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen @anna-schmidt'],
    plan: testPlan(),
    title: 'Als erledigt abhaken',
    expect: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [x] Folien teilen @anna-schmidt'],
  },
  {
    name: 'unknown-person: did you mean',
    lines: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] X @ana-schmid|t bis 2017-02-28'],
    plan: testPlan(),
    title: 'Ändern in @anna-schmidt',
    expect: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] X @anna-schmidt bis 2017-02-28'],
  },
  {
    name: 'next-step-without-owner with barcamp.json: a participant it does not list is added there and made responsible in one step',
    lines: ['# T', '## Teilnehmende', '- Gerda Paulsen', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen'],
    plan: testPlan(),
    title: '„Gerda Paulsen“ in die barcamp.json eintragen und als @gerda-paulsen verantwortlich machen',
    expect: ['# T', '## Teilnehmende', '- Gerda Paulsen', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien teilen @gerda-paulsen'],
    planExpect: ['    { "id": "gerda-paulsen", "name": "Gerda Paulsen" }', '  ]'],
  },
  {
    name: "next-step-without-owner: a host written with an organisation is the plan's person, not a new one",
    lines: ['---', 'host: Anna Schmidt (Kreis Pinneberg)', '---', '# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen'],
    plan: testPlan(),
    title: '@anna-schmidt als verantwortlich eintragen (Anna Schmidt)',
    expect: ['---', 'host: Anna Schmidt (Kreis Pinneberg)', '---', '# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien teilen @anna-schmidt'],
  },
  {
    name: "next-step-without-owner with barcamp.json: the plan's people, no placeholder that would be an unknown person",
    lines: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen'],
    plan: testPlan(),
    title: '@anna-schmidt als verantwortlich eintragen (Anna Schmidt)',
    expect: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien teilen @anna-schmidt'],
  },
  {
    name: 'unknown-person: add to barcamp.json, in the list layout',
    lines: ['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] X @max-muster|mann bis 2017-02-28'],
    plan: testPlan(),
    title: '@max-mustermann als „Max Mustermann“ in die barcamp.json eintragen',
    planExpect: ['    { "id": "leslie", "name": "Leslie Czernik" },', '    { "id": "max-mustermann", "name": "Max Mustermann" }', '  ]'],
  },
  {
    name: 'unknown-person without barcamp.json: add to the participants',
    lines: ['# T', '## Teilnehmende', '- Anna Schmidt', '', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] X @jan-o|le bis 2017-02-28'],
    title: '„Jan Ole“ unter Teilnehmende eintragen',
    expect: ['# T', '## Teilnehmende', '- Anna Schmidt', '- Jan Ole', '', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] X @jan-ole bis 2017-02-28'],
  },
  {
    name: 'unknown-room: did you mean, keeping the quotes',
    lines: ['---', 'room: "weser|"', '---', '# T'],
    plan: testPlan(),
    title: 'Ändern in „Weser“',
    expect: ['---', 'room: "Weser"', '---', '# T'],
  },
  {
    name: 'unknown-room: add the room to barcamp.json',
    lines: ['---', 'room: Donau|', '---', '# T'],
    plan: testPlan(),
    title: 'Raum „Donau“ in die barcamp.json eintragen',
    planExpect: ['  "rooms": ["Elbe", "Weser", "Donau"],'],
  },
  {
    name: 'unknown-slot: a time is written in quotes',
    lines: ['---', 'slot: 10.30|', '---', '# T'],
    plan: testPlan(),
    title: 'Ändern in „10:30“',
    expect: ['---', 'slot: "10:30"', '---', '# T'],
  },
  {
    name: 'unknown-field: the intended key',
    lines: ['---', 'tit|el: Datenschutz', '---'],
    title: 'Ändern in „title“',
    expect: ['---', 'title: Datenschutz', '---'],
  },
  {
    name: 'unknown-field: remove the field',
    lines: ['---', 'title: T', 'foo|: bar', 'day: 1', '---'],
    title: 'Feld „foo“ entfernen',
    expect: ['---', 'title: T', 'day: 1', '---'],
  },
  {
    name: 'duplicate-section: the later items move to the first section',
    lines: ['# T', '## Ergebnisse', '- A', '', '## Teilnehmende', '- P', '', '## Erkenntnisse|', '- B', '- C', '', '## Offene Fragen', '- F'],
    title: 'In den ersten Abschnitt „Ergebnisse“ zusammenführen',
    expect: ['# T', '## Ergebnisse', '- A', '- B', '- C', '', '## Teilnehmende', '- P', '', '## Offene Fragen', '- F'],
  },
  {
    name: 'duplicate-section at the end of the document',
    lines: ['# T', '## Ergebnisse', 'Ein Absatz.', '', '## Zusammenfassung|', '- B'],
    title: 'In den ersten Abschnitt „Ergebnisse“ zusammenführen',
    expect: ['# T', '## Ergebnisse', 'Ein Absatz.', '', '- B', ''],
  },
  {
    name: 'topic-mismatch: the title as heading',
    lines: ['---', 'title: KI im Amt', '---', '# KI in der Verwaltung|'],
    title: 'Titel „KI im Amt“ als Überschrift übernehmen',
    expect: ['---', 'title: KI im Amt', '---', '# KI im Amt'],
  },
  {
    name: 'topic-mismatch: the heading as title',
    lines: ['---', 'title: "KI im Amt"', '---', '# KI in der Verwaltung|'],
    title: 'Überschrift „KI in der Verwaltung“ als Titel übernehmen',
    expect: ['---', 'title: "KI in der Verwaltung"', '---', '# KI in der Verwaltung'],
  },
  {
    name: 'participant-count-mismatch: the number listed',
    lines: ['---', 'participants: 1|', '---', '## Teilnehmende', '- A', '- B'],
    title: 'Teilnehmerzahl auf 2 setzen',
    expect: ['---', 'participants: 2', '---', '## Teilnehmende', '- A', '- B'],
  },
  {
    name: 'frontmatter-syntax (unclosed): the closing line',
    lines: ['---|', 'title: T', 'day: 1', '', '# T'],
    title: 'Kopfbereich mit „---“ abschließen',
    expect: ['---', 'title: T', 'day: 1', '---', '', '# T'],
  },
  {
    name: 'unknown-day: a day barcamp.json lists',
    lines: ['---', 'day: 3|', '---', '# T'],
    plan: testPlan(),
    title: 'Ändern in „1“',
    expect: ['---', 'day: 1', '---', '# T'],
  },
  {
    name: 'unknown-day on a date: an event date, in the style written',
    lines: ['---', 'date: 28.01.2017|', '---', '# T'],
    plan: testPlan(),
    title: 'Ändern in „27.01.2017“',
    expect: ['---', 'date: 27.01.2017', '---', '# T'],
  },
  {
    name: 'room-slot-conflict: a slot in which the room is free',
    lines: ['---', 'day: 1', 'slot: "10:30|"', 'room: Elbe', '---', '# T'],
    plan: testPlan(),
    others: [ELBE_1030],
    title: 'In den Slot „14:00“ verlegen (Raum dann frei)',
    expect: ['---', 'day: 1', 'slot: "14:00"', 'room: Elbe', '---', '# T'],
  },
  {
    name: 'room-slot-conflict: a room free in this slot',
    lines: ['---', 'day: 1', 'slot: "10:30|"', 'room: Elbe', '---', '# T'],
    plan: testPlan(),
    others: [ELBE_1030],
    title: 'In den Raum „Weser“ verlegen (in diesem Slot frei)',
    expect: ['---', 'day: 1', 'slot: "10:30"', 'room: Weser', '---', '# T'],
  },
  {
    name: 'mixed languages: headings in the event language',
    lines: ['# T', '## Teilnehmende', '- A', '## Findings|', '- F', '## Next steps:', '- keine'],
    plan: testPlan(),
    title: 'Alle Abschnittsüberschriften auf Deutsch',
    expect: ['# T', '## Teilnehmende', '- A', '## Ergebnisse', '- F', '## Nächste Schritte:', '- keine'],
  },
];

function input(lines: string[], plan: EventPlan | undefined, whole = false, others: SessionSummary[] = []) {
  const doc = marked(...lines);
  const range = whole ? { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } } : { start: doc.position, end: doc.position };
  const diagnostics = findings(doc.text, plan, others);
  return { uri: URI, ...doc, diagnostics, range, plan, others, planText: plan ? PLAN_TEXT : undefined, today: TODAY, language: 'de' as const };
}

describe('quick fixes (core)', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const request = input(row.lines, row.plan, false, row.others);
      const actions = quickFixes(request);
      const action = actions.find((a) => a.title === row.title);
      assert.ok(action, `no fix "${row.title}"; offered: ${actions.map((a) => a.title).join(' | ') || 'none'}`);
      if (row.expect) assert.equal(applyPlan(request.text, action.edit, URI), row.expect.join('\n'));
      if (row.planExpect) {
        const after = applyPlan(PLAN_TEXT, action.edit, PLAN_URI);
        assert.ok(after.includes(row.planExpect.join('\n')), after);
        assert.doesNotThrow(() => JSON.parse(after), 'barcamp.json must stay valid JSON');
      }
    });
  }

  it('offers no owner placeholder when barcamp.json lists people: it would only be an unknown person', () => {
    const titles = quickFixes(input(['# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen'], testPlan(), false)).map((a) => a.title);
    assert.ok(titles.length > 0 && !titles.some((t) => t.includes('Platzhalter')), titles.join(' | '));
  });

  it('every fix names the finding it fixes, except heading normalization', () => {
    for (const row of TABLE) {
      for (const action of quickFixes(input(row.lines, row.plan, false, row.others))) {
        assert.ok(action.diagnostics.length > 0 || action.title.startsWith('Alle Abschnitts'), `${row.name}: ${action.title}`);
      }
    }
  });

  it('offers nothing away from findings and without a finding that has an obvious fix', () => {
    assert.deepEqual(quickFixes(input(['# T', '## Ergebnisse', '- E|', '## Nächste Schritte', '- keine'], undefined)), []);
    assert.deepEqual(quickFixes(input(['---', 'date: 30.02.2017|', '---', '# T', '## Ergebnisse', '- E', '## Nächste Schritte', '- keine'], undefined)), []);
  });

  it('titles follow the editor language', () => {
    const request = { ...input(['# Thema|', '## Teilnehmende', '- A'], undefined), language: 'en' as const };
    assert.ok(quickFixes(request).some((a) => a.title === 'Insert section "Ergebnisse"'));
  });
});

describe('fix all (core)', () => {
  it('applies the safe fixes and leaves the rest', () => {
    const lines = [
      '---',
      'title: T',
      'tag: KI',
      'room: elbe',
      'slot: "9:00"',
      '---',
      '# T|',
      '## Teilnehmende',
      '- A',
      '## Findings',
      '- F',
      '## Next steps',
      '- [ ] Ohne Verantwortliche',
      '## Ergebnisse',
      '- G',
    ];
    const request = input(lines, testPlan(), true);
    const action = fixAll(request);
    assert.ok(action);
    assert.equal(action.kind, 'source.fixAll.barcamp');
    const expected = [
      '---',
      'title: T',
      'tags: KI',
      'room: Elbe',
      'slot: "9:00"',
      '---',
      '# T',
      '## Teilnehmende',
      '- A',
      '## Ergebnisse',
      '- F',
      '- G',
      '## Nächste Schritte',
      '- [ ] Ohne Verantwortliche',
    ].join('\n');
    assert.equal(applyPlan(request.text, action.edit, URI), expected);
    assert.deepEqual(action.diagnostics.map((d) => d.code).sort(), ['duplicate-section', 'unknown-field', 'unknown-room']);
  });

  it('is undefined when nothing is safe to fix', () => {
    assert.equal(fixAll(input(['# T', '## Nächste Schritte', '- [ ] X|'], undefined, true)), undefined);
  });
});
