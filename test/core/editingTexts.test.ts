// The texts of the editor features exist in German and English, with the same placeholders, and every check is explained in both.
import { strict as assert } from 'node:assert';
import { EDITING_TEXTS, say } from '../../server/src/core/editor';
import { DIAGNOSTIC_CODES } from '../../server/src/core/model';
import { RULE_HELP } from '../../server/src/core/diagnostics';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('editor texts (core)', () => {
  it('German and English have the same keys and placeholders, none empty', () => {
    const { de, en } = EDITING_TEXTS;
    assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      assert.ok(de[key].trim() && en[key].trim(), key);
      assert.deepEqual(placeholders(de[key]), placeholders(en[key]), key);
    }
  });

  it('every check has a German and an English explanation and fix', () => {
    for (const code of DIAGNOSTIC_CODES) {
      for (const language of ['de', 'en'] as const) assert.ok(RULE_HELP[language][code].when && RULE_HELP[language][code].fix, `${language} ${code}`);
    }
  });

  it('fills placeholders and marks missing ones', () => {
    assert.equal(say('de', 'action.setCount', { count: 3 }), 'Teilnehmerzahl auf 3 setzen');
    assert.equal(say('en', 'action.setCount'), 'Set the number of participants to …');
  });
});
