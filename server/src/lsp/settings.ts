// Reads the `barcamp.*` settings per document through workspace/configuration, cached until the client says they changed.
import type { Connection } from 'vscode-languageserver';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type RuleSetting } from '../core';
import type { BarcampSettings } from '../protocol';

const RULE_SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);
const CODES = new Set<string>(DIAGNOSTIC_CODES);

export type RuleSettings = Partial<Record<DiagnosticCode, RuleSetting>>;

/** Settings per document URI; clients without workspace/configuration get the defaults. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<RuleSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientSupportsConfiguration: () => boolean,
  ) {}

  rulesFor(uri: string): Promise<RuleSettings> {
    if (!this.clientSupportsConfiguration()) return Promise.resolve({});
    let rules = this.cache.get(uri);
    if (!rules) {
      rules = this.fetch(uri);
      this.cache.set(uri, rules);
    }
    return rules;
  }

  clear(): void {
    this.cache.clear();
  }

  private async fetch(uri: string): Promise<RuleSettings> {
    try {
      const settings = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'barcamp' })) as BarcampSettings | null;
      return sanitizeRules(settings?.rules);
    } catch {
      return {};
    }
  }
}

/** Keeps only known codes with known values: a typo in settings.json must not break validation. */
export function sanitizeRules(rules: unknown): RuleSettings {
  if (!rules || typeof rules !== 'object') return {};
  const result: RuleSettings = {};
  for (const [code, value] of Object.entries(rules)) {
    if (CODES.has(code) && typeof value === 'string' && RULE_SETTINGS.has(value)) result[code as DiagnosticCode] = value as RuleSetting;
  }
  return result;
}
