// validateSession as a whole: severity precedence, 'off', sorting, ranges and suggestions, robustness.
import { strict as assert } from 'node:assert';
import { DIAGNOSTIC_CODES, type Diagnostic, type SessionProtocol } from '../../server/src/core/model';
import { parseSession } from '../../server/src/core/syntax';
import { DEFAULT_SEVERITIES, normalizeRuleSetting, resolveSeverity } from '../../server/src/core/diagnostics';
import { validateSession } from '../../server/src/core/diagnostics';
import { fmtRange, lines, range, textAt } from './helpers';
import { COMPLETE, diagnose, other, URI } from './rules.helpers';

/** COMPLETE with line `at` replaced by `replacement`. */
function edit(at: number, ...replacement: string[]): string {
  return lines(...COMPLETE.slice(0, at), ...replacement, ...COMPLETE.slice(at + 1));
}

const NO_DUE = edit(17, '- [ ] Leitfaden entwerfen @anna-schmidt');

function only(diagnostics: Diagnostic[], code: Diagnostic['code']): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

describe('severity', () => {
  const cases: Array<{ name: string; settings?: object; rules?: object; expect: string | undefined }> = [
    { name: 'built-in default', expect: 'information' },
    { name: 'user setting raises it', settings: { 'next-step-without-due-date': 'warning' }, expect: 'warning' },
    { name: 'barcamp.json beats the user setting', settings: { 'next-step-without-due-date': 'warning' }, rules: { 'next-step-without-due-date': 'error' }, expect: 'error' },
    { name: "user 'off' drops it", settings: { 'next-step-without-due-date': 'off' }, expect: undefined },
    { name: "barcamp.json 'off' beats a user severity", settings: { 'next-step-without-due-date': 'error' }, rules: { 'next-step-without-due-date': 'off' }, expect: undefined },
    { name: "barcamp.json severity beats a user 'off'", settings: { 'next-step-without-due-date': 'off' }, rules: { 'next-step-without-due-date': 'hint' }, expect: 'hint' },
    { name: 'an invalid value falls back to the next level', settings: { 'next-step-without-due-date': 'warning' }, rules: { 'next-step-without-due-date': 'loud' }, expect: 'warning' },
    { name: 'aliases and case are accepted', settings: { 'next-step-without-due-date': 'WARN' }, expect: 'warning' },
    { name: 'other codes are unaffected', settings: { 'unknown-field': 'off' }, expect: 'information' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = only(diagnose(NO_DUE, { settings: c.settings as never, plan: c.rules ? { rules: c.rules as never } : undefined }), 'next-step-without-due-date');
      assert.deepEqual(
        found.map((d) => d.severity),
        c.expect ? [c.expect] : [],
      );
    });
  }

  it('parser problems obey settings too', () => {
    const text = edit(2, 'date: 30.02.2017');
    assert.equal(only(diagnose(text), 'invalid-date')[0]?.severity, 'error');
    assert.deepEqual(only(diagnose(text, { settings: { 'invalid-date': 'off' } }), 'invalid-date'), []);
  });

  it('has a default for every code and resolves every code', () => {
    for (const code of DIAGNOSTIC_CODES) {
      assert.ok(DEFAULT_SEVERITIES[code], code);
      assert.equal(resolveSeverity(code), DEFAULT_SEVERITIES[code]);
    }
    assert.equal(DEFAULT_SEVERITIES['missing-topic'], 'error');
    assert.equal(DEFAULT_SEVERITIES['missing-findings'], 'warning');
  });

  it('tolerates settings straight from JSON', () => {
    assert.equal(resolveSeverity('missing-topic', null as never, 'x' as never), 'error');
    assert.equal(resolveSeverity('missing-topic', { 'missing-topic': 42 } as never), 'error');
    assert.equal(normalizeRuleSetting(' Info '), 'information');
    assert.equal(normalizeRuleSetting('toString'), undefined);
  });
});

describe('validateSession', () => {
  it('sorts by range start, then code', () => {
    const text = lines('---', 'farbe: blau', '---', '## Nächste Schritte', '- Flyer');
    assert.deepEqual(
      diagnose(text).map((d) => `${d.range.start.line} ${d.code}`),
      ['0 missing-findings', '0 missing-topic', '1 unknown-field', '4 next-step-without-due-date', '4 next-step-without-owner'],
    );
  });

  it('gives a complete protocol no findings at all', () => {
    assert.deepEqual(diagnose(lines(...COMPLETE)), []);
  });

  it('writes messages in the context language', () => {
    const [de] = diagnose('', { language: 'de' }).filter((d) => d.code === 'missing-topic');
    const [en] = diagnose('', { language: 'en' }).filter((d) => d.code === 'missing-topic');
    assert.match(de.message, /Thema/);
    assert.match(en.message, /topic/);
  });

  it('never throws, whatever it is given', () => {
    const broken = { uri: URI, problems: [], sections: null, nextSteps: 'x', meta: {} } as unknown as SessionProtocol;
    assert.doesNotThrow(() => validateSession(broken, { others: [], language: 'de' }));
    assert.doesNotThrow(() => validateSession(undefined as never, undefined as never));
    const protocol = parseSession(lines(...COMPLETE), URI);
    assert.doesNotThrow(() => validateSession(protocol, { others: null as never, language: 'xx' as never, plan: { rules: null } as never }));
  });
});

describe('validateSession: ranges, related locations and suggestions', () => {
  it('missing-topic covers the first line', () => {
    const [d] = only(diagnose(lines('Text', '## Ergebnisse')), 'missing-topic');
    assert.equal(fmtRange(d.range), '0:0-1:0');
  });

  it('unknown-person covers the handle without @ and suggests the closest id', () => {
    const text = edit(17, '- [ ] Leitfaden @ana-schmidt bis 28.02.2017');
    const [d] = only(
      diagnose(text, {
        plan: {
          people: [
            { id: 'anna-schmidt', name: 'Anna Schmidt' },
            { id: 'ben', name: 'Ben Meier' },
          ],
        },
      }),
      'unknown-person',
    );
    assert.equal(textAt(text, d.range), 'ana-schmidt');
    assert.equal(d.suggestion, 'anna-schmidt');
    assert.equal(d.message, '@ana-schmidt ist in der barcamp.json nicht als Person eingetragen. Meinten Sie @anna-schmidt?');
  });

  it('unknown-person without a plan suggests a participant by a part of the name', () => {
    const text = edit(17, '- [ ] Leitfaden @meier bis 28.02.2017');
    const [d] = only(diagnose(text, { language: 'en' }), 'unknown-person');
    assert.equal(d.suggestion, 'ben-meier');
    assert.equal(d.message, '@meier is not among the participants of this session. Did you mean @ben-meier?');
  });

  it('unknown-person offers nothing when no name is close', () => {
    const [d] = only(diagnose(edit(17, '- [ ] x @zacharias bis 1.1.2017')), 'unknown-person');
    assert.equal(d.suggestion, undefined);
    assert.doesNotMatch(d.message, /Meinten/);
  });

  it('unknown-room and unknown-slot suggest the listed value', () => {
    const plan = { rooms: ['Raum 1', 'Raum 2', 'Foyer'], slots: ['10:00', '11:30'] };
    const text = lines(...COMPLETE)
      .replace('room: Raum 1', 'room: Foyr')
      .replace('slot: "10:00"', 'slot: "11:03"');
    const found = diagnose(text, { plan });
    assert.equal(only(found, 'unknown-room')[0].suggestion, 'Foyer');
    assert.equal(only(found, 'unknown-room')[0].message, 'Den Raum „Foyr“ gibt es laut barcamp.json nicht (bekannt: Raum 1, Raum 2, Foyer). Meinten Sie „Foyer“?');
    assert.equal(only(found, 'unknown-slot')[0].suggestion, '11:30');
    assert.equal(textAt(text, only(found, 'unknown-room')[0].range), 'Foyr');
  });

  it('unknown-day lists the known days', () => {
    const [d] = only(diagnose(edit(2, 'day: 3'), { plan: { days: [{ day: 1 }, { day: 2 }] } }), 'unknown-day');
    assert.equal(d.message, 'Einen Tag 3 gibt es laut barcamp.json nicht (bekannt: 1, 2).');
  });

  const fieldCases: Array<[string, string | undefined]> = [
    ['titel', 'title'],
    ['rooom', 'room'],
    ['raum', 'room'],
    ['datum', 'date'],
    ['leitung', 'host'],
    ['Tags', 'tags'],
    ['tag: Datenschutz', 'tags'],
    ['tag: 2', 'day'],
    ['farbe', undefined],
  ];
  for (const [line, suggestion] of fieldCases) {
    it(`unknown-field "${line}" suggests ${suggestion ?? 'nothing'}`, () => {
      const text = edit(5, 'host: Anna Schmidt', line.includes(':') ? line : `${line}: x`);
      const [d] = only(diagnose(text), 'unknown-field');
      assert.equal(d.suggestion, suggestion);
      assert.equal(textAt(text, d.range), line.split(':')[0]);
    });
  }

  it('room-slot-conflict points at the slot and relates the other file', () => {
    const anchor = range(3, 6, 3, 13);
    const others = [other({ uri: 'file:///camp/sessions/offene%20daten.session.md', topic: 'Offene Daten', day: 1, slot: '10:00', room: 'Raum 1', anchor })];
    const text = lines(...COMPLETE);
    const [d] = only(diagnose(text, { others }), 'room-slot-conflict');
    assert.equal(textAt(text, d.range), '"10:00"');
    assert.deepEqual(d.related, [{ uri: others[0].uri, range: anchor }]);
    assert.equal(d.message, 'Raum „Raum 1“ ist im Slot „10:00“ doppelt belegt: Dort findet auch „Offene Daten“ statt (offene daten.session.md).');
  });

  it('duplicate-section relates the first heading', () => {
    const text = lines(...COMPLETE, '', '## Ergebnisse', '- mehr');
    const [d] = only(diagnose(text), 'duplicate-section');
    assert.equal(textAt(text, d.range), '## Ergebnisse');
    assert.deepEqual(d.related, [{ uri: URI, range: range(13, 0, 13, 13) }]);
    assert.match(d.message, /Zeile 14/);
  });

  it('topic-mismatch points at the heading text and offers the title as its replacement', () => {
    const text = edit(7, '# Datenschutz als Chance');
    const [d] = only(diagnose(text), 'topic-mismatch');
    assert.equal(textAt(text, d.range), 'Datenschutz als Chance');
    assert.equal(d.suggestion, 'Datenschutz als Bremse?');
    assert.equal(d.message, 'Die Überschrift „Datenschutz als Chance“ weicht vom Titel „Datenschutz als Bremse?“ im Kopfbereich ab; als Thema gilt der Titel.');
  });

  it('names the missing section in the document language', () => {
    const english = lines('# Open data', '## Next steps', '- none');
    assert.match(only(diagnose(english, { language: 'de' }), 'missing-findings')[0].message, /„## Findings“/);
    const german = lines('# Offene Daten', '## Nächste Schritte', '- keine');
    assert.match(only(diagnose(german, { language: 'en' }), 'missing-findings')[0].message, /"## Ergebnisse"/);
  });
});

describe('validateSession: long lists in messages', () => {
  it('cuts the list of known rooms after eight', () => {
    const rooms = Array.from({ length: 10 }, (_, i) => `R${i + 1}`);
    const [d] = only(diagnose(lines(...COMPLETE), { plan: { rooms } }), 'unknown-room');
    assert.match(d.message, /\(bekannt: R1, R2, R3, R4, R5, R6, R7, R8, …\)\.$/u);
  });
});
