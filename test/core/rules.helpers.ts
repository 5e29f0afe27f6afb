// Shared helpers for the rule tests: one `check` that runs real markup through parseSession + validateSession.
import { strict as assert } from 'node:assert';
import type { Diagnostic, DiagnosticCode, EventPlan, RuleSetting, SessionSummary } from '../../server/src/core/model';
import { parseSession } from '../../server/src/core/syntax';
import { validateSession } from '../../server/src/core/diagnostics';
import { range } from './helpers';

/** One row of a rule table: markup in, `code@line` (0-based line of the range start) out. */
export interface Case {
  name: string;
  markup: string;
  plan?: Partial<EventPlan>;
  others?: SessionSummary[];
  settings?: Partial<Record<DiagnosticCode, RuleSetting>>;
  expect: string[];
}

export const URI = 'file:///camp/sessions/datenschutz.session.md';

/** A full event plan with empty lists, overridden by `partial`. */
export function plan(partial: Partial<EventPlan> = {}): EventPlan {
  return { uri: 'file:///camp/barcamp.json', days: [], rooms: [], slots: [], people: [], rules: {}, output: {}, actionFields: [], ...partial };
}

/** Another session of the event, as the session index would summarize it. */
export function other(partial: Partial<SessionSummary> & { uri: string }): SessionSummary {
  return { tags: [], anchor: range(3, 6, 3, 13), topicRange: range(1, 7, 1, 20), people: [], nextSteps: [], ...partial };
}

/** Parses and validates `markup` the way the language server does. */
export function diagnose(markup: string, opts: Omit<Case, 'name' | 'markup' | 'expect'> & { language?: 'de' | 'en' } = {}): Diagnostic[] {
  const protocol = parseSession(markup, URI);
  const ctx = { plan: opts.plan ? plan(opts.plan) : undefined, others: opts.others ?? [], settings: opts.settings, language: opts.language ?? 'de' };
  return validateSession(protocol, ctx);
}

/** Runs every row of a table as one mocha test, comparing only the codes the table is about. */
export function check(codes: readonly DiagnosticCode[], table: readonly Case[]): void {
  for (const row of table) {
    it(row.name, () => {
      const found = diagnose(row.markup, row)
        .filter((d) => codes.includes(d.code))
        .map((d) => `${d.code}@${d.range.start.line}`);
      assert.deepEqual(found, row.expect);
    });
  }
}

/** Asserts that every code of `codes` has a row that fires it and a row where it stays silent. */
export function assertCoverage(codes: readonly DiagnosticCode[], table: readonly Case[]): void {
  it('covers every code with a firing and a silent case', () => {
    for (const code of codes) {
      assert.ok(
        table.some((row) => row.expect.some((e) => e.startsWith(`${code}@`))),
        `${code} never fires`,
      );
      assert.ok(
        table.some((row) => !row.expect.some((e) => e.startsWith(`${code}@`))),
        `${code} is never silent`,
      );
    }
  });
}

/** Frontmatter and body of a session that satisfies every rule; rows change one thing at a time. */
export const COMPLETE = [
  '---',
  'title: Datenschutz als Bremse?',
  'day: 1',
  'slot: "10:00"',
  'room: Raum 1',
  'host: Anna Schmidt',
  '---',
  '# Datenschutz als Bremse?',
  '',
  '## Teilnehmende',
  '- Anna Schmidt (Stadt Musterhausen)',
  '- Ben Meier',
  '',
  '## Ergebnisse',
  '- Datenschutz ist selten der wahre Grund.',
  '',
  '## Nächste Schritte',
  '- [ ] Leitfaden entwerfen @anna-schmidt bis 28.02.2017',
] as const;
