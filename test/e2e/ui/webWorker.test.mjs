// The browser build of the language server on its own: dist/web/server.js as a Web Worker in Chromium, diagnostics over postMessage.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launchBrowser } from '../browser.mjs';
import { assertEditorProvisioned, makeRunDir } from '../codeServer.mjs';
import { ROOT } from '../provision.mjs';
import { WAIT_MS } from './helpers.mjs';

const WORKER = join(ROOT, 'dist', 'web', 'server.js');
const PROTOCOL = '---\nraum: Weser\n---\n# Offene Daten\n\n## Teilnehmende\n\n- Anna\n\n## Ergebnisse\n\n## Nächste Schritte\n\n- [ ] Portal anfragen\n';

/**
 * The page's script: starts the worker and speaks LSP with it as the editor's client would (requests
 * from the server get an empty answer), and keeps every published diagnostic in `window.published`.
 */
const PAGE = `<!doctype html><meta charset="utf-8"><title>worker</title><script>
const worker = new Worker('/server.js');
window.published = [];
window.errors = [];
let id = 0;
const pending = new Map();
window.request = (method, params) => new Promise((resolve) => { pending.set(++id, resolve); worker.postMessage({ jsonrpc: '2.0', id, method, params }); });
window.notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
worker.onerror = (event) => window.errors.push(String(event.message));
worker.onmessage = ({ data }) => {
  if (data.method === 'textDocument/publishDiagnostics') window.published.push(data.params);
  else if (data.method && data.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: data.id, result: null });
  else if (data.id !== undefined && pending.has(data.id)) pending.get(data.id)(data.result ?? data.error);
};
</script>`;

describe('The language server as a Web Worker (Chromium, dist/web/server.js)', function () {
  this.timeout(120_000);
  let http;
  let browser;
  let page;

  before(async function () {
    assertEditorProvisioned();
    const script = readFileSync(WORKER);
    http = createServer((request, response) => {
      const isWorker = request.url === '/server.js';
      response.writeHead(200, { 'content-type': isWorker ? 'text/javascript' : 'text/html' });
      response.end(isWorker ? script : PAGE);
    });
    await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
    browser = await launchBrowser(makeRunDir('web-worker').dir);
    page = browser.page;
    await page.goto(`http://127.0.0.1:${http.address().port}/`);
  });

  after(async () => {
    await browser?.close();
    http?.close();
  });

  it('answers initialize and publishes the diagnostics of an opened protocol', async () => {
    const initialized = await page.evaluate(() => window.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'de' } }));
    assert.ok(initialized.capabilities.documentSymbolProvider, 'the worker answers with its capabilities');
    await page.evaluate((text) => {
      window.notify('initialized', {});
      window.notify('textDocument/didOpen', { textDocument: { uri: 'memory:/offene-daten.session.md', languageId: 'barcamp-session', version: 1, text } });
    }, PROTOCOL);
    await page.waitForFunction(() => window.published.some((p) => p.uri === 'memory:/offene-daten.session.md'), null, { timeout: WAIT_MS });
    const { diagnostics } = await page.evaluate(() => window.published.find((p) => p.uri === 'memory:/offene-daten.session.md'));
    const codes = diagnostics.map((d) => d.code);
    assert.ok(codes.includes('missing-findings'), `expected missing-findings among ${codes.join(', ')}`);
    assert.match(diagnostics.find((d) => d.code === 'missing-findings').message, /Ergebnisse/u, 'German messages, as the locale asks');
    assert.deepEqual(await page.evaluate(() => window.errors), []);
  });

  it('answers a request with the document outline', async () => {
    const symbols = await page.evaluate(() => window.request('textDocument/documentSymbol', { textDocument: { uri: 'memory:/offene-daten.session.md' } }));
    assert.ok(Array.isArray(symbols) && symbols.some((s) => s.name.includes('Offene Daten')), JSON.stringify(symbols));
  });
});
