// The review step in the core: the frontmatter edit that sets `status`, the "Mark as …" code actions, and the status in summaries and the Sessions view's data.
import { strict as assert } from 'node:assert';
import { currentStatus, reviewStatusEdits, statusActions, statusLanguage } from '../../server/src/core/editor';
import { parseSession, summarize } from '../../server/src/core/syntax';
import { sessionsOverview } from '../../server/src/core/organizer';
import type { Language, ReviewStatus } from '../../server/src/core/model';
import { applyEdits, marked, testPlan, URI } from './intelligence.helpers';

interface EditCase {
  name: string;
  /** The protocol, as lines joined with `eol`. */
  lines: string[];
  eol?: string;
  status: ReviewStatus;
  language: Language;
  /** The protocol afterwards; `[]` for no edit at all, undefined when no edit can be made. */
  expect: string[] | undefined;
}

const BODY_DE = ['# Thema', '', '## Ergebnisse', '- Eins'];
const BODY_EN = ['# Topic', '', '## Findings', '- One'];

const EDITS: EditCase[] = [
  {
    name: 'replaces a German word by a German word',
    lines: ['---', 'title: Thema', 'status: Entwurf', 'room: Elbe', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'title: Thema', 'status: geprüft', 'room: Elbe', '---', ...BODY_DE],
  },
  {
    name: 'replaces an English word by an English word',
    lines: ['---', 'status: reviewed', '---', ...BODY_EN],
    status: 'approved',
    language: 'en',
    expect: ['---', 'status: approved', '---', ...BODY_EN],
  },
  {
    name: 'keeps the quotes and a comment after the value',
    lines: ['---', "status: 'Entwurf' # bis Freitag", '---', ...BODY_DE],
    status: 'approved',
    language: 'de',
    expect: ['---', "status: 'freigegeben' # bis Freitag", '---', ...BODY_DE],
  },
  {
    name: 'replaces an odd word (read as a draft), also when "draft" is asked for',
    lines: ['---', 'status: fertig', '---', ...BODY_DE],
    status: 'draft',
    language: 'de',
    expect: ['---', 'status: Entwurf', '---', ...BODY_DE],
  },
  {
    name: 'replaces a number',
    lines: ['---', 'status: 2', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'status: geprüft', '---', ...BODY_DE],
  },
  {
    name: 'replaces a flow list',
    lines: ['---', 'status: [geprüft, freigegeben]', 'room: Elbe', '---', ...BODY_DE],
    status: 'approved',
    language: 'de',
    expect: ['---', 'status: freigegeben', 'room: Elbe', '---', ...BODY_DE],
  },
  {
    name: 'replaces a block list below the key, the word on the key line',
    lines: ['---', 'status:', '  - geprüft', '  - Entwurf', 'room: Elbe', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'status: geprüft', 'room: Elbe', '---', ...BODY_DE],
  },
  {
    name: 'fills an empty value',
    lines: ['---', 'status:', 'room: Elbe', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'status: geprüft', 'room: Elbe', '---', ...BODY_DE],
  },
  {
    name: 'fills an empty value before a comment',
    lines: ['---', 'status: # noch offen', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'status: geprüft # noch offen', '---', ...BODY_DE],
  },
  {
    name: 'inserts after the last known field, before unknown ones',
    lines: ['---', 'title: Thema', 'room: Elbe', 'notiz: privat', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'title: Thema', 'room: Elbe', 'status: geprüft', 'notiz: privat', '---', ...BODY_DE],
  },
  {
    name: 'inserts after a block list',
    lines: ['---', 'title: Topic', 'tags:', '  - privacy', '  - law', '---', ...BODY_EN],
    status: 'approved',
    language: 'en',
    expect: ['---', 'title: Topic', 'tags:', '  - privacy', '  - law', 'status: approved', '---', ...BODY_EN],
  },
  {
    name: 'inserts before the closing line when no field is known',
    lines: ['---', 'notiz: privat', '---', ...BODY_DE],
    status: 'approved',
    language: 'de',
    expect: ['---', 'notiz: privat', 'status: freigegeben', '---', ...BODY_DE],
  },
  {
    name: 'inserts into an empty frontmatter',
    lines: ['---', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'status: geprüft', '---', ...BODY_DE],
  },
  {
    name: 'writes "draft" even where none is written (the protocol says what was chosen)',
    lines: ['---', 'title: Thema', '---', ...BODY_DE],
    status: 'draft',
    language: 'de',
    expect: ['---', 'title: Thema', 'status: Entwurf', '---', ...BODY_DE],
  },
  {
    name: 'creates the frontmatter when there is none, a blank line before the heading',
    lines: BODY_DE,
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'status: geprüft', '---', '', ...BODY_DE],
  },
  {
    name: 'creates the frontmatter of an empty file',
    lines: [''],
    status: 'approved',
    language: 'en',
    expect: ['---', 'status: approved', '---', ''],
  },
  {
    name: 'CRLF: the inserted line ends as the others do',
    lines: ['---', 'title: Thema', '---', ...BODY_DE],
    eol: '\r\n',
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'title: Thema', 'status: geprüft', '---', ...BODY_DE],
  },
  {
    name: 'CRLF: a new frontmatter block too',
    lines: BODY_EN,
    eol: '\r\n',
    status: 'reviewed',
    language: 'en',
    expect: ['---', 'status: reviewed', '---', '', ...BODY_EN],
  },
  {
    name: 'CRLF: replacing keeps the line break',
    lines: ['---', 'status: Entwurf', '---', ...BODY_DE],
    eol: '\r\n',
    status: 'approved',
    language: 'de',
    expect: ['---', 'status: freigegeben', '---', ...BODY_DE],
  },
  {
    name: 'a status line below broken YAML is still the one replaced (no second status line)',
    lines: ['---', 'title: a: b', 'status: Entwurf', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: ['---', 'title: a: b', 'status: geprüft', '---', ...BODY_DE],
  },
  {
    name: 'nothing to do at that status, whichever language the word is in',
    lines: ['---', 'status: reviewed', '---', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: [],
  },
  {
    name: 'an unclosed frontmatter cannot take a field',
    lines: ['---', 'title: Thema', ...BODY_DE],
    status: 'reviewed',
    language: 'de',
    expect: undefined,
  },
];

describe('reviewStatusEdits: set the frontmatter status', () => {
  for (const c of EDITS) {
    it(c.name, () => {
      const eol = c.eol ?? '\n';
      const text = c.lines.join(eol);
      const protocol = parseSession(text, URI);
      const edits = reviewStatusEdits(text, protocol, c.status, c.language);
      if (c.expect === undefined) return assert.equal(edits, undefined);
      assert.ok(edits, 'an edit');
      if (c.expect.length === 0) return assert.deepEqual(edits, []);
      const after = applyEdits(text, edits);
      assert.equal(after, c.expect.join(eol));
      // Where the YAML was broken before, it still is: the parser does not read the line then.
      if (protocol.frontmatter?.valid === false) return;
      const reread = parseSession(after, URI);
      assert.equal(reread.meta.status?.value, c.status, 'the parser reads the status set');
      assert.equal(reread.frontmatter?.valid, true, 'the YAML stays valid');
    });
  }

  it('counts positions without a byte-order mark, as the parser does', () => {
    const text = '\uFEFF---\ntitle: Thema\n---\n# Thema\n';
    const edits = reviewStatusEdits(text, parseSession(text, URI), 'approved', 'de')!;
    assert.equal(applyEdits(text.slice(1), edits), '---\ntitle: Thema\nstatus: freigegeben\n---\n# Thema\n');
  });
});

describe('statusLanguage and currentStatus', () => {
  const cases: Array<[string, string[], Language | undefined, Language, Language]> = [
    ["the protocol's headings first", ['---', 'status: draft', '---', ...BODY_DE], 'en', 'en', 'de'],
    ['then the language of the status word', ['---', 'status: draft', '---', '# Thema'], 'de', 'de', 'en'],
    ['"geprueft" is German', ['---', 'status: geprueft', '---', '# Topic'], 'en', 'en', 'de'],
    ['then the event', ['---', 'status: fertig', '---', '# Thema'], 'en', 'de', 'en'],
    ['else the fallback', ['# Thema'], undefined, 'en', 'en'],
  ];
  for (const [name, lines, planLanguage, fallback, expected] of cases) {
    it(name, () => assert.equal(statusLanguage({ protocol: parseSession(lines.join('\n'), URI), planLanguage, fallback }), expected));
  }

  it('a protocol without a known status is a draft', () => {
    assert.equal(currentStatus(parseSession('# T', URI)), 'draft');
    assert.equal(currentStatus(parseSession('---\nstatus: unklar\n---\n', URI)), 'draft');
    assert.equal(currentStatus(parseSession('---\nstatus: Freigegeben\n---\n', URI)), 'approved');
  });
});

describe('statusActions: "Mark as reviewed / approved" in the frontmatter', () => {
  function offer(lines: string[], language: Language = 'en') {
    const doc = marked(...lines);
    const input = { uri: URI, ...doc, diagnostics: [], range: { start: doc.position, end: doc.position }, plan: testPlan(), today: '2017-03-01', language };
    return { text: doc.text, actions: statusActions(input) };
  }

  const cases: Array<{ name: string; lines: string[]; language?: Language; titles: string[]; first?: string[] }> = [
    {
      name: "a draft: both statuses above, titles in the editor language, words in the protocol's",
      lines: ['---', 'title: Thema|', '---', ...BODY_DE],
      titles: ['Mark as reviewed', 'Mark as approved'],
      first: ['---', 'title: Thema', 'status: geprüft', '---', ...BODY_DE],
    },
    {
      name: 'reviewed: only approved, in German',
      lines: ['---', 'status: geprüft|', '---', ...BODY_DE],
      language: 'de',
      titles: ['Als freigegeben markieren'],
      first: ['---', 'status: freigegeben', '---', ...BODY_DE],
    },
    {
      name: 'on the closing line',
      lines: ['---', 'status: reviewed', '-|--', ...BODY_EN],
      titles: ['Mark as approved'],
      first: ['---', 'status: approved', '---', ...BODY_EN],
    },
    { name: 'approved: nothing above', lines: ['---', 'status: freigegeben|', '---', ...BODY_DE], titles: [] },
    { name: 'the cursor in the body', lines: ['---', 'title: Thema', '---', '# Thema|'], titles: [] },
    { name: 'no frontmatter', lines: ['# Thema|', '## Ergebnisse'], titles: [] },
    { name: 'an unclosed frontmatter', lines: ['---|', 'title: Thema', '# Thema'], titles: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { text, actions } = offer(c.lines, c.language);
      assert.deepEqual(
        actions.map((a) => a.title),
        c.titles,
      );
      for (const action of actions) {
        assert.equal(action.kind, 'refactor.rewrite');
        assert.deepEqual(action.diagnostics, []);
      }
      if (c.first) assert.equal(applyEdits(text, actions[0].edit.changes[URI]), c.first.join('\n'));
    });
  }
});

describe('the review status in summaries and the Sessions view', () => {
  const texts: Record<string, string[]> = {
    a: ['---', 'title: A', 'day: 1', 'slot: "10:30"', 'status: geprüft', 'actionField: open-data', '---'],
    b: ['---', 'title: B', 'status: approved', '---'],
    c: ['---', 'title: C', 'status: später', '---'],
    d: ['# D'],
  };
  const summaries = Object.entries(texts).map(([name, lines]) => summarize(parseSession(lines.join('\n'), `file:///camp/${name}.session.md`)));

  it('a summary carries a known status and the action field, and nothing for an unknown word', () => {
    assert.deepEqual(
      summaries.map((s) => [s.status, s.actionField]),
      [
        ['reviewed', 'open-data'],
        ['approved', undefined],
        [undefined, undefined],
        [undefined, undefined],
      ],
    );
  });

  it('every session of the overview has a status: a draft without one', () => {
    const overview = sessionsOverview(
      summaries.map((summary) => ({ summary, diagnostics: [] })),
      { plan: testPlan(), folderUri: 'file:///camp', language: 'de' },
    );
    const all = [...overview.days.flatMap((d) => d.slots.flatMap((s) => s.sessions)), ...overview.unscheduled];
    assert.deepEqual(Object.fromEntries(all.map((s) => [s.label, [s.status, s.actionField]])), {
      A: ['reviewed', 'open-data'],
      B: ['approved', undefined],
      C: ['draft', undefined],
      D: ['draft', undefined],
    });
  });
});
