// Runs the same extension-host suites (test/e2e/suite) in desktop VS Code via @vscode/test-electron,
// for machines that can download VS Code (it is cached in .vscode-test/). Not part of `npm test`.
// Usage: npm run test:electron   (on Linux without a display: xvfb-run -a npm run test:electron)
// Env: E2E_VSCODE_VERSION (default 1.100.3, the VS Code inside the pinned code-server; "stable" works too),
//      E2E_GREP (run only tests whose title matches).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { makeRunDir } from './codeServer.mjs';
import { run } from './procs.mjs';
import { ROOT } from './provision.mjs';

const SUITE_INDEX = join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');
const VERSION = process.env.E2E_VSCODE_VERSION ?? '1.100.3';

async function main() {
  // `npm run test:electron` builds dist/; the suites are compiled here.
  const compiled = await run(process.execPath, ['test/build-tests.mjs'], { cwd: ROOT, echo: true, timeoutMs: 120_000 });
  if (compiled.code !== 0) throw new Error('node test/build-tests.mjs failed');
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');

  const { dir, workspace } = makeRunDir('electron');
  const resultFile = join(dir, 'result.json');
  const launchArgs = [
    workspace,
    '--disable-extensions', // only the extension under development
    '--user-data-dir',
    join(dir, 'user-data'),
    '--extensions-dir',
    join(dir, 'extensions'),
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-workspace-trust',
    '--locale',
    'en',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Electron refuses to run as root with its sandbox
  ];
  let exitCode;
  try {
    exitCode = await runTests({
      version: VERSION,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_INDEX,
      launchArgs,
      extensionTestsEnv: { E2E_RESULT_FILE: resultFile, ...(process.env.E2E_GREP ? { E2E_GREP: process.env.E2E_GREP } : {}) },
    });
  } catch (error) {
    if (!existsSync(resultFile)) {
      throw new Error(
        `VS Code ${VERSION} could not be downloaded or started (${error?.message ?? error}).\n` +
          'This launcher needs access to update.code.visualstudio.com (and a display, e.g. xvfb-run -a, on Linux). ' +
          'Without internet, run the same suites in code-server: node test/e2e/launch-code-server.mjs (part of npm test).',
      );
    }
    exitCode = 1;
  }
  const outcome = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
  if (outcome) console.log(`extension host (VS Code ${VERSION}, electron): ${outcome.passed} passing, ${outcome.failed} failing`);
  return exitCode === 0 && outcome && outcome.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:electron failed: ${error.message}`);
    process.exit(1);
  },
);
