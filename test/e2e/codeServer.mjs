// Starts the pinned code-server (a real VS Code 1.100.3) on 127.0.0.1 in its own process group, with
// throwaway profile folders, and a fresh copy of the demo event as the workspace.
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_BIN, ROOT, codeServerInstalled, CHROMIUM } from './provision.mjs';
import { killGroup, registerTempDir, run, spawnGroup } from './procs.mjs';

export const DEMO_EVENT = join(ROOT, 'examples', 'demo-barcamp');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** User settings that keep the workbench quiet and offline (no welcome page, tips, trust prompt, updates). */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  // Ours, too: the suites that need it open it themselves (walkthrough.test.ts with a recorder).
  'barcamp.walkthrough.openOnStart': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/**
 * A throwaway run folder (profile, extensions, XDG folders, workspace copy) in the system temp
 * folder, removed at exit. The demo event is copied so no test ever changes examples/.
 */
export function makeRunDir(label) {
  const dir = mkdtempSync(join(tmpdir(), `barcamp-e2e-${label}-`));
  registerTempDir(dir);
  if (!existsSync(join(DEMO_EVENT, 'barcamp.json'))) {
    throw new Error(`the demo event is missing: ${DEMO_EVENT}/barcamp.json does not exist`);
  }
  const workspace = join(dir, 'demo-barcamp');
  cpSync(DEMO_EVENT, workspace, { recursive: true });
  return { dir, workspace };
}

/** Checks that the editor and the browser are installed, with a message that says how to get them. */
export function assertEditorProvisioned() {
  const missing = [];
  if (!codeServerInstalled()) missing.push('code-server (node test/e2e/provision.mjs installs it into .e2e-cache/)');
  if (!existsSync(CHROMIUM)) missing.push(`Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (missing.length) throw new Error(`not provisioned: ${missing.join('; ')}`);
}

/** The environment code-server runs with: XDG folders inside the run folder so nothing lands in $HOME. */
function editorEnv(dir, extra) {
  const xdg = join(dir, 'xdg');
  for (const sub of ['config', 'data', 'cache']) mkdirSync(join(xdg, sub), { recursive: true });
  // The suites' settings reach the extension host only when passed explicitly in `extra`.
  const { E2E_RESULT_FILE: _result, E2E_GREP: _grep, ...inherited } = process.env;
  return {
    ...inherited,
    XDG_CONFIG_HOME: join(xdg, 'config'),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_CACHE_HOME: join(xdg, 'cache'),
    ...extra,
  };
}

/** Profile folders and the settings file for one code-server instance; `settings` go over the quiet ones. */
function profile(dir, settings = {}) {
  const userDataDir = join(dir, 'user-data');
  const extensionsDir = join(dir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  return { userDataDir, extensionsDir };
}

/** Installs a .vsix into the run folder's extensions dir with code-server's own CLI. */
export async function installVsix(dir, vsix) {
  if (!existsSync(vsix)) throw new Error(`the packaged extension is missing: ${vsix}`);
  const { userDataDir, extensionsDir } = profile(dir);
  const result = await run(process.execPath, [CODE_SERVER_BIN, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    env: editorEnv(dir),
    timeoutMs: 60_000,
  });
  if (result.code !== 0 || !/successfully installed/i.test(result.stdout + result.stderr)) {
    throw new Error(`code-server --install-extension ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Installs an empty language pack for `locale` (VS Code's own texts stay English): without an installed
 * pack, `--locale de` falls back to English, so `vscode.env.language` and the extension's manifest texts
 * would stay English. The pack only makes the locale available; our texts come from package.nls.<locale>.json
 * and l10n/bundle.l10n.<locale>.json. Packaged with vsce from node_modules (about 1 s), installed with the
 * CLI and recorded in languagepacks.json.
 */
export async function installStubLanguagePack(dir, locale) {
  const source = join(dir, `language-pack-${locale}`);
  mkdirSync(join(source, 'translations'), { recursive: true });
  writeFileSync(join(source, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(source, 'README.md'), `An empty ${locale} language pack for the UI tests.\n`);
  const manifest = {
    name: `e2e-language-pack-${locale}`,
    displayName: `Empty ${locale} language pack (UI tests only)`,
    description: `Makes the locale ${locale} available to the workbench; translates nothing.`,
    publisher: 'barcamp-e2e',
    version: '0.0.1',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: locale, languageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  };
  writeFileSync(join(source, 'package.json'), JSON.stringify(manifest, null, 2));
  const vsix = join(dir, `language-pack-${locale}.vsix`);
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = await run(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], {
    cwd: source,
    env: editorEnv(dir),
    timeoutMs: 60_000,
  });
  if (result.code !== 0) throw new Error(`packaging the ${locale} language pack failed:\n${result.stdout}\n${result.stderr}`);
  await installVsix(dir, vsix);
  // The installing CLI does not record the pack where the server looks for it when it resolves --locale
  // (<user-data-dir>/languagepacks.json); the workbench's language-pack service would, on install through
  // the UI. The entry, as that service writes it:
  const id = `${manifest.publisher}.${manifest.name}`;
  const entry = {
    hash: `e2e-${locale}`,
    extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
    translations: { vscode: join(dir, 'extensions', `${id}-${manifest.version}`, 'translations', 'main.i18n.json') },
    label: locale,
  };
  if (!existsSync(entry.translations.vscode)) throw new Error(`the ${locale} language pack was not installed at ${entry.translations.vscode}`);
  writeFileSync(join(dir, 'user-data', 'languagepacks.json'), JSON.stringify({ [locale]: entry }, null, 2));
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts code-server bound to 127.0.0.1 only, without auth, and waits until /healthz answers.
 * `env` reaches the extension host (the only way to pass values to the suites in there); `locale` is the
 * display language (`--locale`, 'en' unless a test asks for another); `settings` are user settings over
 * the quiet ones. Returns `{ origin, port, logFile, stop }`; stop() kills the whole process group.
 */
export async function startCodeServer({ dir, label, env = {}, locale = 'en', settings = {}, timeoutMs = 60_000 }) {
  const { userDataDir, extensionsDir } = profile(dir, settings);
  const port = await freePort();
  const config = join(dir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const logFile = join(ARTIFACTS, `code-server-${label}.log`);
  const log = createWriteStream(logFile);
  const args = [
    CODE_SERVER_BIN,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--config',
    config,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--locale',
    locale,
  ];
  const child = spawnGroup(process.execPath, args, { env: editorEnv(dir, env), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up (${JSON.stringify(exited)}); see ${logFile}`);
    if (Date.now() > deadline) {
      killGroup(child.pid);
      throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs / 1000} s; see ${logFile}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100)); // poll interval of the readiness check, not a wait for an effect
  }
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((r) => child.once('exit', r));
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
    await gone;
    clearTimeout(timer);
    killGroup(child.pid, 'SIGKILL'); // whatever the leader left behind in its group
  };
  return { origin, port, logFile, stop };
}

/** The workbench URL that opens `folder`, optionally with extension-development/test paths (the URL payload). */
export function workbenchUrl(origin, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const authority = new URL(origin).host;
  const params = new URLSearchParams({ folder });
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`]);
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${origin}/?${params}`;
}
