// Bundles the client and the language server for the desktop (Node) and the browser (Web Worker), and the CLI: one esbuild context per bundle.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { dependencyPatches } from './esbuild.patches.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Prints the lines VS Code's esbuild problem matcher waits for. */
const watchLogger = {
  name: 'watch-logger',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { BARCAMP_VERSION: JSON.stringify(version) },
  plugins: watch ? [...dependencyPatches, watchLogger] : dependencyPatches,
};

/** The browser: the web extension host loads the extension as CommonJS; the server is a classic Web Worker script. */
const browser = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  // fdir (under tinyglobby) calls createRequire(import.meta.url) in its ES module; import.meta is empty in a CommonJS bundle, so the bundle's own URL stands in.
  {
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: "#!/usr/bin/env node\nvar __cliFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__cliFileUrl' },
  },
  { ...browser, entryPoints: ['client/src/webExtension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  // `worker`: packages with a DOM build (decode-named-character-reference) give the one without `document`.
  { ...browser, format: 'iife', conditions: ['worker'], entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js' },
];

const contexts = await Promise.all(bundles.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
