// The language server over stdio in headless Neovim: an independent LSP client gets the diagnostics
// and the document symbols of a demo protocol, sees barcamp.json edited on disk, and has the server
// write the documentation (workspace/executeCommand). Needs `nvim` (Debian's neovim) and dist/server.js.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeRunDir } from '../codeServer.mjs';
import { onPath, ROOT } from '../provision.mjs';
import { run } from '../procs.mjs';

const SERVER = join(ROOT, 'dist', 'server.js');
const SCRIPT = join(ROOT, 'test', 'e2e', 'nvim', 'lsp.lua');
const PROTOCOL = 'e-akte.session.md';
const PLANTED_CODES = ['next-step-without-owner', 'next-step-without-due-date', 'unknown-person'];
/** The protocol's owner barcamp.json does not list; the script adds him on disk. */
const UNKNOWN_OWNER = 'max-mustermann';
/** The files the demo's barcamp.json `output` asks for, in its folder `dokumentation`. */
const DOCUMENTATION = ['event-documentation.md', 'event-documentation.html', 'event-documentation.json', 'next-steps.csv', 'event-documentation.docx'];

describe('Neovim as LSP client (server over stdio)', function () {
  this.timeout(60_000);
  let collected;
  let protocolPath;
  let workspaceDir;

  before(async function () {
    assert.ok(onPath('nvim'), 'nvim is not installed (apt-get install neovim; node test/e2e/provision.mjs does it)');
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run node esbuild.mjs`);
    const { dir, workspace } = makeRunDir('nvim');
    workspaceDir = workspace;
    protocolPath = join(workspace, 'sessions', PROTOCOL);
    const out = join(dir, 'nvim-result.json');
    const xdg = (name) => {
      const path = join(dir, 'xdg', name);
      mkdirSync(path, { recursive: true });
      return path;
    };
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: xdg('config'),
      XDG_DATA_HOME: xdg('data'),
      XDG_CACHE_HOME: xdg('cache'),
      XDG_STATE_HOME: xdg('state'),
      BARCAMP_SERVER: SERVER,
      BARCAMP_ROOT: workspace,
      BARCAMP_FILE: protocolPath,
      BARCAMP_EXPECT: PLANTED_CODES.join(','),
      BARCAMP_OWNER: UNKNOWN_OWNER,
      BARCAMP_OUT: out,
      BARCAMP_TIMEOUT_MS: '20000',
    };
    const args = ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${SCRIPT}`];
    const result = await run('nvim', args, { env, cwd: workspace, timeoutMs: 45_000 });
    assert.ok(!result.timedOut, 'headless Neovim did not finish within 45 s');
    assert.ok(existsSync(out), `Neovim wrote no result (exit ${result.code}):\n${result.stderr}${result.stdout}`);
    collected = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(collected.errors, [], `Neovim could not collect (exit ${result.code})`);
  });

  it(`receives the planted diagnostics of ${PROTOCOL}`, () => {
    const codes = collected.diagnostics.map((d) => d.code);
    for (const code of PLANTED_CODES) assert.ok(codes.includes(code), `missing ${code}; got ${codes.join(', ')}`);
    for (const d of collected.diagnostics) assert.equal(d.source, 'barcamp', `diagnostic ${d.code} has source ${d.source}`);
  });

  it(`receives the document symbols of ${PROTOCOL}: the session with its sections`, () => {
    const text = readFileSync(protocolPath, 'utf8');
    const title = /^title:\s*(.+?)\s*$/m.exec(text)?.[1];
    const sections = [...text.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]);
    assert.ok(Array.isArray(collected.symbols), `no document symbols: ${JSON.stringify(collected.symbols)}`);
    assert.equal(collected.symbols.length, 1, 'one root symbol for the session');
    const [root] = collected.symbols;
    assert.equal(root.name, title);
    // The ## sections are children in document order; other children (the frontmatter) may come along.
    const names = (root.children ?? []).map((c) => c.name);
    assert.deepEqual(
      names.filter((name) => sections.includes(name)),
      sections,
      `children: ${names.join(', ')}`,
    );
  });

  it('sees barcamp.json edited on disk while the protocol is open: the owner it now lists is known', () => {
    assert.ok(Array.isArray(collected.after_plan_edit), 'no diagnostics after the edit');
    assert.ok(!collected.after_plan_edit.includes('unknown-person'), `still unknown-person: ${collected.after_plan_edit.join(', ')}`);
    // The rest of the protocol's findings stay: only the plan changed.
    assert.ok(collected.after_plan_edit.includes('next-step-without-owner'), `got ${collected.after_plan_edit.join(', ')}`);
  });

  it('has the server write the documentation through workspace/executeCommand barcamp.server.aggregate', () => {
    const folder = join(workspaceDir, 'dokumentation');
    assert.ok(collected.aggregate, 'no answer to the command');
    assert.equal(collected.aggregate.outputFolderUri, pathToFileURL(folder).toString());
    for (const name of DOCUMENTATION) assert.ok(existsSync(join(folder, name)), `dokumentation/${name} was not written`);
    assert.match(readFileSync(join(folder, 'event-documentation.md'), 'utf8'), /E-Akte einführen/u);
  });
});
