// Hostile files and places for the CLI: pathological Markdown, pipes, links, devices, foreign targets, interrupted runs.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_OUTPUT_FILES } from '../core/aggregate.helpers';

const CLI = resolve('dist/cli.js');

function barcamp(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  // A bound that no healthy run comes near: a hang fails the test instead of the whole suite.
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PLAN = { name: 'Testcamp', language: 'de', days: [{ day: 1, date: '2017-01-26' }], rooms: ['Elbe'], slots: ['10:30'] };
const CLEAN = ['---', 'title: Sauber', 'day: 1', 'slot: "10:30"', 'room: Elbe', '---', '', '## Ergebnisse', '- Eins', '', '## Nächste Schritte', '- keine', ''].join('\n');

describe('barcamp with hostile files', function () {
  this.timeout(120_000);
  let root: string;
  let event: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'barcamp-hostile-'));
    event = join(root, 'camp');
    mkdirSync(join(event, 'sessions'), { recursive: true });
    writeFileSync(join(event, 'barcamp.json'), JSON.stringify(PLAN));
    writeFileSync(join(event, 'sessions', 'sauber.session.md'), CLEAN);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const hostile: Array<{ name: string; text: () => string; code: string }> = [
    { name: 'nested emphasis in one 60 KB line', text: () => '# X\n\n- ' + '*a '.repeat(10000) + ' a*'.repeat(10000), code: 'too-complex' },
    { name: 'lists nested 2,000 levels', text: () => '# X\n\n' + Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), code: 'too-complex' },
    { name: '100,000 list items', text: () => '# X\n\n## Ergebnisse\n' + '- x\n'.repeat(100000), code: 'too-complex' },
    { name: 'a 50 MB protocol', text: () => '# X\n\n' + 'Text ohne Ende. '.repeat(3_300_000), code: 'too-large' },
  ];
  for (const c of hostile) {
    it(`check ends with one ${c.code} error for ${c.name}`, () => {
      writeFileSync(join(event, 'sessions', 'feind.session.md'), c.text());
      const run = barcamp(['check', '--format', 'json', 'camp'], root);
      assert.equal(run.status, 1, run.stderr);
      const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; code: string; line: number }> };
      assert.deepEqual(
        report.diagnostics.filter((d) => d.file.endsWith('feind.session.md')).map((d) => [d.code, d.line]),
        [[c.code, 1]],
      );
    });
  }

  it('takes the size limit from barcamp.json, in check and aggregate alike', () => {
    writeFileSync(join(event, 'barcamp.json'), JSON.stringify({ ...PLAN, limits: { maxFileSizeMB: 0.1 } }));
    writeFileSync(join(event, 'sessions', 'lang.session.md'), CLEAN + 'Noch mehr Text. '.repeat(10_000));
    const run = barcamp(['check', '--format', 'json', 'camp'], root);
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; code: string; message: string }> };
    assert.deepEqual(
      report.diagnostics.filter((d) => d.file.endsWith('lang.session.md')).map((d) => d.code),
      ['too-large'],
    );
    const aggregated = barcamp(['aggregate', 'camp', '--format', 'json'], root);
    assert.equal(aggregated.status, 1, aggregated.stderr);
    const json = JSON.parse(readFileSync(join(event, 'dokumentation-intern', 'organizer-report.json'), 'utf8'));
    const long = json.sessions.find((s: { file: string }) => s.file.endsWith('lang.session.md'));
    assert.deepEqual(
      long.diagnostics.map((d: { code: string }) => d.code),
      ['too-large'],
    );
  });

  it('refuses a pipe named like a protocol instead of waiting on it', function () {
    if (spawnSync('mkfifo', [join(event, 'sessions', 'pipe.session.md')]).status !== 0) this.skip();
    const run = barcamp(['check', join('camp', 'sessions', 'pipe.session.md')], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /pipe\.session\.md/u);
  });

  it('neither reads nor writes a cache that is a link to a device', () => {
    symlinkSync('/dev/zero', join(root, '.barcampcache'));
    const run = barcamp(['check', '--cache', 'camp'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /no regular file/u);
    const full = barcamp(['check', '--cache-location', '/dev/full', 'camp'], root);
    assert.equal(full.status, 0, full.stderr);
    assert.match(full.stderr, /no regular file/u);
  });

  it('writes nothing through a committed link that leads out of the event', () => {
    const outside = join(root, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(event, 'dokumentation'));
    const run = barcamp(['aggregate', 'camp'], root);
    assert.equal(run.status, 2);
    assert.deepEqual(readdirSync(outside), []);
  });

  it('refuses a folder that stands at a target name, and leaves it as it was', () => {
    mkdirSync(join(event, 'dokumentation', 'event-documentation.html', 'inhalt'), { recursive: true });
    writeFileSync(join(event, 'dokumentation', 'event-documentation.html', 'inhalt', 'wichtig.txt'), 'meins');
    const run = barcamp(['aggregate', 'camp'], root);
    assert.equal(run.status, 2);
    assert.equal(readFileSync(join(event, 'dokumentation', 'event-documentation.html', 'inhalt', 'wichtig.txt'), 'utf8'), 'meins');
    assert.ok(!existsSync(join(event, 'dokumentation', 'event-documentation.md')), 'nothing is written when one target is refused');
  });

  it('removes the temporary files of an interrupted run and leaves only whole files', async () => {
    // Enough protocols that writing takes a moment; the run is killed as soon as its first temporary file appears.
    for (let i = 0; i < 300; i++) writeFileSync(join(event, 'sessions', `s${i}.session.md`), CLEAN.replace('Sauber', `Sitzung ${i}`).replace('- Eins', `- Eins ${'lang '.repeat(200)}`));
    const out = join(event, 'dokumentation');
    mkdirSync(out);
    const child = spawn(process.execPath, [CLI, 'aggregate', 'camp', '--today', '2017-03-01'], { cwd: root, stdio: 'ignore' });
    const killed = new Promise<void>((done) => {
      const watcher = watch(out, (_, name) => {
        if (typeof name === 'string' && name.endsWith('.tmp')) {
          child.kill('SIGKILL');
          watcher.close();
        }
      });
      child.on('exit', () => {
        watcher.close();
        done();
      });
    });
    await killed;
    for (const name of readdirSync(out).filter((n) => !n.endsWith('.tmp'))) {
      const text = readFileSync(join(out, name), 'utf8');
      assert.ok(text.length > 0 && (name.endsWith('.csv') || name.endsWith('.json') ? true : text.includes('barcamp-sessions:generated')), `${name} is whole`);
    }
    const again = barcamp(['aggregate', 'camp', '--today', '2017-03-01'], root);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(
      readdirSync(out).filter((n) => n.endsWith('.tmp')),
      [],
    );
    assert.deepEqual(readdirSync(out).sort(), ALL_OUTPUT_FILES);
    assert.ok(JSON.parse(readFileSync(join(out, 'event-documentation.json'), 'utf8')).sessions.length === 301);
  });
});
