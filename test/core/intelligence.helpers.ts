// Helpers for the editor-feature tests: documents with a `|` cursor, a small event, and applying edits to see the result.
import type { TextEdit, WorkspaceEditPlan } from '../../server/src/core/editor';
import type { EventPlan, Position, SessionProtocol, SessionSummary } from '../../server/src/core/model';
import { parseSession } from '../../server/src/core/syntax';
import { summarize } from '../../server/src/core/syntax';
import { validateSession } from '../../server/src/core/diagnostics';
import { cursor } from './helpers';

export const URI = 'file:///camp/sessions/datenschutz.session.md';
export const PLAN_URI = 'file:///camp/barcamp.json';

/** The plan of the test event, as barcamp.json text: tests of plan edits check the text, others use the parsed plan. */
export const PLAN_TEXT = [
  '{',
  '  "name": "Testcamp",',
  '  "language": "de",',
  '  "days": [',
  '    { "day": 1, "date": "2017-01-26" },',
  '    { "day": 2, "date": "2017-01-27" }',
  '  ],',
  '  "rooms": ["Elbe", "Weser"],',
  '  "slots": ["10:30", "14:00"],',
  '  "people": [',
  '    { "id": "anna-schmidt", "name": "Anna Schmidt", "org": "Kreis Pinneberg" },',
  '    { "name": "Norbert Weiß", "org": "Stadt Kiel" },',
  '    { "id": "leslie", "name": "Leslie Czernik" }',
  '  ]',
  '}',
  '',
].join('\n');

/** The parsed test plan (the same event as PLAN_TEXT). */
export function testPlan(partial: Partial<EventPlan> = {}): EventPlan {
  return {
    uri: PLAN_URI,
    name: 'Testcamp',
    actionFields: [],
    language: 'de',
    days: [
      { day: 1, date: '2017-01-26' },
      { day: 2, date: '2017-01-27' },
    ],
    rooms: ['Elbe', 'Weser'],
    slots: ['10:30', '14:00'],
    people: [
      { id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg' },
      { id: 'norbert-weiß', name: 'Norbert Weiß', org: 'Stadt Kiel' },
      { id: 'leslie', name: 'Leslie Czernik' },
    ],
    rules: {},
    output: {},
    ...partial,
  };
}

/** A document given as lines with one `|` cursor: its text, the cursor position and its parse. */
export function marked(...lines: string[]): { text: string; position: Position; protocol: SessionProtocol } {
  const { text, position } = cursor(lines.join('\n'));
  return { text, position, protocol: parseSession(text, URI) };
}

/** Another session of the event, from its markup. */
export function session(uri: string, ...lines: string[]): { uri: string; text: string; summary: SessionSummary } {
  const text = lines.join('\n');
  return { uri, text, summary: summarize(parseSession(text, uri)) };
}

/** The findings of a text as the server computes them (German messages). */
export function findings(text: string, plan?: EventPlan, others: SessionSummary[] = []) {
  return validateSession(parseSession(text, URI), { plan, others, language: 'de' });
}

/** The text after applying `edits` (non-overlapping, in any order), as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = edits.map((e, order) => ({ e, order })).sort((a, b) => offset(b.e.range.start) - offset(a.e.range.start) || b.order - a.order);
  let result = text;
  for (const { e } of sorted) result = result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end));
  return result;
}

/** The text of `uri` after applying a workspace edit plan to it. */
export function applyPlan(text: string, plan: WorkspaceEditPlan, uri: string): string {
  return applyEdits(text, plan.changes[uri] ?? []);
}
