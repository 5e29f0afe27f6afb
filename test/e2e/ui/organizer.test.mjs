// UI tests of the organizer's surface on the installed .vsix (Barcamp sidebar, previews, aggregating); screenshots in test-artifacts/ui-organizer/.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../codeServer.mjs';
import { WAIT_MS, Workbench, commandLabel, nls, row, runFromPalette } from './helpers.mjs';

// A folder of their own: workbench.test.mjs clears ui/.
const SHOTS = join(ARTIFACTS, 'ui-organizer');
const EVENT_NAME = 'Barcamp Digitale Verwaltung Nord 2017';

describe('The organizer in VS Code (code-server + Chromium)', function () {
  this.timeout(120_000);
  const ui = new Workbench('ui-organizer', SHOTS);
  let page;
  let workspace;

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
    ({ page, workspace } = await ui.open());
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: WAIT_MS });
  });

  after(() => ui.close());

  afterEach(function () {
    return ui.shotIfFailed(this.currentTest);
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
    // The review status beside the room (frontmatter `status`), in rows of day 1, which are rendered without scrolling.
    await sessions.filter({ hasText: 'E-Akte einführen' }).filter({ hasText: 'Weser · approved' }).first().waitFor({ timeout: WAIT_MS });
    await sessions.filter({ hasText: 'Bürgerbeteiligung digital' }).filter({ hasText: 'Weser · reviewed' }).first().waitFor({ timeout: WAIT_MS });
    // The Next Steps view, grouped by owner.
    await sessions.filter({ hasText: 'Anna Schmidt' }).first().waitFor({ timeout: WAIT_MS });
    await widenSidebar();
    await page.locator('.statusbar-item').filter({ hasText: '7 of 14 protocols complete' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('sessions-view');
    await ui.readmeShot('sessions-view', '.part.sidebar');
  });

  it('opens the preview of the event documentation beside the editor', async () => {
    await runFromPalette(page, commandLabel('barcamp.previewEvent'));
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('h1').filter({ hasText: EVENT_NAME }).waitFor({ timeout: WAIT_MS });
    await frame.locator('#sessions-h').waitFor({ timeout: WAIT_MS });
    await page
      .locator('.tab')
      .filter({ hasText: `Preview: Documentation – ${EVENT_NAME}` })
      .first()
      .waitFor({ timeout: WAIT_MS });
    await ui.shot('preview');
    await ui.readmeShot('preview', '.part.editor');
  });

  it("switches the preview to the organizers' report with the editor title button, and back", async () => {
    const button = (key) => page.locator(`.editor-actions .action-label[aria-label^="${nls(key)}"]`).first();
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await button('%command.preview.showOrganizerReport%').click({ timeout: WAIT_MS });
    await frame
      .locator('h1')
      .filter({ hasText: `${EVENT_NAME} – Bericht für das Orga-Team` })
      .waitFor({ timeout: WAIT_MS });
    await page
      .locator('.tab')
      .filter({ hasText: `Preview: Report for the Organizers – ${EVENT_NAME}` })
      .first()
      .waitFor({ timeout: WAIT_MS });
    await ui.shot('preview-organizer-report');
    // The button now leads back to the public documentation.
    await button('%command.preview.showPublic%').click({ timeout: WAIT_MS });
    await page
      .locator('.tab')
      .filter({ hasText: `Preview: Documentation – ${EVENT_NAME}` })
      .first()
      .waitFor({ timeout: WAIT_MS });
    // The tab's title changes at once; the document when the server has rendered it.
    await frame.locator('h1').filter({ hasText: EVENT_NAME, hasNotText: 'Bericht für das Orga-Team' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await frame.locator('h1').filter({ hasText: 'Bericht für das Orga-Team' }).count(), 0);
    await button('%command.preview.showOrganizerReport%').waitFor({ timeout: WAIT_MS });
  });

  it('aggregates from the explorer context menu of the event folder and offers to open the result', async () => {
    await runFromPalette(page, 'View: Show Explorer');
    const view = page.locator('.explorer-folders-view');
    await view.locator('.monaco-list-row').filter({ hasText: 'sessions' }).first().waitFor({ timeout: WAIT_MS });
    // Below the last row is the workspace folder itself: the event folder with barcamp.json.
    const box = await view.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 10, { button: 'right' });
    const item = page
      .locator('.context-view .action-item')
      .filter({ hasText: nls('%command.aggregate%') })
      .first();
    await item.waitFor({ state: 'visible', timeout: WAIT_MS });
    await ui.shot('explorer-menu');
    await item.click();
    const notice = page.locator('.notification-toast').filter({ hasText: 'is ready' }).first();
    await notice.waitFor({ timeout: WAIT_MS });
    await page.locator('.notification-toast').filter({ hasText: 'Aggregating' }).waitFor({ state: 'detached', timeout: WAIT_MS });
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'dokumentation' }).first().waitFor({ timeout: WAIT_MS });
    await notice.locator('.monaco-button').filter({ hasText: 'Open Markdown' }).first().waitFor({ timeout: WAIT_MS });
    await ui.shot('aggregated');
    assert.ok(existsSync(join(workspace, 'dokumentation', 'event-documentation.md')));
    assert.ok(existsSync(join(workspace, 'dokumentation', 'event-documentation.html')));
  });

  it('previews a protocol with Ctrl+Shift+V in its editor, and with the editor title button', async () => {
    const topic = 'E-Akte einführen – aber wie?';
    const tab = page.locator('.tab').filter({ hasText: `Preview: ${topic}` });
    await runFromPalette(page, 'View: Close All Editors');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('e-akte.session.md');
    await (await row(page, '.quick-input-list', 'e-akte.session.md')).click();
    await page.locator('.tabs-container .tab.active').filter({ hasText: 'e-akte.session.md' }).waitFor({ timeout: WAIT_MS });
    await page.locator('.editor-instance .view-lines').filter({ hasText: topic }).first().click();
    await page.keyboard.press('Control+Shift+V');
    await tab.first().waitFor({ timeout: WAIT_MS });
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('article.session h3').filter({ hasText: topic }).waitFor({ timeout: WAIT_MS });
    await frame.locator('h1').filter({ hasText: EVENT_NAME }).waitFor({ timeout: WAIT_MS });
    await ui.shot('protocol-preview');
    // Closed, and opened again beside the protocol from the button in its editor title.
    await page.keyboard.press('Control+W');
    await tab.first().waitFor({ state: 'detached', timeout: WAIT_MS });
    await page
      .locator('.editor-actions .action-label[aria-label^="' + nls('%command.previewSession%') + '"]')
      .first()
      .click({ timeout: WAIT_MS });
    await tab.first().waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('.editor-group-container').count(), 2, 'beside the protocol');
  });
});
