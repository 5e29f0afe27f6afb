// The schedule grid: which session stands in which cell, the row "no time" for sessions with a room but no slot, what stays unscheduled; its HTML and Markdown.
import { strict as assert } from 'node:assert';
import { aggregateEvent, renderHtml, renderMarkdown, type EventReport } from '../../server/src/core/report';
import { eventPlan, session, type ProtocolSpec } from './aggregate.helpers';

/** Plan: days 1 and 2, rooms Elbe and Weser, slots 10:30, 11:45, 14:00. */
function report(specs: ProtocolSpec[], language: 'de' | 'en' = 'de'): EventReport {
  return aggregateEvent({ plan: eventPlan({ language }), sessions: specs.map(session) });
}

/** The grid as titles: per day its rooms, the non-empty cells `slot room: titles`, and the row without time `room: titles`. */
function grid(r: EventReport) {
  const title = (id: string) => r.sessions.find((s) => s.id === id)?.title ?? id;
  return r.schedule.map((day) => ({
    day: day.day,
    rooms: day.rooms,
    cells: day.cells.filter((c) => c.sessions.length > 0).map((c) => `${c.slot} ${c.room}: ${c.sessions.map(title).join(', ')}`),
    withoutSlot: day.withoutSlot.map((c) => `${c.room}: ${c.sessions.map(title).join(', ')}`),
  }));
}

function unscheduled(r: EventReport): string[] {
  return r.unscheduled.map((id) => r.sessions.find((s) => s.id === id)?.title ?? id);
}

interface Case {
  name: string;
  sessions: ProtocolSpec[];
  grid: ReturnType<typeof grid>;
  unscheduled: string[];
}

const CASES: Case[] = [
  {
    name: 'a session with day, slot and room stands in its cell; a day without sessions has no grid',
    sessions: [{ file: 'a.session.md', title: 'A', day: 1, slot: '10:30', room: 'Elbe' }],
    grid: [{ day: 1, rooms: ['Elbe', 'Weser'], cells: ['10:30 Elbe: A'], withoutSlot: [] }],
    unscheduled: [],
  },
  {
    name: 'a session with a room but no slot stands under its room in the row without time',
    sessions: [
      { file: 'a.session.md', title: 'A', day: 1, slot: '10:30', room: 'Elbe' },
      { file: 'b.session.md', title: 'B', day: 1, room: 'Weser' },
    ],
    grid: [{ day: 1, rooms: ['Elbe', 'Weser'], cells: ['10:30 Elbe: A'], withoutSlot: ['Weser: B'] }],
    unscheduled: [],
  },
  {
    name: 'two sessions without slot in one room share its cell, in topic order (no double booking: they have no time)',
    sessions: [
      { file: 'z.session.md', title: 'Zweite', day: 1, room: 'Elbe' },
      { file: 'y.session.md', title: 'Erste', day: 1, room: 'Elbe' },
    ],
    grid: [{ day: 1, rooms: ['Elbe', 'Weser'], cells: [], withoutSlot: ['Elbe: Erste, Zweite'] }],
    unscheduled: [],
  },
  {
    name: 'a room only a session without slot names gets its column, after the planned rooms',
    sessions: [
      { file: 'a.session.md', title: 'A', day: 2, slot: '11:45', room: 'Weser' },
      { file: 'k.session.md', title: 'Keller', day: 2, room: 'Keller' },
    ],
    grid: [{ day: 2, rooms: ['Elbe', 'Weser', 'Keller'], cells: ['11:45 Weser: A'], withoutSlot: ['Keller: Keller'] }],
    unscheduled: [],
  },
  {
    name: 'the row without time lists the rooms in column order, each day its own',
    sessions: [
      { file: 'w.session.md', title: 'W', day: 1, room: 'Weser' },
      { file: 'e.session.md', title: 'E', day: 1, room: 'Elbe' },
      { file: 'd2.session.md', title: 'D2', day: 2, room: 'Weser' },
    ],
    grid: [
      { day: 1, rooms: ['Elbe', 'Weser'], cells: [], withoutSlot: ['Elbe: E', 'Weser: W'] },
      { day: 2, rooms: ['Elbe', 'Weser'], cells: [], withoutSlot: ['Weser: D2'] },
    ],
    unscheduled: [],
  },
  {
    name: 'a session with day and slot but no room, without day, or without anything stays unscheduled',
    sessions: [
      { file: 'a.session.md', title: 'Kein Raum', day: 1, slot: '10:30' },
      { file: 'b.session.md', title: 'Kein Tag', slot: '10:30', room: 'Elbe' },
      { file: 'c.session.md', title: 'Nur Raum', room: 'Elbe' },
      { file: 'd.session.md', title: 'Nichts' },
    ],
    grid: [],
    unscheduled: ['Kein Raum', 'Kein Tag', 'Nichts', 'Nur Raum'],
  },
];

describe('schedule grid', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = report(c.sessions);
      assert.deepEqual(grid(r), c.grid);
      assert.deepEqual(unscheduled(r).sort(), [...c.unscheduled].sort());
    });
  }

  it('puts every session that has a day and a room in the grid exactly once', () => {
    const r = report([
      { file: 'a.session.md', title: 'A', day: 1, slot: '10:30', room: 'Elbe' },
      { file: 'b.session.md', title: 'B', day: 1, slot: '10:30', room: 'Elbe' },
      { file: 'c.session.md', title: 'C', day: 1, room: 'Elbe' },
      { file: 'd.session.md', title: 'D', day: 2, slot: '9:00', room: 'Donau' },
      { file: 'e.session.md', title: 'E', day: 2 },
    ]);
    const placed = r.schedule.flatMap((day) => [...day.cells, ...day.withoutSlot].flatMap((c) => c.sessions));
    assert.deepEqual([...placed, ...r.unscheduled].sort(), r.sessions.map((s) => s.id).sort());
    assert.equal(new Set(placed).size, placed.length);
  });
});

describe('schedule grid in HTML and Markdown', () => {
  const specs: ProtocolSpec[] = [
    { file: 'a.session.md', title: 'Werkstatt 1', day: 1, slot: '10:30', room: 'Elbe', host: 'Anna Schmidt' },
    { file: 'b.session.md', title: 'Ohne Zeit', day: 1, room: 'Weser', host: 'Norbert Weiß' },
    { file: 'c.session.md', title: 'Auch ohne Zeit', day: 1, room: 'Weser' },
    { file: 'd.session.md', title: 'Nirgends' },
  ];

  it('HTML: the row without time comes last, labelled in the report language, its sessions under their room and not double-booked', () => {
    for (const [language, label] of [
      ['de', 'ohne Uhrzeit'],
      ['en', 'no time'],
    ] as const) {
      const html = renderHtml(report(specs, language));
      const rows = /<table class="grid">[\s\S]*?<\/table>/u
        .exec(html)![0]
        .split('\n')
        .filter((line) => line.startsWith('<tr'));
      assert.equal(rows.length, 3 + 1, 'the three slots, the row without time');
      const last = rows[rows.length - 1];
      assert.ok(last.startsWith(`<tr class="no-time"><th scope="row">${label}</th><td class="empty"></td><td>`), last);
      assert.ok(last.includes('href="#session-c">Auch ohne Zeit</a><br><a href="#session-b">Ohne Zeit</a><span class="who">Norbert Weiß</span>'), last);
      assert.ok(!last.includes('conflict'));
      assert.match(html, /<h3>(Ohne Zeit oder Raum|Without time or room)<\/h3>\n<ul>\n<li><a href="#session-d">Nirgends<\/a><\/li>\n<\/ul>/u);
    }
  });

  it('HTML: the grid stands in a box of its own; only a word of more than 30 characters may break anywhere', () => {
    const long = `https://example.org/${'x'.repeat(40)}`;
    const html = renderHtml(report([{ file: 'a.session.md', title: `Werkstatt <1> ${long}`, day: 1, slot: '10:30', room: 'Elbe' }]));
    assert.match(html, /<div class="grid-box">\n<table class="grid">/u);
    assert.ok(html.includes(`<a href="#session-a">Werkstatt &lt;1&gt; <span class="long">${long}</span></a>`));
    assert.ok(!/<span class="long">(Werkstatt|Elbe|10:30)/u.test(html));
  });

  it('HTML: no row without time when every session of the day has a slot', () => {
    const html = renderHtml(report([specs[0]]));
    assert.ok(!html.includes('<tr class="no-time">'));
    assert.ok(!html.includes('ohne Uhrzeit'));
  });

  it('Markdown: the row without time comes last, its sessions under their room, separated by a dot', () => {
    const md = renderMarkdown(report(specs));
    assert.ok(
      md.includes(
        ['| Zeit | Elbe | Weser |', '| --- | --- | --- |', '| 10:30 | Werkstatt 1 |  |', '| 11:45 |  |  |', '| 14:00 |  |  |', '| *ohne Uhrzeit* |  | Auch ohne Zeit · Ohne Zeit |'].join('\n'),
      ),
      md,
    );
    assert.ok(md.includes('**Ohne Zeit oder Raum:** Nirgends'));
    assert.ok(!md.includes('doppelt belegt'));
  });
});
