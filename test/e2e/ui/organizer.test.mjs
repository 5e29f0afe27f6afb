// UI tests of the organizer's surface on the installed .vsix: the Barcamp sidebar, the preview, aggregating from the explorer.
// Screenshots go to test-artifacts/ui-organizer/NN-<step>.png (a folder of their own: workbench.test.mjs clears ui/);
// a failing step also saves FAILED-NN-<test>.png.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../browser.mjs';
import { ARTIFACTS, assertEditorProvisioned, installVsix, makeRunDir, startCodeServer, workbenchUrl } from '../codeServer.mjs';
import { CACHE, ROOT } from '../provision.mjs';

const VSIX = process.env.E2E_VSIX ?? join(CACHE, 'barcamp-sessions.vsix');
const SHOTS = join(ARTIFACTS, 'ui-organizer');
const WAIT_MS = 45_000;
const EVENT_NAME = 'Barcamp Digitale Verwaltung Nord 2017';

/** The English text of a manifest string, resolved through package.nls.json. */
function nls(value) {
  const table = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
  return typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key) => table[key] ?? value) : value;
}

/** The palette label of a contributed command: "<category>: <title>". */
function commandLabel(id) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const command = manifest.contributes?.commands?.find((c) => c.command === id);
  assert.ok(command, `package.json contributes no command ${id}`);
  return command.category ? `${nls(command.category)}: ${nls(command.title)}` : nls(command.title);
}

describe('The organizer in VS Code (code-server + Chromium)', function () {
  this.timeout(120_000);
  let editor;
  let browser;
  let page;
  let workspace;
  let step = 0;

  async function shot(name) {
    await page.screenshot({ path: join(SHOTS, `${String(++step).padStart(2, '0')}-${name}.png`) });
  }

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

  /** Drags the sash right of the side bar, so that the screenshots show whole session titles. */
  async function widenSidebar() {
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    const x = sidebar.x + sidebar.width;
    const y = sidebar.y + sidebar.height / 2;
    await page.mouse.move(x - 1, y);
    await page.mouse.down();
    await page.mouse.move(x + 220, y, { steps: 8 });
    await page.mouse.up();
    await page.mouse.move(x + 700, y); // away from the sash, which highlights under the mouse
  }

  before(async function () {
    this.timeout(180_000);
    assertEditorProvisioned();
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const run = makeRunDir('ui-organizer');
    workspace = run.workspace;
    await installVsix(run.dir, VSIX);
    editor = await startCodeServer({ dir: run.dir, label: 'ui-organizer' });
    browser = await launchBrowser(run.dir);
    page = browser.page;
    await page.goto(workbenchUrl(editor.origin, workspace));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT_MS });
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

  it('shows the Sessions and Next Steps views in the Barcamp sidebar, with states and the status bar', async () => {
    const icon = page.locator('.part.activitybar .action-item a.action-label[aria-label^="Barcamp"]').first();
    await icon.waitFor({ state: 'visible', timeout: WAIT_MS });
    await icon.click();
    const sessions = page.locator('.part.sidebar .monaco-list-row');
    await sessions.filter({ hasText: EVENT_NAME }).first().waitFor({ timeout: WAIT_MS });
    await sessions.filter({ hasText: 'E-Akte einführen – aber wie?' }).first().waitFor({ timeout: WAIT_MS });
    // The state icons of planted problems (see diagnostics.test.ts): an error, a warning, a complete protocol.
    await sessions.filter({ hasText: 'Fachkräftemangel' }).locator('.codicon-error').first().waitFor({ timeout: WAIT_MS });
    await sessions.filter({ hasText: 'E-Akte einführen' }).locator('.codicon-warning').first().waitFor({ timeout: WAIT_MS });
    await sessions.filter({ hasText: 'Datenschutz als Bremse?' }).locator('.codicon-pass').first().waitFor({ timeout: WAIT_MS });
    // The Next Steps view, grouped by owner.
    await sessions.filter({ hasText: 'Anna Schmidt' }).first().waitFor({ timeout: WAIT_MS });
    await widenSidebar();
    await page.locator('.statusbar-item').filter({ hasText: '5/11' }).first().waitFor({ timeout: WAIT_MS });
    await shot('sessions-view');
  });

  it('opens the preview of the event documentation beside the editor', async () => {
    await runFromPalette(commandLabel('barcamp.previewEvent'));
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('h1').filter({ hasText: EVENT_NAME }).waitFor({ timeout: WAIT_MS });
    await frame.locator('#sessions-h').waitFor({ timeout: WAIT_MS });
    await shot('preview');
  });

  it('aggregates from the explorer context menu of the event folder and offers to open the result', async () => {
    await runFromPalette('View: Show Explorer');
    const view = page.locator('.explorer-folders-view');
    await view.locator('.monaco-list-row').filter({ hasText: 'sessions' }).first().waitFor({ timeout: WAIT_MS });
    // Below the last row is the workspace folder itself: the event folder with barcamp.json.
    const box = await view.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 10, { button: 'right' });
    const item = page.locator('.context-view .action-item').filter({ hasText: nls('%command.aggregate%') }).first();
    await item.waitFor({ state: 'visible', timeout: WAIT_MS });
    await shot('explorer-menu');
    await item.click();
    const notice = page.locator('.notification-toast').filter({ hasText: 'is ready' }).first();
    await notice.waitFor({ timeout: WAIT_MS });
    await page.locator('.notification-toast').filter({ hasText: 'Aggregating' }).waitFor({ state: 'detached', timeout: WAIT_MS });
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'dokumentation' }).first().waitFor({ timeout: WAIT_MS });
    await notice.locator('.monaco-button').filter({ hasText: 'Open Markdown' }).first().waitFor({ timeout: WAIT_MS });
    await shot('aggregated');
    assert.ok(existsSync(join(workspace, 'dokumentation', 'event-documentation.md')));
    assert.ok(existsSync(join(workspace, 'dokumentation', 'event-documentation.html')));
  });
});
