// Compiles every TypeScript test file to out/ (one CommonJS bundle each) so mocha and the extension host can load it.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dependencyPatches } from '../esbuild.patches.mjs';

/** Lists files under `dir` whose names end with `.ts`, skipping fixtures and type declarations. */
function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `node test/build-tests.mjs [file.ts …]` with TEST_OUT=<dir>: only those files, into a folder of one's own
// (so two people compiling at once do not wipe each other's out/).
const out = process.env.TEST_OUT ?? 'out';
const only = process.argv.slice(2);
rmSync(out, { recursive: true, force: true });
await esbuild.build({
  entryPoints: only.length > 0 ? only : tsFiles('test'),
  outdir: join(out, 'test'),
  outbase: 'test',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
  logLevel: 'warning',
  plugins: dependencyPatches,
});
