// Data-driven tests of parseSession: every case is a document and the parts of the protocol it must produce.
import { strict as assert } from 'node:assert';
import { cutPoints, parseMarkdown } from '../../server/src/core/syntax';
import { parseSession } from '../../server/src/core/syntax';
import type { Range, SessionProtocol } from '../../server/src/core/model';
import { crlfLines, fmtRange, lines, rangeOf, textAt } from './helpers';

/** What a case expects; only the listed parts are compared. */
interface Expect {
  topic?: string;
  heading?: string;
  language?: string;
  /** `kind:heading` per section. */
  sections?: string[];
  nextSteps?: Array<{ text?: string; owners?: string[]; due?: string; iso?: string; done?: boolean; checkbox?: boolean }>;
  participants?: Array<[string, string?]>;
  findings?: string[];
  findingsMarkdown?: string[];
  openQuestions?: string[];
  declaredNone?: boolean;
  hasContent?: boolean[];
  /** `code` and the text its range covers. */
  problems?: Array<[string, string]>;
  meta?: Record<string, unknown>;
  fields?: string[];
  frontmatterValid?: boolean;
  /** Exact ranges, located by a picker and compared to `rangeOf(text, needle)`. */
  ranges?: Array<[(p: SessionProtocol) => Range | undefined, string, number?]>;
  lineCount?: number;
}

const FM = ['---', 'title: Datenschutz als Bremse?', 'day: 1', 'slot: "10:30"', 'room: Elbe', 'tags: [Datenschutz, Recht]', 'participants: 14', '---'];
const BODY = [
  '',
  '# Datenschutz als Bremse?',
  '',
  '## Teilnehmende',
  '- Anna Schmidt (Kreis Pinneberg)',
  '- Norbert Weiß',
  '',
  '## Ergebnisse',
  '- Datenschutz lässt sich lösungsorientiert angehen, wenn …',
  '',
  '## Nächste Schritte',
  '- [ ] Checkliste teilen @anna-schmidt bis 2017-02-28',
  '- [x] Folien verschicken @leslie-czernik',
  '',
  '## Offene Fragen',
  '- Wie gehen Kommunen mit Cloud-Diensten um?',
];
const SPEC_EXAMPLE = lines(...FM, ...BODY);

const nextSteps = (...items: string[]) => lines('# T', '## Nächste Schritte', ...items);

const cases: Array<[string, string, Expect]> = [
  [
    'spec example',
    SPEC_EXAMPLE,
    {
      topic: 'Datenschutz als Bremse?',
      heading: 'Datenschutz als Bremse?',
      language: 'de',
      sections: ['participants:Teilnehmende', 'findings:Ergebnisse', 'nextSteps:Nächste Schritte', 'openQuestions:Offene Fragen'],
      participants: [['Anna Schmidt', 'Kreis Pinneberg'], ['Norbert Weiß']],
      findings: ['Datenschutz lässt sich lösungsorientiert angehen, wenn …'],
      nextSteps: [
        { text: 'Checkliste teilen @anna-schmidt bis 2017-02-28', owners: ['anna-schmidt'], due: '2017-02-28', iso: '2017-02-28', done: false, checkbox: true },
        { owners: ['leslie-czernik'], done: true, checkbox: true },
      ],
      openQuestions: ['Wie gehen Kommunen mit Cloud-Diensten um?'],
      meta: { title: 'Datenschutz als Bremse?', day: 1, slot: '10:30', room: 'Elbe', tags: ['Datenschutz', 'Recht'], participants: 14 },
      problems: [],
      frontmatterValid: true,
      lineCount: 24,
      ranges: [
        [(p) => p.meta.slot?.range, '"10:30"'],
        [(p) => p.meta.tags[1]?.range, 'Recht'],
        [(p) => p.topic?.range, 'Datenschutz als Bremse?'],
        [(p) => p.heading?.range, 'Datenschutz als Bremse?', 1],
        [(p) => p.sections[1]?.headingRange, '## Ergebnisse'],
        [(p) => p.sections[0]?.range, '## Teilnehmende\n- Anna Schmidt (Kreis Pinneberg)\n- Norbert Weiß'],
        [(p) => p.nextSteps[0]?.range, '- [ ] Checkliste teilen @anna-schmidt bis 2017-02-28'],
        [(p) => p.frontmatter?.range, FM.join('\n')],
        [(p) => p.frontmatter?.fields[0]?.keyRange, 'title'],
      ],
    },
  ],
  [
    'English headings',
    lines('# Privacy', '## Participants', '- Ann', '## Findings', '- x', '## Next steps', '- y @ann', '## Open questions', '- z'),
    {
      language: 'en',
      sections: ['participants:Participants', 'findings:Findings', 'nextSteps:Next steps', 'openQuestions:Open questions'],
    },
  ],
  [
    'keyword variants, trailing colon, case, whitespace',
    lines('# T', '##   teilnehmer*innen:  ', '## ERGEBNISSE:', '## key TAKEAWAYS', '## To-dos', '## Action Items:', '## Teilnehmer:innen', '## Anwesende'),
    {
      sections: [
        'participants:teilnehmer*innen',
        'findings:ERGEBNISSE',
        'findings:key TAKEAWAYS',
        'nextSteps:To-dos',
        'nextSteps:Action Items',
        'participants:Teilnehmer:innen',
        'participants:Anwesende',
      ],
    },
  ],
  [
    'unknown section is notes and kept',
    lines('# T', '## Diskussion', 'Viel geredet.', '## Ergebnisse', '- a'),
    {
      sections: ['notes:Diskussion', 'findings:Ergebnisse'],
      findings: ['a'],
      hasContent: [true, true],
    },
  ],
  [
    'language: majority, tie is undefined, To-dos counts for none',
    lines('# T', '## Ergebnisse', '## Open questions', '## To-dos'),
    {
      language: undefined,
    },
  ],
  ['language: two German vs one English', lines('# T', '## Ergebnisse', '## Aufgaben', '## Open questions'), { language: 'de' }],
  ['no recognized heading: no language', lines('# T', '## Notizen'), { language: undefined }],
  ['topic from first # heading without frontmatter title', lines('intro', '# Erste', '# Zweite'), { topic: 'Erste', heading: 'Erste' }],
  ['frontmatter title wins over heading', lines('---', 'title: Aus dem Kopf', '---', '# Überschrift'), { topic: 'Aus dem Kopf', heading: 'Überschrift' }],
  ['no topic at all', lines('## Ergebnisse', '- a'), { topic: undefined, heading: undefined }],
  [
    'several owners, unicode, trailing dot, e-mail is not an owner',
    nextSteps('- Mail an a@b.de schicken @jörg-müller und @anna_s. Danke @x.y.'),
    {
      nextSteps: [{ owners: ['jörg-müller', 'anna_s', 'x.y'], due: undefined }],
    },
  ],
  ['owner in parentheses and at the start', nextSteps('- @anna klärt (@bob hilft)'), { nextSteps: [{ owners: ['anna', 'bob'] }] }],
  ['lone @ is not an owner', nextSteps('- Treffen @ Rathaus'), { nextSteps: [{ owners: [] }] }],
  ['due: bis ISO', nextSteps('- [ ] A @a bis 2017-02-28'), { nextSteps: [{ due: '2017-02-28', iso: '2017-02-28' }] }],
  ['due: BIS German date', nextSteps('- [ ] A @a BIS 28.02.2017.'), { nextSteps: [{ due: '28.02.2017', iso: '2017-02-28' }] }],
  [
    'due: until / due: / 📅',
    nextSteps('- A until 1.3.2017', '- B due: 2017-03-02', '- C 📅 2017-03-03'),
    {
      nextSteps: [{ due: '1.3.2017', iso: '2017-03-01' }, { due: '2017-03-02' }, { due: '2017-03-03', iso: '2017-03-03' }],
    },
  ],
  ['due: "bis" inside a word does not count', nextSteps('- Hobbis 2017-02-28', '- Ergebnis bis morgen'), { nextSteps: [{ due: undefined }, { due: undefined }] }],
  [
    'invalid due date: iso undefined, invalid-date problem on the date',
    nextSteps('- [ ] A @a bis 2017-02-30', '- B bis 31.04.2017'),
    {
      nextSteps: [
        { due: '2017-02-30', iso: undefined },
        { due: '31.04.2017', iso: undefined },
      ],
      problems: [
        ['invalid-date', '2017-02-30'],
        ['invalid-date', '31.04.2017'],
      ],
    },
  ],
  ['leap day', nextSteps('- A bis 29.02.2016', '- B bis 2100-02-29'), { nextSteps: [{ iso: '2016-02-29' }, { iso: undefined }], problems: [['invalid-date', '2100-02-29']] }],
  [
    'done and open, X upper case, plain item',
    nextSteps('- [x] a', '- [X] b', '- [ ] c', '- d'),
    {
      nextSteps: [
        { text: 'a', done: true, checkbox: true },
        { text: 'b', done: true },
        { text: 'c', done: false },
        { text: 'd', done: false, checkbox: false },
      ],
    },
  ],
  ['ordered task list', nextSteps('1. [x] a @p', '2. [ ] b'), { nextSteps: [{ text: 'a @p', done: true, checkbox: true, owners: ['p'] }, { done: false }] }],
  ...['keine', 'Keine.', 'NONE', '– keine –', 'Keine nächsten Schritte', 'No next steps.'].map((w): [string, string, Expect] => [
    `declared none: ${w}`,
    nextSteps(`- ${w}`),
    { nextSteps: [], declaredNone: true, hasContent: [true] },
  ]),
  ['declared none as a paragraph', nextSteps('Keine.'), { nextSteps: [], declaredNone: true }],
  ['"keine" among other items is an item', nextSteps('- keine', '- doch @a'), { nextSteps: [{ text: 'keine' }, { text: 'doch @a' }], declaredNone: false }],
  [
    'paragraphs as items when there is no list',
    lines('# T', '## Ergebnisse', 'Erstens *wichtig*.', '', 'Zweitens', 'über zwei Zeilen.'),
    {
      findings: ['Erstens wichtig.', 'Zweitens über zwei Zeilen.'],
      findingsMarkdown: ['Erstens *wichtig*.', 'Zweitens\nüber zwei Zeilen.'],
    },
  ],
  ['intro paragraph above a list is not an item', lines('# T', '## Ergebnisse', 'Wir fanden:', '- a', '- b'), { findings: ['a', 'b'] }],
  [
    'plain text drops markup, markdown keeps it',
    lines('# T', '## Ergebnisse', '- **fett** und [Link](https://x.de) und `code`'),
    {
      findings: ['fett und Link und code'],
      findingsMarkdown: ['**fett** und [Link](https://x.de) und `code`'],
    },
  ],
  [
    'nested list stays in the parent item',
    lines('# T', '## Ergebnisse', '- a', '  - a1', '  - a2', '- b'),
    {
      findings: ['a', 'b'],
      findingsMarkdown: ['a\n  - a1\n  - a2', 'b'],
    },
  ],
  [
    'an emoji in the frontmatter shifts nothing after it',
    lines('---', 'title: Fahrplan 🇩🇪 🙂', 'room: Elbe', '---', '# Fahrplan', '## Ergebnisse', '- Ein Ergebnis.', '- Noch eins 🎉.'),
    {
      findings: ['Ein Ergebnis.', 'Noch eins 🎉.'],
      findingsMarkdown: ['Ein Ergebnis.', 'Noch eins 🎉.'],
      ranges: [
        [(p) => p.findings[0].range, '- Ein Ergebnis.'],
        [(p) => p.sections[0].headingRange, '## Ergebnisse'],
      ],
    },
  ],
  ['lists below ### sub-headings count', lines('# T', '## Ergebnisse', '### Teil 1', '- a', '### Teil 2', '- b'), { findings: ['a', 'b'] }],
  [
    'empty section has no content; comment is not content',
    lines('# T', '## Ergebnisse', '', '## Nächste Schritte', '<!-- hier eintragen -->', '## Offene Fragen', '```', 'x', '```'),
    {
      hasContent: [false, false, true],
      findings: [],
    },
  ],
  [
    'heading inside a code fence is not a section',
    lines('# T', '## Notizen', '```md', '## Ergebnisse', '- nein', '```'),
    {
      sections: ['notes:Notizen'],
      findings: [],
    },
  ],
  ['heading inside a list or quote is not a section', lines('# T', '- ## Ergebnisse', '> ## Aufgaben'), { sections: [] }],
  [
    '# heading ends a section and, after the title, opens one of its own',
    lines('# T', '## Ergebnisse', '- a', '# Anhang', '- b'),
    {
      findings: ['a'],
      ranges: [
        [(p) => p.sections[0]?.range, '## Ergebnisse\n- a'],
        [(p) => p.sections[1]?.range, '# Anhang\n- b'],
      ],
    },
  ],
  [
    'section range ends at last content, not at trailing blank lines',
    lines('# T', '## Ergebnisse', '- a', '', '', '## Aufgaben'),
    {
      ranges: [[(p) => p.sections[0]?.range, '## Ergebnisse\n- a']],
    },
  ],
  [
    'participants with and without org, numbers as head count',
    lines('---', 'participants: "7"', '---', '## Teilnehmer', '- Anna Schmidt (Kreis Pinneberg)', '- Bob ()', '- Dr. Jörg (Stadt (Nord))', '- Norbert Weiß'),
    {
      participants: [['Anna Schmidt', 'Kreis Pinneberg'], ['Bob'], ['Dr. Jörg (Stadt (Nord))'], ['Norbert Weiß']],
      meta: { participants: 7 },
    },
  ],
  [
    'CRLF and BOM: positions correct',
    '\uFEFF' + crlfLines('---', 'title: Täst', 'date: 2017-02-30', '---', '', '# Täst', '## Nächste Schritte', '- [ ] Äpfel 🍎 @jörg bis 31.04.2017', '- [x] ok @ann'),
    {
      problems: [
        ['invalid-date', '2017-02-30'],
        ['invalid-date', '31.04.2017'],
      ],
      nextSteps: [
        { owners: ['jörg'], due: '31.04.2017', done: false, checkbox: true },
        { owners: ['ann'], done: true },
      ],
      lineCount: 9,
      ranges: [
        [(p) => p.nextSteps[0]?.owners[0]?.range, '@jörg'],
        [(p) => p.sections[0]?.headingRange, '## Nächste Schritte'],
        [(p) => p.meta.title?.range, 'Täst'],
      ],
    },
  ],
  ['lone CR line endings', '# T\r## Ergebnisse\r- a\r- b', { findings: ['a', 'b'], lineCount: 4 }],
  ['frontmatter date: German form normalized, invalid date reported and left out', lines('---', 'date: 26.01.2017', '---'), { meta: { date: '2017-01-26' }, problems: [] }],
  ['frontmatter impossible date', lines('---', 'date: 2017-02-30', '---'), { meta: { date: undefined }, problems: [['invalid-date', '2017-02-30']] }],
  [
    'frontmatter values: slot number, day string, tags comma string, empty room',
    lines('---', 'slot: 1030', 'day: "2"', 'tags: Recht, Datenschutz ,KI', 'room:', 'host: Anna', 'foo: bar', '---'),
    {
      meta: { slot: '1030', day: 2, tags: ['Recht', 'Datenschutz', 'KI'], room: undefined, host: 'Anna' },
      fields: ['slot', 'day', 'tags', 'room', 'host', 'foo'],
      ranges: [
        [(p) => p.meta.tags[2]?.range, 'KI'],
        [(p) => p.frontmatter?.fields[5]?.valueRange, 'bar'],
      ],
    },
  ],
  [
    'frontmatter: unquoted 10:30 stays a string; block list tags',
    lines('---', 'slot: 10:30', 'tags:', '  - A', '  - "B"', '...', '# X'),
    {
      meta: { slot: '10:30', tags: ['A', 'B'] },
      topic: 'X',
      ranges: [[(p) => p.meta.tags[1]?.range, 'B']],
    },
  ],
  [
    'frontmatter: wrong types left out of meta',
    lines('---', 'day: morgen', 'participants: -3', 'title: [a, b]', '---'),
    {
      meta: { day: undefined, participants: undefined, title: undefined },
      fields: ['day', 'participants', 'title'],
    },
  ],
  [
    'unclosed frontmatter: one problem on line 0 and the later list still parses',
    lines('---', 'title: X', '', '# X', '## Nächste Schritte', '- [ ] A @a bis 2017-02-28', '- [x] B'),
    {
      problems: [['frontmatter-syntax', '---']],
      frontmatterValid: false,
      fields: [],
      nextSteps: [
        { text: 'A @a bis 2017-02-28', owners: ['a'], done: false, checkbox: true },
        { text: 'B', done: true },
      ],
      topic: 'X',
    },
  ],
  ['only ---', '---', { problems: [['frontmatter-syntax', '---']], sections: [], lineCount: 1 }],
  [
    'broken YAML: one problem at the error position, fields after it dropped',
    lines('---', 'room: Elbe', 'title: "offen', 'day: 1', '---', '# T'),
    {
      problems: [['frontmatter-syntax', '---']],
      frontmatterValid: false,
      topic: 'T',
      fields: ['room'],
      meta: { room: 'Elbe', title: undefined },
      ranges: [[(p) => p.problems[0]?.range, '---', 1]],
    },
  ],
  [
    'broken YAML in the middle',
    lines('---', 'title: T', 'day: [1', 'room: Elbe', '---'),
    {
      problems: [['frontmatter-syntax', 'r']],
      fields: ['title'],
    },
  ],
  [
    'duplicate key is a YAML error on the second key',
    lines('---', 'room: A', 'room: B', '---'),
    {
      problems: [['frontmatter-syntax', 'r']],
      meta: { room: 'A' },
      fields: ['room'],
    },
  ],
  ['frontmatter that is a list', lines('---', '- a', '---'), { problems: [['frontmatter-syntax', '- a']], frontmatterValid: false }],
  ['empty frontmatter is fine', lines('---', '---', '# T'), { problems: [], frontmatterValid: true, topic: 'T', fields: [] }],
  ['--- later in the text is a rule, not frontmatter', lines('# T', '---', 'Text', '', '---'), { problems: [], topic: 'T', sections: [] }],
  ['setext headings count like ATX headings', lines('Thema', '=====', 'Ergebnisse', '----------', '- a'), { topic: 'Thema', findings: ['a'] }],
  ['empty string', '', { sections: [], problems: [], lineCount: 1, topic: undefined }],
];

/** Parses `text` and compares the parts `expect` lists; also checks that located things point at their text. */
function check(text: string, expect: Expect): void {
  const p = parseSession(text, 'file:///x.session.md');
  const at = (r: Range | undefined) => (r ? textAt(text.replace(/^\uFEFF/u, ''), r) : undefined);
  if ('topic' in expect) assert.equal(p.topic?.value, expect.topic, 'topic');
  if ('heading' in expect) assert.equal(p.heading?.value, expect.heading, 'heading');
  if ('language' in expect) assert.equal(p.language, expect.language, 'language');
  if (expect.sections)
    assert.deepEqual(
      p.sections.map((s) => `${s.kind}:${s.heading}`),
      expect.sections,
    );
  if (expect.participants)
    assert.deepEqual(
      p.participants.map((x) => (x.org ? [x.name, x.org] : [x.name])),
      expect.participants,
    );
  if (expect.findings)
    assert.deepEqual(
      p.findings.map((i) => i.text),
      expect.findings,
    );
  if (expect.findingsMarkdown)
    assert.deepEqual(
      p.findings.map((i) => i.markdown),
      expect.findingsMarkdown,
    );
  if (expect.openQuestions)
    assert.deepEqual(
      p.openQuestions.map((i) => i.text),
      expect.openQuestions,
    );
  if ('declaredNone' in expect) assert.equal(p.sections.find((s) => s.kind === 'nextSteps')?.declaredNone, expect.declaredNone);
  if (expect.hasContent)
    assert.deepEqual(
      p.sections.map((s) => s.hasContent),
      expect.hasContent,
    );
  if (expect.problems)
    assert.deepEqual(
      p.problems.map((x) => [x.code, at(x.range)]),
      expect.problems,
    );
  if (expect.nextSteps) {
    assert.equal(p.nextSteps.length, expect.nextSteps.length, 'next step count');
    expect.nextSteps.forEach((e, i) => {
      const s = p.nextSteps[i];
      if ('text' in e) assert.equal(s.text, e.text);
      if (e.owners)
        assert.deepEqual(
          s.owners.map((o) => o.handle),
          e.owners,
        );
      if ('due' in e) assert.equal(s.due?.raw, e.due);
      if ('iso' in e) assert.equal(s.due?.iso, e.iso);
      if ('done' in e) assert.equal(s.done, e.done);
      if ('checkbox' in e) assert.equal(s.checkboxRange !== undefined, e.checkbox);
    });
  }
  if (expect.meta) {
    for (const [key, value] of Object.entries(expect.meta)) {
      const actual = key === 'tags' ? p.meta.tags.map((t) => t.value) : (p.meta as unknown as Record<string, { value: unknown } | undefined>)[key]?.value;
      assert.deepEqual(actual, value, `meta.${key}`);
    }
  }
  if (expect.fields) assert.deepEqual(p.frontmatter?.fields.map((f) => f.key) ?? [], expect.fields);
  if ('frontmatterValid' in expect) assert.equal(p.frontmatter?.valid, expect.frontmatterValid);
  if (expect.lineCount !== undefined) assert.equal(p.lineCount, expect.lineCount);
  const plain = text.replace(/^\uFEFF/u, '');
  for (const [pick, needle, occurrence] of expect.ranges ?? []) {
    const r = pick(p);
    assert.ok(r, `range for ${JSON.stringify(needle)} missing`);
    const want = rangeOf(plain, needle, occurrence ?? 0);
    assert.equal(fmtRange(r), fmtRange(needle === '' ? r : want), `range of ${JSON.stringify(needle)}`);
  }
  // Invariants: every located thing covers the text it stands for.
  for (const s of p.nextSteps) {
    for (const o of s.owners) assert.equal(at(o.range), '@' + o.handle, 'owner range');
    if (s.due) assert.equal(at(s.due.range), s.due.raw, 'due range');
    if (s.checkboxRange) assert.match(at(s.checkboxRange) ?? '', /^\[[ xX]\]$/u, 'checkbox range');
  }
  for (const s of p.sections) assert.match(at(s.headingRange) ?? '', /^##?(?!#)|[-=]$/u, 'heading range');
  for (const t of p.meta.tags) assert.ok(at(t.range)?.includes(t.value), 'tag range');
}

describe('parseSession', () => {
  for (const [name, text, expect] of cases) it(name, () => check(text, expect));

  it('never throws and always returns a protocol', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const garbage = Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(random() * 65536))).join('');
    const inputs = [
      garbage,
      '\u0000\u0001\u0002',
      '---\n---\n---',
      '---\r\n',
      '\uFEFF',
      '\n\n\n',
      '## ',
      '- [ ]',
      '# \n## :\n- ',
      '---\n' + 'a: ['.repeat(200) + '\n---',
      '>'.repeat(500) + ' ## Ergebnisse',
      '- '.repeat(2000) + 'x',
      lines('## Nächste Schritte', ...Array.from({ length: 30 }, (_, i) => ' '.repeat(i * 2) + '- [ ] tief @a bis 2017-13-45')),
      undefined as unknown as string,
      42 as unknown as string,
    ];
    for (const input of inputs) {
      const p = parseSession(input, 'file:///g.session.md');
      assert.equal(p.uri, 'file:///g.session.md');
      assert.ok(Array.isArray(p.sections) && Array.isArray(p.problems) && p.lineCount >= 1);
    }
  });

  it('parses a large document up to the limits, and one past them only for its headings', function () {
    this.timeout(120_000);
    const block = lines('## Ergebnisse', ...Array.from({ length: 50 }, (_, i) => `- Punkt ${i} mit etwas Text`), '');
    const large = lines('# Groß', block.repeat(Math.floor(9_500 / 50)));
    assert.equal(parseSession(large, 'file:///big.session.md').findings.length, 9_500);
    const tooMany = parseSession(lines('# Groß', block.repeat(Math.ceil(5_000_000 / block.length))), 'file:///big.session.md');
    assert.deepEqual(
      tooMany.problems.map((p) => [p.code, p.args.variant]),
      [['too-complex', 'list-items']],
    );
    assert.equal(tooMany.findings.length, 0);
    assert.equal(tooMany.topic?.value, 'Groß');
  });
});

/** Blocks that might fool the cutter: headings in fences, HTML blocks, containers; combined at random below. */
const FRAGMENTS = [
  '## Ergebnisse\n- a\n- b',
  '# Titel',
  '```\n## im Code\n```',
  '~~~~md\n## im Code\n~~~\n## immer noch Code\n~~~~',
  '```\n## offener Zaun bis zum Ende',
  '<!--\n## im Kommentar\n-->',
  '<div>\n## im HTML\n</div>',
  '<script>\n## im Skript\n</script>',
  '- Liste\n  ## in der Liste\n- [ ] Aufgabe @a bis 2017-02-28',
  '- Liste\n  ```\n## nach dem Zaun in der Liste\n  ```',
  '> Zitat\n## nach dem Zitat',
  'Setext\n---',
  'Absatz\n## unterbricht',
  '    ## eingerückter Code',
  '#hashtag kein Titel',
  '####### sieben',
  '## Nächste Schritte\r\n- [x] CRLF @b\r\n',
  'Text <!-- inline\n## trotzdem Überschrift -->',
  '``` `nicht` ein Zaun\n## Überschrift',
  '<span>\n```\n\n## im Code nach Absatz\n```',
  '- a\n  <div>\n## raus',
  '   ```\n## eingerückter Zaun\n   ```',
  '<pre>x</pre>\n## nach pre',
  '<!-- a --> b\n## nach Kommentar',
];

describe('parseMarkdown cuts', () => {
  it('a cut document parses exactly like the whole document', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let wasCut = 0;
    const runs = Number(process.env.CUT_RUNS ?? 300);
    for (let n = 0; n < runs; n++) {
      const parts = Array.from({ length: 3 + Math.floor(random() * 8) }, () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]);
      const text = parts.join(random() < 0.5 ? '\n' : '\n\n');
      const whole = parseMarkdown(text, Number.MAX_SAFE_INTEGER);
      const cut = parseMarkdown(text, 0);
      assert.deepEqual(cut.children, whole.children, JSON.stringify(text));
      if (cutPoints(text, 0).length > 0) wasCut++;
    }
    assert.ok(wasCut > runs / 4, `only ${wasCut} of ${runs} documents were cut: the test would prove nothing`);
  });

  it('does not cut a document with link reference definitions', () => {
    const text = lines('## A', '- [x][ref]', '## B', '[ref]: https://example.org');
    assert.deepEqual(parseMarkdown(text, 0).children, parseMarkdown(text, Number.MAX_SAFE_INTEGER).children);
  });
});
