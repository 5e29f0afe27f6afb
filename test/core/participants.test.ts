// Participant lines as documenters write them: several names in a line, organisations, counted and anonymous people who never become persons.
import { strict as assert } from 'node:assert';
import { parseSession, validateSession } from '../../server/src/core';
import { aggregateEvent } from '../../server/src/core/report';

const URI = 'file:///camp/a.session.md';
const section = (...lines: string[]) => parseSession(['# T', '', '## Teilnehmende', ...lines.map((l) => `- ${l}`), ''].join('\n'), URI);

describe('participant lines', () => {
  const cases: Array<{ line: string; people: Array<[string, string?]>; unnamed: number }> = [
    { line: 'Anna Schmidt, Jörg Müller', people: [['Anna Schmidt'], ['Jörg Müller']], unnamed: 0 },
    {
      line: 'Anna Schmidt (Kreis Pinneberg); Jörg Müller (Stadt Kiel, Amt 10)',
      people: [
        ['Anna Schmidt', 'Kreis Pinneberg'],
        ['Jörg Müller', 'Stadt Kiel, Amt 10'],
      ],
      unnamed: 0,
    },
    { line: 'sowie 6 weitere Teilnehmende (ohne Namensnennung)', people: [], unnamed: 6 },
    { line: '+ 12 weitere', people: [], unnamed: 12 },
    { line: 'alle zehn Studierenden des Seminars', people: [], unnamed: 10 },
    { line: 'ca. 12 ohne Namen', people: [], unnamed: 12 },
    { line: 'and five more', people: [], unnamed: 5 },
    { line: 'Mitarbeiterin Bürgeramt (möchte nicht namentlich genannt werden)', people: [], unnamed: 1 },
    { line: 'anonym', people: [], unnamed: 1 },
    { line: 'Anonymous', people: [], unnamed: 1 },
    { line: 'Fatma Demir (Digitalagentur)', people: [['Fatma Demir', 'Digitalagentur']], unnamed: 0 },
  ];
  for (const c of cases) {
    it(c.line, () => {
      const protocol = section(c.line);
      assert.deepEqual(
        protocol.participants.map((p) => (p.org ? [p.name, p.org] : [p.name])),
        c.people,
      );
      assert.equal(protocol.unnamedParticipants, c.unnamed);
    });
  }

  it('counts named and unnamed people in the report, and none of the counted becomes a person', () => {
    const protocol = section('Anna Schmidt, Jörg Müller', 'sowie 6 weitere Teilnehmende (ohne Namensnennung)', 'Mitarbeiterin Bürgeramt (möchte nicht namentlich genannt werden)');
    const report = aggregateEvent({ sessions: [{ protocol, problems: [] }] });
    assert.deepEqual(
      report.sessions[0].participants.map((p) => p.name),
      ['Anna Schmidt', 'Jörg Müller'],
    );
    assert.equal(report.sessions[0].participantCount, 9);
    assert.deepEqual([report.stats.participants, report.stats.namedParticipants, report.stats.unnamedParticipants], [9, 2, 7]);
  });

  it('compares participants: N with named and counted people', () => {
    const text = ['---', 'participants: 5', '---', '# T', '', '## Teilnehmende', '- Anna, Jörg', '- + 4 weitere', ''].join('\n');
    const codes = validateSession(parseSession(text, URI), { others: [], language: 'en' }).map((d) => d.code);
    assert.ok(codes.includes('participant-count-mismatch'), codes.join());
  });
});
