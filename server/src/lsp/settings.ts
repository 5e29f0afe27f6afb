// Reads the `barcamp.*` settings per folder through workspace/configuration, cached until the client says they changed.
import type { Connection } from 'vscode-languageserver';
import { DIAGNOSTIC_CODES, folderOf, type DiagnosticCode, type RuleSetting } from '../core';
import type { BarcampSettings } from '../protocol';

const RULE_SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);
const CODES = new Set<string>(DIAGNOSTIC_CODES);

export type RuleSettings = Partial<Record<DiagnosticCode, RuleSetting>>;

/**
 * Settings per folder of a document; clients without workspace/configuration get the defaults. One
 * request per folder, not per file: a first Sessions view of 10,000 sessions would otherwise wait on
 * 10,000 round trips. Editors scope settings by workspace folder, not by file (VS Code resolves a
 * resource scope without a language, as vscode-languageclient asks), so every file of a folder gets
 * what its own request would get.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<RuleSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientSupportsConfiguration: () => boolean,
  ) {}

  rulesFor(uri: string): Promise<RuleSettings> {
    if (!this.clientSupportsConfiguration()) return Promise.resolve({});
    // A URI without a folder (an untitled document) stands alone.
    const folder = folderOf(uri) || uri;
    const cached = this.cache.get(folder);
    if (cached) return cached;
    const asked: Promise<RuleSettings> = this.fetch(uri).then((fetched) => {
      // A failed request counts as no settings for now and is not kept: the folder's next file asks again.
      if (fetched === undefined && this.cache.get(folder) === asked) this.cache.delete(folder);
      return fetched ?? {};
    });
    this.cache.set(folder, asked);
    return asked;
  }

  clear(): void {
    this.cache.clear();
  }

  /** The file's rules, or undefined when the request failed. */
  private async fetch(uri: string): Promise<RuleSettings | undefined> {
    try {
      const settings = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'barcamp' })) as BarcampSettings | null;
      return sanitizeRules(settings?.rules);
    } catch {
      return undefined;
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
