// Completion from the core: one table of cursor-marked documents, the labels proposed, and the text after accepting one.
import { strict as assert } from 'node:assert';
import { complete } from '../../server/src/core/editor';
import type { EventPlan, SessionSummary } from '../../server/src/core/model';
import { applyEdits, marked, session, testPlan } from './intelligence.helpers';

interface Case {
  name: string;
  lines: string[];
  plan?: EventPlan;
  others?: SessionSummary[];
  language?: 'de' | 'en';
  expect: string[];
  /** Accept the proposal with this label and compare the line at the cursor afterwards. */
  accept?: { label: string; line: string };
}

const FM = ['---', 'title: Datenschutz', 'day: 1'];
const OTHER = session('file:///camp/sessions/b.session.md', '---', 'title: B', 'room: Elbe', 'slot: "10:30"', 'tags: [Recht, Datenschutz]', '---').summary;
const THIRD = session('file:///camp/sessions/c.session.md', '---', 'title: C', 'room: Foyer', 'tags: [Recht]', '---').summary;
const TODAY = '2024-02-20';

const TABLE: Case[] = [
  {
    name: 'missing sections in the German document, after "##"',
    lines: [...FM, '---', '# Datenschutz', '## Teilnehmende', '- Anna Schmidt', '##|'],
    expect: ['## Ergebnisse', '## Nächste Schritte', '## Offene Fragen'],
    accept: { label: '## Ergebnisse', line: '## Ergebnisse' },
  },
  {
    name: 'missing sections in the English document, already filtered by the editor',
    lines: ['# Open data', '## Findings', '- A', '## N|'],
    language: 'de',
    expect: ['## Participants', '## Next steps', '## Open questions'],
  },
  {
    name: 'a document without sections uses the event language',
    lines: ['# Thema', '#|'],
    plan: testPlan({ language: 'en' }),
    expect: ['## Participants', '## Findings', '## Next steps', '## Open questions'],
  },
  {
    name: 'the topic heading from the title when the "#" heading is missing',
    lines: ['---', 'title: KI im Amt', '---', '# |'],
    expect: ['# KI im Amt'],
    accept: { label: '# KI im Amt', line: '# KI im Amt' },
  },
  {
    name: 'frontmatter keys not yet written',
    lines: ['---', 'title: X', 'ro|', '---'],
    expect: ['day', 'date', 'slot', 'room', 'host', 'documenter', 'tags', 'participants', 'status', 'actionField'],
    accept: { label: 'room', line: 'room: ' },
  },
  {
    name: 'a key before an existing colon is inserted without another colon',
    lines: ['---', 'ti|: X', '---'],
    expect: ['title', 'day', 'date', 'slot', 'room', 'host', 'documenter', 'tags', 'participants', 'status', 'actionField'],
    accept: { label: 'title', line: 'title: X' },
  },
  {
    name: "rooms from barcamp.json only, never another session's room the plan does not know",
    lines: [...FM, 'room: |', '---'],
    plan: testPlan(),
    others: [OTHER, THIRD],
    expect: ['Elbe', 'Weser'],
    accept: { label: 'Weser', line: 'room: Weser' },
  },
  {
    name: 'without rooms in a plan, the rooms other sessions use',
    lines: [...FM, 'room: |', '---'],
    others: [OTHER, THIRD],
    expect: ['Elbe', 'Foyer'],
  },
  {
    name: 'a value right after the colon gets a space',
    lines: [...FM, 'room:|', '---'],
    plan: testPlan(),
    expect: ['Elbe', 'Weser'],
    accept: { label: 'Elbe', line: 'room: Elbe' },
  },
  {
    name: 'slots are quoted, and replace what is typed',
    lines: [...FM, 'slot: 1|0', '---'],
    plan: testPlan(),
    expect: ['10:30', '14:00'],
    accept: { label: '14:00', line: 'slot: "14:00"' },
  },
  {
    name: 'a quote the user typed is kept',
    lines: [...FM, "slot: '|", '---'],
    plan: testPlan(),
    expect: ['10:30', '14:00'],
    accept: { label: '10:30', line: "slot: '10:30'" },
  },
  {
    name: 'days with their dates, dates with their days',
    lines: ['---', 'day: |', '---'],
    plan: testPlan(),
    expect: ['1', '2'],
  },
  {
    name: 'host: the session participants first, then barcamp.json',
    lines: ['---', 'host: |', '---', '## Teilnehmende', '- Peter Krause (Stadt Flensburg)', '- Anna Schmidt'],
    plan: testPlan(),
    expect: ['Peter Krause', 'Anna Schmidt', 'Norbert Weiß', 'Leslie Czernik'],
  },
  {
    name: 'tags of the event not yet used here, most used first, inside a flow list',
    lines: ['---', 'tags: [KI, |]', '---'],
    others: [OTHER, THIRD],
    expect: ['Recht', 'Datenschutz'],
    accept: { label: 'Recht', line: 'tags: [KI, Recht]' },
  },
  {
    name: 'participants: the number listed',
    lines: ['---', 'participants: |', '---', '## Teilnehmende', '- A', '- B'],
    expect: ['2'],
  },
  {
    name: 'after @: people of the session first, then barcamp.json; the edit replaces the @ too',
    lines: ['---', 'host: Norbert Weiß', '---', '## Nächste Schritte', '- [ ] Folien teilen @no|'],
    plan: testPlan(),
    expect: ['@norbert-weiß', '@anna-schmidt', '@leslie'],
    accept: { label: '@leslie', line: '- [ ] Folien teilen @leslie' },
  },
  {
    name: 'after @ in the middle of a handle the whole handle is replaced',
    lines: ['## Nächste Schritte', '- [ ] Folien @an|na-sch bis 2017-02-01'],
    plan: testPlan(),
    expect: ['@anna-schmidt', '@norbert-weiß', '@leslie'],
    accept: { label: '@anna-schmidt', line: '- [ ] Folien @anna-schmidt bis 2017-02-01' },
  },
  {
    name: 'without barcamp.json: the session people, as handles of their names',
    lines: ['---', 'documenter: Leslie Czernik', '---', '## Teilnehmende', '- Anna Schmidt (Kreis Pinneberg)', '## Aufgaben', '- [ ] X @|'],
    expect: ['@leslie-czernik', '@anna-schmidt'],
  },
  {
    name: 'no people in an e-mail address',
    lines: ['## Nächste Schritte', '- [ ] Mail an anna@|'],
    plan: testPlan(),
    expect: [],
  },
  {
    name: 'due dates after "bis": in a week, two weeks, end of month, then the event days, as a German protocol writes them',
    lines: ['## Nächste Schritte', '- [ ] Folien teilen @anna-schmidt bis |'],
    plan: testPlan(),
    expect: ['27.02.2024', '05.03.2024', '29.02.2024', '26.01.2017', '27.01.2017'],
    accept: { label: '27.02.2024', line: '- [ ] Folien teilen @anna-schmidt bis 27.02.2024' },
  },
  {
    name: 'due dates in ISO when the German protocol writes its dates that way',
    lines: ['## Nächste Schritte', '- [ ] A bis 2017-02-01', '- [ ] B bis |'],
    plan: testPlan(),
    expect: ['2024-02-27', '2024-03-05', '2024-02-29', '2017-01-26', '2017-01-27'],
  },
  {
    name: 'due dates in the German style when the protocol writes dates that way',
    lines: ['## Nächste Schritte', '- [ ] A bis 01.02.2017', '- [ ] B due: |'],
    expect: ['27.02.2024', '05.03.2024', '29.02.2024'],
  },
  {
    name: 'no dates after "bis" outside next steps',
    lines: ['## Ergebnisse', '- Das dauert bis |'],
    plan: testPlan(),
    expect: [],
  },
  {
    name: 'nothing in plain prose',
    lines: ['## Ergebnisse', '- Daten|schutz'],
    plan: testPlan(),
    expect: [],
  },
];

describe('completion (core)', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const doc = marked(...row.lines);
      const input = { ...doc, plan: row.plan, others: row.others ?? [], today: TODAY, language: row.language ?? 'de' } as const;
      const entries = complete(input);
      assert.deepEqual(
        entries.map((e) => e.label),
        row.expect,
      );
      for (const e of entries) {
        assert.ok(e.edit.range.start.character <= doc.position.character && doc.position.character <= e.edit.range.end.character, `${e.label}: the edit range must contain the cursor`);
      }
      if (row.accept) {
        const chosen = entries.find((e) => e.label === row.accept?.label);
        assert.ok(chosen, `no proposal ${row.accept.label}`);
        const after = applyEdits(doc.text, [chosen.edit]).split('\n')[doc.position.line];
        assert.equal(after, row.accept.line);
      }
    });
  }

  it('labels people with name and organisation, dates with why they are proposed (German and English)', () => {
    const doc = marked('## Nächste Schritte', '- [ ] X @an|');
    const [anna] = complete({ ...doc, plan: testPlan(), others: [], today: TODAY, language: 'de' });
    assert.equal(anna.detail?.trim(), 'Anna Schmidt');
    assert.equal(anna.description, 'Kreis Pinneberg');
    const due = marked('## Next steps', '- [ ] X due |');
    assert.equal(complete({ ...due, others: [], today: TODAY, language: 'en' })[0].detail?.trim(), 'in one week');
    assert.equal(complete({ ...due, others: [], today: TODAY, language: 'de' })[0].detail?.trim(), 'in einer Woche');
  });

  it('never throws, also at positions outside the text', () => {
    const doc = marked('---', 'title: |');
    for (const position of [
      { line: 99, character: 0 },
      { line: 1, character: 99 },
      { line: 0, character: 0 },
    ]) {
      assert.doesNotThrow(() => complete({ ...doc, position, others: [], today: 'kaputt', language: 'de' }));
    }
  });
});
