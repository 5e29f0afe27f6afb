// The organizer's core functions, table by table: check off a step, new-session skeleton, Sessions view tree, Next-steps groups.
import { strict as assert } from 'node:assert';
import {
  actionFieldGroups,
  eventPlanSkeleton,
  nextStepsOverview,
  parseEventPlan,
  parseSession,
  preferredSessionFolder,
  sessionFileStem,
  sessionSkeleton,
  sessionsOverview,
  sessionState,
  stepDoneEdits,
  summarize,
  validateSession,
  localProblems,
  crossFileProblems,
  toDiagnostics,
  SessionIndex,
  type Diagnostic,
  type EventPlan,
  type StepGrouping,
  type DiagnosticCode,
  type RuleSetting,
} from '../../server/src/core';
import { lines } from './helpers';

const PLAN: EventPlan = parseEventPlan(
  JSON.stringify({
    name: 'Testcamp',
    language: 'de',
    days: [
      { day: 1, date: '2017-01-26' },
      { day: 2, date: '2017-01-27' },
    ],
    rooms: ['Elbe', 'Weser'],
    slots: ['9:00', '10:30', '14:00'],
    people: [{ id: 'anna-schmidt', name: 'Anna Schmidt' }],
  }),
  'file:///camp/barcamp.json',
).plan!;

describe('stepDoneEdits: check a next step off or re-open it', () => {
  const cases: Array<{ name: string; doc: string; line: number; done: boolean; expected: Array<[number, number, number, number, string]> | undefined }> = [
    { name: 'checks off an open task', doc: lines('## Nächste Schritte', '- [ ] Folien @anna'), line: 1, done: true, expected: [[1, 2, 1, 5, '[x]']] },
    { name: 're-opens a done task', doc: lines('## Next steps', '- [x] Slides @anna'), line: 1, done: false, expected: [[1, 2, 1, 5, '[ ]']] },
    { name: 're-opens an upper-case [X]', doc: lines('## Next steps', '* [X] Slides'), line: 1, done: false, expected: [[1, 2, 1, 5, '[ ]']] },
    { name: 'nothing to do when already done', doc: lines('## Next steps', '- [x] Slides'), line: 1, done: true, expected: [] },
    { name: 'inserts a checkbox into a plain item', doc: lines('## Nächste Schritte', '- Folien teilen'), line: 1, done: true, expected: [[1, 2, 1, 2, '[x] ']] },
    { name: 'inserts after an ordered marker and its blanks', doc: lines('## Next steps', '1.  Share slides'), line: 1, done: true, expected: [[1, 4, 1, 4, '[x] ']] },
    { name: 'indented item', doc: lines('## Next steps', '  - Share slides'), line: 1, done: true, expected: [[1, 4, 1, 4, '[x] ']] },
    { name: 're-opening a plain item needs nothing', doc: lines('## Next steps', '- Share slides'), line: 1, done: false, expected: [] },
    { name: 'a paragraph has no place for a checkbox', doc: lines('## Next steps', '', 'Share the slides.'), line: 2, done: true, expected: undefined },
    { name: 'no step starts on that line', doc: lines('## Next steps', '- [ ] Slides'), line: 0, done: true, expected: undefined },
    { name: 'a line outside the document', doc: lines('## Next steps', '- [ ] Slides'), line: 99, done: true, expected: undefined },
    { name: 'CRLF line endings', doc: '## Next steps\r\n- Share slides\r\n', line: 1, done: true, expected: [[1, 2, 1, 2, '[x] ']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const edits = stepDoneEdits(c.doc, parseSession(c.doc, 'file:///camp/a.session.md'), c.line, c.done)?.edits;
      const flat = edits?.map((e): [number, number, number, number, string] => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]);
      assert.deepEqual(flat, c.expected);
      if (edits && edits.length > 0) {
        // Applied, the step has the wanted state and nothing else changed.
        const after = apply(c.doc, edits[0]);
        assert.equal(parseSession(after, 'file:///camp/a.session.md').nextSteps.find((s) => s.range.start.line === c.line)?.done, c.done);
      }
    });
  }
});

describe('sessionFileStem', () => {
  const stems: Array<[string, string]> = [
    ['E-Akte einführen – aber wie?', 'e-akte-einführen-aber-wie'],
    ['KI im Amt', 'ki-im-amt'],
    ['  ', 'session'],
    ['???', 'session'],
    ['.hidden topic', 'hidden-topic'],
    ['Straße & Verkehr: 2030', 'straße-verkehr-2030'],
    ['a'.repeat(40) + ' ' + 'b'.repeat(40), 'a'.repeat(40)],
    ['../../etc/passwd', 'etcpasswd'],
  ];
  for (const [topic, stem] of stems) it(`${JSON.stringify(topic)} → ${stem}`, () => assert.equal(sessionFileStem(topic), stem));
});

describe('sessionSkeleton', () => {
  const cases: Array<{ name: string; input: Parameters<typeof sessionSkeleton>[0]; frontmatter: string[]; headings: string[] }> = [
    {
      name: 'German with day, slot and room',
      input: { topic: 'KI im Amt', day: '1', slot: '10:30', room: 'Elbe', language: 'de' },
      frontmatter: ['title: KI im Amt', 'day: 1', 'slot: "10:30"', 'room: Elbe', 'host:', 'documenter:', 'tags: []'],
      headings: ['# KI im Amt', '## Teilnehmende', '## Ergebnisse', '## Nächste Schritte', '## Offene Fragen'],
    },
    {
      name: 'English, a typed date becomes date:',
      input: { topic: 'Open data', day: '26.01.2017', language: 'en' },
      frontmatter: ['title: Open data', 'date: 2017-01-26', 'host:', 'documenter:', 'tags: []'],
      headings: ['# Open data', '## Participants', '## Findings', '## Next steps', '## Open questions'],
    },
    {
      name: 'free input that is no day is kept for the checks to report',
      input: { topic: 'X', day: 'morgen', slot: ' ', room: 'Raum: 3', language: 'de' },
      frontmatter: ['title: X', 'day: morgen', 'room: "Raum: 3"', 'host:', 'documenter:', 'tags: []'],
      headings: ['# X', '## Teilnehmende', '## Ergebnisse', '## Nächste Schritte', '## Offene Fragen'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const skeleton = sessionSkeleton(c.input);
      const text = skeleton.text.split('\n');
      assert.deepEqual(text.slice(1, text.indexOf('---', 1)), c.frontmatter);
      assert.deepEqual(
        text.filter((l) => l.startsWith('#')),
        c.headings,
      );
      assert.equal(text[skeleton.cursor.line - 1], c.headings[2], 'the cursor is in the first findings bullet');
      assert.equal(text[skeleton.cursor.line].slice(0, skeleton.cursor.character), '- ');
      // The skeleton parses into what was picked; free input that is no day is the only thing the parser names.
      const protocol = parseSession(skeleton.text, 'file:///camp/x.session.md');
      assert.equal(protocol.topic?.value, c.input.topic.trim());
      assert.deepEqual(
        protocol.problems.map((p) => p.code),
        c.input.day === 'morgen' ? ['invalid-field-value'] : [],
      );
    });
  }

  it('a skeleton with values from the plan has no problem besides (at most) the empty findings and next steps', () => {
    const { text } = sessionSkeleton({ topic: 'KI im Amt', day: '2', slot: '9:00', room: 'Weser', language: 'de' });
    const diagnostics = validateSession(parseSession(text, 'file:///camp/k.session.md'), { plan: PLAN, others: [], language: 'de' });
    const unexpected = diagnostics.filter((d) => d.code !== 'missing-findings' && d.code !== 'missing-next-steps');
    assert.deepEqual(unexpected, []);
  });
});

describe('eventPlanSkeleton', () => {
  const cases: Array<[Parameters<typeof eventPlanSkeleton>[0], { name?: string; language?: string; days: unknown[] }]> = [
    [
      { name: 'Barcamp Nord', language: 'de', date: '26.01.2017' },
      { name: 'Barcamp Nord', language: 'de', days: [{ day: 1, date: '2017-01-26' }] },
    ],
    [
      { name: '  Camp\n 2030 ', language: 'en', date: '2030-02-30' },
      { name: 'Camp 2030', language: 'en', days: [{ day: 1 }] },
    ],
    [
      { name: '', language: 'de' },
      { name: 'Barcamp', language: 'de', days: [{ day: 1 }] },
    ],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input.name)} (${input.language}, ${input.date ?? 'no date'})`, () => {
      const text = eventPlanSkeleton(input);
      const { plan, error } = parseEventPlan(text, 'file:///camp/barcamp.json');
      assert.equal(error, undefined);
      assert.deepEqual({ name: plan?.name, language: plan?.language, days: plan?.days }, expected);
      assert.deepEqual([plan?.rooms, plan?.slots, plan?.people, plan?.output.folder], [[], [], [], 'dokumentation']);
      assert.ok(text.endsWith('}\n'));
    });
  }
});

describe('preferredSessionFolder', () => {
  const cases: Array<[string[], string]> = [
    [[], 'file:///camp'],
    [['file:///camp/sessions/a.session.md', 'file:///camp/sessions/b.session.md', 'file:///camp/c.session.md'], 'file:///camp/sessions'],
    [['file:///camp/b/x.session.md', 'file:///camp/a/y.session.md'], 'file:///camp/a'],
  ];
  for (const [uris, folder] of cases) it(`${uris.length} sessions → ${folder}`, () => assert.equal(preferredSessionFolder(uris, 'file:///camp'), folder));
});

describe('sessionState', () => {
  const d = (severity: Diagnostic['severity']): Diagnostic => ({ code: 'missing-findings', severity, message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  const cases: Array<[Diagnostic[], string]> = [
    [[], 'complete'],
    [[d('information'), d('hint')], 'complete'],
    [[d('warning'), d('information')], 'warnings'],
    [[d('warning'), d('error')], 'errors'],
  ];
  for (const [diagnostics, state] of cases) it(`${diagnostics.map((x) => x.severity).join(', ') || 'none'} → ${state}`, () => assert.equal(sessionState(diagnostics).state, state));
});

/** A session file for the overview tests: frontmatter from `fields`, findings and the given next steps. */
function session(name: string, fields: Record<string, string | number>, steps: string[] = []) {
  const uri = `file:///camp/sessions/${name}.session.md`;
  const text = lines(
    '---',
    ...Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`),
    '---',
    '',
    '## Ergebnisse',
    '- Eins',
    '',
    '## Nächste Schritte',
    ...steps,
    '',
  );
  const protocol = parseSession(text, uri);
  return { summary: summarize(protocol), diagnostics: validateSession(protocol, { plan: PLAN, others: [], language: 'de' }) };
}

describe('sessionsOverview: day → slot → session in schedule order', () => {
  const sessions = [
    session('late', { title: 'Spät', day: 1, slot: '14:00', room: 'Elbe' }, ['- [ ] A @anna-schmidt bis 2017-02-01']),
    session('early-weser', { title: 'Früh Weser', day: 1, slot: '9:00', room: 'Weser' }, ['- [ ] B @anna-schmidt bis 2017-02-01']),
    session('early-elbe', { title: 'Früh Elbe', day: 1, slot: '9:00', room: 'Elbe' }, ['- [ ] C']),
    session('by-date', { title: 'Tag zwei', date: '2017-01-27', slot: '10:30', room: 'Elbe' }, ['- keine']),
    session('nowhere', { title: 'Ohne Slot', day: 2 }, ['- [ ] D @anna-schmidt bis 2017-02-01']),
  ];

  it('groups and orders', () => {
    const overview = sessionsOverview(sessions, { plan: PLAN, folderUri: 'file:///camp', language: 'de' });
    const tree = overview.days.map((d) => [d.label, d.slots.map((s) => [s.slot, s.sessions.map((x) => x.label)])]);
    assert.deepEqual(tree, [
      [
        'Tag 1 · 26.01.2017',
        [
          ['9:00', ['Früh Elbe', 'Früh Weser']],
          ['14:00', ['Spät']],
        ],
      ],
      ['Tag 2 · 27.01.2017', [['10:30', ['Tag zwei']]]],
    ]);
    assert.deepEqual(
      overview.unscheduled.map((s) => s.label),
      ['Ohne Slot'],
    );
    assert.equal(overview.days[0].slots[0].sessions[0].file, 'sessions/early-elbe.session.md');
  });

  it('problemsOnly leaves out complete sessions but counts them', () => {
    const overview = sessionsOverview(sessions, { plan: PLAN, folderUri: 'file:///camp', language: 'en', problemsOnly: true });
    const shown = [...overview.days.flatMap((d) => d.slots.flatMap((s) => s.sessions)), ...overview.unscheduled];
    assert.deepEqual(
      shown.map((s) => [s.label, s.state]),
      [['Früh Elbe', 'warnings']],
    );
    assert.deepEqual(overview.counts, { total: 5, complete: 4, warnings: 1, errors: 0 });
    assert.equal(overview.days[0].label, 'Day 1 · 26 Jan 2017');
  });
});

describe('actionFieldGroups: the Sessions view by action field', () => {
  const plan = {
    actionFields: [
      { id: 'mobilitaet', title: 'Mobilität im ländlichen Raum' },
      { id: 'open-data', title: 'Offene Daten in Kommunen' },
      { id: 'klima', title: 'Klimaschutz' },
    ],
  };
  type Row = [kind: string, id: string | undefined, title: string | undefined, sessions: string[]];
  const cases: Array<{ name: string; sessions: Array<{ label: string; actionField?: string }>; plan?: typeof plan; keepEmpty?: boolean; expected: Row[] }> = [
    {
      name: "the plan's fields in its order, the sessions without one last",
      sessions: [{ label: 'A', actionField: 'open-data' }, { label: 'B' }, { label: 'C', actionField: 'mobilitaet' }, { label: 'D', actionField: 'open-data' }],
      keepEmpty: true,
      expected: [
        ['field', 'mobilitaet', 'Mobilität im ländlichen Raum', ['C']],
        ['field', 'open-data', 'Offene Daten in Kommunen', ['A', 'D']],
        ['field', 'klima', 'Klimaschutz', []],
        ['none', undefined, undefined, ['B']],
      ],
    },
    {
      name: 'ids match case-insensitively, as the checks read them',
      sessions: [
        { label: 'A', actionField: 'Open-Data' },
        { label: 'B', actionField: 'KLIMA' },
      ],
      expected: [
        ['field', 'open-data', 'Offene Daten in Kommunen', ['A']],
        ['field', 'klima', 'Klimaschutz', ['B']],
      ],
    },
    {
      name: 'an unknown id groups under itself as first written, after the known ones, alphabetically',
      sessions: [{ label: 'A', actionField: 'verkehr' }, { label: 'B', actionField: 'Bildung' }, { label: 'C', actionField: 'VERKEHR' }, { label: 'D', actionField: 'klima' }, { label: 'E' }],
      expected: [
        ['field', 'klima', 'Klimaschutz', ['D']],
        ['unknown', 'Bildung', 'Bildung', ['B']],
        ['unknown', 'verkehr', 'verkehr', ['A', 'C']],
        ['none', undefined, undefined, ['E']],
      ],
    },
    {
      name: "without keepEmpty (the filtered view) the plan's fields without sessions are left out",
      sessions: [{ label: 'A', actionField: 'mobilitaet' }],
      expected: [['field', 'mobilitaet', 'Mobilität im ländlichen Raum', ['A']]],
    },
    {
      name: 'no plan, or a plan without action fields: every id is unknown',
      sessions: [{ label: 'A', actionField: 'mobilitaet' }, { label: 'B' }],
      plan: { actionFields: [] },
      keepEmpty: true,
      expected: [
        ['unknown', 'mobilitaet', 'mobilitaet', ['A']],
        ['none', undefined, undefined, ['B']],
      ],
    },
    { name: 'no sessions: only the empty fields of the plan', sessions: [], keepEmpty: true, expected: plan.actionFields.map((f): Row => ['field', f.id, f.title, []]) },
    { name: 'no sessions, filtered: nothing', sessions: [], expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const groups = actionFieldGroups(c.sessions, c.plan ?? plan, { keepEmpty: c.keepEmpty });
      assert.deepEqual(
        groups.map((g): Row => [g.kind, g.id, g.title, g.sessions.map((s) => s.label)]),
        c.expected,
      );
    });
  }
  it('no plan at all: the same as a plan without action fields', () => {
    assert.deepEqual(
      actionFieldGroups([{ actionField: 'x' }], undefined).map((g) => [g.kind, g.id]),
      [['unknown', 'x']],
    );
  });
});

describe('sessionsOverview grouped by action field', () => {
  const plan: EventPlan = {
    ...PLAN,
    actionFields: [
      { id: 'mobilitaet', title: 'Mobilität' },
      { id: 'klima', title: 'Klima' },
    ],
  };
  const sessions = [
    session('late', { title: 'Spät', day: 1, slot: '14:00', room: 'Elbe', actionField: 'mobilitaet' }),
    session('early', { title: 'Früh', day: 1, slot: '9:00', room: 'Elbe', actionField: 'Mobilitaet' }),
    session('typo', { title: 'Vertippt', day: 2, slot: '9:00', room: 'Weser', actionField: 'mobilität' }),
    session('none', { title: 'Ohne', day: 1, slot: '10:30', room: 'Weser' }, ['- keine']),
  ];

  it('groups in schedule order, leaves days and unscheduled empty, counts all', () => {
    const overview = sessionsOverview(sessions, { plan, folderUri: 'file:///camp', language: 'de', groupBy: 'actionField' });
    assert.deepEqual(
      overview.actionFields?.map((g) => [g.kind, g.title, g.sessions.map((s) => s.label)]),
      [
        ['field', 'Mobilität', ['Früh', 'Spät']],
        ['field', 'Klima', []],
        ['unknown', 'mobilität', ['Vertippt']],
        ['none', undefined, ['Ohne']],
      ],
    );
    assert.deepEqual([overview.days, overview.unscheduled], [[], []]);
    assert.equal(overview.counts.total, 4);
    assert.equal(overview.actionFields?.[0].sessions[0].actionField, 'Mobilitaet', 'a session keeps its id as written');
  });

  it('problemsOnly drops the groups left empty', () => {
    const overview = sessionsOverview(sessions, { plan, folderUri: 'file:///camp', language: 'de', groupBy: 'actionField', problemsOnly: true });
    // Checked against a plan without action fields, every id is a warning (unknown-action-field); "Ohne" is complete.
    assert.deepEqual(
      overview.actionFields?.map((g) => [g.kind, g.sessions.map((s) => s.label)]),
      [
        ['field', ['Früh', 'Spät']],
        ['unknown', ['Vertippt']],
      ],
    );
  });

  it('the default grouping carries no action fields', () => {
    assert.equal(sessionsOverview(sessions, { plan, folderUri: 'file:///camp', language: 'de' }).actionFields, undefined);
  });
});

describe('nextStepsOverview: groups by owner, session or due date', () => {
  const sessions = [
    session('a', { title: 'A', day: 1, slot: '14:00', room: 'Elbe' }, ['- [ ] Folien teilen @anna-schmidt @bob bis 2017-02-01', '- [x] Raum buchen @bob bis 2017-01-10']),
    session('b', { title: 'B', day: 1, slot: '9:00', room: 'Elbe' }, ['- [ ] Ohne alles', '- Später @anna-schmidt 📅 2017-03-15']),
  ];
  const run = (groupBy: StepGrouping, includeDone = true) =>
    nextStepsOverview(
      sessions.map((s) => s.summary),
      { plan: PLAN, folderUri: 'file:///camp', language: 'de', groupBy, includeDone, today: '2017-03-01' },
    ).map((g) => [g.key, g.label, g.steps.map((s) => `${s.text}${s.done ? ' ✓' : ''}${s.overdue ? ' !' : ''}`)]);

  const cases: Array<{ groupBy: StepGrouping; includeDone?: boolean; expected: unknown }> = [
    {
      groupBy: 'owner',
      expected: [
        ['owner:anna-schmidt', 'Anna Schmidt', ['Folien teilen !', 'Später']],
        ['owner:bob', '@bob', ['Folien teilen !', 'Raum buchen ✓']],
        ['none', 'Ohne Verantwortliche', ['Ohne alles']],
      ],
    },
    {
      groupBy: 'session',
      expected: [
        ['session:file:///camp/sessions/b.session.md', 'B', ['Später', 'Ohne alles']],
        ['session:file:///camp/sessions/a.session.md', 'A', ['Folien teilen !', 'Raum buchen ✓']],
      ],
    },
    {
      groupBy: 'due',
      includeDone: false,
      expected: [
        ['due:2017-02-01', '01.02.2017', ['Folien teilen !']],
        ['due:2017-03-15', '15.03.2017', ['Später']],
        ['none', 'Ohne Frist', ['Ohne alles']],
      ],
    },
  ];
  for (const c of cases) it(`by ${c.groupBy}${c.includeDone === false ? ', open only' : ''}`, () => assert.deepEqual(run(c.groupBy, c.includeDone), c.expected));

  it('a due date that does not exist has its own group, after the dated ones and before those without', () => {
    const uri = 'file:///camp/x.session.md';
    const summary = summarize(parseSession(lines('## Nächste Schritte', '- [ ] A @bob bis 30.02.2017', '- [ ] B @bob bis 2017-03-15', '- [ ] C @bob'), uri));
    const groups = nextStepsOverview([summary], { language: 'de', groupBy: 'due', includeDone: true });
    assert.deepEqual(
      groups.map((g) => [g.label, g.steps.map((s) => [s.text, s.dueLabel ?? null])]),
      [
        ['15.03.2017', [['B', '15.03.2017']]],
        ['Frist kein gültiges Datum', [['A', '30.02.2017']]],
        ['Ohne Frist', [['C', null]]],
      ],
    );
  });

  it('a plain list item is checkable, its due label in the language', () => {
    const [group] = nextStepsOverview(
      sessions.map((s) => s.summary),
      { plan: PLAN, language: 'en', groupBy: 'due', includeDone: true, today: '2017-03-01' },
    ).filter((g) => g.key === 'due:2017-03-15');
    assert.deepEqual([group.label, group.steps[0].checkable, group.steps[0].line, group.open, group.overdue], ['15 Mar 2017', true, 12, 1, 0]);
  });
});

describe('next steps from summaries: what the view shows without reading the file again', () => {
  const uri = 'file:///camp/s.session.md';
  const stepsOf = (text: string) =>
    nextStepsOverview([summarize(parseSession(text, uri))], { language: 'en', groupBy: 'session', includeDone: true }).flatMap((g) => g.steps.map((s) => [s.text, s.checkable, s.due ?? null]));
  const cases: Array<{ name: string; doc: string; expected: Array<[string, boolean, string | null]> }> = [
    { name: 'a task item', doc: lines('## Next steps', '- [ ] Slides @anna due 2017-02-01'), expected: [['Slides', true, '2017-02-01']] },
    { name: 'a plain item can take a checkbox', doc: lines('## Next steps', '- Slides'), expected: [['Slides', true, null]] },
    { name: 'an ordered item', doc: lines('## Next steps', '1) Slides'), expected: [['Slides', true, null]] },
    { name: 'an indented item, CRLF', doc: '## Next steps\r\n  * Slides\r\n', expected: [['Slides', true, null]] },
    { name: 'a paragraph cannot', doc: lines('## Next steps', '', 'Share the slides.'), expected: [['Share the slides.', false, null]] },
    { name: 'an impossible due date is cut out as written', doc: lines('## Nächste Schritte', '- Folien bis 30.02.2017'), expected: [['Folien', true, null]] },
    { name: 'after a frontmatter and a BOM', doc: '\uFEFF' + lines('---', 'title: T', '---', '', '## Next steps', '- [x] Done thing 📅 2017-03-01'), expected: [['Done thing', true, '2017-03-01']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(stepsOf(c.doc), c.expected);
    });
  }

  it('checkable agrees with what stepDoneEdits can do', () => {
    const doc = lines('## Next steps', '- [ ] A', '- B', '', '## Nächste Schritte', '', 'Absatz');
    const protocol = parseSession(doc, uri);
    for (const step of protocol.nextSteps) assert.equal(step.checkable, stepDoneEdits(doc, protocol, step.range.start.line, true) !== undefined, step.text);
  });
});

describe('checking a step off never edits another step or line', () => {
  const uri = 'file:///camp/a.session.md';
  const before = lines('## Nächste Schritte', '- [ ] Folien teilen @anna bis 2017-02-28', '- Protokoll verschicken @bob');
  const label = 'Protokoll verschicken';

  it('finds the step the view showed at its line, and names that line as the guard', () => {
    const change = stepDoneEdits(before, parseSession(before, uri), 2, true, label);
    assert.deepEqual(change?.guard, { line: 2, text: '- Protokoll verschicken @bob' });
    assert.equal(change?.edits.length, 1);
  });

  it('follows the step when a step was inserted above it since the view was made', () => {
    const after = lines('## Nächste Schritte', '- [ ] Neu eingefügt @carl', '- [ ] Folien teilen @anna bis 2017-02-28', '- Protokoll verschicken @bob');
    const change = stepDoneEdits(after, parseSession(after, uri), 2, true, label);
    assert.deepEqual(change?.guard, { line: 3, text: '- Protokoll verschicken @bob' });
    assert.deepEqual(change?.edits[0].range.start, { line: 3, character: 2 });
  });

  it('edits nothing when the step is gone or no longer unique', () => {
    const gone = lines('## Nächste Schritte', '- [ ] Folien teilen @anna bis 2017-02-28', '- Etwas anderes');
    assert.equal(stepDoneEdits(gone, parseSession(gone, uri), 2, true, label), undefined);
    const twice = lines('## Nächste Schritte', '- Zwischenzeile', '- Protokoll verschicken @bob', '- Protokoll verschicken @bob');
    assert.equal(stepDoneEdits(twice, parseSession(twice, uri), 1, true, label), undefined);
  });
});

describe('diagnostics from kept local problems: what the views show for closed files equals validateSession', () => {
  const texts = [
    lines('---', 'title: A', 'day: 1', 'slot: "9:00"', 'room: Elbe', '---', '', '## Ergebnisse', '- Eins', '', '## Nächste Schritte', '- Tun bis 30.02.2017'),
    lines('---', 'title: B', 'day: 1', 'slot: "9:00"', 'room: Elbe', 'host: Unbekannt', '---', '', '## Nächste Schritte', '- [ ] @anna-schmidt'),
    lines('# C', '', '## Findings', '- x', '', '## Findings', '- y', '', '## Next steps', 'A paragraph @bob due 2017-02-01'),
    lines('---', 'title: [unclosed', 'room: Mond', '---', '', 'text'),
  ];
  const settingsCases: Array<Partial<Record<DiagnosticCode, RuleSetting>> | undefined> = [
    undefined,
    { 'room-slot-conflict': 'off', 'next-step-without-owner': 'error' },
    { 'missing-findings': 'hint', 'invalid-date': 'off', 'duplicate-section': 'information' },
  ];
  for (const [i, settings] of settingsCases.entries()) {
    for (const language of ['de', 'en'] as const) {
      it(`settings ${i}, ${language}`, () => {
        const index = new SessionIndex();
        index.setPlan('file:///camp/barcamp.json', JSON.stringify({ name: 'Camp', rooms: ['Elbe'], slots: ['9:00'], days: [{ day: 1 }], people: [{ id: 'anna-schmidt', name: 'Anna' }] }));
        const protocols = texts.map((text, n) => parseSession(text, `file:///camp/s${n}.session.md`));
        protocols.forEach((p) => index.setSession(summarize(p)));
        for (const protocol of protocols) {
          const context = index.contextFor(protocol.uri, { settings, language });
          // Kept per file: computed once, without the user's settings or a language; applied per request.
          const kept = localProblems(protocol, { plan: context.plan });
          const summary = summarize(parseSession(texts[protocols.indexOf(protocol)], protocol.uri));
          assert.deepEqual(toDiagnostics([...kept, ...crossFileProblems(summary, context)], context), validateSession(protocol, context));
        }
      });
    }
  }
});

function apply(text: string, edit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }): string {
  const all = text.split(/(?<=\n)/u);
  const offset = (p: { line: number; character: number }) => all.slice(0, p.line).join('').length + p.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}
