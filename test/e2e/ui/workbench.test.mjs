// UI tests: a documenter's view of the installed .vsix in code-server, driven in Chromium.
// Every step saves a screenshot to test-artifacts/ui/; a failing step also saves FAILED-<step>.png.
// Run by test/run-all.mjs, or: node test/e2e/launch-ui.mjs
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../browser.mjs';
import { ARTIFACTS, assertEditorProvisioned, installVsix, makeRunDir, startCodeServer, workbenchUrl } from '../codeServer.mjs';
import { CACHE, ROOT } from '../provision.mjs';

const VSIX = process.env.E2E_VSIX ?? join(CACHE, 'barcamp-sessions.vsix');
const SHOTS = join(ARTIFACTS, 'ui');
/** How long one UI expectation may take; the first language-server answer on a cold 2-core machine is the slowest. */
const WAIT_MS = 45_000;

const PROTOCOL = 'e-akte.session.md';
const PLANTED_CODES = ['next-step-without-owner', 'next-step-without-due-date', 'unknown-person'];

/** The English palette label of a contributed command: "<category>: <title>", resolved through package.nls.json. */
function commandLabel(id) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
  const resolve = (value) => (typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key) => nls[key] ?? value) : value);
  const command = manifest.contributes?.commands?.find((c) => c.command === id);
  assert.ok(command, `package.json contributes no command ${id}`);
  const title = resolve(command.title);
  return command.category ? `${resolve(command.category)}: ${title}` : title;
}

/** The frontmatter title and the `## ` sections of a protocol in the workspace copy. */
function outlineOf(path) {
  const text = readFileSync(path, 'utf8');
  const title = /^title:\s*(.+?)\s*$/m.exec(text)?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
  const sections = [...text.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]);
  return { title, sections };
}

describe('The extension in VS Code (code-server + Chromium)', function () {
  this.timeout(120_000);
  let editor;
  let browser;
  let page;
  let workspace;
  let step = 0;

  async function shot(name) {
    await page.screenshot({ path: join(SHOTS, `${String(++step).padStart(2, '0')}-${name}.png`) });
  }

  /** Waits until a row of `list` with the text `text` is visible. */
  async function row(list, text) {
    const locator = page.locator(`${list} .monaco-list-row`).filter({ hasText: text }).first();
    await locator.waitFor({ state: 'visible', timeout: WAIT_MS });
    return locator;
  }

  /** Runs a command from the palette (F1) by its visible label, as a user would. */
  async function runFromPalette(label) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: WAIT_MS });
    await input.fill(`>${label}`);
    const entry = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
    await entry.waitFor({ state: 'visible', timeout: WAIT_MS });
    await entry.click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  before(async function () {
    this.timeout(180_000);
    assertEditorProvisioned();
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const run = makeRunDir('ui');
    workspace = run.workspace;
    await installVsix(run.dir, VSIX);
    editor = await startCodeServer({ dir: run.dir, label: 'ui' });
    browser = await launchBrowser(run.dir);
    page = browser.page;
    await page.goto(workbenchUrl(editor.origin, workspace));
  });

  after(async () => {
    await browser?.close();
    await editor?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: join(SHOTS, `FAILED-${String(step + 1).padStart(2, '0')}-${name}.png`) }).catch(() => {});
    }
  });

  it('opens the demo event as the workspace', async () => {
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT_MS });
    await row('.explorer-folders-view', 'sessions');
    await row('.explorer-folders-view', 'barcamp.json');
    await shot('demo-event');
  });

  it(`opens the protocol ${PROTOCOL} as a Barcamp Session`, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: WAIT_MS });
    await input.fill(PROTOCOL);
    await (await row('.quick-input-list', PROTOCOL)).click();
    await page.locator('.tabs-container .tab.active').filter({ hasText: PROTOCOL }).waitFor({ timeout: WAIT_MS });
    const { title } = outlineOf(join(workspace, 'sessions', PROTOCOL));
    await page.locator('.editor-instance .view-lines').filter({ hasText: title }).first().waitFor({ timeout: WAIT_MS });
    // The status bar names the language mode of the active editor.
    await page.locator('.statusbar-item').filter({ hasText: 'Barcamp Session' }).first().waitFor({ timeout: WAIT_MS });
    await shot('protocol');
  });

  it('shows the planted problems of the protocol in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: WAIT_MS });
    // Show only this protocol's problems, so every expected row fits on screen.
    const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
    await filter.fill(PROTOCOL);
    for (const code of PLANTED_CODES) await row('.markers-panel', code);
    await shot('problems');
  });

  it('shows the session and its sections in the Outline view', async () => {
    await runFromPalette('Explorer: Focus on Outline View');
    // Collapse the folders above it, so the whole outline of the protocol fits on screen.
    const folders = page.locator('.pane-header[aria-expanded="true"]').filter({ hasText: /demo-barcamp/i });
    if (await folders.count()) await folders.first().click();
    const { title, sections } = outlineOf(join(workspace, 'sessions', PROTOCOL));
    await row('.outline-pane', title);
    for (const section of sections) await row('.outline-pane', section);
    await shot('outline');
  });

  it('runs "Barcamp: Restart Language Server" from the command palette', async () => {
    await runFromPalette(commandLabel('barcamp.restartServer'));
    // The client confirms in the status bar (for 3 s) once the new server runs …
    await page.locator('.statusbar-item').filter({ hasText: 'Barcamp language server restarted.' }).first().waitFor({ timeout: WAIT_MS });
    await shot('restart-command');
    // … and the new server publishes the protocol's problems again, once more checked against the
    // event's people in barcamp.json (not just the session's participants).
    for (const code of PLANTED_CODES) await row('.markers-panel', code);
    await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'unknown-person' }).filter({ hasText: 'barcamp.json' }).first().waitFor({ timeout: WAIT_MS });
    await shot('problems-after-restart');
  });

  it('shows the language server log with "Barcamp: Show Language Server Output"', async () => {
    await runFromPalette(commandLabel('barcamp.showOutput'));
    await page.waitForFunction(
      () => [...document.querySelectorAll('.part.panel select')].some((s) => s.selectedOptions[0]?.textContent === 'Barcamp Sessions'),
      undefined,
      { timeout: WAIT_MS },
    );
    // The panel's filter box still holds the Problems filter; clear it so the whole log shows. Wait for
    // the Output view's own filter box first: it appears only once the view has rendered.
    const filter = page.locator('.part.panel .viewpane-filter input').filter({ visible: true }).first();
    await filter.waitFor({ timeout: WAIT_MS });
    await filter.fill('');
    await page.locator('.part.panel .output-view .view-line').filter({ hasText: /\S/ }).first().waitFor({ timeout: WAIT_MS });
    await shot('output');
  });
});
