// Semantic tokens (core): every person mention is a `person` token, `unknown` when the event does not know them.
import { strict as assert } from 'node:assert';
import { personTokens } from '../../server/src/core/editor';
import type { EventPlan } from '../../server/src/core/model';
import { textAt } from './helpers';
import { marked, testPlan } from './intelligence.helpers';

function tokens(lines: string[], plan?: EventPlan): string[] {
  const doc = marked(...lines, '|');
  return personTokens(doc.protocol, doc.text, plan).map((t) => {
    const text = textAt(doc.text, { start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } });
    return `${text}${t.modifiers.length ? ` (${t.modifiers.join(',')})` : ''}`;
  });
}

const DOC = ['---', 'host: Anna Schmidt', '---', '## Teilnehmende', '- Gerda Paulsen', '## Nächste Schritte', '- [ ] X @anna-schmidt @gerda-paulsen @max'];

describe('semantic tokens (core)', () => {
  it('against barcamp.json: people it does not list are unknown', () => {
    assert.deepEqual(tokens(DOC, testPlan()), ['Anna Schmidt', 'Gerda Paulsen (unknown)', '@anna-schmidt', '@gerda-paulsen (unknown)', '@max (unknown)']);
  });

  it('without barcamp.json: the session people are the reference', () => {
    assert.deepEqual(tokens(DOC), ['Anna Schmidt', 'Gerda Paulsen', '@anna-schmidt', '@gerda-paulsen', '@max (unknown)']);
  });

  it('with nobody to compare against, nobody is unknown', () => {
    assert.deepEqual(tokens(['## Nächste Schritte', '- [ ] X @max']), ['@max']);
  });
});
