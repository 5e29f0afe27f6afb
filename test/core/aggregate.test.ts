// aggregateEvent: schedule order, ids, participant counting, next steps (owners, due, overdue), indexes, event.md, robustness.
import { strict as assert } from 'node:assert';
import { aggregateEvent, readEventNotes, renderMarkdown, reportLanguage, type SessionInput } from '../../server/src/core/report';
import { parseSession } from '../../server/src/core/syntax';
import { lines } from './helpers';
import { EVENT, eventPlan, problem, session } from './aggregate.helpers';

const sessions = (): SessionInput[] => [
  session({ file: 'sessions/late.session.md', title: 'Spät', day: 1, slot: '14:00', room: 'Elbe' }),
  session({ file: 'sessions/b.session.md', title: 'Beta', day: 1, slot: '10:30', room: 'Weser' }),
  session({ file: 'sessions/a.session.md', title: 'Alpha', day: 1, slot: '10:30', room: 'Weser' }),
  session({ file: 'sessions/elbe.session.md', title: 'Zulu', day: 1, slot: '10:30', room: 'Elbe' }),
  session({ file: 'sessions/day2.session.md', title: 'Aaa', day: 2, slot: '10:30', room: 'Elbe' }),
  session({ file: 'sessions/nowhere.session.md', title: 'Ohne Plan' }),
  session({ file: 'sessions/donau.session.md', title: 'Donau', day: 1, slot: '10:30', room: 'Donau' }),
  session({ file: 'sessions/early.session.md', title: 'Früh', day: 1, slot: '9:00', room: 'Elbe' }),
];

describe('aggregateEvent: order and ids', () => {
  it('sorts by day, slot (as a time), room (plan order, unknown rooms after), topic; sessions without a place last', () => {
    const report = aggregateEvent({ plan: eventPlan(), sessions: sessions() });
    assert.deepEqual(
      report.sessions.map((s) => s.title),
      ['Früh', 'Zulu', 'Alpha', 'Beta', 'Donau', 'Spät', 'Aaa', 'Ohne Plan'],
    );
  });

  it('gives ids from file names that do not depend on the input order, and keeps them unique', () => {
    const twins = [session({ file: 'a/x.session.md', title: 'Eins' }), session({ file: 'b/x.session.md', title: 'Zwei' })];
    const forward = aggregateEvent({ plan: eventPlan(), sessions: twins });
    const backward = aggregateEvent({ plan: eventPlan(), sessions: [...twins].reverse() });
    assert.deepEqual(
      forward.sessions.map((s) => [s.title, s.id]),
      [
        ['Eins', 'x'],
        ['Zwei', 'x-2'],
      ],
    );
    assert.deepEqual(backward, forward);
  });

  it('derives the file path relative to the event folder and falls back to the file name as title', () => {
    const input = session({ file: 'sessions/ohne-titel.session.md' });
    const [s] = aggregateEvent({ plan: eventPlan(), sessions: [input] }).sessions;
    assert.equal(s.file, 'sessions/ohne-titel.session.md');
    assert.equal(s.title, 'ohne-titel');
    assert.equal(s.hasTopic, false);
  });

  it('builds one grid per day: plan rooms in plan order, then unknown rooms; slots as times', () => {
    const report = aggregateEvent({ plan: eventPlan(), sessions: sessions() });
    const [day1, day2] = report.schedule;
    assert.deepEqual(day1.rooms, ['Elbe', 'Weser', 'Donau']);
    assert.deepEqual(day1.slots, ['9:00', '10:30', '11:45', '14:00']);
    assert.equal(day1.date, '2017-01-26');
    assert.deepEqual(day1.cells.find((c) => c.slot === '10:30' && c.room === 'Weser')?.sessions, ['a', 'b']);
    assert.deepEqual(day2.rooms, ['Elbe', 'Weser']);
    assert.deepEqual(report.unscheduled, ['nowhere']);
  });
});

describe('aggregateEvent: participants', () => {
  it('leaves out an @handle of a person without consent wherever it stands in the public files: a finding, a sub-item of a step', () => {
    const base = eventPlan();
    const plan = { ...base, people: base.people.map((p) => (p.id === 'anna-schmidt' ? { ...p, consent: true } : p)) };
    const input = {
      plan,
      sessions: [session({ file: 'a.session.md', title: 'A', findings: ['Rückfrage bei @norbert-weiß und @anna-schmidt.'], steps: ['[ ] Konzept @anna-schmidt\n  - mit @norbert-weiß abstimmen'] })],
    };
    const published = renderMarkdown(aggregateEvent({ ...input, audience: 'public' }));
    assert.doesNotMatch(published, /norbert/u);
    assert.match(published, /Rückfrage bei und @anna-schmidt\./u);
    assert.match(renderMarkdown(aggregateEvent(input)), /@norbert-weiß/u);
  });

  const hostCases = [
    { written: 'Anna Schmidt (Kreis Pinneberg)', consent: true, host: { name: 'Anna Schmidt', org: 'Kreis Pinneberg' } },
    { written: 'Anna Schmidt (Kreisverwaltung)', consent: true, host: { name: 'Anna Schmidt', org: 'Kreisverwaltung' } },
    { written: 'Anna Schmidt (Kreis Pinneberg)', consent: false, host: { org: 'Kreis Pinneberg' } },
    { written: 'Anna Schmidt', consent: false, host: { org: 'Kreis Pinneberg' } },
  ];
  for (const c of hostCases) {
    it(`reads a host written "${c.written}" as the person with that organisation (consent: ${c.consent}), counted once`, () => {
      const base = eventPlan();
      const plan = { ...base, people: base.people.map((p) => (p.id === 'anna-schmidt' ? { ...p, consent: c.consent } : p)) };
      const input = { plan, sessions: [session({ file: 'a.session.md', title: 'A', host: c.written, participants: ['Anna Schmidt'] })] };
      const [s] = aggregateEvent({ ...input, audience: 'public' }).sessions;
      assert.deepEqual(s.host, c.host);
      assert.equal(aggregateEvent(input).stats.namedPeople, 1);
    });
  }

  it('counts distinct named people across sessions by slug, hosts and documenters included', () => {
    const report = aggregateEvent({
      plan: eventPlan(),
      sessions: [
        session({ file: 'a.session.md', title: 'A', host: 'Anna Schmidt', participants: ['Anna Schmidt (Kreis Pinneberg)', 'Norbert Weiß'] }),
        session({ file: 'b.session.md', title: 'B', documenter: '@leslie-czernik', participants: ['norbert  weiß', 'Gerda Paulsen'] }),
      ],
    });
    assert.equal(report.stats.namedParticipants, 4);
    assert.equal(report.stats.unnamedParticipants, 0);
    assert.equal(report.stats.participants, 4);
  });

  it('adds the part of a head count the names do not cover, per session, never below zero', () => {
    const report = aggregateEvent({
      sessions: [
        session({ file: 'a.session.md', title: 'A', count: 10, host: 'Anna Schmidt', participants: ['Anna Schmidt', 'Gerda Paulsen'] }),
        session({ file: 'b.session.md', title: 'B', count: 1, participants: ['Gerda Paulsen', 'Birte Hansen'] }),
        session({ file: 'c.session.md', title: 'C', count: 7 }),
      ],
    });
    assert.deepEqual([report.stats.namedParticipants, report.stats.unnamedParticipants, report.stats.participants], [3, 8 + 0 + 7, 18]);
    assert.deepEqual(
      report.sessions.map((s) => s.participantCount),
      [10, 2, 7],
    );
  });

  it("fills a participant's missing organisation from barcamp.json", () => {
    const [s] = aggregateEvent({ plan: eventPlan(), sessions: [session({ file: 'a.session.md', title: 'A', participants: ['Norbert Weiß'] })] }).sessions;
    assert.deepEqual(s.participants, [{ name: 'Norbert Weiß', org: 'Stadt Kiel', nameWithheld: true }]);
  });
});

describe('aggregateEvent: next steps', () => {
  const input = () =>
    session({
      file: 'a.session.md',
      title: 'A',
      steps: [
        '[ ] Checkliste teilen @anna-schmidt bis 2017-02-28',
        '[ ] Vertrag *abstimmen* @leslie-czernik @norbert-weiß bis 15.03.2017',
        '[x] Folien verschicken @leslie-czernik bis 2017-01-30',
        '[ ] Konzept skizzieren @max-mustermann',
        '[ ] Bericht einholen',
        '[ ] Messe klären @anna-schmidt bis 30.02.2017',
      ],
    });

  it('moves owners and the due phrase out of the text, resolving owners against the plan', () => {
    const [s] = aggregateEvent({ plan: eventPlan(), sessions: [input()] }).sessions;
    const [first, second, , fourth] = s.nextSteps;
    assert.equal(first.text, 'Checkliste teilen');
    assert.equal(second.markdown, 'Vertrag *abstimmen*');
    assert.deepEqual(
      second.owners.map((o) => [o.name, o.org, o.known]),
      [
        ['Leslie Czernik', 'Dataport', true],
        ['Norbert Weiß', 'Stadt Kiel', true],
      ],
    );
    assert.equal(second.due, '2017-03-15');
    assert.deepEqual(fourth.owners, [{ handle: 'max-mustermann', name: '@max-mustermann', known: false, nameWithheld: true }]);
    const invalid = s.nextSteps[5];
    assert.equal(invalid.due, undefined);
    assert.equal(invalid.dueAsWritten, '30.02.2017');
  });

  it('marks open steps due before `today` as overdue, never done ones, and nothing without `today`', () => {
    const withToday = aggregateEvent({ plan: eventPlan(), sessions: [input()], today: '2017-03-01' });
    assert.deepEqual(
      withToday.sessions[0].nextSteps.map((s) => s.overdue),
      [true, false, false, false, false, false],
    );
    assert.equal(withToday.stats.overdueNextSteps, 1);
    assert.equal(withToday.today, '2017-03-01');
    const without = aggregateEvent({ plan: eventPlan(), sessions: [input()] });
    assert.ok(without.sessions[0].nextSteps.every((s) => !s.overdue));
    assert.equal(without.today, undefined);
    assert.equal(aggregateEvent({ sessions: [input()], today: 'morgen' }).today, undefined);
  });

  it('lists steps under each owner (open first, by due date), the unowned ones last', () => {
    const report = aggregateEvent({ plan: eventPlan(), sessions: [input()] });
    assert.deepEqual(
      report.owners.map((g) => [g.owner?.name ?? '-', g.steps.map((s) => s.step.text)]),
      [
        ['Anna Schmidt', ['Checkliste teilen', 'Messe klären']],
        ['Leslie Czernik', ['Vertrag abstimmen', 'Folien verschicken']],
        ['@max-mustermann', ['Konzept skizzieren']],
        ['Norbert Weiß', ['Vertrag abstimmen']],
        ['-', ['Bericht einholen']],
      ],
    );
    assert.deepEqual([report.stats.nextSteps, report.stats.openNextSteps], [6, 5]);
  });
});

describe('aggregateEvent: event, tags, problems, language', () => {
  it("takes title, days and language from the plan; without a plan the fallback title and the sessions' days", () => {
    const withPlan = aggregateEvent({ plan: eventPlan(), sessions: [] });
    assert.deepEqual([withPlan.title, withPlan.language, withPlan.stats.days], ['Barcamp Test', 'de', 2]);
    const without = aggregateEvent({ sessions: sessions(), fallbackTitle: 'camp' });
    assert.equal(without.title, 'camp');
    assert.deepEqual(without.days, [{ day: 1 }, { day: 2 }]);
  });

  it('merges tags ignoring case and accents, first spelling wins, sorted', () => {
    const report = aggregateEvent({
      sessions: [session({ file: 'a.session.md', title: 'A', day: 1, tags: ['Datenschutz', 'Öffentlichkeit'] }), session({ file: 'b.session.md', title: 'B', day: 2, tags: ['datenschutz', 'Agil'] })],
    });
    assert.deepEqual(report.tags, [
      { tag: 'Agil', sessions: ['b'] },
      { tag: 'Datenschutz', sessions: ['a', 'b'] },
      { tag: 'Öffentlichkeit', sessions: ['a'] },
    ]);
  });

  it('keeps every session, also one with errors, with its diagnostics 1-based', () => {
    const broken = session({ file: 'x.session.md', problems: [problem('missing-topic', 'error', 0)] });
    const report = aggregateEvent({ sessions: [broken, session({ file: 'ok.session.md', title: 'OK' })] });
    assert.equal(report.stats.sessions, 2);
    assert.equal(report.stats.sessionsWithProblems, 1);
    assert.deepEqual(report.sessions.find((s) => s.id === 'x')?.diagnostics, [{ code: 'missing-topic', severity: 'error', args: {}, line: 1, column: 3 }]);
  });

  it("picks the language: override, else plan, else the protocols' majority, else German", () => {
    const english = parseSession(lines('# Topic', '', '## Findings', '- x', '', '## Next steps', '- none'), `${EVENT}/e.session.md`);
    assert.equal(reportLanguage(eventPlan({ language: 'en' }), [], 'de'), 'de');
    assert.equal(reportLanguage(eventPlan({ language: 'en' }), []), 'en');
    assert.equal(reportLanguage(undefined, [{ protocol: english }]), 'en');
    assert.equal(reportLanguage(undefined, []), 'de');
  });

  it('splits event.md into introduction and closing, dropping its title', () => {
    const notes = readEventNotes(lines('# Barcamp 2017', '', 'Willkommen!', '', '### Ablauf', 'Zwei Tage.', '', '## Lessons learned:', '', '- Früher anfangen', ''));
    assert.deepEqual(notes, { introduction: 'Willkommen!\n\n### Ablauf\nZwei Tage.', closing: { heading: 'Lessons learned', markdown: '- Früher anfangen' } });
    assert.deepEqual(readEventNotes(lines('## Fazit', 'Gut war es.')), { closing: { heading: 'Fazit', markdown: 'Gut war es.' } });
    assert.deepEqual(readEventNotes(''), {});
    assert.deepEqual(readEventNotes(undefined), {});
  });

  it('never throws on odd input', () => {
    const garbage = { protocol: parseSession('\u0000\u0001---\n: : :\n', `${EVENT}/g.session.md`), problems: [] };
    const report = aggregateEvent({ sessions: [garbage], today: '2017-13-45', eventNotes: '---\n' });
    assert.equal(report.sessions.length, 1);
    assert.equal(aggregateEvent({ sessions: [] }).stats.participants, 0);
  });
});
