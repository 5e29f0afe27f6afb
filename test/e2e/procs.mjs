// Child processes in their own process groups, stopped on every exit path of the Node process that started them.
import { spawn } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';

/** Process-group ids this process started and has not yet seen exit. */
const groups = new Set();
/** Synchronous clean-up callbacks (temp folders), run once at exit after the groups are killed. */
const cleanups = [];
let handlersInstalled = false;

/** Sends `signal` to a whole process group; a group that is already gone is not an error. */
export function killGroup(pgid, signal = 'SIGKILL') {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Kills every group still registered, synchronously, so it also works inside an 'exit' handler. */
export function killAll(signal = 'SIGKILL') {
  for (const pgid of groups) killGroup(pgid, signal);
  groups.clear();
}

/** Registers a synchronous clean-up that runs at exit (after the process groups are killed). */
export function onExit(fn) {
  installHandlers();
  cleanups.push(fn);
}

function runExitWork() {
  killAll();
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch {
      // Best effort: exit work must never throw.
    }
  }
}

/** True while any process of the group exists. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

let stopping = null;
let signalHook = null;

/** The signal this process is stopping on, or null. */
export function stoppingOn() {
  return stopping;
}

/** An async step to finish (at most 10 s) after the children are stopped and before exiting on a signal. */
export function beforeSignalExit(hook) {
  signalHook = hook;
}

/**
 * On a signal: SIGTERM every group first so the children run their own clean-up (a launcher stops
 * its code-server and removes its temp folder), give them up to 5 s, then kill what is left and exit
 * with the conventional 128+n code.
 */
async function stopOnSignal(signal, n) {
  if (stopping) return;
  stopping = signal;
  for (const pgid of groups) killGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while ([...groups].some(groupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50)); // poll interval while the children stop
  }
  if (signalHook) {
    let timer;
    await Promise.race([signalHook(), new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]).catch(() => {});
    clearTimeout(timer);
  }
  runExitWork();
  process.exit(128 + n);
}

/** Installs the exit paths once: a normal exit, an uncaught error (both end in 'exit'), SIGINT/SIGTERM/SIGHUP. */
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', runExitWork);
  for (const [signal, n] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ]) {
    process.on(signal, () => void stopOnSignal(signal, n));
  }
}

/**
 * A temp folder removed at exit; when `E2E_PID_FILE` is set, test/run-all.mjs removes it as well,
 * in case this process is killed before its exit handlers run.
 */
export function registerTempDir(dir) {
  onExit(() => rmSync(dir, { recursive: true, force: true }));
  record(`dir ${dir}`);
}

function record(line) {
  if (!process.env.E2E_PID_FILE) return;
  try {
    appendFileSync(process.env.E2E_PID_FILE, `${line}\n`);
  } catch {
    // The runner's own registry is a second line of defence only.
  }
}

/**
 * Spawns `command` as the leader of a new process group (setsid via `detached`), registers the
 * group for killing at exit and, when `E2E_PID_FILE` is set (by test/run-all.mjs), appends the
 * group id there so the top-level runner can kill it even if this process is killed hard.
 */
export function spawnGroup(command, args, options = {}) {
  installHandlers();
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid) {
    groups.add(child.pid);
    record(`pgid ${child.pid}`);
    // The group stays registered after its leader exits: members it left behind die at exit too.
  }
  return child;
}

/**
 * Runs a command to completion in its own process group with a time limit.
 * Resolves `{ code, signal, timedOut, stdout, stderr }`; output is also streamed when `echo` is set.
 */
export function run(command, args, { timeoutMs = 120_000, echo = false, prefix = '', ...options } = {}) {
  return new Promise((resolve) => {
    const child = spawnGroup(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    const forward = (stream, chunk) => {
      if (!echo) return;
      const text = chunk.toString();
      stream.write(prefix ? text.replace(/^(?=.)/gm, prefix) : text);
    };
    child.stdout?.on('data', (c) => {
      stdout += c;
      forward(process.stdout, c);
    });
    child.stderr?.on('data', (c) => {
      stderr += c;
      forward(process.stderr, c);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, timedOut, stdout, stderr: stderr + String(error), error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout, stderr });
    });
  });
}
