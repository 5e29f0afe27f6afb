// Data-driven tests of the rules that compare against the event: people, rooms/slots/days, room-slot conflicts.
import type { DiagnosticCode, EventPlan } from '../../server/src/core/model';
import { lines } from './helpers';
import { assertCoverage, check, COMPLETE, other, type Case } from './rules.helpers';

/** COMPLETE with line `at` replaced by `replacement` (none to delete it). */
function edit(at: number, ...replacement: string[]): string {
  return lines(...COMPLETE.slice(0, at), ...replacement, ...COMPLETE.slice(at + 1));
}

const PEOPLE: Partial<EventPlan> = {
  people: [
    { id: 'anna-schmidt', name: 'Anna Schmidt' },
    { id: 'nw', name: 'Norbert Weiß' },
  ],
};

describe('rules: unknown-person', () => {
  const codes: DiagnosticCode[] = ['unknown-person'];
  const step = (owner: string) => edit(17, `- [ ] Leitfaden entwerfen ${owner} bis 28.02.2017`);
  const table: Case[] = [
    { name: 'plan: owner matches a person id', markup: step('@anna-schmidt'), plan: PEOPLE, expect: [] },
    { name: 'plan: owner matches the slug of a name', markup: step('@norbert-weiß'), plan: PEOPLE, expect: [] },
    { name: 'plan: handles compare case-insensitively', markup: step('@Anna-Schmidt'), plan: PEOPLE, expect: [] },
    { name: 'plan: unknown owner', markup: step('@ana-schmitt'), plan: PEOPLE, expect: ['unknown-person@17'] },
    { name: 'plan: a participant not in the plan is unknown', markup: step('@ben-meier'), plan: PEOPLE, expect: ['unknown-person@17'] },
    { name: 'plan: every unknown owner of a step', markup: step('@x-y @anna-schmidt @z-z'), plan: PEOPLE, expect: ['unknown-person@17', 'unknown-person@17'] },
    { name: 'no plan: owner among participants', markup: step('@ben-meier'), expect: [] },
    { name: 'no plan: the host counts as known', markup: edit(5, 'host: Carla Ruiz').replace('@anna-schmidt', '@carla-ruiz'), expect: [] },
    { name: 'no plan: the documenter counts as known', markup: edit(5, 'documenter: Carla Ruiz').replace('@anna-schmidt', '@carla-ruiz'), expect: [] },
    { name: 'no plan: owner not among participants', markup: step('@carla-ruiz'), expect: ['unknown-person@17'] },
    { name: 'plan without people: participants decide', markup: step('@carla-ruiz'), plan: { rooms: ['Raum 1'] }, expect: ['unknown-person@17'] },
    {
      name: 'no plan, no participants: nobody to compare against',
      markup: lines('# T', '## Ergebnisse', '- x', '## Nächste Schritte', '- a @wer-auch-immer bis 1.1.2017'),
      expect: [],
    },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});

describe('rules: unknown-room, unknown-slot, unknown-day', () => {
  const codes: DiagnosticCode[] = ['unknown-room', 'unknown-slot', 'unknown-day'];
  const event: Partial<EventPlan> = {
    rooms: ['Raum 1', 'Raum 2'],
    slots: ['10:00', '11:30'],
    days: [
      { day: 1, date: '2017-01-26' },
      { day: 2, date: '2017-01-27' },
    ],
  };
  const table: Case[] = [
    { name: 'everything listed', markup: lines(...COMPLETE), plan: event, expect: [] },
    { name: 'no plan: nothing to check', markup: edit(4, 'room: Besenkammer'), expect: [] },
    { name: 'plan without rooms: rooms unchecked', markup: edit(4, 'room: Besenkammer'), plan: { ...event, rooms: [] }, expect: [] },
    { name: 'unknown room', markup: edit(4, 'room: Raum 3'), plan: event, expect: ['unknown-room@4'] },
    { name: 'room differing in case is still flagged (with a suggestion)', markup: edit(4, 'room: raum 1'), plan: event, expect: ['unknown-room@4'] },
    { name: 'unknown slot', markup: edit(3, 'slot: "10:15"'), plan: event, expect: ['unknown-slot@3'] },
    { name: 'unknown day number', markup: edit(2, 'day: 3'), plan: event, expect: ['unknown-day@2'] },
    { name: 'known date, German form', markup: edit(2, 'date: 27.01.2017'), plan: event, expect: [] },
    { name: 'date not an event day', markup: edit(2, 'date: 2017-01-28'), plan: event, expect: ['unknown-day@2'] },
    { name: 'impossible date: only invalid-date, not unknown-day too', markup: edit(2, 'date: 2017-01-32'), plan: event, expect: [] },
    { name: 'plan days without dates: dates unchecked', markup: edit(2, 'date: 2017-01-28'), plan: { ...event, days: [{ day: 1 }] }, expect: [] },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});

describe('rules: room-slot-conflict', () => {
  const codes: DiagnosticCode[] = ['room-slot-conflict'];
  const twoDays: Partial<EventPlan> = {
    days: [
      { day: 1, date: '2017-01-26' },
      { day: 2, date: '2017-01-27' },
    ],
  };
  const same = other({ uri: 'file:///camp/sessions/open-data.session.md', topic: 'Offene Daten', day: 1, slot: '10:00', room: 'Raum 1' });
  const table: Case[] = [
    { name: 'alone in its room', markup: lines(...COMPLETE), others: [], expect: [] },
    { name: 'same room, slot and day: on the slot', markup: lines(...COMPLETE), others: [same], expect: ['room-slot-conflict@3'] },
    {
      name: 'one finding per conflicting session',
      markup: lines(...COMPLETE),
      others: [same, { ...same, uri: 'file:///camp/c.session.md' }],
      expect: ['room-slot-conflict@3', 'room-slot-conflict@3'],
    },
    { name: 'the file itself in others is ignored', markup: lines(...COMPLETE), others: [{ ...same, uri: 'file:///camp/sessions/datenschutz.session.md' }], expect: [] },
    { name: 'other slot', markup: lines(...COMPLETE), others: [{ ...same, slot: '11:30' }], expect: [] },
    { name: 'other room', markup: lines(...COMPLETE), others: [{ ...same, room: 'Raum 2' }], expect: [] },
    { name: 'other day', markup: lines(...COMPLETE), others: [{ ...same, day: 2 }], expect: [] },
    { name: 'a date that is the same plan day', markup: lines(...COMPLETE), plan: twoDays, others: [{ ...same, day: undefined, date: '2017-01-26' }], expect: ['room-slot-conflict@3'] },
    { name: 'a date that is another plan day', markup: lines(...COMPLETE), plan: twoDays, others: [{ ...same, day: undefined, date: '2017-01-27' }], expect: [] },
    { name: 'room and slot compare like names (case, spaces)', markup: lines(...COMPLETE), others: [{ ...same, room: ' raum  1' }], expect: ['room-slot-conflict@3'] },
    { name: 'neither names a day, one-day event', markup: edit(2), others: [{ ...same, day: undefined }], expect: ['room-slot-conflict@2'] },
    { name: 'neither names a day, two-day event: cannot tell', markup: edit(2), plan: twoDays, others: [{ ...same, day: undefined }], expect: [] },
    { name: 'one names no day, two-day event: cannot tell', markup: lines(...COMPLETE), plan: twoDays, others: [{ ...same, day: undefined }], expect: [] },
    { name: 'one names no day, one-day plan: same day', markup: lines(...COMPLETE), plan: { days: [{ day: 1 }] }, others: [{ ...same, day: undefined }], expect: ['room-slot-conflict@3'] },
    { name: 'no slot: no conflict', markup: edit(3), others: [same], expect: [] },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});
