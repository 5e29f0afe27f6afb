// Parses the CLI's command line into a plain options object; unknown input becomes a usage error, not an exception.
import { parseAggregateArgs, type AggregateOptions } from './aggregateArgs';
import { parseCheckArgs, type CheckOptions } from './checkArgs';
import type { UsageProblem } from './usage';

export type { UsageProblem } from './usage';

export { DEFAULT_CACHE_LOCATION, type CheckOptions, type OutputFormat } from './checkArgs';

export type ParsedArgs = CheckOptions | AggregateOptions | { command: 'help' } | { command: 'version' } | { command: 'usage-error'; problem: UsageProblem };

/** Reads `check …` (see checkArgs.ts), `aggregate …` (see aggregateArgs.ts), `--help` and `--version`. */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'aggregate') return parseAggregateArgs(rest);
  if (command !== 'check') return { command: 'usage-error', problem: { key: 'unknownCommand', value: command } };
  return parseCheckArgs(rest, process.env);
}
