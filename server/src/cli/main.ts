// Entry point of the `barcamp` CLI: parse arguments, run the command, print, exit with 0, 1 or 2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveLanguage, type Language } from '../core';
import { runAggregate } from './aggregate';
import { parseArgs, type CheckOptions } from './args';
import { contentHash } from './cache';
import { checkPaths, type CheckRunOptions } from './check';
import { cliTexts, usage } from './messages';
import { isJobWorker, runJobWorker } from '../node/jobPool';
import { countSeverities, toJsonReport, toTextLines } from './report';

declare const BARCAMP_VERSION: string | undefined;

/** Exit codes other tools rely on. */
export const EXIT = { ok: 0, errorsFound: 1, usageOrIo: 2 } as const;

/** The language of messages: `--lang`, else the environment's locale, else English. */
function environmentLanguage(): Language {
  const env = process.env;
  return resolveLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const language = ('language' in args && args.language) || environmentLanguage();
  const texts = cliTexts(language);
  if (args.command === 'help') return print(usage(language), EXIT.ok);
  if (args.command === 'version') return print(typeof BARCAMP_VERSION === 'string' ? BARCAMP_VERSION : 'dev', EXIT.ok);
  if (args.command === 'usage-error') {
    process.stderr.write(`${texts[args.problem.key](args.problem.value)}\n\n${usage(language)}\n`);
    return EXIT.usageOrIo;
  }
  if (args.command === 'aggregate') return EXIT[await runAggregate(args, texts, __filename)];
  const result = await checkPaths(args.paths, language, texts, runOptions(args));
  const cwd = process.cwd();
  if (args.format === 'json') process.stdout.write(`${JSON.stringify(toJsonReport(result.reports, cwd), null, 2)}\n`);
  else for (const line of toTextLines(result.reports, cwd)) process.stdout.write(`${line}\n`);
  for (const line of [...result.warnings, ...result.ioProblems]) process.stderr.write(`${line}\n`);
  const counts = countSeverities(result.reports);
  if (args.format === 'text') process.stderr.write(`${texts.summary(result.reports.length, counts.error, counts.warning, counts.information + counts.hint)}\n`);
  if (result.ioProblems.length > 0) return EXIT.usageOrIo;
  return counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
}

/** Worker threads run this very bundle; cache entries count only for this build (problems carry no words, so any language). */
function runOptions(args: CheckOptions): CheckRunOptions {
  const cache = args.cache ? { path: resolve(args.cache), key: buildId() } : undefined;
  return { cache, workerScript: __filename };
}

/** The bundle's content hash: any change to the parser or the rules makes old cache entries worthless. */
function buildId(): string {
  try {
    return contentHash(readFileSync(__filename));
  } catch {
    return typeof BARCAMP_VERSION === 'string' ? BARCAMP_VERSION : 'dev';
  }
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

if (isJobWorker()) {
  runJobWorker();
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`barcamp: ${error?.stack ?? error}\n`);
      process.exitCode = EXIT.usageOrIo;
    },
  );
}
