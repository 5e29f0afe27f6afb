// Debian's Chromium driven by playwright-core (never `playwright install`), with a fresh profile.
// We start Chromium ourselves, in a process group of our own that test/run-all.mjs knows about, and
// attach Playwright over CDP: so even a hard-killed test process leaves no browser behind.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { killGroup, spawnGroup } from './procs.mjs';
import { CHROMIUM } from './provision.mjs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-crash-reporter',
  '--disable-breakpad',
  '--lang=en-US',
  '--window-size=1440,900',
  '--remote-debugging-address=127.0.0.1',
  '--remote-debugging-port=0',
];

/** Resolves the DevTools WebSocket URL Chromium prints on stderr once it listens. */
function devToolsEndpoint(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) done(() => resolve(match[1]));
    };
    const onExit = (code, signal) => fail(new Error(`Chromium exited during start-up (${code ?? signal}):\n${output.slice(-2000)}`));
    const fail = (error) => done(() => reject(error));
    function done(settle) {
      clearTimeout(timer);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      child.stderr.resume(); // keep draining later output
      settle();
    }
    child.stderr.on('data', onData);
    child.on('exit', onExit);
  });
}

/**
 * Launches headless Chromium with its profile inside the run folder and connects Playwright.
 * Returns `{ page, close }`; close() disconnects and stops the browser's whole process group.
 */
export async function launchBrowser(dir, { timeoutMs = 60_000 } = {}) {
  const profileDir = join(dir, 'chromium-profile');
  mkdirSync(profileDir, { recursive: true });
  const child = spawnGroup(CHROMIUM, [...ARGS, `--user-data-dir=${profileDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let exited = false;
  const gone = new Promise((resolve) => child.once('exit', () => resolve((exited = true))));
  const endpoint = await devToolsEndpoint(child, timeoutMs);
  const browser = await chromium.connectOverCDP(endpoint, { timeout: timeoutMs });
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1440, height: 900 });
  const close = async () => {
    await browser.close().catch(() => {});
    if (!exited) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
    killGroup(child.pid, 'SIGKILL'); // helpers (zygote, GPU, network) share the group
  };
  return { page, close };
}
