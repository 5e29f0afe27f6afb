// Bundles the client and the language server for the desktop (Node) and the browser (Web Worker), and the CLI: one esbuild context per bundle.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
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

/**
 * The Node server (dist/server.js) takes the language server, the use cases and the core from the shared
 * bundle dist/web/server.js instead of bundling a second copy: an import from server/src/node/ of one of
 * these modules becomes `require('./web/server.js').<namespace>` (server/src/browser/main.ts exports them).
 */
const SHARED_MODULES = {
  'lsp/server': 'lsp_server',
  'lsp/connection': 'lsp_connection',
  'app/jobs': 'app_jobs',
  'app/workspace': 'app_workspace',
  core: 'core',
  'vscode-languageserver': 'vscode_languageserver',
};
const NODE_HOST = join(import.meta.dirname, 'server', 'src', 'node') + sep;
const sharedServer = {
  name: 'shared-server',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/|vscode-languageserver$)/ }, (args) => {
      if (!args.importer.startsWith(NODE_HOST)) return undefined;
      const key = args.path.startsWith('.')
        ? relative(join(import.meta.dirname, 'server', 'src'), resolve(args.resolveDir, args.path))
            .split(sep)
            .join('/')
        : args.path;
      if (key in SHARED_MODULES) return { path: key, namespace: 'shared-server' };
      return { errors: [{ text: `server/src/node imports ${key}, which dist/web/server.js does not export: add it to SHARED_MODULES (esbuild.mjs) and to server/src/browser/main.ts` }] };
    });
    build.onLoad({ filter: /.*/, namespace: 'shared-server' }, (args) => ({ contents: `module.exports = require('./web/server.js').${SHARED_MODULES[args.path]};`, loader: 'js' }));
  },
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  {
    entryPoints: ['server/src/node/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
    external: ['./web/server.js'],
    plugins: [sharedServer, ...common.plugins],
  },
  // fdir (under tinyglobby) calls createRequire(import.meta.url) in its ES module; import.meta is empty in a CommonJS bundle, so the bundle's own URL stands in.
  {
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: "#!/usr/bin/env node\nvar __cliFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__cliFileUrl' },
  },
  { ...browser, entryPoints: ['client/src/webExtension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  // `worker`: packages with a DOM build (decode-named-character-reference) give the one without `document`.
  // A classic worker script that Node can require too: its exports leave through `module` where there is one.
  {
    ...browser,
    format: 'iife',
    globalName: 'barcampServer',
    footer: { js: "if (typeof module === 'object' && module) module.exports = barcampServer;" },
    conditions: ['worker'],
    entryPoints: ['server/src/browser/main.ts'],
    outfile: 'dist/web/server.js',
  },
];

const contexts = await Promise.all(bundles.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  // The two commands run as programs too (`./dist/cli.js`, an editor starting `dist/server.js`), not only through npm's bins.
  await Promise.all(['dist/cli.js', 'dist/server.js'].map((file) => chmod(file, 0o755)));
  await Promise.all(contexts.map((c) => c.dispose()));
}
