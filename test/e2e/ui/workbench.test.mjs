// UI tests of a documenter's view of the installed .vsix in code-server, driven in Chromium; screenshots in test-artifacts/ui/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../codeServer.mjs';
import { WAIT_MS, Workbench, commandLabel, panelFilter, row, runFromPalette, setFilterText } from './helpers.mjs';

const SHOTS = join(ARTIFACTS, 'ui');

const PROTOCOL = 'e-akte.session.md';
const PLANTED_CODES = ['next-step-without-owner', 'next-step-without-due-date', 'unknown-person'];

/** The frontmatter title and the `## ` sections of a protocol in the workspace copy. */
function outlineOf(path) {
  const text = readFileSync(path, 'utf8');
  const title = /^title:\s*(.+?)\s*$/m.exec(text)?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
  const sections = [...text.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]);
  return { title, sections };
}

describe('The extension in VS Code (code-server + Chromium)', function () {
  this.timeout(120_000);
  const ui = new Workbench('ui', SHOTS);
  let page;
  let workspace;

  before(async function () {
    this.timeout(180_000);
    ({ page, workspace } = await ui.open());
  });

  after(() => ui.close());

  afterEach(function () {
    return ui.shotIfFailed(this.currentTest);
  });

  it('opens the demo event as the workspace', async () => {
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT_MS });
    await row(page, '.explorer-folders-view', 'sessions');
    await row(page, '.explorer-folders-view', 'barcamp.json');
    await ui.shot('demo-event');
  });

  it(`opens the protocol ${PROTOCOL} as a Barcamp Session`, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: WAIT_MS });
    await input.fill(PROTOCOL);
    await (await row(page, '.quick-input-list', PROTOCOL)).click();
    await page.locator('.tabs-container .tab.active').filter({ hasText: PROTOCOL }).waitFor({ timeout: WAIT_MS });
    const { title } = outlineOf(join(workspace, 'sessions', PROTOCOL));
    await page.locator('.editor-instance .view-lines').filter({ hasText: title }).first().waitFor({ timeout: WAIT_MS });
    // The status bar names the language mode of the active editor.
    await page.locator('.statusbar-item').filter({ hasText: 'Barcamp Session' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('protocol');
  });

  // The steps that filter the Problems view empty its filter box again when done: VS Code 1.100 keeps
  // that text where the Output view reads its initial filter from (see the last test).
  it('shows the planted problems of the protocol in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: WAIT_MS });
    // Show only this protocol's problems, so every expected row fits on screen.
    await setFilterText(panelFilter(page), PROTOCOL);
    for (const code of PLANTED_CODES) await row(page, '.markers-panel', code);
    await ui.shot('problems');
    await ui.readmeShot('problems', '.part.panel');
    await setFilterText(panelFilter(page), '');
  });

  it('shows the session and its sections in the Outline view', async () => {
    await runFromPalette(page, 'Explorer: Focus on Outline View');
    // Collapse the folders above it, so the whole outline of the protocol fits on screen.
    const folders = page.locator('.pane-header[aria-expanded="true"]').filter({ hasText: /demo-barcamp/i });
    if (await folders.count()) await folders.first().click();
    const { title, sections } = outlineOf(join(workspace, 'sessions', PROTOCOL));
    await row(page, '.outline-pane', title);
    for (const section of sections) await row(page, '.outline-pane', section);
    await ui.shot('outline');
  });

  it('runs "Barcamp: Restart Language Server" from the command palette', async () => {
    await runFromPalette(page, commandLabel('barcamp.restartServer'));
    // The client confirms in the status bar (for 3 s) once the new server runs …
    await page.locator('.statusbar-item').filter({ hasText: 'Barcamp language server restarted.' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('restart-command');
    // … and the new server publishes the protocol's problems again, once more checked against the
    // event's people in barcamp.json (not just the session's participants). The Problems panel is
    // still shown; filter it to the protocol again.
    await setFilterText(panelFilter(page), PROTOCOL);
    for (const code of PLANTED_CODES) await row(page, '.markers-panel', code);
    await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'unknown-person' }).filter({ hasText: 'barcamp.json' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('problems-after-restart');
    await setFilterText(panelFilter(page), '');
  });

  it('shows the language server log with "Barcamp: Show Language Server Output"', async () => {
    await runFromPalette(page, commandLabel('barcamp.showOutput'));
    await page.waitForFunction(() => [...document.querySelectorAll('.part.panel select')].some((s) => s.selectedOptions[0]?.textContent === 'Barcamp Sessions'), undefined, { timeout: WAIT_MS });
    // The Output view may open with the Problems filter in its filter box: VS Code 1.100 stores both
    // views' state under the same key (the Problems view's) and the Output view reads its initial
    // filter from there when first opened, so it gets whatever the Problems filter held at the last
    // storage flush (every 5 s). Empty it, so the whole log shows.
    await setFilterText(panelFilter(page), '');
    await page.locator('.part.panel .output-view .view-line').filter({ hasText: /\S/ }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('output');
  });
});
