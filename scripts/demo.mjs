// `npm run demo`: checks the demo event and writes its documentation, explaining the planted problems' exit code.
import { spawnSync } from 'node:child_process';

const EVENT = 'examples/demo-barcamp';
const OUT = 'demo-output';

/** Runs the built CLI with the user's terminal attached; returns its exit code. */
function barcamp(...args) {
  console.log(`\n$ barcamp ${args.join(' ')}`);
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' }).status;
}

const checked = barcamp('check', EVENT);
const aggregated = barcamp('aggregate', EVENT, '--out', OUT, '--today', '2017-03-01');
// The demo plants one error (an impossible due date) on purpose, so both commands are expected to exit with 1.
const expected = checked === 1 && aggregated === 1;
console.log(
  expected
    ? `\nDone. Exit code 1 is expected: the demo plants an impossible date on purpose.\nThe event documentation is in ${OUT}/ (open event-documentation.html in a browser).`
    : `\nUnexpected exit codes: check ${checked}, aggregate ${aggregated}.`,
);
process.exitCode = expected ? 0 : 1;
