// Runs the extension-host suites (test/e2e/suite) inside code-server's real extension host: the
// workbench reads extensionDevelopmentPath/extensionTestsPath from the page URL, requires the
// compiled suite index, runs it, and reports the result through window.codeAutomationExit.
// Usage: node test/e2e/launch-code-server.mjs [--no-build]
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { assertEditorProvisioned, makeRunDir, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ROOT } from './provision.mjs';
import { run } from './procs.mjs';

const TAG = '[barcamp-e2e] ';
const SUITE_INDEX = join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');
const RUN_TIMEOUT_MS = Number(process.env.E2E_EXT_HOST_TIMEOUT_MS ?? 240_000);

async function build() {
  for (const script of ['esbuild.mjs', 'test/build-tests.mjs']) {
    const result = await run(process.execPath, [script], { cwd: ROOT, echo: true, timeoutMs: 180_000 });
    if (result.code !== 0) throw new Error(`node ${script} failed (exit ${result.code})`);
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) await build();
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run node esbuild.mjs');
  if (!existsSync(SUITE_INDEX)) throw new Error(`${SUITE_INDEX} is missing: run node test/build-tests.mjs`);
  assertEditorProvisioned();

  const { dir, workspace } = makeRunDir('exthost');
  const resultFile = join(dir, 'result.json');
  const forward = process.env.E2E_RESULT_FILE;
  rmSync(resultFile, { force: true });
  // Environment variables reach the extension host only through code-server's own environment.
  const env = { E2E_RESULT_FILE: resultFile, ...(process.env.E2E_GREP ? { E2E_GREP: process.env.E2E_GREP } : {}) };
  const editor = await startCodeServer({ dir, label: 'exthost', env });
  console.log(`code-server ready at ${editor.origin} (log: ${editor.logFile})`);
  const browser = await launchBrowser(dir);
  const { page } = browser;
  try {
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => settle(code));
    page.on('console', (message) => {
      const text = message.text();
      if (text.includes(TAG)) console.log(text.slice(text.indexOf(TAG) + TAG.length));
      else if (process.env.E2E_VERBOSE) console.log(`[browser] ${text}`);
    });
    page.on('pageerror', (error) => console.log(`[browser page error] ${error.message}`));
    const url = workbenchUrl(editor.origin, workspace, { extensionDevelopmentPath: ROOT, extensionTestsPath: SUITE_INDEX });
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS)));
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    const outcome = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
    if (code === 'timeout') {
      console.error(`the extension-host suites did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
    } else if (!outcome) {
      console.error(`the extension host exited with code ${code} without running the suites (see ${editor.logFile})`);
    }
    const result = outcome ?? { passed: 0, failed: 1, failures: [{ title: 'extension-host run', message: `exit ${code}` }] };
    if (code !== 0 && result.failed === 0) {
      result.failed = 1;
      result.failures.push({ title: 'extension-host run', message: `exit code ${code}` });
    }
    if (forward) writeFileSync(forward, JSON.stringify(result));
    console.log(`extension host (code-server): ${result.passed} passing, ${result.failed} failing`);
    return result.failed === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await editor.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`extension-host suites (code-server) could not run: ${error.message}`);
    if (process.env.E2E_RESULT_FILE) {
      const failure = { title: 'extension-host launch', message: error.message };
      writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify({ passed: 0, failed: 1, failures: [failure] }));
    }
    process.exit(1);
  },
);
