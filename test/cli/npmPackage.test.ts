// The npm package as its users get it: packed, installed from the tarball into an empty folder, both commands run there.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: string[], cwd: string): string {
  const run = spawnSync(NPM, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  assert.equal(run.status, 0, `npm ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** Sends one LSP request over stdio and resolves with the first response. */
function initializeOverStdio(server: string): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const body = /Content-Length: (\d+)\r\n\r\n/u.exec(buffer);
      if (!body) return;
      const start = body.index + body[0].length;
      const length = Number(body[1]);
      if (Buffer.byteLength(buffer.slice(start)) < length) return;
      const message = JSON.parse(buffer.slice(start, start + length)) as { result: { capabilities: Record<string, unknown> } };
      child.kill();
      resolvePromise(message.result);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server ended (${code}) before answering`)));
    const request = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(request)}\r\n\r\n${request}`);
  });
}

describe('the npm package (barcamp, barcamp-language-server)', function () {
  this.timeout(120_000);
  let work: string;
  let tarball: string;
  let files: string[];

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'barcamp-npm-'));
    // What `npm publish` would ship, from the bundles already built (no prepack rebuild here).
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(work, packed[0]!.filename);
    files = packed[0]!.files.map((f) => f.path).sort();
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds only what its users run: the bundles, the schema, the rule pages and the usual documents', () => {
    assert.ok(files.includes('dist/cli.js') && files.includes('dist/server.js'), files.join('\n'));
    const unexpected = files.filter(
      (f) => !/^(dist\/(cli|server|web\/server)\.js|schemas\/barcamp\.schema\.json|docs\/rules\/([a-z-]+|README)\.md|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/u.test(f),
    );
    assert.deepEqual(unexpected, [], 'no sources, tests, benches, source maps or extension files');
  });

  it('installs from the tarball into an empty folder and runs `barcamp check` there', () => {
    const project = join(work, 'project');
    cpSync(join(ROOT, 'examples', 'demo-barcamp'), join(project, 'event'), { recursive: true });
    npm(['init', '-y'], project);
    npm(['install', '--offline', '--no-save', tarball], project);
    const bin = readdirSync(join(project, 'node_modules', '.bin'));
    assert.ok(bin.includes('barcamp') && bin.includes('barcamp-language-server'), bin.join(', '));
    const run = spawnSync(join(project, 'node_modules', '.bin', 'barcamp'), ['check', 'event', '--format', 'json'], { cwd: project, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string }> };
    assert.ok(
      report.diagnostics.some((d) => d.code === 'invalid-date'),
      'the demo event has its planted invalid date',
    );
  });

  it('starts `barcamp-language-server --stdio` from the installed package and answers initialize', async () => {
    const server = join(work, 'project', 'node_modules', 'barcamp-sessions', 'dist', 'server.js');
    const result = await initializeOverStdio(server);
    assert.equal(result.serverInfo?.name, 'barcamp-sessions');
    assert.ok(result.capabilities.completionProvider, 'completion is offered');
  });
});
