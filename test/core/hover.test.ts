// Hover from the core: a person's card, a room's and a slot's other sessions, and how to fix the finding under the cursor.
import { strict as assert } from 'node:assert';
import { hover } from '../../server/src/core/editor';
import type { EventPlan, SessionSummary } from '../../server/src/core/model';
import { findings, marked, session, testPlan } from './intelligence.helpers';

const B = session(
  'file:///camp/sessions/b.session.md',
  '---',
  'title: Offene Daten',
  'day: 1',
  'slot: "10:30"',
  'room: Weser',
  'host: Anna Schmidt',
  '---',
  '## Nächste Schritte',
  '- [ ] Datensätze auflisten @anna-schmidt bis 2017-02-28',
  '- [x] Folien teilen @anna-schmidt',
).summary;
const C = session('file:///camp/sessions/c.session.md', '---', 'title: KI im Amt', 'day: 2', 'slot: "14:00"', 'room: Elbe', '---').summary;

interface Case {
  name: string;
  lines: string[];
  plan?: EventPlan;
  language?: 'de' | 'en';
  /** Substrings the hover must contain, in this order; `[]` expects no hover at all. */
  expect: string[];
}

const FM = ['---', 'title: Datenschutz', 'day: 1', 'slot: "10:30"', 'room: Elbe', '---'];

const TABLE: Case[] = [
  {
    name: 'a handle: name, handle, organisation, sessions with roles, open next steps',
    lines: [...FM, '# Datenschutz', '## Teilnehmende', '- Anna Schmidt', '## Nächste Schritte', '- [ ] Checkliste @an|na-schmidt bis 2017-03-01'],
    plan: testPlan(),
    expect: [
      '**Anna Schmidt** · `@anna-schmidt` · Kreis Pinneberg',
      '**Sessions**',
      'Datenschutz — Teilnahme, verantwortlich',
      'Offene Daten — Leitung',
      '**Offene nächste Schritte**',
      'Checkliste',
      'bis 01.03.2017',
      'Datensätze auflisten — bis 28.02.2017 · _Offene Daten_',
    ],
  },
  {
    name: 'a participant barcamp.json does not list, in English',
    lines: [...FM, '## Participants', '- Gerda Pa|ulsen'],
    plan: testPlan(),
    language: 'en',
    expect: ['**Gerda Paulsen** · `@gerda-paulsen`', '_not listed in barcamp.json_', 'Datenschutz — participant', 'No open next steps.'],
  },
  {
    name: 'a room: what else runs there',
    lines: ['---', 'title: Datenschutz', 'day: 1', 'slot: "10:30"', 'room: El|be', '---'],
    plan: testPlan(),
    expect: ['**Raum Elbe**', 'Außerdem in diesem Raum:', '- Tag 2, 14:00 — KI im Amt'],
  },
  {
    name: 'a slot: what runs at the same time on the same day',
    lines: ['---', 'title: Datenschutz', 'day: 1', 'slot: "10:|30"', 'room: Elbe', '---'],
    plan: testPlan(),
    expect: ['**Slot 10:30**', 'Zur selben Zeit:', '- Weser — Offene Daten'],
  },
  {
    name: 'a slot nobody else uses',
    lines: ['---', 'title: Datenschutz', 'day: 2', 'slot: "10:|30"', '---'],
    expect: ['Keine weitere Session in diesem Slot.'],
  },
  {
    name: 'a finding: the check and how to fix it',
    lines: [...FM, '# Datenschutz', '## Ergebnisse', '- E', '## Nächste Schritte', '- [ ] Folien| teilen'],
    expect: ['**Schritt ohne Verantwortliche** (`next-step-without-owner`): Ein Schritt ohne `@kürzel`.', 'So beheben Sie es: Verantwortliche ergänzen'],
  },
  {
    name: 'an unknown handle: the person card and the finding',
    lines: [...FM, '# Datenschutz', '## Nächste Schritte', '- [ ] X @max-mu|ster bis 2017-03-01'],
    plan: testPlan(),
    language: 'en',
    expect: ['**max-muster**', '---', '**Unknown person** (`unknown-person`)', 'How to fix: Fix the typo or add the person'],
  },
  {
    name: 'a finding with a suggestion: the fix names it',
    lines: [...FM, '# Datenschutz', '## Nächste Schritte', '- [ ] X @anna-schmi|d bis 2017-03-01'],
    plan: testPlan(),
    language: 'en',
    expect: ['**Unknown person** (`unknown-person`)', 'How to fix: Fix the typo ("anna-schmidt") or add the person'],
  },
  { name: 'plain prose: nothing', lines: [...FM, '# Datenschutz', '## Ergebnisse', '- Ein Erg|ebnis'], expect: [] },
];

describe('hover (core)', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const doc = marked(...row.lines);
      const sessions: SessionSummary[] = [session('file:///camp/sessions/datenschutz.session.md', doc.text).summary, B, C];
      const result = hover({ ...doc, plan: row.plan, sessions, diagnostics: findings(doc.text, row.plan), language: row.language ?? 'de' });
      if (row.expect.length === 0) return assert.equal(result, undefined);
      assert.ok(result, 'expected a hover');
      let from = 0;
      for (const part of row.expect) {
        const at = result.markdown.indexOf(part, from);
        assert.ok(at >= 0, `missing ${JSON.stringify(part)} after offset ${from} in:\n${result.markdown}`);
        from = at + part.length;
      }
    });
  }
});
