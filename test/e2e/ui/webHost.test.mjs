// The installed .vsix forced into VS Code's web-worker extension host (as on vscode.dev): diagnostics, views, preview and the written documentation.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../codeServer.mjs';
import { ROOT } from '../provision.mjs';
import { WAIT_MS, Workbench, commandLabel, nls, panelFilter, row, runFromPalette, setFilterText } from './helpers.mjs';

const SHOTS = join(ARTIFACTS, 'ui-web');
const { publisher, name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const PROTOCOL = 'e-akte.session.md';
const STEP = 'Checkliste „Datenschutz im Projektstart“ teilen';

/** Node processes running the extension's desktop server (dist/server.js) from this run's folder. */
function desktopServers(runDir) {
  try {
    return execFileSync('pgrep', ['-f', `${join(runDir, 'extensions')}/.*/dist/server\\.js`], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

describe('The extension in the browser: web-worker extension host (code-server + Chromium)', function () {
  this.timeout(120_000);
  // Only the `browser` entry may run: the Node entry is never started, as on vscode.dev and github.dev.
  const ui = new Workbench('ui-web', SHOTS, { settings: { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } } });
  let page;
  let workspace;

  before(async function () {
    this.timeout(180_000);
    ({ page, workspace } = await ui.open());
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT_MS });
  });

  after(() => ui.close());

  afterEach(function () {
    return ui.shotIfFailed(this.currentTest);
  });

  it('shows the diagnostics of a protocol in the Problems panel, from the server in a Web Worker', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: WAIT_MS });
    await input.fill(PROTOCOL);
    await (await row(page, '.quick-input-list', PROTOCOL)).click();
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: WAIT_MS });
    await setFilterText(panelFilter(page), PROTOCOL);
    for (const code of ['next-step-without-owner', 'unknown-person']) await row(page, '.markers-panel', code);
    await ui.shot('problems');
    await setFilterText(panelFilter(page), '');
    assert.equal(desktopServers(ui.runDir), '', 'no Node process of the extension runs: the web entry does the work');
  });

  it('runs in the web worker extension host, as "Developer: Show Running Extensions" reports', async () => {
    await runFromPalette(page, 'Developer: Show Running Extensions');
    const extension = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: 'Barcamp Sessions' }).first();
    await extension.waitFor({ timeout: WAIT_MS });
    assert.match(await extension.innerText(), /web worker/u);
    await runFromPalette(page, 'View: Close All Editors');
  });

  it('shows the outline of the protocol', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(PROTOCOL);
    await (await row(page, '.quick-input-list', PROTOCOL)).click();
    await runFromPalette(page, 'Explorer: Focus on Outline View');
    await row(page, '.outline-pane', 'E-Akte einführen – aber wie?');
    await row(page, '.outline-pane', 'Frontmatter');
    await ui.shot('outline');
  });

  it('shows the Sessions view, and checks off a step in the Next Steps view', async () => {
    const icon = page.locator('.part.activitybar .action-item a.action-label[aria-label^="Barcamp"]').first();
    await icon.click({ timeout: WAIT_MS });
    await row(page, '.part.sidebar', 'E-Akte einführen – aber wie?');
    const step = await row(page, '.part.sidebar', STEP);
    await step.hover();
    await step.locator(`.action-label[aria-label^=${JSON.stringify(nls('%command.nextSteps.check%'))}]`).click({ timeout: WAIT_MS });
    await page.locator('.part.sidebar .monaco-list-row').filter({ hasText: STEP }).filter({ hasText: 'checked off just now' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('checked-off');
  });

  it('creates a new session protocol in a free room', async () => {
    // From the palette, as runFromPalette does, but the command's own quick pick follows at once.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${commandLabel('barcamp.newSession')}`);
    await (await row(page, '.quick-input-list', commandLabel('barcamp.newSession'))).click();
    const input = (placeholder) => page.locator(`.quick-input-widget input[placeholder=${JSON.stringify(placeholder)}]`);
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await input('Day of the session: pick one or type a day number or date').waitFor({ state: 'visible', timeout: WAIT_MS });
    await rows.first().click({ timeout: WAIT_MS });
    await input('Time slot: pick one or type it').waitFor({ state: 'visible', timeout: WAIT_MS });
    await rows.filter({ hasText: '10:30' }).first().click({ timeout: WAIT_MS });
    await input('Room: pick one or type it').waitFor({ state: 'visible', timeout: WAIT_MS });
    await rows.filter({ hasText: 'Trave' }).first().click({ timeout: WAIT_MS });
    await page.locator('.quick-input-widget').filter({ hasText: 'Topic of the session' }).waitFor({ state: 'visible', timeout: WAIT_MS });
    const topic = page.locator('.quick-input-widget input').filter({ visible: true }).first();
    await topic.fill('Barrierefreie Formulare im Browser');
    await topic.press('Enter');
    await page.locator('.editor-instance .view-lines').filter({ hasText: 'title: Barrierefreie Formulare im Browser' }).first().waitFor({ timeout: WAIT_MS });
    await page.locator('.editor-instance .view-lines').filter({ hasText: 'room: Trave' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('new-session');
    await runFromPalette(page, 'View: Close All Editors');
  });

  it('previews the event documentation', async () => {
    await runFromPalette(page, commandLabel('barcamp.previewEvent'));
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('#sessions-h').waitFor({ timeout: WAIT_MS });
    await ui.shot('preview');
  });

  it('aggregates: the documentation, Word included, is written back into the workspace', async () => {
    await runFromPalette(page, commandLabel('barcamp.aggregate'));
    await page.locator('.notification-toast').filter({ hasText: 'is ready' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('aggregated');
    for (const file of ['event-documentation.md', 'event-documentation.html', 'event-documentation.docx', 'next-steps.csv']) {
      assert.ok(existsSync(join(workspace, 'dokumentation', file)), `${file} was written`);
    }
    assert.ok(existsSync(join(workspace, 'dokumentation-intern', 'organizer-report.md')), "the organizers' report beside it");
    const docx = readFileSync(join(workspace, 'dokumentation', 'event-documentation.docx'));
    assert.equal(docx.subarray(0, 2).toString('latin1'), 'PK', 'the Word file is a zip package');
  });
});
