// Values written into the frontmatter read back as the same text: plain where YAML keeps them, else quoted.
import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { requoteLike, yamlFlowItem, yamlScalar } from '../../server/src/core/text';

describe('yamlScalar', () => {
  const cases: Array<[string, string]> = [
    ['Elbe', 'Elbe'],
    ['Raum Elbe 2', 'Raum Elbe 2'],
    ['10.30', '"10.30"'],
    ['10:30', '"10:30"'],
    ['2017', '"2017"'],
    ['true', '"true"'],
    ['no', 'no'],
    ['- Liste', '"- Liste"'],
    ['# Kommentar', '"# Kommentar"'],
    ['zwei\nZeilen', '"zwei\\nZeilen"'],
    [' Leerzeichen ', '" Leerzeichen "'],
    ['Müller & Söhne', 'Müller & Söhne'],
    ['', '""'],
  ];
  for (const [value, written] of cases) {
    it(`${JSON.stringify(value)} → ${written}`, () => {
      assert.equal(yamlScalar(value), written);
      assert.equal(parse(`key: ${yamlScalar(value)}`).key, value, 'reads back as the same text');
    });
  }

  it('keeps the quotes the user wrote, and quotes flow items with commas', () => {
    assert.equal(requoteLike('"10.30"', '10:30'), '"10:30"');
    assert.equal(requoteLike("'Elbe'", "O'Neil"), "'O''Neil'");
    assert.equal(requoteLike('10.30', '10.45'), '"10.45"');
    assert.equal(yamlFlowItem('a, b'), '"a, b"');
  });
});
