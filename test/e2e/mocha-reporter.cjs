// A mocha reporter for the Node-side runs (unit/protocol/CLI and UI): mocha's readable spec output,
// plus the counts and failures written as JSON to $E2E_RESULT_FILE for test/run-all.mjs.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha/lib/mocha.cjs');

class CountingSpecReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const outcome = { passed: 0, failed: 0, pending: 0, failures: [] };
    runner.on('pass', () => outcome.passed++);
    runner.on('pending', () => outcome.pending++);
    runner.on('fail', (test, error) => {
      outcome.failed++;
      outcome.failures.push({ title: test.fullTitle(), message: error?.message ?? String(error) });
    });
    runner.once('end', () => {
      if (process.env.E2E_RESULT_FILE) writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(outcome, null, 2));
    });
  }
}

module.exports = CountingSpecReporter;
