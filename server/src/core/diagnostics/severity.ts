// Severity of each diagnostic code: built-in defaults, overridden by the user's setting, overridden by the event's barcamp.json.
import type { DiagnosticCode, RuleSetting } from '../model';

/** The built-in severity of every code; missing outcomes warn, a missing topic or broken syntax is an error. */
export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, RuleSetting>> = {
  'missing-topic': 'error',
  'missing-findings': 'warning',
  'missing-next-steps': 'warning',
  'next-step-without-owner': 'warning',
  'next-step-without-due-date': 'information',
  'invalid-date': 'error',
  'unknown-person': 'warning',
  'unknown-room': 'warning',
  'unknown-slot': 'warning',
  'unknown-day': 'warning',
  'room-slot-conflict': 'warning',
  'duplicate-section': 'warning',
  'frontmatter-syntax': 'error',
  'unknown-field': 'warning',
  'participant-count-mismatch': 'warning',
  'topic-mismatch': 'warning',
  'too-large': 'error',
  'too-complex': 'error',
  'misspelled-section': 'warning',
  'due-before-event': 'warning',
  'invalid-field-value': 'warning',
  'missing-image': 'warning',
  'empty-section': 'information',
  'unknown-action-field': 'warning',
  'action-field-without-active': 'warning',
  'personal-data': 'information',
  'unknown-participant': 'information',
  'plan-syntax': 'error',
};

/** Spellings people write by hand in settings and barcamp.json, mapped to the LSP severity names. */
const ALIASES: Readonly<Record<string, RuleSetting>> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
  off: 'off',
  none: 'off',
};

/**
 * Reads a rule setting written by a person (settings.json, barcamp.json): case-insensitive,
 * accepts `warn`/`info`/`none` as aliases. Anything else is `undefined`, so a typo falls back
 * to the next lower level instead of silencing or breaking the rule.
 */
export function normalizeRuleSetting(value: unknown): RuleSetting | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : undefined;
}

/** Looks a code up in a settings object that may come straight from user JSON (wrong types, prototype keys). */
function lookup(table: unknown, code: DiagnosticCode): RuleSetting | undefined {
  if (typeof table !== 'object' || table === null) return undefined;
  if (!Object.prototype.hasOwnProperty.call(table, code)) return undefined;
  return normalizeRuleSetting((table as Record<string, unknown>)[code]);
}

/**
 * The effective severity of `code`: built-in default < user setting (`barcamp.rules`) < the event's
 * `barcamp.json` `rules` — the event decides, because its organizers set the documentation standard.
 * Invalid values at any level are ignored. Returns `'off'` when the finding is to be dropped.
 */
export function resolveSeverity(code: DiagnosticCode, settings?: Partial<Record<DiagnosticCode, RuleSetting>>, planRules?: Partial<Record<DiagnosticCode, RuleSetting>>): RuleSetting {
  return lookup(planRules, code) ?? lookup(settings, code) ?? DEFAULT_SEVERITIES[code] ?? 'warning';
}
