// Parses the CLI's command line into a plain options object; unknown input becomes a usage error, not an exception.
import type { Language } from '../core';
import { parseAggregateArgs, type AggregateOptions } from './aggregateArgs';
import type { UsageProblem } from './usage';

export type { UsageProblem } from './usage';

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  language?: Language;
  /** The cache file (`--cache`, `--cache-location <file>`); absent: no cache. */
  cache?: string;
}

/** The cache file `--cache` uses without `--cache-location`: in the working folder. */
export const DEFAULT_CACHE_LOCATION = '.barcampcache';

export type ParsedArgs = CheckOptions | AggregateOptions | { command: 'help' } | { command: 'version' } | { command: 'usage-error'; problem: UsageProblem };

const FORMATS = new Set(['text', 'json']);
const LANGUAGES = new Set(['de', 'en']);

/** Reads `check <paths…> [--format text|json] [--lang de|en] [--cache] [--cache-location <file>]`, `aggregate …` (see aggregateArgs.ts), `--help` and `--version`. */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'aggregate') return parseAggregateArgs(rest);
  if (command !== 'check') return { command: 'usage-error', problem: { key: 'unknownCommand', value: command } };
  const options: CheckOptions = { command: 'check', paths: [], format: 'text' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    if (flag === '--format' || flag === '--lang') {
      const value = inline ?? rest[++i];
      const problem = applyValue(options, flag, value);
      if (problem) return { command: 'usage-error', problem };
    } else if (flag === '--cache' && inline === undefined) {
      options.cache ??= DEFAULT_CACHE_LOCATION;
    } else if (flag === '--cache-location') {
      const value = inline ?? rest[++i];
      if (!value) return { command: 'usage-error', problem: { key: 'missingValue', value: flag } };
      options.cache = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { command: 'usage-error', problem: { key: 'unknownOption', value: arg } };
    } else {
      options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) return { command: 'usage-error', problem: { key: 'noPaths' } };
  return options;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function applyValue(options: CheckOptions, flag: string, value: string | undefined): UsageProblem | undefined {
  if (flag === '--format') {
    if (!value || !FORMATS.has(value)) return { key: 'badFormat', value };
    options.format = value as OutputFormat;
  } else {
    if (!value || !LANGUAGES.has(value)) return { key: 'badLanguage', value };
    options.language = value as Language;
  }
  return undefined;
}
