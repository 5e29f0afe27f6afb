// Every check has its page in docs/rules, exactly as the rule tables generate it; the pages' URLs; barcamp.json's own findings (plan-syntax).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../server/src/core/model';
import { isAbsoluteUrl, ruleDocPages, ruleDocUrl } from '../../server/src/core/diagnostics';
import { parseEventPlan, planProblems } from '../../server/src/core/event';

const FOLDER = 'docs/rules';

describe('rule pages (docs/rules)', () => {
  it('has a page for every code, and no page for a code that does not exist', () => {
    const pages = readdirSync(FOLDER).filter((name) => name.endsWith('.md') && name !== 'README.md');
    assert.deepEqual(pages.sort(), DIAGNOSTIC_CODES.map((code) => `${code}.md`).sort());
  });

  it('holds each page exactly as generated (run `node scripts/rule-docs.mjs` after changing a rule table)', () => {
    for (const { fileName, text } of ruleDocPages()) assert.equal(readFileSync(join(FOLDER, fileName), 'utf8'), text, fileName);
  });

  it('pages speak German and English and name the code', () => {
    for (const { fileName, text } of ruleDocPages().filter((p) => p.fileName !== 'README.md')) {
      assert.match(text, /## Deutsch: .+\n[\s\S]*## English: /u, fileName);
      assert.ok(text.startsWith(`# \`${fileName.replace(/\.md$/u, '')}\``), fileName);
    }
  });
});

describe('ruleDocUrl', () => {
  const cases: Array<[string | undefined, string]> = [
    [undefined, 'docs/rules/unknown-room.md'],
    ['', 'docs/rules/unknown-room.md'],
    ['https://barcamp.example/docs/rules/', 'https://barcamp.example/docs/rules/unknown-room.md'],
    ['https://github.com/org/repo/blob/main/docs/rules', 'https://github.com/org/repo/blob/main/docs/rules/unknown-room.md'],
    ['../rules', '../rules/unknown-room.md'],
  ];
  for (const [base, url] of cases) it(`${base ?? '(no base)'} → ${url}`, () => assert.equal(ruleDocUrl('unknown-room', base), url));

  it('knows an absolute base from a relative one', () => {
    assert.deepEqual(['https://x.example/d', 'file:///srv/docs', 'docs/rules', '/docs/rules', '', undefined].map(isAbsoluteUrl), [true, true, false, false, false, false]);
  });
});

describe('barcamp.json findings (plan-syntax)', () => {
  const cases: Array<{ name: string; text: string; expect: Array<[number, number, string | undefined]> }> = [
    { name: 'a valid plan', text: '{ "name": "X" }', expect: [] },
    { name: 'comments are tolerated', text: '{\n  // the rooms\n  "rooms": ["Elbe"] /* more later */\n}', expect: [] },
    { name: 'a missing comma, at the next key', text: '{\n  "a": 1\n  "b": 2\n}', expect: [[2, 2, 'comma']] },
    { name: 'a trailing comma', text: '{\n  "a": 1,\n}', expect: [[2, 0, 'property']] },
    { name: 'a missing colon', text: '{ "a" 1 }', expect: [[0, 6, 'colon']] },
    { name: 'the root is no object', text: '[1, 2]', expect: [[0, 0, 'root']] },
    { name: 'a BOM does not shift positions', text: '\uFEFF{ "a" 1 }', expect: [[0, 6, 'colon']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = planProblems(c.text).map((p) => [p.range.start.line, p.range.start.character, p.args.variant as string | undefined]);
      assert.deepEqual(found.slice(0, c.expect.length), c.expect);
      if (c.expect.length === 0) assert.deepEqual(found, []);
      assert.ok(planProblems(c.text).every((p) => p.code === 'plan-syntax'));
    });
  }

  it('the plan reader accepts what planProblems accepts', () => {
    assert.deepEqual(parseEventPlan('{\n  // Räume\n  "rooms": ["Elbe"]\n}', 'file:///e/barcamp.json').plan?.rooms, ['Elbe']);
    assert.ok(parseEventPlan('{ "a" 1 }', 'file:///e/barcamp.json').error);
  });
});
