// The index's progress texts exist in both languages and name the numbers they are given.
import { strict as assert } from 'node:assert';
import { INDEX_TEXTS, indexTexts } from '../../server/src/core/organizer';

describe('index progress texts', () => {
  for (const language of ['de', 'en'] as const) {
    it(`has a title and a progress line in ${language}`, () => {
      assert.ok(INDEX_TEXTS[language].title.length > 0);
      assert.match(indexTexts(language).progress(12, 10000), /12\D+10000/u);
    });
  }
});
