// `npm test`: the whole test run CI executes — build, type check, unit/protocol/CLI tests, packaging,
// provisioning (Debian packages + code-server), extension-host suites in code-server, UI tests in
// Chromium, the Neovim client — each stage bounded in time, ending with one line `N passed, N failed`.
// Options: --only <stage,stage>  run only some stages (names as printed), e.g. `npm test -- --only neovim`.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeSignalExit, killGroup, onExit, spawnGroup, stoppingOn } from './e2e/procs.mjs';
import { CACHE, ROOT } from './e2e/provision.mjs';

const NODE = process.execPath;
const MOCHA = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const REPORTER = join(ROOT, 'test', 'e2e', 'mocha-reporter.cjs');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const VSIX = join(CACHE, 'barcamp-sessions.vsix');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const PRETTIER = join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
/** `node -e` script: runs each node command of the JSON list in its argument (all of them), exits 1 if any failed. */
const IN_TURN = `let failed = 0;
for (const args of JSON.parse(process.argv[1])) failed |= require('node:child_process').spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0;
process.exit(failed);`;
/** The whole run's budget; CI allows far more, but a hung stage must not eat it. */
const RUN_BUDGET_MS = 45 * 60_000;
const GRACE_MS = 10_000;

/**
 * The stages in order. `kind`: 'check' counts as one test (exit code 0 passes), 'mocha' counts the
 * tests its reporter wrote, 'provision' counts the Debian packages and code-server as one check each.
 * `needs`: what must have succeeded before the stage can run; otherwise it fails saying so.
 */
const STAGES = [
  { name: 'build', kind: 'check', timeoutMs: 120_000, command: [NODE, 'esbuild.mjs'] },
  { name: 'typecheck', kind: 'check', timeoutMs: 240_000, command: [NODE, join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'] },
  {
    name: 'lint',
    title: 'lint (ESLint, Prettier --check)',
    kind: 'check',
    timeoutMs: 180_000,
    command: [
      NODE,
      '-e',
      IN_TURN,
      JSON.stringify([
        [ESLINT, '.'],
        [PRETTIER, '--check', '.'],
      ]),
    ],
  },
  { name: 'compile-tests', kind: 'check', timeoutMs: 120_000, command: [NODE, 'test/build-tests.mjs'] },
  { name: 'unit', title: 'unit/protocol/CLI tests (mocha)', kind: 'mocha', timeoutMs: 900_000, needs: ['compile-tests'], command: [NODE, MOCHA, '--reporter', REPORTER] },
  {
    name: 'package',
    title: 'package the .vsix',
    kind: 'check',
    timeoutMs: 180_000,
    needs: ['build'],
    prepare: () => rmSync(VSIX, { force: true }), // a stale .vsix must never stand in for a failed packaging
    command: [NODE, join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', VSIX],
  },
  { name: 'provision', title: 'provision (Debian packages, code-server)', kind: 'provision', timeoutMs: 900_000, command: [NODE, 'test/e2e/provision.mjs'] },
  {
    name: 'exthost',
    title: 'extension-host suites in code-server',
    kind: 'mocha',
    timeoutMs: 300_000,
    needs: ['build', 'compile-tests', 'provision:codeServer', 'provision:chromium'],
    command: [NODE, 'test/e2e/launch-code-server.mjs', '--no-build'],
  },
  {
    name: 'ui',
    title: 'UI tests (Chromium + code-server, installed .vsix)',
    kind: 'mocha',
    timeoutMs: 300_000,
    needs: ['package', 'provision:codeServer', 'provision:chromium'],
    command: [NODE, MOCHA, '--no-config', '--timeout', '120000', '--reporter', REPORTER, 'test/e2e/ui/*.test.mjs'],
    env: { E2E_VSIX: VSIX },
  },
  {
    name: 'neovim',
    title: 'Neovim LSP client',
    kind: 'mocha',
    timeoutMs: 120_000,
    needs: ['build', 'provision:neovim'],
    command: [NODE, MOCHA, '--no-config', '--timeout', '60000', '--reporter', REPORTER, 'test/e2e/nvim/*.test.mjs'],
  },
];

mkdirSync(ARTIFACTS, { recursive: true });
mkdirSync(CACHE, { recursive: true });
sweepStaleRuns();
const pidFile = join(CACHE, `run-${process.pid}.pids`);
writeFileSync(pidFile, '');
onExit(() => {
  killRecordedGroups();
  rmSync(pidFile, { force: true });
});

/**
 * Kills every process group a stage recorded (code-server, Neovim, …) and removes the temp folders
 * it recorded, even when the stage itself died before its own exit handlers ran.
 */
function killRecordedGroups() {
  if (!existsSync(pidFile)) return;
  for (const line of readFileSync(pidFile, 'utf8').split('\n')) {
    const [kind, value] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
    if (kind === 'pgid' && Number(value) > 0) killGroup(Number(value), 'SIGKILL');
    if (kind === 'dir' && value.includes('barcamp-e2e-')) rmSync(value, { recursive: true, force: true });
  }
  writeFileSync(pidFile, '');
}

/**
 * Cleans up after an earlier run that was killed so hard its exit handlers never ran (its pid file is
 * still there but its process is gone): kills the process groups it recorded, but only while their
 * leader is still one of ours, and removes its temp folders.
 */
function sweepStaleRuns() {
  for (const name of readdirSync(CACHE)) {
    const match = /^run-(\d+)\.pids$/.exec(name);
    if (!match || Number(match[1]) === process.pid || processAlive(Number(match[1]))) continue;
    const file = join(CACHE, name);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [kind, value] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      if (kind === 'pgid' && isOurs(Number(value))) killGroup(Number(value), 'SIGKILL');
      if (kind === 'dir' && value.includes('barcamp-e2e-')) rmSync(value, { recursive: true, force: true });
    }
    rmSync(file, { force: true });
  }
}

/** True while `pid` runs; a zombie (killed, not yet reaped) counts as gone. */
function processAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** True when the process `pid` is one the e2e stages start (code-server, Chromium, Neovim), not a reused pid. */
function isOurs(pid) {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /\.e2e-cache|barcamp-e2e-|test\/e2e\//.test(cmdline);
  } catch {
    return false;
  }
}

/** Runs one stage's command in its own process group; SIGTERM then SIGKILL on timeout. */
function runCommand(stage, timeoutMs, resultFile) {
  return new Promise((resolve) => {
    const [command, ...args] = stage.command;
    const env = { ...process.env, ...stage.env, E2E_PID_FILE: pidFile, E2E_RESULT_FILE: resultFile };
    const child = spawnGroup(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (child.pid) appendFileSync(pidFile, `pgid ${child.pid}\n`); // for the next run, should this one be killed hard
    let timedOut = false;
    let hardKill;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGTERM'); // lets the stage's own exit handlers stop what it started
      hardKill = setTimeout(() => killGroup(child.pid, 'SIGKILL'), GRACE_MS);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, timedOut, error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      killGroup(child.pid, 'SIGKILL'); // anything the stage left behind in its group
      killRecordedGroups();
      resolve({ code, signal, timedOut });
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Turns a finished command into counts: one entry per counted test, plus notes to print. */
function countStage(stage, outcome, resultFile) {
  const how = outcome.timedOut
    ? `timed out after ${(stage.effectiveTimeoutMs / 1000).toFixed(0)} s`
    : outcome.error
      ? `could not start: ${outcome.error.message}`
      : `exit code ${outcome.code}${outcome.signal ? ` (${outcome.signal})` : ''}`;
  if (stage.kind === 'check') {
    return outcome.code === 0 ? { passed: 1, failed: 0, notes: [] } : { passed: 0, failed: 1, notes: [`${stage.name} failed: ${how}`] };
  }
  if (stage.kind === 'provision') {
    const status = readJson(resultFile);
    if (!status) return { passed: 0, failed: 2, notes: [`provisioning failed before reporting: ${how}`], status: {} };
    const passed = Number(status.debian) + Number(status.codeServer);
    return { passed, failed: 2 - passed, notes: status.errors, status };
  }
  const result = readJson(resultFile);
  if (!result) return { passed: 0, failed: 1, notes: [`${stage.name}: no test results (${how}); see the output above`] };
  const notes = result.failures.map((f) => `${f.title}: ${String(f.message).split('\n')[0]}`);
  let failed = result.failed;
  if (outcome.code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`${stage.name}: ${how} although no test failed`);
  }
  return { passed: result.passed, failed, notes };
}

/** Which of a stage's prerequisites are not met, as readable reasons. */
function unmetNeeds(stage, done, provisioned) {
  return (stage.needs ?? []).filter((need) => {
    const [name, piece] = need.split(':');
    if (piece) return !provisioned[piece];
    return !done.get(name)?.ok;
  });
}

function parseOnly() {
  const at = process.argv.indexOf('--only');
  if (at === -1) return undefined;
  const names = (process.argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !STAGES.some((s) => s.name === n));
  if (unknown.length || names.length === 0) {
    console.error(`--only takes stage names among: ${STAGES.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  return new Set(names);
}

async function main() {
  const only = parseOnly();
  const started = Date.now();
  const done = new Map();
  const rows = [];
  let provisioned = {};
  for (const [index, stage] of STAGES.entries()) {
    if (only && !only.has(stage.name)) continue;
    const title = stage.title ?? stage.name;
    console.log(`\n━━ [${index + 1}/${STAGES.length}] ${title} ━━`);
    const unmet = only ? [] : unmetNeeds(stage, done, provisioned);
    const remaining = RUN_BUDGET_MS - (Date.now() - started);
    let counts;
    let ms = 0;
    if (unmet.length) {
      counts = { passed: 0, failed: 1, notes: [`${stage.name} not run: it needs ${unmet.join(', ')}, which did not succeed`] };
    } else if (remaining < 20_000) {
      counts = { passed: 0, failed: 1, notes: [`${stage.name} not run: the run's ${RUN_BUDGET_MS / 60_000}-minute budget is used up`] };
    } else {
      stage.effectiveTimeoutMs = Math.min(stage.timeoutMs, remaining - GRACE_MS);
      const resultFile = join(ARTIFACTS, `result-${stage.name}.json`);
      rmSync(resultFile, { force: true });
      stage.prepare?.();
      const t0 = Date.now();
      const outcome = await runCommand(stage, stage.effectiveTimeoutMs, resultFile);
      ms = Date.now() - t0;
      counts = countStage(stage, outcome, resultFile);
      if (stage.kind === 'provision') provisioned = { ...counts.status };
    }
    if (stoppingOn()) counts.notes.unshift(`${stage.name}: interrupted by ${stoppingOn()}`);
    done.set(stage.name, { ok: counts.failed === 0 });
    rows.push({ title, ms, ...counts });
    for (const note of counts.notes) console.log(`✗ ${note}`);
    if (stoppingOn()) break;
  }

  console.log('\n━━ Summary ━━');
  const width = Math.max(...rows.map((r) => r.title.length));
  for (const r of rows) {
    const time = r.ms ? `${(r.ms / 1000).toFixed(1)} s` : '—';
    console.log(`${r.failed ? '✗' : '✓'} ${r.title.padEnd(width)}  ${String(r.passed).padStart(3)} ok ${String(r.failed).padStart(3)} not ok  ${time}`);
  }
  const failures = rows.flatMap((r) => r.notes);
  if (failures.length) {
    console.log('\nFailures:');
    for (const note of failures) console.log(`  - ${note}`);
  }
  console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots and logs in test-artifacts/`);
  const passed = rows.reduce((n, r) => n + r.passed, 0);
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && rows.length > 0 ? 0 : 1;
}

const finished = main();
// On Ctrl+C / SIGTERM the stages are stopped first; the summary of what ran is still printed.
beforeSignalExit(() => finished);
finished.then(
  (code) => {
    if (!stoppingOn()) process.exit(code); // on a signal, the signal handler exits (with 128+n)
  },
  (error) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
