// Gets what the editor tests need on a fresh Debian machine: the Debian packages (apt-get, as root)
// and the pinned code-server from npm in .e2e-cache/, skipping every piece that is already there.
// Usage: node test/e2e/provision.mjs   (also imported by the launchers and test/run-all.mjs)
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './procs.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = join(ROOT, '.e2e-cache');
/** The newest code-server whose engines.node accepts Node 20; it contains VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
/** The version @vscode/ripgrep 1.15.11 (inside code-server 4.100.3) downloads in its postinstall. */
const RIPGREP_CACHE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

/**
 * Debian packages, each with the way to tell it is there.
 * chromium drives the UI tests, neovim is the second LSP client; libkrb5-dev, ripgrep and a C/C++
 * tool chain are only used while installing code-server (kerberos and node-pty build from source,
 * @vscode/ripgrep would download from GitHub).
 */
export const DEBIAN_PACKAGES = [
  { name: 'chromium', present: () => existsSync(CHROMIUM) },
  { name: 'neovim', present: () => onPath('nvim') },
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h') },
  { name: 'ripgrep', present: () => onPath('rg') },
  { name: 'g++', present: () => onPath('g++') },
  { name: 'make', present: () => onPath('make') },
  { name: 'python3', present: () => onPath('python3') },
];

/** True when an executable with this name is on PATH. */
export function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}

/** An error whose message is meant for the person running the tests, without a stack. */
export class ProvisionError extends Error {}

/** Makes sure the Debian packages are installed; as root with apt-get, otherwise fails saying what to install. */
export async function ensureDebianPackages({ log = console.log } = {}) {
  const missing = DEBIAN_PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) {
    log(`debian packages: present (${DEBIAN_PACKAGES.map((p) => p.name).join(', ')})`);
    return;
  }
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new ProvisionError(`missing Debian packages: ${missing.join(', ')}. Not running as root, so they cannot be installed here; run:\n` + `  sudo apt-get update && sudo ${command}`);
  }
  if (!onPath('apt-get')) throw new ProvisionError(`missing packages ${missing.join(', ')} and no apt-get on this machine.`);
  log(`debian packages: installing ${missing.join(', ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for a dpkg lock held by another apt run (an unattended upgrade) instead of failing at once.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const install = () => run('apt-get', [...lock, 'install', '-y', ...missing], { env, timeoutMs: 600_000 });
  let result = await install();
  if (result.code !== 0) {
    // A fresh machine has no package lists yet; a stale one may point at removed versions.
    log('debian packages: apt-get install failed, running apt-get update and retrying …');
    const update = await run('apt-get', [...lock, 'update'], { env, timeoutMs: 300_000 });
    if (update.code !== 0) throw new ProvisionError(`apt-get update failed:\n${tail(update.stderr || update.stdout)}`);
    result = await install();
  }
  if (result.code !== 0) throw new ProvisionError(`${command} failed:\n${tail(result.stderr || result.stdout)}`);
  const still = DEBIAN_PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (still.length) throw new ProvisionError(`apt-get reported success but these are still missing: ${still.join(', ')}`);
  log(`debian packages: installed ${missing.join(', ')}`);
}

/** True when the pinned code-server is completely installed in the cache. */
export function codeServerInstalled() {
  try {
    const pkg = JSON.parse(readFileSync(join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8'));
    return pkg.version === CODE_SERVER_VERSION && existsSync(CODE_SERVER_BIN) && existsSync(join(CODE_SERVER_DIR, '.complete'));
  } catch {
    return false;
  }
}

/**
 * Installs code-server@CODE_SERVER_VERSION from npm into .e2e-cache/ unless it is there.
 * Installs into a side folder and renames it at the end, so an interrupted install never looks complete.
 */
export async function ensureCodeServer({ log = console.log } = {}) {
  if (codeServerInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION}: present in ${rel(CODE_SERVER_DIR)}`);
    return CODE_SERVER_BIN;
  }
  if (!onPath('rg')) throw new ProvisionError("installing code-server needs Debian's ripgrep (rg): apt-get install ripgrep");
  const started = Date.now();
  log(`code-server ${CODE_SERVER_VERSION}: installing from npm into ${rel(CODE_SERVER_DIR)} (about a minute) …`);
  const partial = `${CODE_SERVER_DIR}.partial`;
  const tmp = join(CACHE, 'tmp');
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(partial, 'package.json'), JSON.stringify({ name: 'e2e-code-server', private: true }, null, 2));
  await placeRipgrepTarball(tmp);
  const env = {
    ...process.env,
    // code-server's postinstall refuses to run as root without this.
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`; an npmrc with yes=false would make npx refuse.
    npm_config_yes: 'true',
    // @vscode/ripgrep looks for its download in os.tmpdir(): point it at our cache with Debian's rg.
    TMPDIR: tmp,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  const result = await run('npm', ['install', '--no-save', '--no-package-lock', '--omit=dev', '--prefix', partial, `code-server@${CODE_SERVER_VERSION}`], { env, cwd: partial, timeoutMs: 900_000 });
  if (result.code !== 0) {
    throw new ProvisionError(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}):\n` + tail(`${result.stdout}\n${result.stderr}`, 40));
  }
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  renameSync(partial, CODE_SERVER_DIR);
  writeFileSync(join(CODE_SERVER_DIR, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(tmp, { recursive: true, force: true });
  if (!codeServerInstalled()) throw new ProvisionError(`code-server install finished but ${rel(CODE_SERVER_BIN)} is missing`);
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return CODE_SERVER_BIN;
}

/** Puts a tarball of Debian's rg where @vscode/ripgrep's postinstall looks before it downloads. */
async function placeRipgrepTarball(tmp) {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!target) throw new ProvisionError(`no known ripgrep build name for architecture ${process.arch}`);
  const cacheDir = join(tmp, `vscode-ripgrep-cache-${RIPGREP_CACHE_VERSION}`);
  const stage = join(tmp, 'rg-stage');
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(stage, { recursive: true });
  const rg = (process.env.PATH ?? '')
    .split(delimiter)
    .map((d) => join(d, 'rg'))
    .find((p) => existsSync(p));
  copyFileSync(rg, join(stage, 'rg'));
  const tarball = join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${target}.tar.gz`);
  const result = await run('tar', ['-czf', tarball, '-C', stage, 'rg'], { timeoutMs: 60_000 });
  if (result.code !== 0) throw new ProvisionError(`could not pack Debian's rg for @vscode/ripgrep: ${result.stderr}`);
}

/** Everything the editor stages need. Returns which pieces are ready and the failures, never throws. */
export async function provision({ log = console.log } = {}) {
  const status = { debian: false, codeServer: false, chromium: false, neovim: false, errors: [] };
  try {
    await ensureDebianPackages({ log });
    status.debian = true;
  } catch (error) {
    status.errors.push(`debian packages: ${error.message}`);
  }
  status.chromium = existsSync(CHROMIUM);
  status.neovim = onPath('nvim');
  try {
    await ensureCodeServer({ log });
    status.codeServer = true;
  } catch (error) {
    status.errors.push(`code-server: ${error.message}`);
  }
  return status;
}

function tail(text, lines = 20) {
  return String(text).trim().split('\n').slice(-lines).join('\n');
}

function rel(path) {
  return path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
}

// Run directly: provision, print the status, write it where test/run-all.mjs reads it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const status = await provision();
  if (process.env.E2E_RESULT_FILE) writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(status));
  for (const error of status.errors) console.error(`PROVISIONING FAILED — ${error}`);
  process.exit(status.errors.length ? 1 : 0);
}
