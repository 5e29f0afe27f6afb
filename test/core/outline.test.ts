// Tests of the document outline and folding ranges: shape per case, plus the LSP containment invariants for every case.
import { strict as assert } from 'node:assert';
import { foldingRanges, outline } from '../../server/src/core/syntax';
import { parseSession } from '../../server/src/core/syntax';
import type { OutlineNode, Range } from '../../server/src/core/model';
import { lines } from './helpers';

const FULL = lines(
  '---',
  'title: Datenschutz',
  'slot: "10:30"',
  '---',
  '',
  '# Datenschutz',
  '',
  '## Teilnehmende',
  '- Anna Schmidt (Kreis)',
  '',
  '## Nächste Schritte',
  '- [ ] Checkliste teilen @anna @bob bis 2017-02-28',
  '- [x] Folien',
  '  verschicken @leslie',
  '',
  '## Ergebnisse',
  '- ' + 'sehr lang '.repeat(20),
);

/** A node tree as compact text: `kind:name[detail](children…)`. */
function shape(node: OutlineNode): string {
  const detail = node.detail !== undefined ? `[${node.detail}]` : '';
  const children = node.children.length ? `(${node.children.map(shape).join(', ')})` : '';
  return `${node.kind}:${node.name}${detail}${children}`;
}

const cases: Array<[string, string, string, Array<[number, number]>]> = [
  [
    'full protocol',
    FULL,
    'session:Datenschutz(field:Frontmatter(field:title[Datenschutz], field:slot[10:30]), section:Teilnehmende[1](item:Anna Schmidt (Kreis)), ' +
      'section:Nächste Schritte[2](item:Checkliste teilen @anna @bob bis 2017-02-28[@anna @bob 2017-02-28], item:Folien verschicken @leslie[@leslie ✓]), ' +
      'section:Ergebnisse[1](item:' +
      'sehr lang '.repeat(6).trim() +
      '…))',
    [
      [0, 3],
      [7, 8],
      [10, 13],
      [12, 13],
      [15, 16],
    ],
  ],
  ['no topic, no frontmatter', lines('## Notizen', 'Text'), 'session:Session(section:Notizen[1](item:Text))', [[0, 1]]],
  ['empty document', '', 'session:Session', []],
  ['unclosed frontmatter has no field node', lines('---', '# T'), 'session:T', []],
  ['empty heading and empty item names are never empty', lines('# T', '##', '- `x`'), 'session:T(section:##[1](item:x))', [[1, 2]]],
];

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** LSP rules: selectionRange inside range, children inside parent, names not empty. */
function checkInvariants(node: OutlineNode): void {
  assert.ok(node.name.length > 0, 'empty name');
  assert.ok(contains(node.range, node.selectionRange), `selectionRange outside range in ${node.name}`);
  for (const child of node.children) {
    assert.ok(contains(node.range, child.range), `${child.name} outside ${node.name}`);
    checkInvariants(child);
  }
}

function check(text: string, expectShape: string, expectFolds: Array<[number, number]>): void {
  const protocol = parseSession(text, 'file:///x.session.md');
  const nodes = outline(protocol);
  assert.equal(nodes.length, 1);
  assert.equal(shape(nodes[0]), expectShape);
  checkInvariants(nodes[0]);
  assert.deepEqual(
    foldingRanges(protocol).map((f) => [f.startLine, f.endLine]),
    expectFolds,
  );
}

describe('outline and foldingRanges', () => {
  for (const [name, text, expectShape, folds] of cases) it(name, () => check(text, expectShape, folds));

  it('invariants hold on odd input', () => {
    for (const text of ['---\ntitle: [\n---', '# \n## :\n- \n', '\uFEFF---\r\ntitle: X\r\n---\r\n## A\r\n- b\r\n  c', '```\n## x']) {
      outline(parseSession(text, 'file:///y.session.md')).forEach(checkInvariants);
    }
  });
});
