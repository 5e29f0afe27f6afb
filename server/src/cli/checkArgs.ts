// Parses `check <paths…> [options]` with node:util's parseArgs; a bad command line becomes a usage problem, never an exception.
import { parseArgs } from 'node:util';
import type { Language } from '../core';
import type { UsageProblem } from './usage';

/** The report formats of `check`: for people, for tools, and for the CI systems' own annotation formats. */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'] as const;
export type OutputFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  command: 'check';
  /** Files, folders or globs, as given. */
  paths: string[];
  format: OutputFormat;
  language?: Language;
  /** The cache file (`--cache`, `--cache-location <file>`); absent: no cache. */
  cache?: string;
  /** `--max-warnings N`: more warnings than N fail the run; absent: warnings never do. */
  maxWarnings?: number;
  /** `--fix`: write the safe quick fixes; `--fix-dry-run`: show them as a diff instead. */
  fix?: 'write' | 'dry-run';
  /** Base of the rule pages' links (`--docs-url`, else BARCAMP_DOCS_URL); absent: the relative docs/rules. */
  docsUrl?: string;
  /** `--output-file`: the report goes to this file instead of stdout (the summary stays on stderr). */
  outputFile?: string;
}

/** The cache file `--cache` uses without `--cache-location`: in the working folder. */
export const DEFAULT_CACHE_LOCATION = '.barcampcache';

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'docs-url': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
} as const;

type Result = CheckOptions | { command: 'usage-error'; problem: UsageProblem };

/** Reads the arguments after `check`; `env` supplies BARCAMP_DOCS_URL when `--docs-url` is absent. */
export function parseCheckArgs(rest: string[], env: Record<string, string | undefined> = {}): Result {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(rest));
  } catch (error) {
    return { command: 'usage-error', problem: problemOf(error, rest) };
  }
  const problem = invalidValue(values);
  if (problem) return { command: 'usage-error', problem };
  if (positionals.length === 0) return { command: 'usage-error', problem: { key: 'noPaths' } };
  const options: CheckOptions = { command: 'check', paths: positionals, format: (values.format ?? 'text') as OutputFormat };
  if (values.lang) options.language = values.lang as Language;
  if (values['cache-location']) options.cache = values['cache-location'];
  else if (values.cache) options.cache = DEFAULT_CACHE_LOCATION;
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  // ESLint's convention: -1 means no limit.
  if (maxWarnings !== undefined && maxWarnings >= 0) options.maxWarnings = maxWarnings;
  if (values.fix) options.fix = 'write';
  if (values['fix-dry-run']) options.fix = 'dry-run';
  const docsUrl = values['docs-url'] ?? env.BARCAMP_DOCS_URL;
  if (docsUrl) options.docsUrl = docsUrl;
  if (values['output-file']) options.outputFile = values['output-file'];
  return options;
}

function parse(args: string[]) {
  return parseArgs({ args: withNegativeNumbers(args), options: OPTIONS, allowPositionals: true, strict: true });
}

/** `--max-warnings -1` as ESLint users write it: parseArgs takes a value starting with `-` only as `--max-warnings=-1`. */
function withNegativeNumbers(args: string[]): string[] {
  return args.flatMap((arg, i) =>
    arg === '--max-warnings' && /^-\d+$/u.test(args[i + 1] ?? '') ? [`${arg}=${args[i + 1]}`] : i > 0 && args[i - 1] === '--max-warnings' && /^-\d+$/u.test(arg) ? [] : [arg],
  );
}

/** The option values that parse but make no sense. */
function invalidValue(values: ReturnType<typeof parse>['values']): UsageProblem | undefined {
  if (values.format !== undefined && !(CHECK_FORMATS as readonly string[]).includes(values.format)) return { key: 'badFormat', value: values.format };
  if (values.lang !== undefined && values.lang !== 'de' && values.lang !== 'en') return { key: 'badLanguage', value: values.lang };
  const max = values['max-warnings'];
  if (max !== undefined && !/^(-1|\d+)$/u.test(max)) return { key: 'badMaxWarnings', value: max };
  if (values.fix && values['fix-dry-run']) return { key: 'fixTogether' };
  for (const flag of ['cache-location', 'docs-url', 'output-file'] as const) if (values[flag] === '') return { key: 'missingValue', value: `--${flag}` };
  return undefined;
}

/**
 * parseArgs names the option at fault only inside its English message (`Unknown option '--x'`,
 * `Option '--format <value>' argument missing`); the flag is taken from there and worded in the user's language.
 */
export function problemOf(error: unknown, args: readonly string[]): UsageProblem {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  // `Option '-o, --output-file <value>' argument missing` names the long form last.
  const named = /'(?:-[^-' ,]+, )?(-{1,2}[^' ,]+)/u.exec(String(message ?? ''))?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument (missing|is ambiguous)/u.test(String(message))) return { key: 'missingValue', value: named };
  // `--cache=x` and the like: a flag given a value it does not take is as unknown as a misspelled one.
  const given = args.find((arg) => named !== undefined && (arg === named || arg.startsWith(`${named}=`)));
  return { key: 'unknownOption', value: given ?? named ?? args.find((arg) => arg.startsWith('-')) };
}
