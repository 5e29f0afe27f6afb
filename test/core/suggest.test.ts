// The did-you-mean helper: edit distance with transpositions, a length-dependent limit, whole-word matches.
import { strict as assert } from 'node:assert';
import { closestMatch, editDistance } from '../../server/src/core/text';

describe('suggest', () => {
  const distances: Array<[string, string, number]> = [
    ['', '', 0],
    ['room', 'room', 0],
    ['titel', 'title', 1],
    ['rom', 'room', 1],
    ['raum', 'room', 2],
    ['', 'abc', 3],
    ['ca', 'abc', 3],
  ];
  for (const [a, b, d] of distances) it(`editDistance(${a || '""'}, ${b || '""'}) = ${d}`, () => assert.equal(editDistance(a, b), d));

  const matches: Array<[string, string[], string | undefined]> = [
    ['ana-schmidt', ['ben-meier', 'anna-schmidt'], 'anna-schmidt'],
    ['Raum 1', ['raum 1', 'Raum 2'], 'raum 1'],
    ['a', ['b'], undefined],
    ['xyz', ['title', 'room'], undefined],
    ['schmidt', ['anna-schmidt', 'ben-meier'], 'anna-schmidt'],
    ['anna', ['anna-schmidt', 'anna-berg'], undefined],
    ['room', ['room'], undefined],
    ['', ['room'], undefined],
    ['teh', ['the', 'tea'], 'the'],
  ];
  for (const [input, candidates, expected] of matches) {
    it(`closestMatch(${JSON.stringify(input)}) → ${expected ?? 'nothing'}`, () => assert.equal(closestMatch(input, candidates), expected));
  }
});
