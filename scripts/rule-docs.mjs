// `node scripts/rule-docs.mjs`: writes docs/rules/<code>.md (and its index) from the core's rule tables; test/core/ruleDocs.test.ts fails when they drift.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FOLDER = 'docs/rules';

/** The pages come from TypeScript (server/src/core/diagnostics/ruleDocs.ts): bundled to a temporary CommonJS file and loaded. */
async function loadPages() {
  const temp = mkdtempSync(join(tmpdir(), 'barcamp-rule-docs-'));
  try {
    const outfile = join(temp, 'ruleDocs.cjs');
    await esbuild.build({
      stdin: { contents: "export { ruleDocPages } from './server/src/core/diagnostics';", resolveDir: process.cwd(), loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile).ruleDocPages();
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const pages = await loadPages();
mkdirSync(FOLDER, { recursive: true });
// A page of a code that no longer exists goes, so the folder holds exactly the current checks.
const current = new Set(pages.map((p) => p.fileName));
for (const name of readdirSync(FOLDER)) if (name.endsWith('.md') && !current.has(name)) rmSync(join(FOLDER, name));
for (const { fileName, text } of pages) writeFileSync(join(FOLDER, fileName), text);
console.log(`${pages.length} pages in ${FOLDER}/`);
