// Publishing an event: the public files name people only with consent (every role, every policy, every format), the
// organizers' report names everybody; review status and output.publish; honest figures; action fields; the checks
// unknown-action-field, action-field-without-active and personal-data; the Word file's bytes.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseEventPlan, parseSession, type DiagnosticCode, type EventPlan, type NamePolicy } from '../../server/src/core';
import {
  aggregateEvent,
  isGeneratedDocx,
  previewSession,
  renderCsv,
  renderDocx,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderSessionHtml,
  type Audience,
  type EventReport,
  type SessionInput,
} from '../../server/src/core/report';
import { EVENT, problem } from './aggregate.helpers';
import { diagnose } from './rules.helpers';
import { unzip } from './helpers';

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: barcamp.json and protocols as their authors write them, read by the real readers.

/** barcamp.json text → plan, through parseEventPlan (so `consent: "yes"`, ids from titles etc. are the reader's business). */
function planFrom(json: Record<string, unknown>): EventPlan {
  const { plan, error } = parseEventPlan(JSON.stringify(json), `${EVENT}/barcamp.json`);
  assert.ok(plan, error?.message);
  return plan;
}

/** The people of the test event: one who consented, two of one organisation who did not ("yes" is no consent), one without organisation. */
const PEOPLE = [
  { id: 'yvka', name: 'Yvka Zustimmer', org: 'Kreis Pinneberg', consent: true },
  { id: 'quirin', name: 'Quirin Geheimer', org: 'Stadt Kiel' },
  { id: 'xaver', name: 'Xaver Geheimer', org: 'Stadt Kiel', consent: 'yes' },
  { id: 'wibke', name: 'Wibke Ohneorg', consent: false },
];

function eventJson(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Barcamp Publikation',
    language: 'de',
    days: [{ day: 1, date: '2017-01-26' }],
    rooms: ['Elbe', 'Weser'],
    slots: ['10:30', '11:45', '14:00'],
    people: PEOPLE,
    actionFields: [{ id: 'digital', title: 'Digitale Verwaltung' }],
    ...extra,
  };
}

/** A session input that carries its parsed protocol. */
type ProtocolInput = Extract<SessionInput, { protocol: unknown }>;

/** A protocol: frontmatter lines and body lines, parsed as the adapters parse it. */
function proto(file: string, front: string[], body: string[], problems: SessionInput['problems'] = []): ProtocolInput {
  return { protocol: parseSession(markupOf(front, body), `${EVENT}/sessions/${file}.session.md`), problems };
}

function markupOf(front: string[], body: string[]): string {
  return ['---', ...front, '---', '', ...body, ''].join('\n');
}

interface Documents {
  report: EventReport;
  md: string;
  html: string;
  json: string;
  csv: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON as a reader sees it
  data: any;
}

function documents(plan: EventPlan | undefined, sessions: SessionInput[], audience: Audience): Documents {
  const report = aggregateEvent({ plan, sessions, audience, folderUri: EVENT });
  const json = renderJson(report);
  return { report, md: renderMarkdown(report), html: renderHtml(report), json, csv: renderCsv(report), data: JSON.parse(json) };
}

/** Every object anywhere in `value` whose `name` is `name`. */
function objectsNamed(value: unknown, name: string): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap((v) => objectsNamed(v, name));
  if (typeof value !== 'object' || value === null) return [];
  const own = (value as Record<string, unknown>).name === name ? [value as Record<string, unknown>] : [];
  return [...own, ...Object.values(value).flatMap((v) => objectsNamed(v, name))];
}

function has(text: string, needle: string): boolean {
  return text.toLowerCase().includes(needle.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------------

describe('publication: every role × name policy × audience, as text in Markdown, HTML, JSON and CSV', () => {
  /** Who stands in the role; `shown` is how the organizers' report writes them (a handle resolves to the plan's name). */
  interface Subject {
    who: string;
    name: string;
    handle: string;
    inPlan: boolean;
    /** The policies under which the public files name them. */
    publicUnder: NamePolicy[];
  }
  const SUBJECTS: Subject[] = [
    { who: 'consent: true', name: 'Yvka Zustimmer', handle: 'yvka', inPlan: true, publicUnder: ['consent', 'all'] },
    { who: 'no consent', name: 'Quirin Geheimer', handle: 'quirin', inPlan: true, publicUnder: ['all'] },
    { who: 'consent: "yes"', name: 'Xaver Geheimer', handle: 'xaver', inPlan: true, publicUnder: ['all'] },
    { who: 'consent: false, no org', name: 'Wibke Ohneorg', handle: 'wibke', inPlan: true, publicUnder: ['all'] },
    { who: 'not in barcamp.json', name: 'Ulf Fremdling', handle: 'ulf-fremdling', inPlan: false, publicUnder: ['all'] },
  ];

  interface Role {
    role: string;
    front?: (s: Subject) => string[];
    body?: (s: Subject) => string[];
    /** Written as a handle: the report shows the plan's name, or `@handle` for somebody the plan does not list. */
    byHandle?: boolean;
    /** The organizers' facts line "öffentlich ohne Namen" lists this role. */
    marked?: boolean;
    /** The CSV (next steps) shows this role. */
    inCsv?: boolean;
  }
  const ROLES: Role[] = [
    { role: 'participant', body: (s) => ['## Teilnehmende', `- ${s.name}`], marked: true },
    { role: 'host', front: (s) => [`host: ${s.name}`], marked: true },
    { role: 'documenter (as @handle)', front: (s) => [`documenter: "@${s.handle}"`], byHandle: true, marked: true },
    { role: 'owner of a next step', body: (s) => ['## Nächste Schritte', `- [ ] Leitfaden entwerfen @${s.handle} bis 28.02.2017`], byHandle: true, inCsv: true },
    { role: 'owner of a step that is only the handle', body: (s) => ['## Nächste Schritte', `- [ ] @${s.handle}`], byHandle: true, inCsv: true },
    { role: 'active (## Aktive) of an action field', front: () => ['actionField: digital'], body: (s) => ['## Aktive', `- ${s.name}`] },
    { role: 'interested (## Interessenten) of an action field', front: () => ['actionField: digital'], body: (s) => ['## Aktive', '- Team Nord', '', '## Interessenten', `- ${s.name}`] },
  ];
  const POLICIES: Array<{ label: string; privacy?: NamePolicy; policy: NamePolicy }> = [
    { label: 'consent (default, not written)', policy: 'consent' },
    { label: 'all', privacy: 'all', policy: 'all' },
    { label: 'none', privacy: 'none', policy: 'none' },
  ];
  const cases = ROLES.flatMap((role) =>
    POLICIES.flatMap((policy) => (['public', 'organizer'] as const).map((audience) => ({ name: `${role.role}, privacy.names ${policy.label}, ${audience}`, role, policy, audience }))),
  );

  for (const c of cases) {
    it(c.name, () => {
      const plan = planFrom(eventJson(c.policy.privacy ? { privacy: { names: c.policy.privacy } } : {}));
      const sessions = SUBJECTS.map((s, i) =>
        proto(
          `s${i}`,
          [`title: Thema ${i}`, 'day: 1', `slot: "${['10:30', '11:45', '14:00'][i % 3]}"`, `room: ${i < 3 ? 'Elbe' : 'Weser'}`, ...(c.role.front?.(s) ?? [])],
          ['# Thema', '', ...(c.role.body?.(s) ?? [])],
        ),
      );
      const d = documents(plan, sessions, c.audience);
      for (const s of SUBJECTS) {
        const publicly = s.publicUnder.includes(c.policy.policy);
        const named = c.audience === 'organizer' || publicly;
        const shown = c.role.byHandle && !s.inPlan ? `@${s.handle}` : s.name;
        const formats: Array<[string, string, boolean]> = [
          ['Markdown', d.md, named],
          ['HTML', d.html, named],
          ['JSON', d.json, named],
          ['CSV', d.csv, named && c.role.inCsv === true],
        ];
        for (const [format, text, expected] of formats) {
          assert.equal(text.includes(shown), expected, `${s.who}: "${shown}" ${expected ? 'missing from' : 'found in'} the ${format}`);
          // Not even the handle: nothing of a person the public files do not name.
          if (!named) assert.ok(!has(text, s.handle), `${s.who}: handle "${s.handle}" found in the ${format}`);
        }
        const inJson = objectsNamed(d.data, shown);
        if (c.audience === 'organizer') {
          assert.ok(inJson.length > 0, `${s.who}: no JSON person named ${shown}`);
          for (const p of inJson) assert.equal(p.namedInPublic, publicly, `${s.who}: namedInPublic`);
          const facts = /\*\*öffentlich ohne Namen:\*\* (.*)/u.exec(d.md)?.[0] ?? '';
          if (c.role.marked) assert.equal(d.md.includes(`**öffentlich ohne Namen:** ${shown}`), !publicly, `${s.who}: facts line ${facts}`);
          if (c.role.marked && !publicly) assert.ok(d.html.includes('öffentlich ohne Namen'), `${s.who}: HTML facts`);
        } else {
          for (const p of inJson) assert.ok(!('namedInPublic' in p), 'the public JSON says nothing about who is withheld');
          assert.ok(!d.md.includes('öffentlich ohne Namen') && !d.html.includes('öffentlich ohne Namen'));
        }
      }
      if (c.audience === 'public' && c.policy.policy === 'all') assert.ok(!d.md.includes('nicht namentlich genannt'));
    });
  }
});

describe('publication: people without consent stand as their organisation', () => {
  const cases: Array<{ name: string; front?: string[]; participants: string[]; count: number; json: unknown[]; fact: string }> = [
    {
      name: 'two of one organisation (from the plan) collapse into one entry with their count',
      participants: ['Yvka Zustimmer', 'Quirin Geheimer', 'Xaver Geheimer'],
      count: 3,
      json: [
        { name: 'Yvka Zustimmer', org: 'Kreis Pinneberg', count: 1 },
        { name: null, org: 'Stadt Kiel', count: 2 },
      ],
      fact: '- **Teilnehmende (3):** Yvka Zustimmer (Kreis Pinneberg), Stadt Kiel (2 Personen)',
    },
    {
      name: 'the organisation written in the protocol stands for the person, also over the plan’s',
      participants: ['Ulf Fremdling (Firma Fremd)', 'Quirin Geheimer (Landesamt Nord)'],
      count: 2,
      json: [
        { name: null, org: 'Firma Fremd', count: 1 },
        { name: null, org: 'Landesamt Nord', count: 1 },
      ],
      fact: '- **Teilnehmende (2):** Firma Fremd, Landesamt Nord',
    },
    {
      name: 'people without organisation are left to the head count',
      participants: ['Wibke Ohneorg', 'Vroni Ohnealles', 'Quirin Geheimer'],
      count: 3,
      json: [{ name: null, org: 'Stadt Kiel', count: 1 }],
      fact: '- **Teilnehmende (3):** Stadt Kiel und 2 weitere',
    },
    {
      name: 'nobody with an organisation: only the number',
      participants: ['Wibke Ohneorg', 'Vroni Ohnealles'],
      count: 2,
      json: [],
      fact: '- **Teilnehmende (2):** 2 Personen',
    },
    {
      name: 'a head count in the frontmatter stays as it is',
      front: ['participants: 12'],
      participants: ['Quirin Geheimer', 'Xaver Geheimer'],
      count: 12,
      json: [{ name: null, org: 'Stadt Kiel', count: 2 }],
      fact: '- **Teilnehmende (12):** Stadt Kiel (2 Personen) und 10 weitere',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planFrom(eventJson());
      const sessions = [proto('a', ['title: Thema', ...(c.front ?? [])], ['# Thema', '', '## Teilnehmende', ...c.participants.map((p) => `- ${p}`)])];
      const pub = documents(plan, sessions, 'public');
      const org = documents(plan, sessions, 'organizer');
      assert.deepEqual(pub.data.sessions[0].participants, c.json);
      assert.ok(pub.md.includes(c.fact), pub.md);
      assert.equal(pub.data.sessions[0].participantCount, c.count);
      assert.equal(org.data.sessions[0].participantCount, c.count);
      assert.deepEqual(pub.data.stats.participants, org.data.stats.participants);
      assert.deepEqual(
        org.data.sessions[0].participants.map((p: { name: string }) => p.name),
        c.participants.map((p) => p.replace(/ \(.*\)$/u, '')),
      );
    });
  }

  it('host and documenter without consent: their organisation, or "nicht namentlich genannt"', () => {
    const plan = planFrom(eventJson());
    const d = documents(plan, [proto('a', ['title: Thema', 'host: Quirin Geheimer', 'documenter: "@wibke"'], ['# Thema'])], 'public');
    assert.deepEqual(d.data.sessions[0].host, { name: null, org: 'Stadt Kiel', count: 1 });
    assert.deepEqual(d.data.sessions[0].documenter, { name: null, org: null, count: 1 });
    assert.ok(d.md.includes('- **Leitung:** Stadt Kiel\n- **Protokoll:** nicht namentlich genannt'), d.md);
  });
});

describe('publication: next steps by owner', () => {
  const STEPS = [
    '## Nächste Schritte',
    '- [ ] Eins @quirin',
    '- [ ] Zwei @xaver bis 28.02.2017',
    '- [ ] Drei @yvka',
    '- [ ] Vier @wibke',
    '- [ ] Fünf @ulf-fremdling',
    '- [ ] Sechs',
    '- [ ] Sieben @quirin @xaver',
  ];
  const NOT_NAMED = 'nicht namentlich genannt';
  const cases: Array<{ name: string; privacy?: NamePolicy; audience: Audience; groups: Array<[string, string[]]>; csvOwners: string[] }> = [
    {
      name: 'public, consent: unnamed owners under their organisation (a step of two of them once), the rest "not named"',
      audience: 'public',
      groups: [
        ['Stadt Kiel', ['Zwei', 'Eins', 'Sieben']],
        ['Yvka Zustimmer (Kreis Pinneberg)', ['Drei']],
        [NOT_NAMED, ['Vier', 'Fünf']],
        ['Ohne Verantwortliche', ['Sechs']],
      ],
      csvOwners: ['Stadt Kiel', 'Stadt Kiel', 'Yvka Zustimmer', NOT_NAMED, NOT_NAMED, '', 'Stadt Kiel'],
    },
    {
      name: 'public, none: even the one who consented stands as the organisation',
      privacy: 'none',
      audience: 'public',
      groups: [
        ['Kreis Pinneberg', ['Drei']],
        ['Stadt Kiel', ['Zwei', 'Eins', 'Sieben']],
        [NOT_NAMED, ['Vier', 'Fünf']],
        ['Ohne Verantwortliche', ['Sechs']],
      ],
      csvOwners: ['Stadt Kiel', 'Stadt Kiel', 'Kreis Pinneberg', NOT_NAMED, NOT_NAMED, '', 'Stadt Kiel'],
    },
    {
      name: 'public, all: everybody by name, people outside the plan too, without "(nicht in barcamp.json)"',
      privacy: 'all',
      audience: 'public',
      groups: [
        ['Quirin Geheimer (Stadt Kiel)', ['Eins', 'Sieben']],
        ['@ulf-fremdling', ['Fünf']],
        ['Wibke Ohneorg', ['Vier']],
        ['Xaver Geheimer (Stadt Kiel)', ['Zwei', 'Sieben']],
        ['Yvka Zustimmer (Kreis Pinneberg)', ['Drei']],
        ['Ohne Verantwortliche', ['Sechs']],
      ],
      csvOwners: ['Quirin Geheimer', 'Xaver Geheimer', 'Yvka Zustimmer', 'Wibke Ohneorg', '@ulf-fremdling', '', 'Quirin Geheimer, Xaver Geheimer'],
    },
    {
      name: 'organizers, consent: everybody by name, the owner outside the plan marked',
      audience: 'organizer',
      groups: [
        ['Quirin Geheimer (Stadt Kiel)', ['Eins', 'Sieben']],
        ['@ulf-fremdling (nicht in barcamp.json)', ['Fünf']],
        ['Wibke Ohneorg', ['Vier']],
        ['Xaver Geheimer (Stadt Kiel)', ['Zwei', 'Sieben']],
        ['Yvka Zustimmer (Kreis Pinneberg)', ['Drei']],
        ['Ohne Verantwortliche', ['Sechs']],
      ],
      csvOwners: ['Quirin Geheimer', 'Xaver Geheimer', 'Yvka Zustimmer', 'Wibke Ohneorg', '@ulf-fremdling', '', 'Quirin Geheimer, Xaver Geheimer'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planFrom(eventJson(c.privacy ? { privacy: { names: c.privacy } } : {}));
      const d = documents(plan, [proto('a', ['title: Thema'], ['# Thema', '', ...STEPS])], c.audience);
      const chapter = d.md.slice(d.md.indexOf('## Nächste Schritte nach Verantwortlichen'), d.md.indexOf('\n---\n'));
      const groups = [...chapter.matchAll(/^### (.*)\n\n((?:- .*\n?)*)/gmu)].map((m): [string, string[]] => [
        m[1],
        m[2]
          .trim()
          .split('\n')
          .map((l) => /^- \[ \] (\S+)/u.exec(l)![1]),
      ]);
      assert.deepEqual(groups, c.groups);
      const owners = d.csv
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(';')[2].replace(/^"|"$/gu, '').replace(/^'/u, ''));
      assert.deepEqual(owners, c.csvOwners);
      if (c.audience === 'public') {
        for (const g of d.report.owners) if (g.owner && g.owner.name === undefined) assert.equal(g.owner.handle, undefined, 'an owner without name has no handle');
        assert.ok(!d.md.includes('nicht in barcamp.json'));
      }
    });
  }
});

describe('publication: sections that list people', () => {
  const BODY = [
    '# Thema',
    '',
    '## Teilnehmende',
    'Laut Liste anwesend: Quirin Geheimer.',
    '',
    '| Name | Amt |',
    '|--|--|',
    '| Xaver Geheimer | Stadt Kiel |',
    '',
    '- Quirin Geheimer',
    '',
    '## Aktive',
    '- Quirin Geheimer',
    '',
    '## Interessenten',
    '- Xaver Geheimer',
    '',
    '## Nächste Schritte',
    'Verabredet zum Schluss:',
    '',
    '- [ ] Leitfaden @quirin',
  ];
  const cases: Array<{ name: string; privacy?: NamePolicy; audience: Audience; peopleKept: boolean }> = [
    { name: 'public, consent: people sections empty, next steps keep their other blocks', audience: 'public', peopleKept: false },
    { name: 'public, none: likewise', privacy: 'none', audience: 'public', peopleKept: false },
    { name: 'public, all: every section as written', privacy: 'all', audience: 'public', peopleKept: true },
    { name: 'organizers: every section as written', audience: 'organizer', peopleKept: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planFrom(eventJson(c.privacy ? { privacy: { names: c.privacy } } : {}));
      const d = documents(plan, [proto('a', ['title: Thema', 'actionField: digital'], BODY)], c.audience);
      const sections = d.report.sessions[0].sections;
      for (const section of sections.filter((s) => ['participants', 'active', 'interested'].includes(s.kind))) {
        if (c.peopleKept) assert.notEqual(section.markdown, '', section.kind);
        else {
          assert.equal(section.markdown, '', section.kind);
          assert.equal(section.shown, undefined, section.kind);
        }
      }
      const steps = sections.find((s) => s.kind === 'nextSteps')!;
      assert.equal(steps.markdown, c.peopleKept ? 'Verabredet zum Schluss:\n\n- [ ] Leitfaden @quirin' : 'Verabredet zum Schluss:');
      assert.ok(d.md.includes('Verabredet zum Schluss:'));
      for (const text of [d.md, d.html, d.json]) {
        assert.equal(text.includes('Laut Liste anwesend'), c.peopleKept);
        assert.equal(text.includes('Xaver Geheimer'), c.peopleKept);
      }
    });
  }
});

describe('publication: the public files hold no review notes', () => {
  const cases: Array<{ audience: Audience; notes: boolean }> = [
    { audience: 'public', notes: false },
    { audience: 'organizer', notes: true },
  ];
  for (const c of cases) {
    it(`${c.audience}: diagnostics, sessionsWithProblems, appendix, "(nicht in barcamp.json)" ${c.notes ? 'present' : 'absent'}`, () => {
      const plan = planFrom(eventJson({ privacy: { names: 'all' } }));
      const sessions = [
        proto('a', ['title: Mit Problem'], ['# Mit Problem', '', '## Nächste Schritte', '- [ ] Tun @zora-unbekannt'], [problem('missing-findings', 'warning', 4)]),
        proto('b', ['title: Ohne'], ['# Ohne', '', '## Ergebnisse', '- eins']),
      ];
      const d = documents(plan, sessions, c.audience);
      for (const s of d.data.sessions) assert.equal('diagnostics' in s, c.notes);
      assert.equal('sessionsWithProblems' in d.data.stats, c.notes);
      assert.equal('withheld' in d.data, c.notes);
      assert.equal(d.report.stats.sessionsWithProblems, c.notes ? 1 : undefined);
      for (const text of [d.md, d.html]) {
        assert.equal(text.includes('Anhang: Sessions mit offenen Problemen'), c.notes);
        assert.equal(text.includes('nicht in barcamp.json'), c.notes);
        assert.equal(text.includes('missing-findings'), c.notes);
      }
      assert.equal(d.json.includes('missing-findings'), c.notes);
      assert.equal(d.md.includes('**Status:** Entwurf'), c.notes);
    });
  }
});

describe('publication: review status', () => {
  const cases: Array<{ written?: string; status: string; invalid?: boolean }> = [
    { status: 'draft' },
    { written: 'draft', status: 'draft' },
    { written: 'Entwurf', status: 'draft' },
    { written: 'ENTWURF', status: 'draft' },
    { written: 'reviewed', status: 'reviewed' },
    { written: 'Reviewed', status: 'reviewed' },
    { written: 'geprüft', status: 'reviewed' },
    { written: 'GEPRÜFT', status: 'reviewed' },
    { written: 'geprueft', status: 'reviewed' },
    { written: 'approved', status: 'approved' },
    { written: 'APPROVED', status: 'approved' },
    { written: 'freigegeben', status: 'approved' },
    { written: 'Freigegeben', status: 'approved' },
    { written: 'fertig', status: 'draft', invalid: true },
    { written: 'approvd', status: 'draft', invalid: true },
    { written: '2', status: 'draft', invalid: true },
  ];
  for (const c of cases) {
    it(`status: ${c.written ?? '(absent)'} → ${c.status}${c.invalid ? ' and invalid-field-value (status)' : ''}`, () => {
      const markup = ['---', 'title: Thema', ...(c.written ? [`status: ${c.written}`] : []), '---', '# Thema', '', '## Ergebnisse', '- eins', ''].join('\n');
      const input: ProtocolInput = { protocol: parseSession(markup, `${EVENT}/a.session.md`), problems: [] };
      assert.equal(aggregateEvent({ sessions: [input] }).sessions[0].status, c.status);
      const problems = input.protocol.problems.filter((p) => p.code === 'invalid-field-value');
      assert.deepEqual(
        problems.map((p) => [p.args.variant, p.range.start.line]),
        c.invalid ? [['status', 2]] : [],
      );
      const found = diagnose(markup).filter((d) => d.code === 'invalid-field-value');
      assert.equal(found.length, c.invalid ? 1 : 0);
      if (c.invalid) assert.ok(found[0].message.includes(`„${c.written}“ ist kein Prüfstatus`), found[0].message);
    });
  }
});

describe('publication: output.publish', () => {
  /** Four sessions: schedule order draft-early (10:30 Elbe), approved (10:30 Weser), reviewed (11:45 Elbe), draft-unplaced. */
  const sessions = (): SessionInput[] => [
    proto(
      'reviewed',
      ['title: Geprüfte Session', 'status: geprüft', 'day: 1', 'slot: "11:45"', 'room: Elbe', 'tags: [Recht]', 'actionField: digital'],
      [
        '# Geprüfte Session',
        '',
        '## Teilnehmende',
        '- Yvka Zustimmer',
        '- Quirin Geheimer',
        '',
        '## Aktive',
        '- Quirin Geheimer',
        '',
        '## Nächste Schritte',
        '- [ ] Geprüft-Schritt @quirin',
        '- [x] Erledigt @yvka',
      ],
    ),
    proto(
      'approved',
      ['title: Freigegebene Session', 'status: Freigegeben', 'day: 1', 'slot: "10:30"', 'room: Weser', 'tags: [Daten]', 'actionField: DIGITAL'],
      ['# Freigegebene Session', '', '## Teilnehmende', '- Yvka Zustimmer', '', '## Aktive', '- Yvka Zustimmer', '', '## Nächste Schritte', '- [ ] Freigabe-Schritt @yvka'],
    ),
    proto(
      'draft-early',
      ['title: Entwurf früh', 'day: 1', 'slot: "10:30"', 'room: Elbe', 'tags: [Geheimtag]', 'actionField: digital'],
      ['# Entwurf früh', '', '## Teilnehmende', '- Xaver Geheimer', '- Wibke Ohneorg', '- Ulf Fremdling', '', '## Nächste Schritte', '- [ ] Entwurf-Schritt @xaver'],
    ),
    proto('draft-unplaced', ['title: Entwurf ohne Ort', 'status: fertig', 'participants: 9'], ['# Entwurf ohne Ort', '', '## Nächste Schritte', '- [ ] Unplatziert-Schritt @wibke']),
  ];
  const ALL = ['draft-early', 'approved', 'reviewed', 'draft-unplaced'];
  const cases: Array<{ publish?: unknown; level?: string; shown: string[] }> = [
    { shown: ALL },
    { publish: 'all', shown: ALL },
    { publish: 'draft', shown: ALL },
    { publish: 'Entwurf', shown: ALL },
    { publish: 'reviewed', level: 'reviewed', shown: ['approved', 'reviewed'] },
    { publish: 'geprüft', level: 'reviewed', shown: ['approved', 'reviewed'] },
    { publish: 'Geprüft', level: 'reviewed', shown: ['approved', 'reviewed'] },
    { publish: 'approved', level: 'approved', shown: ['approved'] },
    { publish: 'freigegeben', level: 'approved', shown: ['approved'] },
    { publish: 'FREIGEGEBEN', level: 'approved', shown: ['approved'] },
  ];
  for (const c of cases) {
    it(`publish: ${c.publish === undefined ? '(absent)' : JSON.stringify(c.publish)} → public ${c.shown.join(', ')}`, () => {
      const plan = planFrom(eventJson(c.publish === undefined ? {} : { output: { publish: c.publish } }));
      const pub = documents(plan, sessions(), 'public');
      const org = documents(plan, sessions(), 'organizer');
      const withheld = ALL.filter((id) => !c.shown.includes(id));
      assert.deepEqual(
        pub.report.sessions.map((s) => s.id),
        c.shown,
      );
      assert.deepEqual(
        org.report.sessions.map((s) => s.id),
        ALL,
      );
      assert.equal(pub.report.publish, c.level);
      assert.equal(pub.data.publish, c.level ?? 'all');
      // The organizers' list of what is left out: schedule order, id/title/file/status; the public files have none.
      assert.deepEqual(
        org.data.withheld.map((w: { id: string }) => w.id),
        withheld,
      );
      for (const w of org.data.withheld) assert.deepEqual(Object.keys(w).sort(), ['file', 'id', 'status', 'title']);
      assert.deepEqual(pub.report.withheld, []);
      assert.ok(!('withheld' in pub.data));
      assert.equal(org.md.includes('## Nicht veröffentlichte Sessions'), withheld.length > 0);
      assert.ok(!pub.md.includes('## Nicht veröffentlichte Sessions'));
      // Ids are the same in both reports.
      for (const s of pub.report.sessions) assert.equal(org.report.sessions.find((o) => o.file === s.file)?.id, s.id);
      // Nothing of a withheld session reaches any public file.
      const titles = Object.fromEntries(org.report.sessions.map((s) => [s.id, s.title]));
      const stepsOf: Record<string, string> = { 'draft-early': 'Entwurf-Schritt', reviewed: 'Geprüft-Schritt', approved: 'Freigabe-Schritt', 'draft-unplaced': 'Unplatziert-Schritt' };
      for (const id of withheld) {
        for (const text of [pub.md, pub.html, pub.json, pub.csv]) {
          assert.ok(!text.includes(titles[id]), `${titles[id]} in a public file`);
          assert.ok(!text.includes(stepsOf[id]), `${stepsOf[id]} in a public file`);
        }
      }
      for (const id of c.shown) assert.ok(pub.csv.includes(stepsOf[id]));
    });
  }

  it('the public figures, schedule, owners, tags and action fields count only the published sessions', () => {
    const plan = planFrom(eventJson({ output: { publish: 'geprüft' }, attendees: 80 }));
    const pub = aggregateEvent({ plan, sessions: sessions(), audience: 'public' });
    const org = aggregateEvent({ plan, sessions: sessions(), audience: 'organizer' });
    assert.deepEqual(pub.stats, {
      days: 1,
      sessions: 2,
      attendees: 80,
      namedPeople: 2,
      participations: 3,
      participants: 2,
      namedParticipants: 2,
      unnamedParticipants: 0,
      nextSteps: 3,
      openNextSteps: 2,
      overdueNextSteps: 0,
    });
    assert.deepEqual(org.stats, {
      days: 1,
      sessions: 4,
      attendees: 80,
      namedPeople: 5,
      participations: 15,
      participants: 14,
      namedParticipants: 5,
      unnamedParticipants: 9,
      nextSteps: 5,
      openNextSteps: 4,
      overdueNextSteps: 0,
      sessionsWithProblems: 0,
    });
    assert.deepEqual(
      pub.schedule[0].cells.filter((cell) => cell.sessions.length > 0),
      [
        { slot: '10:30', room: 'Weser', sessions: ['approved'] },
        { slot: '11:45', room: 'Elbe', sessions: ['reviewed'] },
      ],
    );
    assert.deepEqual(pub.unscheduled, []);
    assert.deepEqual(org.unscheduled, ['draft-unplaced']);
    assert.deepEqual(
      pub.tags.map((t) => [t.tag, t.sessions]),
      [
        ['Daten', ['approved']],
        ['Recht', ['reviewed']],
      ],
    );
    assert.deepEqual(
      pub.owners.map((g) => [g.owner?.name ?? g.owner?.org, g.steps.map((s) => s.step.text)]),
      [
        ['Stadt Kiel', ['Geprüft-Schritt']],
        ['Yvka Zustimmer', ['Freigabe-Schritt', 'Erledigt']],
      ],
    );
    assert.deepEqual(pub.actionFields[0].sessions, ['approved', 'reviewed']);
    assert.deepEqual(org.actionFields[0].sessions, ['draft-early', 'approved', 'reviewed']);
    assert.deepEqual(
      pub.actionFields[0].nextSteps.map((s) => s.step.text),
      ['Freigabe-Schritt', 'Geprüft-Schritt'],
    );
    assert.ok(renderMarkdown(pub).includes('1 Tag, 2 Themen, 80 Teilnehmende'));
    assert.ok(renderMarkdown(org).includes('1 Tag, 4 Themen, 80 Teilnehmende'));
  });

  it('the preview of one protocol: its article as the public HTML has it, also while output.publish holds it back (then with a note)', () => {
    const article = (html: string, id: string) => new RegExp(`<article class="session" id="session-${id}">[\\s\\S]*?</article>`, 'u').exec(html)?.[0];
    for (const c of cases) {
      const plan = planFrom(eventJson(c.publish === undefined ? {} : { output: { publish: c.publish } }));
      const pub = documents(plan, sessions(), 'public');
      for (const [i, session] of sessions().entries()) {
        const id = ['reviewed', 'approved', 'draft-early', 'draft-unplaced'][i];
        const preview = previewSession({ plan, session });
        const page = renderSessionHtml(preview);
        const what = `${JSON.stringify(c.publish)} ${id}`;
        assert.equal(preview.published, c.shown.includes(id), what);
        assert.equal(preview.session.id, id, what);
        assert.ok(page.includes('<h1>Barcamp Publikation</h1>') && !page.includes('Bericht für das Orga-Team'), what);
        assert.equal(page.includes('<p class="unpublished" role="note">Noch nicht veröffentlicht'), !preview.published, what);
        assert.ok(!/Quirin|Xaver|Wibke|@quirin|@xaver|@wibke/u.test(page), `${what}: names only with consent`);
        // The same article the public documentation shows, or would show once published.
        if (preview.published) assert.equal(article(page, id), article(pub.html, id), what);
        else
          assert.equal(
            article(page, id),
            article(renderHtml(aggregateEvent({ plan: { ...plan, output: { ...plan.output, publish: undefined } }, sessions: [session], audience: 'public' })), id),
            what,
          );
      }
    }
    const english = renderSessionHtml(previewSession({ plan: planFrom(eventJson({ language: 'en', output: { publish: 'approved' } })), session: sessions()[0] }));
    assert.match(
      english,
      /<p class="unpublished" role="note">Not published yet: the protocol&#39;s status is &quot;reviewed&quot;, the public documentation holds sessions from &quot;approved&quot; on/u,
    );
  });

  it('the organizers’ report lists the withheld sessions with title, file and status in the report’s language', () => {
    const plan = planFrom(eventJson({ output: { publish: 'approved' } }));
    const org = documents(plan, sessions(), 'organizer');
    assert.deepEqual(org.data.withheld, [
      { id: 'draft-early', title: 'Entwurf früh', file: 'sessions/draft-early.session.md', status: 'draft' },
      { id: 'reviewed', title: 'Geprüfte Session', file: 'sessions/reviewed.session.md', status: 'reviewed' },
      { id: 'draft-unplaced', title: 'Entwurf ohne Ort', file: 'sessions/draft-unplaced.session.md', status: 'draft' },
    ]);
    assert.ok(
      org.md.includes(
        [
          '- Entwurf früh (`sessions/draft-early.session.md`): Entwurf',
          '- Geprüfte Session (`sessions/reviewed.session.md`): geprüft',
          '- Entwurf ohne Ort (`sessions/draft-unplaced.session.md`): Entwurf',
        ].join('\n'),
      ),
      org.md,
    );
    assert.ok(org.md.includes('„freigegeben“'));
    for (const [id, status] of [
      ['draft-early', 'Entwurf'],
      ['approved', 'freigegeben'],
      ['reviewed', 'geprüft'],
    ]) {
      const title = org.report.sessions.find((s) => s.id === id)!.title;
      const at = org.md.indexOf(`### ${title}`);
      assert.ok(org.md.slice(at, org.md.indexOf('\n### ', at + 1)).includes(`- **Status:** ${status}`), `status of ${id}`);
    }
    assert.ok(!renderMarkdown(aggregateEvent({ plan, sessions: sessions(), audience: 'public' })).includes('**Status:**'));
  });
});

describe('publication: honest figures', () => {
  const cases: Array<{ name: string; attendees?: unknown; language?: 'de' | 'en'; headline: string; stats: number | null }> = [
    { name: 'the event’s head count from barcamp.json', attendees: 120, headline: '1 Tag, 2 Themen, 120 Teilnehmende', stats: 120 },
    { name: 'one attendee', attendees: 1, headline: '1 Tag, 2 Themen, 1 teilnehmende Person', stats: 1 },
    { name: 'zero is a head count too', attendees: 0, headline: '1 Tag, 2 Themen, 0 Teilnehmende', stats: 0 },
    { name: 'without attendees: participations, never people', headline: '1 Tag, 2 Themen, 5 Teilnahmen an Sessions', stats: null },
    { name: 'a string is no head count', attendees: '120', headline: '5 Teilnahmen an Sessions', stats: null },
    { name: 'a negative number is no head count', attendees: -3, headline: '5 Teilnahmen an Sessions', stats: null },
    { name: 'a fraction is no head count', attendees: 2.5, headline: '5 Teilnahmen an Sessions', stats: null },
    { name: 'English, with attendees', attendees: 80, language: 'en', headline: '1 day, 2 topics, 80 participants', stats: 80 },
    { name: 'English, without', language: 'en', headline: '1 day, 2 topics, 5 session participations', stats: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planFrom(eventJson({ ...(c.attendees === undefined ? {} : { attendees: c.attendees }), ...(c.language ? { language: c.language } : {}) }));
      const sessions = [
        proto('a', ['title: A', 'day: 1'], ['# A', '', '## Teilnehmende', '- Yvka Zustimmer', '- Quirin Geheimer', '- Xaver Geheimer']),
        proto('b', ['title: B', 'day: 1'], ['# B', '', '## Teilnehmende', '- Yvka Zustimmer', '- Quirin Geheimer']),
      ];
      for (const audience of ['public', 'organizer'] as const) {
        const d = documents(plan, sessions, audience);
        assert.equal(d.data.stats.attendees, c.stats);
        assert.equal(d.data.stats.participations, 5);
        assert.equal(d.data.stats.participants, 3);
        assert.ok(d.md.includes(c.headline), d.md.split('\n').slice(0, 6).join('\n'));
        const [number, ...label] = c.headline.split(', ').at(-1)!.split(' ');
        assert.ok(d.html.includes(`<strong>${number}</strong> ${label.join(' ')}`), `${audience} HTML headline`);
        if (c.stats === null) assert.ok(!/\d+ (Teilnehmende|participants)\b/u.test(d.md.split('\n').slice(0, 6).join('\n')), 'no head count invented');
      }
    });
  }
});

describe('publication: action fields', () => {
  it('barcamp.json actionFields: ids from titles, duplicates and empty entries dropped', () => {
    const plan = planFrom(
      eventJson({
        actionFields: [{ id: 'digital', title: 'Digitale Verwaltung' }, { title: 'Bildung für alle' }, { id: 'digital', title: 'Doppelt' }, {}, { id: 'Klima' }, 'Offene Daten'],
      }),
    );
    assert.deepEqual(plan.actionFields, [
      { id: 'digital', title: 'Digitale Verwaltung' },
      { id: 'bildung-für-alle', title: 'Bildung für alle' },
      { id: 'Klima', title: 'Klima' },
      { id: 'offene-daten', title: 'Offene Daten' },
    ]);
  });

  const fieldSessions = (): SessionInput[] => [
    proto(
      'spaet',
      ['title: Spät', 'day: 1', 'slot: "11:45"', 'room: Elbe', 'actionField: DIGITAL'],
      [
        '# Spät',
        '',
        '## Aktive',
        '- Yvka Zustimmer',
        '- Quirin Geheimer',
        '',
        '## Interessenten',
        '- Wibke Ohneorg',
        '',
        '## Nächste Schritte',
        '- [ ] Offen spät @quirin',
        '- [x] Erledigt spät @yvka',
      ],
    ),
    proto(
      'frueh',
      ['title: Früh', 'day: 1', 'slot: "10:30"', 'room: Weser', 'actionField: digital'],
      ['# Früh', '', '## Active', '- Quirin Geheimer', '- Xaver Geheimer', '', '## Interested', '- Ulf Fremdling (Firma Fremd)', '', '## Nächste Schritte', '- [ ] Offen früh @xaver'],
    ),
    proto('bildung', ['title: Bildung', 'day: 1', 'slot: "14:00"', 'room: Elbe', 'actionField: Bildung-für-alle'], ['# Bildung', '', '## Interessierte', '- Yvka Zustimmer']),
    proto(
      'fremd',
      ['title: Fremdes Feld', 'day: 1', 'slot: "14:00"', 'room: Weser', 'actionField: unbekannt'],
      ['# Fremdes Feld', '', '## Aktive', '- Quirin Geheimer', '', '## Nächste Schritte', '- [ ] Fremd @quirin'],
    ),
    proto('ohne', ['title: Ohne Feld', 'day: 1', 'slot: "10:30"', 'room: Elbe'], ['# Ohne Feld', '', '## Nächste Schritte', '- [ ] Ohne @quirin']),
  ];
  const PLAN = { actionFields: [{ id: 'digital', title: 'Digitale Verwaltung' }, { title: 'Bildung für alle' }, { id: 'leer', title: 'Leeres Feld' }] };
  const cases: Array<{ name: string; audience: Audience; privacy?: NamePolicy; fields: unknown[]; md: string[] }> = [
    {
      name: 'organizers: sessions in schedule order, people united by name, open steps only',
      audience: 'organizer',
      fields: [
        {
          id: 'digital',
          sessions: ['frueh', 'spaet'],
          active: ['Quirin Geheimer', 'Xaver Geheimer', 'Yvka Zustimmer'],
          interested: ['Ulf Fremdling', 'Wibke Ohneorg'],
          steps: ['Offen früh', 'Offen spät'],
        },
        { id: 'bildung-für-alle', sessions: ['bildung'], active: [], interested: ['Yvka Zustimmer'], steps: [] },
        { id: 'leer', sessions: [], active: [], interested: [], steps: [] },
      ],
      md: [
        '### Digitale Verwaltung\n\n- **Sessions:** Früh, Spät\n- **Aktive:** Quirin Geheimer (Stadt Kiel), Xaver Geheimer (Stadt Kiel), Yvka Zustimmer (Kreis Pinneberg)\n- **Interessenten:** Ulf Fremdling (Firma Fremd), Wibke Ohneorg',
        '#### Offene nächste Schritte\n\n- [ ] Offen früh — Xaver Geheimer · *Früh*\n- [ ] Offen spät — Quirin Geheimer · *Spät*',
        '### Leeres Feld\n\n- **Sessions:** noch keine\n- **Aktive:** noch keine\n- **Interessenten:** noch keine',
      ],
    },
    {
      name: 'public, consent: the same people, each counted once, as the organisation when not named',
      audience: 'public',
      fields: [
        {
          id: 'digital',
          sessions: ['frueh', 'spaet'],
          active: ['Yvka Zustimmer', 'Stadt Kiel ×2'],
          interested: ['Firma Fremd ×1'],
          steps: ['Offen früh', 'Offen spät'],
        },
        { id: 'bildung-für-alle', sessions: ['bildung'], active: [], interested: ['Yvka Zustimmer'], steps: [] },
        { id: 'leer', sessions: [], active: [], interested: [], steps: [] },
      ],
      md: [
        '- **Aktive:** Yvka Zustimmer (Kreis Pinneberg), Stadt Kiel (2 Personen)\n- **Interessenten:** Firma Fremd',
        '- [ ] Offen früh — Stadt Kiel · *Früh*\n- [ ] Offen spät — Stadt Kiel · *Spät*',
      ],
    },
    {
      name: 'public, none: organisations only',
      audience: 'public',
      privacy: 'none',
      fields: [
        {
          id: 'digital',
          sessions: ['frueh', 'spaet'],
          active: ['Stadt Kiel ×2', 'Kreis Pinneberg ×1'],
          interested: ['Firma Fremd ×1'],
          steps: ['Offen früh', 'Offen spät'],
        },
        { id: 'bildung-für-alle', sessions: ['bildung'], active: [], interested: ['Kreis Pinneberg ×1'], steps: [] },
        { id: 'leer', sessions: [], active: [], interested: [], steps: [] },
      ],
      md: ['- **Aktive:** Stadt Kiel (2 Personen), Kreis Pinneberg\n- **Interessenten:** Firma Fremd'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planFrom(eventJson({ ...PLAN, ...(c.privacy ? { privacy: { names: c.privacy } } : {}) }));
      const d = documents(plan, fieldSessions(), c.audience);
      const label = (p: { name?: string; org?: string; count?: number }) => p.name ?? `${p.org} ×${p.count ?? 1}`;
      assert.deepEqual(
        d.report.actionFields.map((f) => ({
          id: f.id,
          sessions: f.sessions,
          active: f.active.map(label),
          interested: f.interested.map(label),
          steps: f.nextSteps.map((s) => s.step.text),
        })),
        c.fields,
      );
      for (const part of c.md) assert.ok(d.md.includes(part), `missing:\n${part}\n---\n${d.md.slice(d.md.indexOf('## Handlungsfelder'))}`);
      assert.deepEqual(
        d.data.actionFields.map((f: { id: string; title: string }) => [f.id, f.title]),
        [
          ['digital', 'Digitale Verwaltung'],
          ['bildung-für-alle', 'Bildung für alle'],
          ['leer', 'Leeres Feld'],
        ],
      );
      const fields = d.report.actionFields.flatMap((f) => f.sessions);
      assert.ok(!fields.includes('fremd') && !fields.includes('ohne'), 'an unknown or absent actionField joins no field');
    });
  }
});

describe('publication: the checks unknown-action-field, action-field-without-active, invalid-field-value (status)', () => {
  const FIELDS = [
    { id: 'digital', title: 'Digitale Verwaltung' },
    { id: 'bildung', title: 'Bildung' },
  ];
  const doc = (field: string | undefined, ...body: string[]) => ['---', 'title: Thema', ...(field ? [`actionField: ${field}`] : []), '---', '# Thema', '', ...body, ''].join('\n');
  const CODES: DiagnosticCode[] = ['unknown-action-field', 'action-field-without-active', 'invalid-field-value'];
  const cases: Array<{ name: string; markup: string; plan?: boolean | 'empty'; expect: string[] }> = [
    { name: 'a known field with somebody under Aktive', markup: doc('digital', '## Aktive', '- Team Nord'), plan: true, expect: [] },
    { name: 'the id in another case', markup: doc('DIGITAL', '## Aktive', '- Team Nord'), plan: true, expect: [] },
    { name: 'English heading Active', markup: doc('bildung', '## Active', '- Team Nord'), plan: true, expect: [] },
    { name: 'a typo: unknown, with the id it was meant to be', markup: doc('digitl', '## Aktive', '- Team Nord'), plan: true, expect: ['unknown-action-field@2→digital'] },
    { name: 'an id like none: unknown, without suggestion', markup: doc('wasserstoff', '## Aktive', '- Team Nord'), plan: true, expect: ['unknown-action-field@2'] },
    { name: 'a plan without action fields: every id is unknown', markup: doc('digital', '## Aktive', '- Team Nord'), plan: 'empty', expect: ['unknown-action-field@2'] },
    { name: 'no plan: no unknown-action-field', markup: doc('digitl', '## Aktive', '- Team Nord'), expect: [] },
    { name: 'no actionField: nothing, even without Aktive', markup: doc(undefined, '## Ergebnisse', '- eins'), plan: true, expect: [] },
    { name: 'actionField without an Aktive section', markup: doc('digital', '## Ergebnisse', '- eins'), plan: true, expect: ['action-field-without-active@2'] },
    { name: 'actionField without Aktive, no plan either', markup: doc('digitl', '## Ergebnisse', '- eins'), expect: ['action-field-without-active@2'] },
    { name: 'an empty Aktive section', markup: doc('digital', '## Aktive', '', '## Ergebnisse', '- eins'), plan: true, expect: ['action-field-without-active@2'] },
    { name: 'Aktive with an empty bullet only', markup: doc('digital', '## Aktive', '- ', '', '## Ergebnisse', '- eins'), plan: true, expect: ['action-field-without-active@2'] },
    { name: 'people only under Interessenten', markup: doc('digital', '## Interessenten', '- Team Süd'), plan: true, expect: ['action-field-without-active@2'] },
    { name: 'both at once', markup: doc('wasserstof', '## Interessenten', '- Team Süd'), plan: true, expect: ['action-field-without-active@2', 'unknown-action-field@2'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = c.plan === true ? { actionFields: FIELDS } : c.plan === 'empty' ? {} : undefined;
      const found = diagnose(c.markup, plan ? { plan } : {}).filter((d) => CODES.includes(d.code));
      assert.deepEqual(found.map((d) => `${d.code}@${d.range.start.line}${d.suggestion ? `→${d.suggestion}` : ''}`).sort(), [...c.expect].sort());
      for (const d of found) assert.equal(d.severity, 'warning');
    });
  }
});

describe('publication: personal-data (e-mail addresses and phone numbers)', () => {
  /** Body lines and the texts the check must find in them (as written), in order. */
  const cases: Array<{ name: string; body: string[]; found: string[] }> = [
    // Must match.
    { name: 'an e-mail address in a list item', body: ['## Ergebnisse', '- Kontakt: anna.schmidt@kiel.de'], found: ['anna.schmidt@kiel.de'] },
    { name: 'an e-mail address in angle brackets', body: ['## Ergebnisse', 'Mail an <info@example.org> schicken.'], found: ['info@example.org'] },
    { name: 'a mailto link target', body: ['## Ergebnisse', '- [Schreib mir](mailto:anna@kreis-pinneberg.de)'], found: ['anna@kreis-pinneberg.de'] },
    { name: 'an e-mail address in inline code', body: ['## Ergebnisse', '- `ben@example.com`'], found: ['ben@example.com'] },
    { name: 'an e-mail address with umlauts', body: ['## Ergebnisse', '- Björn.Müller@stadt-köln.de'], found: ['Björn.Müller@stadt-köln.de'] },
    { name: 'an e-mail address before the first section', body: ['Vorab: Fotos an foto@barcamp.example.org', '', '## Ergebnisse', '- eins'], found: ['foto@barcamp.example.org'] },
    { name: 'a phone number with area code', body: ['## Ergebnisse', '- Tel. 0431 123456'], found: ['0431 123456'] },
    { name: 'an international phone number', body: ['## Ergebnisse', '- Ruf an: +49 431 1234567'], found: ['+49 431 1234567'] },
    { name: 'a phone number with (0)', body: ['## Ergebnisse', '- +49 (0)40 1234-56'], found: ['+49 (0)40 1234-56'] },
    { name: 'a phone number with slash', body: ['## Nächste Schritte', '- [ ] Rückruf unter 0431/123456 @anna'], found: ['0431/123456'] },
    { name: 'a mobile number with dash', body: ['## Ergebnisse', '- Handy 0171-1234567'], found: ['0171-1234567'] },
    { name: 'a phone number in a code block', body: ['## Ergebnisse', '```', 'Hotline 0800 1234567', '```'], found: ['0800 1234567'] },
    { name: 'a phone number in a table', body: ['## Ergebnisse', '| Amt | Telefon |', '|--|--|', '| Kiel | 0431 9012345 |'], found: ['0431 9012345'] },
    { name: 'a phone number and an e-mail address in one line', body: ['## Ergebnisse', '- Anna: anna@kiel.de, 0431 123456'], found: ['anna@kiel.de', '0431 123456'] },
    { name: 'an international number in groups of up to three digits', body: ['## Ergebnisse', '- Zentrale +49 30 901 820'], found: ['+49 30 901 820'] },
    { name: 'a national number in short groups', body: ['## Ergebnisse', '- Fax: 040 / 428 28 0'], found: ['040 / 428 28 0'] },
    { name: 'an area code in parentheses', body: ['## Ergebnisse', '- Büro (0431) 123456'], found: ['(0431) 123456'] },
    { name: 'a number right after "Tel.:"', body: ['## Ergebnisse', '- Tel.:0431 123456'], found: ['0431 123456'] },
    { name: 'an international number with the area code in parentheses', body: ['## Ergebnisse', '- +49 (431) 123456'], found: ['+49 (431) 123456'] },
    { name: 'a year in parentheses and a number is no phone number', body: ['## Ergebnisse', '- Bericht (2017) 12345'], found: [] },
    // Must not match.
    { name: 'an @handle is no e-mail address', body: ['## Nächste Schritte', '- [ ] Leitfaden @anna-schmidt bis 28.02.2017'], found: [] },
    { name: 'an @handle in text', body: ['## Ergebnisse', '- Frage an @anna.schmidt weitergeben'], found: [] },
    { name: 'an ISO date', body: ['## Ergebnisse', '- Termin 2017-02-28'], found: [] },
    { name: 'a German date and a time', body: ['## Ergebnisse', '- am 28.02.2017 um 10:30'], found: [] },
    { name: 'a date range', body: ['## Ergebnisse', '- vom 01.03.2017 bis 31.03.2017'], found: [] },
    { name: 'a time range', body: ['## Ergebnisse', '- 10:30-11:45 und 09:00–10:15'], found: [] },
    { name: 'money', body: ['## Ergebnisse', '- Kosten 1.234.567,00 € und 0,50 € je Seite'], found: [] },
    { name: 'a number without leading 0 or +', body: ['## Ergebnisse', '- Bestand 12345678 Akten'], found: [] },
    { name: 'a file number', body: ['## Ergebnisse', '- Az. 2017/12345'], found: [] },
    { name: 'an ISBN', body: ['## Ergebnisse', '- ISBN 978-3-16-148410-0'], found: [] },
    { name: 'too few digits', body: ['## Ergebnisse', '- Durchwahl 0431 12'], found: [] },
    { name: 'no domain: no e-mail address', body: ['## Ergebnisse', '- root@localhost und x@y.z'], found: [] },
    { name: 'a version and a postcode', body: ['## Ergebnisse', '- v1.2.3 in 24103 Kiel'], found: [] },
  ];
  for (const c of cases) {
    it(`${c.found.length > 0 ? 'finds' : 'ignores'}: ${c.name}`, () => {
      const markup = ['---', 'title: Thema', '---', '# Thema', '', ...c.body, ''].join('\n');
      const rows = markup.split('\n');
      const found = diagnose(markup).filter((d) => d.code === 'personal-data');
      assert.deepEqual(
        found.map((d) => rows[d.range.start.line].slice(d.range.start.character, d.range.end.character)),
        c.found,
      );
      for (const d of found) {
        assert.equal(d.severity, 'information');
        assert.ok(d.message.includes(rows[d.range.start.line].slice(d.range.start.character, d.range.end.character)), d.message);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------

/** The document's text, runs joined, entities decoded. */
function docxText(bytes: Uint8Array): string {
  const xml = unzip(bytes).get('word/document.xml') ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)]
    .map((m) => m[1])
    .join('')
    .replace(/&(lt|gt|quot|apos|amp);/gu, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

describe('publication: the Word file', () => {
  const event = (): SessionInput[] => [
    proto(
      'a',
      ['title: Thema A', 'day: 1', 'slot: "10:30"', 'room: Elbe', 'host: Quirin Geheimer', 'documenter: "@xaver"', 'actionField: digital', 'status: approved'],
      [
        '# Thema A',
        '',
        '## Teilnehmende',
        '- Yvka Zustimmer',
        '- Wibke Ohneorg',
        '- Ulf Fremdling (Firma Fremd)',
        '',
        '## Aktive',
        '- Quirin Geheimer',
        '',
        '## Interessenten',
        '- Wibke Ohneorg',
        '',
        '## Ergebnisse',
        '- eins',
        '',
        '## Nächste Schritte',
        '- [ ] Leitfaden @quirin bis 28.02.2017',
        '- [ ] Umfrage @ulf-fremdling',
      ],
    ),
    proto('b', ['title: Thema B', 'day: 1', 'slot: "11:45"', 'room: Elbe'], ['# Thema B', '', '## Teilnehmende', '- Quirin Geheimer']),
  ];

  const cases: Array<{ name: string; audience: Audience; publish?: string }> = [
    { name: 'public', audience: 'public' },
    { name: 'organizers', audience: 'organizer' },
    { name: 'public, approved only', audience: 'public', publish: 'approved' },
    { name: 'organizers, approved only', audience: 'organizer', publish: 'approved' },
  ];
  for (const c of cases) {
    it(`${c.name}: the same report gives the same bytes (twice in one process, and from a second aggregation)`, async () => {
      const plan = planFrom(eventJson(c.publish ? { output: { publish: c.publish } } : {}));
      const report = aggregateEvent({ plan, sessions: event(), audience: c.audience, today: '2017-03-01' });
      const first = await renderDocx(report);
      const second = await renderDocx(report);
      const again = await renderDocx(aggregateEvent({ plan, sessions: event(), audience: c.audience, today: '2017-03-01' }));
      assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'same report, other bytes');
      assert.ok(Buffer.from(first).equals(Buffer.from(again)), 'same input, other bytes');
      assert.ok(isGeneratedDocx(first));
      const text = docxText(first);
      const withheld = ['Quirin Geheimer', 'Xaver Geheimer', 'Wibke Ohneorg', 'Ulf Fremdling', 'ulf-fremdling'];
      for (const name of withheld) assert.equal(text.includes(name), c.audience === 'organizer', `${name} in the ${c.name} Word file`);
      assert.ok(text.includes('Yvka Zustimmer'));
      if (c.audience === 'public') assert.ok(text.includes('Stadt Kiel') && text.includes('Firma Fremd'));
      assert.equal(text.includes('Thema B'), c.audience === 'organizer' || !c.publish);
    });
  }

  it('isGeneratedDocx: false for other bytes', async () => {
    assert.equal(isGeneratedDocx(new Uint8Array(0)), false);
    assert.equal(isGeneratedDocx(new TextEncoder().encode('PK\u0003\u0004 not really a zip')), false);
    assert.equal(isGeneratedDocx(new TextEncoder().encode(renderMarkdown(aggregateEvent({ sessions: [] })))), false);
    const bytes = await renderDocx(aggregateEvent({ sessions: [] }));
    assert.equal(isGeneratedDocx(bytes), true);
    const other = await renderDocx(aggregateEvent({ sessions: [], fallbackTitle: 'Anders' }));
    assert.ok(!Buffer.from(bytes).equals(Buffer.from(other)), 'another report, other bytes');
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('property: the public files never name a person without consent', () => {
  it('holds for random protocols, people, roles, organisations and consent', () => {
    const letters = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 6, maxLength: 6 }).map((a) => a.join(''));
    const person = fc.record({
      consent: fc.boolean(),
      inPlan: fc.boolean(),
      // What a plan entry without consent says: nothing, false, or a string that is no consent.
      noConsent: fc.constantFrom<unknown>(undefined, false, 'yes', 'true', 1),
      org: fc.constantFrom(undefined, 'Amt Nord', 'Amt Süd', 'Verein Ost'),
      orgInProtocol: fc.boolean(),
    });
    const role = fc.record({
      participant: fc.boolean(),
      active: fc.boolean(),
      interested: fc.boolean(),
      step: fc.constantFrom('none', 'with text', 'handle only', 'handle and due'),
    });
    const sessionShape = fc.record({
      roles: fc.array(role, { minLength: 8, maxLength: 8 }),
      host: fc.option(fc.tuple(fc.nat(7), fc.boolean()), { nil: undefined }),
      documenter: fc.option(fc.tuple(fc.nat(7), fc.boolean()), { nil: undefined }),
      count: fc.option(fc.nat(20), { nil: undefined }),
      unnamed: fc.nat(3),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(letters, { minLength: 1, maxLength: 8 }),
        fc.array(person, { minLength: 8, maxLength: 8 }),
        fc.array(sessionShape, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<NamePolicy | undefined>(undefined, 'consent', 'none'),
        (tokens, traits, shapes, policy) => {
          const people = tokens.map((t, i) => {
            const name = `Zqx${t} Zqy${t.split('').reverse().join('')}`;
            return { ...traits[i], name, handle: `zqx${t}-zqy${t.split('').reverse().join('')}` };
          });
          const plan = planFrom({
            name: 'Eigenschaft',
            ...(policy ? { privacy: { names: policy } } : {}),
            people: people
              .filter((p) => p.inPlan)
              .map((p) => ({ id: p.handle, name: p.name, ...(p.org ? { org: p.org } : {}), ...(p.consent ? { consent: true } : p.noConsent === undefined ? {} : { consent: p.noConsent }) })),
            actionFields: [{ id: 'feld', title: 'Feld' }],
          });
          const written = (p: (typeof people)[number]) => (p.org && p.orgInProtocol ? `${p.name} (${p.org})` : p.name);
          const texts: string[] = [];
          const sessions = shapes.map((shape, n) => {
            const present = people.map((p, i) => ({ p, r: shape.roles[i] }));
            const front = [`title: Thema ${n}`, 'actionField: feld'];
            const pick = (at: [number, boolean] | undefined) => (at && at[0] < people.length ? (at[1] ? `"@${people[at[0]].handle}"` : people[at[0]].name) : undefined);
            const host = pick(shape.host);
            const documenter = pick(shape.documenter);
            if (host) front.push(`host: ${host}`);
            if (documenter) front.push(`documenter: ${documenter}`);
            if (shape.count !== undefined) front.push(`participants: ${shape.count}`);
            const list = (heading: string, who: typeof present) => (who.length > 0 ? ['', `## ${heading}`, ...who.map(({ p }) => `- ${written(p)}`)] : []);
            const participants = present.filter(({ r }) => r.participant);
            const body = [
              `# Thema ${n}`,
              ...list('Teilnehmende', participants),
              ...(participants.length > 0 && shape.unnamed > 0 ? [`- sowie ${shape.unnamed} weitere Teilnehmende`] : []),
              ...list(
                'Aktive',
                present.filter(({ r }) => r.active),
              ),
              ...list(
                'Interessenten',
                present.filter(({ r }) => r.interested),
              ),
              '',
              '## Ergebnisse',
              '- Ein Ergebnis',
              '',
              '## Nächste Schritte',
              ...present.flatMap(({ p, r }, i) =>
                r.step === 'none' ? [] : [r.step === 'with text' ? `- [ ] Schritt ${i} @${p.handle}` : r.step === 'handle only' ? `- [ ] @${p.handle}` : `- [x] @${p.handle} bis 28.02.2017`],
              ),
            ];
            texts.push(markupOf(front, body));
            return proto(`s${n}`, front, body);
          });
          const pub = documents(plan, sessions, 'public');
          const org = documents(plan, sessions, 'organizer');
          const mayName = (p: (typeof people)[number]) => (policy ?? 'consent') === 'consent' && p.inPlan && p.consent;
          const files = { Markdown: pub.md, JSON: pub.json, CSV: pub.csv, HTML: pub.html };
          for (const p of people.filter((q) => !mayName(q))) {
            for (const [format, text] of Object.entries(files)) {
              const lower = text.toLowerCase();
              assert.ok(!lower.includes(p.name.toLowerCase()) && !lower.includes(p.handle), `${p.name} in the public ${format} of:\n${texts.join('\n\n')}`);
            }
          }
          for (const p of people.filter(mayName)) {
            const mentioned = org.md.includes(p.name);
            assert.equal(pub.md.includes(p.name), mentioned, `${p.name} who consented: named in public as in the organizers' report`);
          }
          assert.deepEqual(
            pub.report.sessions.map((s) => [s.id, s.participantCount]),
            org.report.sessions.map((s) => [s.id, s.participantCount]),
          );
          assert.equal(pub.report.stats.participants, org.report.stats.participants);
          assert.equal(pub.report.stats.participations, org.report.stats.participations);
        },
      ),
      { numRuns: 120, seed: 20170126 },
    );
  });
});
