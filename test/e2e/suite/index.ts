// Entry point the extension host requires (code-server via the URL payload, or @vscode/test-electron):
// runs every *.test.js next to this file with mocha and reports through console.log and a result file.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The prefix the code-server launcher uses to pick our lines out of the browser console. */
const TAG = '[barcamp-e2e]';

// mocha 12's main entry is an ES module; its CommonJS build loads in any extension host (also Electron's Node).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

interface Outcome {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

function log(text: string): void {
  for (const line of text.split('\n')) console.log(`${TAG} ${line}`);
}

/** A reporter that writes through console.log, which both extension hosts forward to the launcher. */
class TaggedReporter {
  constructor(runner: Mocha.Runner) {
    const outcome: Outcome = { passed: 0, failed: 0, pending: 0, failures: [] };
    runner.on('suite', (suite) => {
      if (suite.title) log(suite.title);
    });
    runner.on('pass', (test) => {
      outcome.passed++;
      log(`  ✓ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on('pending', (test) => {
      outcome.pending++;
      log(`  - ${test.title} (pending)`);
    });
    runner.on('fail', (test, error: Error) => {
      outcome.failed++;
      outcome.failures.push({ title: test.fullTitle(), message: error?.message ?? String(error) });
      log(`  ✗ ${test.title}\n${error?.stack ?? error}`);
    });
    runner.once('end', () => {
      log(`${outcome.passed} passing, ${outcome.failed} failing, ${outcome.pending} pending`);
      const file = process.env.E2E_RESULT_FILE;
      if (file) writeFileSync(file, JSON.stringify(outcome, null, 2));
    });
  }
}

/** Called by the extension host; settles when the run is over, rejecting when a test failed. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: TaggedReporter as never });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(join(__dirname, name));
  log(`running ${files.length} suite file(s) in the extension host`);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      log(`the suites could not run: ${(error as Error).stack ?? error}`);
      reject(error);
    }
  });
}
