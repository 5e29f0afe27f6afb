// Shared fixtures for the event-report tests: a small plan and protocols written as markup, parsed by the real parser.
import type { EventPlan, RatedProblem } from '../../server/src/core/model';
import { parseSession } from '../../server/src/core/syntax';
import type { SessionInput } from '../../server/src/core/report';
import { lines } from './helpers';

export const EVENT = 'file:///camp';

/** A plan of two days, two rooms, three slots and three people; `partial` overrides any of it. */
export function eventPlan(partial: Partial<EventPlan> = {}): EventPlan {
  return {
    uri: `${EVENT}/barcamp.json`,
    name: 'Barcamp Test',
    actionFields: [],
    language: 'de',
    days: [
      { day: 1, date: '2017-01-26' },
      { day: 2, date: '2017-01-27' },
    ],
    rooms: ['Elbe', 'Weser'],
    slots: ['10:30', '11:45', '14:00'],
    people: [
      { id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg' },
      { id: 'norbert-weiß', name: 'Norbert Weiß', org: 'Stadt Kiel' },
      { id: 'leslie-czernik', name: 'Leslie Czernik', org: 'Dataport' },
    ],
    rules: {},
    output: {},
    ...partial,
  };
}

export interface ProtocolSpec {
  file: string;
  title?: string;
  day?: number;
  slot?: string;
  room?: string;
  host?: string;
  documenter?: string;
  tags?: string[];
  count?: number;
  participants?: string[];
  findings?: string[];
  steps?: string[];
  questions?: string[];
  problems?: RatedProblem[];
}

/** Writes a protocol as markup (frontmatter + sections) and parses it, as the adapters do. */
export function session(spec: ProtocolSpec): SessionInput {
  const front = [
    spec.title !== undefined ? `title: ${JSON.stringify(spec.title)}` : '',
    spec.day !== undefined ? `day: ${spec.day}` : '',
    spec.slot !== undefined ? `slot: "${spec.slot}"` : '',
    spec.room !== undefined ? `room: ${JSON.stringify(spec.room)}` : '',
    spec.host !== undefined ? `host: ${JSON.stringify(spec.host)}` : '',
    spec.documenter !== undefined ? `documenter: ${JSON.stringify(spec.documenter)}` : '',
    spec.tags ? `tags: ${JSON.stringify(spec.tags)}` : '',
    spec.count !== undefined ? `participants: ${spec.count}` : '',
  ].filter(Boolean);
  const list = (heading: string, items: string[] | undefined, marker = '- ') => (items ? ['', `## ${heading}`, ...items.map((i) => marker + i)] : []);
  const text = lines(
    '---',
    ...front,
    '---',
    '',
    ...list('Teilnehmende', spec.participants),
    ...list('Ergebnisse', spec.findings),
    ...list('Nächste Schritte', spec.steps),
    ...list('Offene Fragen', spec.questions),
    '',
  );
  return { protocol: parseSession(text, `${EVENT}/${spec.file}`), problems: spec.problems ?? [] };
}

/** A problem as rateProblems would give it, at a 0-based line: the report words it in its own language. */
export function problem(code: RatedProblem['code'], severity: RatedProblem['severity'], line: number, args: RatedProblem['args'] = {}): RatedProblem {
  return { code, severity, args, range: { start: { line, character: 2 }, end: { line, character: 9 } } };
}

/** Every public file `aggregate` writes with the default formats, sorted as a folder listing is. */
export const ALL_OUTPUT_FILES = ['event-documentation.docx', 'event-documentation.html', 'event-documentation.json', 'event-documentation.md', 'next-steps.csv'];

/** The organizers' report, written into the folder beside the public one (`dokumentation-intern`). */
export const INTERNAL_OUTPUT_FILES = ['organizer-report.html', 'organizer-report.json', 'organizer-report.md'];
