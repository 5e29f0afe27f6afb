// The pipelines in docs/ci run as written: every `barcamp …` line they hold runs against the demo event, and what it writes is valid.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');
const PIPELINES = ['docs/ci/gitlab-ci.yml', 'docs/ci/github-workflow.yml'];

/** The `npx barcamp …` command lines of a pipeline file (script entries and `run:` steps). */
function barcampLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^\s*(?:-\s+)?(?:run:\s+)?(npx barcamp .+)$/u.exec(line)?.[1])
    .filter((line): line is string => line !== undefined);
}

/** Words as a shell splits them here: spaces, double quotes, `$NAME` from `env`. */
function words(line: string, env: Record<string, string>): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/gu)].map((m) => (m[1] ?? m[2]).replace(/\$(\w+)/gu, (_, name: string) => env[name] ?? ''));
}

describe('the CI pipelines in docs/ci', function () {
  this.timeout(120_000);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'barcamp-ci-'));
    cpSync('examples/demo-barcamp', join(root, 'event'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('docs/ci.md shows each pipeline file exactly as it is', () => {
    const page = readFileSync('docs/ci.md', 'utf8');
    for (const file of PIPELINES) assert.ok(page.includes(`\`\`\`yaml\n${readFileSync(file, 'utf8')}\`\`\``), file);
  });

  for (const file of PIPELINES) {
    it(`${file}: runs every barcamp command and writes valid reports`, () => {
      const lines = barcampLines(file);
      assert.ok(lines.some((l) => l.includes(' check ')) && lines.some((l) => l.includes(' aggregate ')), `${file} checks and publishes`);
      for (const line of lines) {
        const [, , ...args] = words(line, { EVENT: 'event' });
        const run = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, BARCAMP_DOCS_URL: 'https://docs.example/rules' } });
        // The demo plants one error on purpose: a check exits with 1, never with 2.
        assert.ok(run.status === 0 || run.status === 1, `${line}: ${run.status} ${run.stderr}`);
        const out = args[args.indexOf('--output-file') + 1];
        if (args.includes('sarif')) {
          const sarif = JSON.parse(readFileSync(join(root, out), 'utf8'));
          assert.equal(sarif.version, '2.1.0');
          assert.ok(sarif.runs[0].results.length > 0);
          assert.ok(sarif.runs[0].tool.driver.rules.every((r: { helpUri: string }) => r.helpUri.startsWith('https://docs.example/rules/')));
        } else if (args.includes('gitlab')) {
          const issues = JSON.parse(readFileSync(join(root, out), 'utf8'));
          assert.ok(Array.isArray(issues) && issues.length > 0);
          assert.ok(issues.every((i: { fingerprint: string }) => /^[0-9a-f]{64}$/u.test(i.fingerprint)));
          assert.equal(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size, issues.length);
        } else if (args.includes('github')) {
          assert.match(run.stdout, /^::(error|warning|notice) file=event\/sessions\/[^,]+,line=\d+/mu);
        } else if (args[0] === 'aggregate') {
          assert.ok(existsSync(join(root, args[args.indexOf('--out') + 1], 'event-documentation.html')), line);
        }
      }
    });
  }
});
