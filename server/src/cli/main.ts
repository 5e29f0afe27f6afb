// Entry point of the `barcamp` CLI: parse arguments, run the command, print, exit with 0, 1 or 2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveLanguage, type Language } from '../core';
import { runAggregate } from './aggregate';
import { runImport } from './import';
import { parseArgs, type CheckOptions } from './args';
import { contentHash } from './cache';
import type { CheckRunOptions } from './check';
import { runCheck } from './checkCommand';
import { cliTexts, usage } from './messages';
import { isJobWorker, runJobWorker } from '../node/jobPool';

declare const BARCAMP_VERSION: string | undefined;

/** Exit codes other tools rely on. */
export const EXIT = { ok: 0, errorsFound: 1, usageOrIo: 2 } as const;

/** The language of messages: `--lang`, else the environment's locale, else English. */
function environmentLanguage(): Language {
  const env = process.env;
  return resolveLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'import') return runImport(argv.slice(1), environmentLanguage());
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
  const environment = { cwd: process.cwd(), env: process.env, version: version(), today: localToday(), run: runOptions(args) };
  return EXIT[await runCheck(args, language, texts, environment)];
}

function version(): string {
  return typeof BARCAMP_VERSION === 'string' ? BARCAMP_VERSION : 'dev';
}

/** Today in the machine's time zone (`YYYY-MM-DD`), for the due dates a fix may compare with. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
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
