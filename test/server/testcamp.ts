// The small event the LSP-over-stdio tests share: "Testcamp", one day, two rooms, two slots, Anna Schmidt.
export const ANNA = { id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg' };

/** Testcamp's barcamp.json text; `changes` replace or add top-level keys (other people, an output folder). */
export function testcampPlan(changes: Record<string, unknown> = {}): string {
  return JSON.stringify({ name: 'Testcamp', language: 'de', days: [{ day: 1, date: '2017-01-26' }], rooms: ['Elbe', 'Weser'], slots: ['10:30', '14:00'], people: [ANNA], ...changes });
}
