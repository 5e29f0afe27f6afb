// ESLint (flat config): typescript-eslint's recommended rules plus the structure rules — the core's fence, its layers, its entry points, no import cycles.
import { builtinModules } from 'node:module';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier/flat';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const CORE = path.join(ROOT, 'server', 'src', 'core');

/** The core's layers, lowest first; `model.ts` (shared types) sits below them all, `index.ts` (the façade) above. */
const LAYERS = ['text', 'syntax', 'event', 'diagnostics', 'report', 'editor', 'organizer'];
const LAYER_ORDER = `core layers, lowest to highest: model.ts < ${LAYERS.join(' < ')} < index.ts (façade)`;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NODE_BUILTINS = builtinModules
  .filter((m) => !m.startsWith('_'))
  .map(escape)
  .join('|');

/** What no core file may import: the core runs anywhere (browser, worker, CLI), so no editor, LSP or Node APIs. */
const CORE_FENCE = {
  paths: [{ name: 'vscode', message: 'The core is editor-neutral: no `vscode` in server/src/core (convert in server/src/lsp or client/src).' }],
  patterns: [
    { regex: '^vscode-(languageserver|languageclient|jsonrpc)', message: 'The core is protocol-neutral: no LSP/JSON-RPC libraries in server/src/core (convert in server/src/lsp).' },
    {
      regex: `^(node:|(${NODE_BUILTINS})(/|$))`,
      message: 'The core is pure: no Node built-ins in server/src/core (file and process access live in server/src/node, server/src/cli or server/src/lsp).',
    },
    // No folder inside the core is called lsp/cli/node/app/protocol, so a relative path ending in one of those leaves the core.
    { regex: '^(\\.\\./)+(lsp|cli|node|app)(/|$)', message: 'The core never imports server/src/{lsp,cli,node,app}: they depend on the core, not the other way round.' },
    { regex: '^(\\.\\./)+protocol(\\.ts|/.*)?$', message: 'The core never imports server/src/protocol/ (the client–server messages); put shared types in core/model.ts.' },
  ],
};

/** One zone per layer: it may not import any layer above it, nor the façade. */
const LAYER_ZONES = [undefined, ...LAYERS].map((layer, i) => ({
  target: layer ? `server/src/core/${layer}` : 'server/src/core/model.ts',
  from: [...LAYERS.slice(i).map((higher) => `server/src/core/${higher}`), 'server/src/core/index.ts'],
  message: `core/${layer ?? 'model.ts'} may import only the layers below it (${LAYER_ORDER}); move what both need down instead.`,
}));

const isDirectory = (p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * local/core-entry-points: from outside a core folder, only its index is imported (`core`, `core/<folder>`,
 * also `core/model`); inside one folder (and its subfolders) relative imports are free. Only relative
 * specifiers are checked: nothing reaches the core through a package name.
 */
const coreEntryPoints = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      deep: '"{{source}}" reaches inside core/{{folder}}: import "{{entry}}" (its index.ts) instead; only files inside core/{{folder}} import its files directly.',
      rootFile: '"{{source}}" is a file at the core\'s root, not an entry point: import the core ("{{entry}}") or a core folder.',
    },
  },
  create(context) {
    const importerDir = path.dirname(context.filename);
    const fromCore = path.relative(CORE, importerDir);
    // The importer's top-level core folder: '' for core's own root files, null outside the core.
    const importerTop = fromCore.startsWith('..') || path.isAbsolute(fromCore) ? null : fromCore.split(path.sep)[0];
    const specifier = (dir) =>
      path
        .relative(importerDir, dir)
        .split(path.sep)
        .join('/')
        .replace(/^(?!\.)/, './');
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const rel = path.relative(CORE, path.resolve(importerDir, source.replace(/\.[cm]?[jt]s$/, '')));
      if (rel.startsWith('..') || path.isAbsolute(rel)) return; // not the core
      const parts = rel.split(path.sep).filter(Boolean);
      if (parts.at(-1) === 'index') parts.pop();
      if (parts.length === 0 || (parts.length === 1 && parts[0] === 'model')) return; // the façade, the shared types
      const [folder] = parts;
      if (folder === importerTop) return; // within the same folder (and its subfolders)
      const isFolder = isDirectory(path.join(CORE, folder));
      if (parts.length === 1 && (isFolder || importerTop === '')) return; // a folder's index; a root file seen from the root
      if (isFolder) context.report({ node, messageId: 'deep', data: { source, folder, entry: specifier(path.join(CORE, folder)) } });
      else context.report({ node, messageId: 'rootFile', data: { source, entry: specifier(CORE) } });
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => check(node, node.argument?.literal?.value ?? node.argument?.value),
      TSExternalModuleReference: (node) => check(node.expression, node.expression.value),
    };
  },
};

/** What no use case may import: they run in the Node server, the CLI and (later) a Web Worker, reaching files through app/workspace.ts. */
const APP_FENCE = {
  paths: [{ name: 'vscode', message: 'The use cases are editor-neutral: no `vscode` in server/src/app.' }],
  patterns: [
    { regex: '^vscode-(languageserver|languageclient|jsonrpc)', message: 'The use cases are protocol-neutral: no LSP/JSON-RPC libraries in server/src/app (convert in server/src/lsp).' },
    {
      regex: `^(node:|(${NODE_BUILTINS})(/|$))`,
      message: 'The use cases reach files and threads only through app/workspace.ts and app/jobs.ts; Node lives in server/src/node.',
    },
    { regex: '^(\\.\\./)+(lsp|cli|node)(/|$)', message: 'server/src/app never imports the adapters (lsp, cli, node): they depend on it.' },
  ],
};

/** What runs in the browser too (the language server in a Web Worker, the extension in the web host): no Node, no Node-only LSP entry. */
const WEB_FENCE = {
  patterns: [
    { regex: '^vscode-(languageserver|languageclient)/node$', message: 'This code runs in the browser too: the Node LSP entry belongs to server/src/node or client/src/extension.ts.' },
    { regex: `^(node:|(${NODE_BUILTINS})(/|$))`, message: 'This code runs in the browser too (vscode.dev): Node APIs belong to server/src/node, server/src/cli or client/src/extension.ts.' },
    { regex: '^(\\.\\./)+(cli|node)(/|$)', message: 'The language server and the browser entry never import the Node host or the CLI.' },
  ],
};

const CLIENT_NOT_CORE = {
  regex: '(^|/)server/src/core(/|$)',
  message: 'The client never imports the core: it talks to the server through server/src/protocol/ (types and request names).',
};

const TS = ['server/src/**/*.ts', 'client/src/**/*.ts', 'test/**/*.ts'];

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'out/',
    'dist/',
    '.e2e-cache/',
    '.vscode-test/',
    'test-artifacts/',
    'test/golden/',
    'examples/',
    'bench/', // benchmark scripts and their output
    'demo-output/',
    '**/*.{js,mjs,cjs}', // only the TypeScript sources are linted
  ]),
  {
    files: TS,
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX, local: { rules: { 'core-entry-points': coreEntryPoints } } },
    settings: {
      // Resolves `./foo` to foo.ts and `../syntax` to syntax/index.ts, for no-cycle and no-restricted-paths.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.node'] })],
      'import-x/extensions': ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'] },
    },
    rules: {
      'local/core-entry-points': 'error',
      // tsc's convention (noUnusedLocals/noUnusedParameters): a leading `_` marks a name as deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Import cycles (runtime ones: `import type` is not followed) anywhere in the extension and the server.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', CORE_FENCE],
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: LAYER_ZONES }],
    },
  },
  {
    files: ['server/src/app/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', APP_FENCE] },
  },
  {
    files: ['server/src/lsp/**/*.ts', 'server/src/browser/**/*.ts', 'server/src/protocol/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', WEB_FENCE] },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [CLIENT_NOT_CORE] }] },
  },
  {
    // The same client runs in the browser's extension host; only the desktop entry starts a Node server.
    files: ['client/src/**/*.ts'],
    ignores: ['client/src/extension.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [CLIENT_NOT_CORE, ...WEB_FENCE.patterns.slice(0, 2)] }] },
  },
  prettier, // last: switches off the rules that would fight Prettier's formatting
]);
