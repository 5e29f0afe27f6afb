// Shared helpers of the UI tests: the workbench session with numbered screenshots, and the gestures the tests make in it.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../browser.mjs';
import { ARTIFACTS as ARTIFACTS_ROOT, assertEditorProvisioned, installStubLanguagePack, installVsix, makeRunDir, startCodeServer, workbenchUrl } from '../codeServer.mjs';
import { CACHE, ROOT } from '../provision.mjs';

export const VSIX = process.env.E2E_VSIX ?? join(CACHE, 'barcamp-sessions.vsix');
/** How long one UI expectation may take; the first language-server answer on a cold 2-core machine is the slowest. */
export const WAIT_MS = 45_000;

/** The English text of a manifest string, resolved through package.nls.json. */
export function nls(value) {
  const table = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
  return typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key) => table[key] ?? value) : value;
}

/** The English palette label of a contributed command: "<category>: <title>". */
export function commandLabel(id) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const command = manifest.contributes?.commands?.find((c) => c.command === id);
  assert.ok(command, `package.json contributes no command ${id}`);
  return command.category ? `${nls(command.category)}: ${nls(command.title)}` : nls(command.title);
}

/**
 * One suite's editor: the installed .vsix in a fresh code-server, with the workspace copy of the demo
 * event open in Chromium. Screenshots go to `shotsDir`: NN-<name>.png for every step, and
 * FAILED-NN-<test>.png when a test fails. Options: `locale` (the display language, default 'en') and
 * `settings` (user settings over the quiet ones of codeServer.mjs).
 */
export class Workbench {
  constructor(label, shotsDir, { locale = 'en', settings = {}, vsix = VSIX } = {}) {
    this.vsix = vsix;
    this.label = label;
    this.shotsDir = shotsDir;
    this.locale = locale;
    this.settings = settings;
    this.step = 0;
  }

  /** Starts code-server and Chromium and opens the workbench; `close()` stops whatever of it started. */
  async open() {
    assertEditorProvisioned();
    rmSync(this.shotsDir, { recursive: true, force: true });
    mkdirSync(this.shotsDir, { recursive: true });
    const run = makeRunDir(this.label);
    this.workspace = run.workspace;
    this.runDir = run.dir;
    await installVsix(run.dir, this.vsix);
    if (this.locale !== 'en') await installStubLanguagePack(run.dir, this.locale);
    this.editor = await startCodeServer({ dir: run.dir, label: this.label, locale: this.locale, settings: this.settings });
    this.browser = await launchBrowser(run.dir);
    this.page = this.browser.page;
    await this.page.goto(workbenchUrl(this.editor.origin, this.workspace));
    return this;
  }

  async close() {
    await this.browser?.close();
    await this.editor?.stop();
  }

  async shot(name) {
    await this.page.screenshot({ path: join(this.shotsDir, `${String(++this.step).padStart(2, '0')}-${name}.png`) });
  }

  /**
   * A picture for the README and the marketplace page, taken from the real extension: JPEG of one part
   * of the workbench (`part`, a selector: the side bar, the panel, the editor) in
   * test-artifacts/readme/<name>.jpg, small enough to ship in the .vsix; `npm run readme-images` copies
   * them into media/readme/.
   */
  async readmeShot(name, part) {
    const dir = join(ARTIFACTS_ROOT, 'readme');
    mkdirSync(dir, { recursive: true });
    await this.page
      .locator(part)
      .first()
      .screenshot({ path: join(dir, `${name}.jpg`), type: 'jpeg', quality: 60 });
  }

  /** For afterEach: a screenshot of the moment `test` failed, if it did. */
  async shotIfFailed(test) {
    if (test?.state === 'failed' && this.page) {
      const name = test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await this.page.screenshot({ path: join(this.shotsDir, `FAILED-${String(this.step + 1).padStart(2, '0')}-${name}.png`) }).catch(() => {});
    }
  }
}

/** Waits until a row of `list` with the text `text` is visible. */
export async function row(page, list, text) {
  const locator = page.locator(`${list} .monaco-list-row`).filter({ hasText: text }).first();
  await locator.waitFor({ state: 'visible', timeout: WAIT_MS });
  return locator;
}

/** Runs a command from the palette (F1) by its visible label, as a user would. */
export async function runFromPalette(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT_MS });
  await input.fill(`>${label}`);
  const entry = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
  await entry.waitFor({ state: 'visible', timeout: WAIT_MS });
  await entry.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** The filter box of the view the panel shows (Problems, Output). */
export function panelFilter(page) {
  return page.locator('.part.panel .viewpane-filter input').filter({ visible: true }).first();
}

/**
 * Sets a view's filter box as a user would (types `text`; for '' selects all and presses Delete) and
 * returns once the box holds exactly `text`. Right after a view opens, VS Code re-renders its title bar
 * a few times, and each time moves the filter box into new elements, which takes its focus: a key
 * pressed in that moment goes to the page instead. So the box is set until it holds `text`, usually once.
 */
export async function setFilterText(filter, text) {
  await filter.waitFor({ state: 'visible', timeout: WAIT_MS });
  const deadline = Date.now() + WAIT_MS;
  let value;
  while ((value = await filter.inputValue({ timeout: WAIT_MS })) !== text) {
    assert.ok(Date.now() < deadline, `the filter box still holds "${value}" instead of "${text}"`);
    if (text) {
      await filter.fill(text, { timeout: WAIT_MS });
    } else {
      await filter.selectText({ timeout: WAIT_MS });
      await filter.press('Delete', { timeout: WAIT_MS });
    }
  }
}
