// How the report words a next step: without its @owners and its due phrase, which it shows as fields of their own.
import { strict as assert } from 'node:assert';
import { withoutStepMeta } from '../../server/src/core/report';
import { collapseWhitespace } from '../../server/src/core/text';

const TABLE: Array<[text: string, handles: string[], due: string | undefined, expected: string]> = [
  ['Checkliste teilen @anna bis 2017-02-28', ['anna'], '2017-02-28', 'Checkliste teilen'],
  ['Folien schicken @jörg bis: 28.02.2017', ['jörg'], '28.02.2017', 'Folien schicken'],
  ['Termin finden bis zum 1.3.2017 @anna-schmidt', ['anna-schmidt', 'anna'], '1.3.2017', 'Termin finden'],
  ['Send slides @leslie due 2017-03-01.', ['leslie'], '2017-03-01', 'Send slides.'],
  ['Draft the memo until 2017-03-01', [], '2017-03-01', 'Draft the memo'],
  ['Protokoll hochladen 📅 2017-03-15', [], '2017-03-15', 'Protokoll hochladen'],
  ['Bisher offen, bis 2017-03-15 klären', [], '2017-03-15', 'Bisher offen, klären'],
  ['Ergebnis bis 2017-03-01 sichten, bis 2017-03-15 teilen', [], '2017-03-15', 'Ergebnis bis 2017-03-01 sichten, teilen'],
  ['Kosten klären (@anna, bis 2017-03-01)', ['anna'], '2017-03-01', 'Kosten klären'],
  ['@anna bis 2017-02-28', ['anna'], '2017-02-28', '@anna bis 2017-02-28'],
  ['Nichts zu entfernen', [], '2017-02-28', 'Nichts zu entfernen'],
];

describe('next step text in the report', () => {
  for (const [text, handles, due, expected] of TABLE) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => assert.equal(withoutStepMeta(text, handles, due, collapseWhitespace), expected));
  }
});
