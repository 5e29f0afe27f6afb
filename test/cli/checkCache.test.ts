// `barcamp check --cache` and worker threads as a user runs them: same report as without, only changed files reparsed.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from '../../server/src/cli/args';

const CLI = resolve('dist/cli.js');

function barcamp(args: string[], cwd: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env }, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PLAN = JSON.stringify({ name: 'Testcamp', days: [{ day: 1 }], rooms: ['Elbe', 'Weser'], slots: ['10:30', '14:00'], people: [{ id: 'anna', name: 'Anna' }] });

function session(i: number, room = 'Elbe'): string {
  return [
    '---',
    `title: Sitzung ${i}`,
    'day: 1',
    `slot: "${i % 2 ? '10:30' : '14:00'}"`,
    `room: ${room}`,
    '---',
    '',
    `# Sitzung ${i}`,
    '',
    '## Ergebnisse',
    `- Ergebnis ${i}`,
    '',
    '## Nächste Schritte',
    `- [ ] Schritt @${i % 3 ? 'anna' : 'bert'} bis 2017-02-28`,
    '',
  ].join('\n');
}

const codesOf = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Array<{ file: string; code: string }> }).diagnostics.map((d) => `${d.file} ${d.code}`);

describe('barcamp check --cache', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-cache-cli-'));
    writeFileSync(join(folder, 'barcamp.json'), PLAN);
    // s0 Elbe 14:00, s1 Elbe 10:30, s2 Weser 14:00, s3 Weser 10:30: no conflicts yet.
    for (let i = 0; i < 4; i++) writeFileSync(join(folder, `s${i}.session.md`), session(i, i < 2 ? 'Elbe' : 'Weser'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the same report as without a cache, cold and warm, and writes .barcampcache', () => {
    const plain = barcamp(['check', '.', '--format', 'json'], folder);
    const cold = barcamp(['check', '.', '--format', 'json', '--cache'], folder);
    assert.ok(existsSync(join(folder, '.barcampcache')));
    const warm = barcamp(['check', '.', '--format', 'json', '--cache'], folder);
    assert.deepEqual([cold.status, warm.status], [plain.status, plain.status]);
    assert.deepEqual(codesOf(cold.stdout), codesOf(plain.stdout));
    assert.deepEqual(codesOf(warm.stdout), codesOf(plain.stdout));
  });

  it('reparses only changed files and still runs cross-file rules over all of them', () => {
    barcamp(['check', '.', '--cache'], folder);
    // Poison the entry of an unchanged file: if the rerun shows the planted problem, it read the cache instead of the file.
    const cacheFile = join(folder, '.barcampcache');
    const poisoned = readFileSync(cacheFile, 'utf8')
      .split('\n')
      .map((line) =>
        line.includes('s1.session.md')
          ? line.replace('"problems":[]', '"problems":[{"code":"missing-topic","range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"args":{}}]')
          : line,
      );
    assert.notEqual(poisoned.join('\n'), readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, poisoned.join('\n'));
    // Change s3: it loses its findings (a local problem) and moves into s1's room and slot (a cross-file one).
    writeFileSync(join(folder, 's3.session.md'), session(3, 'Elbe').replace('## Ergebnisse\n- Ergebnis 3\n', ''));
    const rerun = codesOf(barcamp(['check', '.', '--format', 'json', '--cache'], folder).stdout);
    assert.ok(rerun.includes('s1.session.md missing-topic'), 'the unchanged file came from the cache');
    assert.ok(rerun.includes('s3.session.md missing-findings'), 'the changed file was parsed again');
    assert.ok(rerun.includes('s3.session.md room-slot-conflict') && rerun.includes('s1.session.md room-slot-conflict'), 'cross-file rules ran over all summaries');
  });

  it('ignores a corrupt cache with a note, never a crash', () => {
    writeFileSync(join(folder, '.barcampcache'), '{"format":"barcamp-check-cache"');
    const run = barcamp(['check', '.', '--cache', '--lang', 'de'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /Cache-Datei beschädigt/);
    assert.equal(barcamp(['check', '.', '--cache'], folder).stderr.includes('damaged'), false);
  });

  it('writes the cache where --cache-location says', () => {
    barcamp(['check', '.', '--cache-location', 'sub.cache'], folder);
    assert.ok(existsSync(join(folder, 'sub.cache')));
    assert.ok(!existsSync(join(folder, '.barcampcache')));
  });
});

describe('barcamp check in worker threads', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-workers-'));
    writeFileSync(join(folder, 'barcamp.json'), PLAN);
    mkdirSync(join(folder, 'tag-1'));
    for (let i = 0; i < 120; i++) writeFileSync(join(folder, 'tag-1', `s${i}.session.md`), session(i, i % 5 ? 'Elbe' : 'Weser'));
    writeFileSync(join(folder, 'tag-1', 'binär.session.md'), Buffer.from([0, 1, 2, 3]));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reports exactly what a single thread reports', () => {
    const threads = barcamp(['check', '.', '--format', 'json'], folder, { BARCAMP_THREADS: '2' });
    const single = barcamp(['check', '.', '--format', 'json'], folder, { BARCAMP_THREADS: '1' });
    assert.equal(threads.status, single.status);
    assert.equal(threads.stdout, single.stdout);
    assert.equal(threads.stderr, single.stderr);
    assert.match(threads.stderr, /binär/);
  });
});

describe('check arguments: --cache', () => {
  const cases: Array<[string[], unknown]> = [
    [['check', '.'], undefined],
    [['check', '.', '--cache'], '.barcampcache'],
    [['check', '--cache', '.', '--cache-location', 'x.cache'], 'x.cache'],
    [['check', '.', '--cache-location=y.cache'], 'y.cache'],
  ];
  for (const [argv, cache] of cases) {
    it(argv.join(' '), () => assert.equal((parseArgs(argv) as { cache?: string }).cache, cache));
  }
  it('--cache-location without a file is a usage error', () => {
    assert.deepEqual(parseArgs(['check', '.', '--cache-location']), { command: 'usage-error', problem: { key: 'missingValue', value: '--cache-location' } });
  });
});
