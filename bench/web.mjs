// The packages and the browser: bundle and package sizes (production build), first diagnostics of the server in a Web Worker, activation in the real editor.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { median } from './measure.mjs';

const BUNDLES = ['dist/extension.js', 'dist/server.js', 'dist/web/extension.js', 'dist/web/server.js', 'dist/cli.js'];
const DEMO_PROTOCOL = 'examples/demo-barcamp/sessions/e-akte.session.md';

/**
 * Packs the .vsix (its prepublish step makes the production build) and the npm package, and reports
 * every bundle's size as shipped: bytes, and deflated as the zip of the .vsix holds it.
 */
export async function packagesAndBrowser(root, runs) {
  const out = mkdtempSync(join(tmpdir(), 'barcamp-bench-pack-'));
  try {
    const vsix = join(out, 'barcamp-sessions.vsix');
    const vsce = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', vsix],
      { cwd: root, encoding: 'utf8' },
    );
    if (vsce.status !== 0) throw new Error(`vsce package failed: ${vsce.stderr}`);
    const npm = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8' });
    if (npm.status !== 0) throw new Error(`npm pack failed: ${npm.stderr}`);
    const [packed] = JSON.parse(npm.stdout);
    const bundles = BUNDLES.map((file) => {
      const bytes = readFileSync(join(root, file));
      return { file, kb: bytes.length / 1024, deflatedKb: deflateRawSync(bytes, { level: 9 }).length / 1024 };
    });
    const sizes = { vsixKb: statSync(vsix).size / 1024, npmPackageKb: packed.size / 1024, npmPackageFiles: packed.entryCount, bundles };
    return { ...sizes, workerFirstDiagnostics: await workerFirstDiagnostics(root, runs), activation: await editorActivation(vsix) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The extension's activation in the real editor (code-server + Chromium, the .vsix installed), as VS Code
 * reports it in "Developer: Show Running Extensions": in the Node extension host and in the web worker
 * extension host (as on vscode.dev). Activation includes starting the language server.
 */
async function editorActivation(vsix) {
  const { Workbench, WAIT_MS, runFromPalette } = await import('../test/e2e/ui/helpers.mjs');
  const { publisher, name } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const hosts = { node: {}, webWorker: { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } } };
  const result = {};
  for (const [host, settings] of Object.entries(hosts)) {
    const ui = new Workbench(`bench-${host}`, join(tmpdir(), `barcamp-bench-${host}`), { settings, vsix });
    try {
      await ui.open();
      const { page } = ui;
      await page.locator('.monaco-workbench').waitFor({ timeout: WAIT_MS });
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill('e-akte.session.md');
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item').filter({ hasText: 'protocols complete' }).first().waitFor({ timeout: WAIT_MS });
      await runFromPalette(page, 'Developer: Show Running Extensions');
      const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: 'Barcamp' }).first();
      await row.waitFor({ timeout: WAIT_MS });
      const text = await row.innerText();
      result[host] = { activationMs: Number(/Activation: (\d+)ms/u.exec(text)?.[1]), reported: text.replace(/\s+/gu, ' ').trim() };
    } catch (error) {
      result[host] = { skipped: String(error.message ?? error).split('\n')[0] };
    } finally {
      await ui.close();
    }
  }
  return result;
}

/** Starts dist/web/server.js as a Web Worker in Chromium `runs` times: milliseconds from `new Worker` to the first diagnostics of a protocol. */
async function workerFirstDiagnostics(root, runs) {
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'no Chromium at /usr/bin/chromium (npm test provisions it)' };
  const { chromium } = await import('playwright-core');
  const script = readFileSync(join(root, 'dist/web/server.js'));
  const text = readFileSync(join(root, DEMO_PROTOCOL), 'utf8');
  const http = createServer((request, response) => {
    response.writeHead(200, { 'content-type': request.url === '/server.js' ? 'text/javascript' : 'text/html' });
    response.end(request.url === '/server.js' ? script : '<!doctype html><title>bench</title>');
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${http.address().port}/`);
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await page.evaluate(firstDiagnosticsInPage, text));
    return { runs: times, medianMs: median(times) };
  } finally {
    await browser.close();
    http.close();
  }
}

/** Runs in the page: a worker, initialize, open the protocol, resolve with the milliseconds until its diagnostics arrive. */
function firstDiagnosticsInPage(text) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const worker = new Worker('/server.js');
    const send = (message) => worker.postMessage({ jsonrpc: '2.0', ...message });
    worker.onerror = (event) => reject(new Error(event.message));
    worker.onmessage = ({ data }) => {
      if (data.id === 1 && !data.method) {
        send({ method: 'initialized', params: {} });
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'memory:/e-akte.session.md', languageId: 'barcamp-session', version: 1, text } } });
      } else if (data.method === 'textDocument/publishDiagnostics' && data.params.uri === 'memory:/e-akte.session.md') {
        resolve(performance.now() - started);
        worker.terminate();
      } else if (data.method && data.id !== undefined) {
        send({ id: data.id, result: null });
      }
    };
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });
}
