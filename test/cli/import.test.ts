// `barcamp import`: a pad becomes a protocol beside the event, matched against its barcamp.json, never over an existing file.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');

function barcamp(args: string[], cwd: string, lang = 'C.UTF-8') {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PLAN = JSON.stringify({ language: 'de', rooms: ['Elbe'], slots: ['10:30'], days: [{ day: 1, date: '2017-01-26' }], people: [{ id: 'anna-schmidt', name: 'Anna Schmidt' }] });
const PAD = [
  'Thema: Datenschutz als Bremse?',
  'Raum: Elbe',
  'Zeit: 10:30',
  'Sessiongeberin: Anna',
  '',
  'Ergebnisse:',
  '* Früh einbinden',
  '',
  'Nächste Schritte:',
  '* Checkliste teilen -> Anna bis 28.02.',
].join('\n');

describe('barcamp import', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-import-'));
    mkdirSync(join(folder, 'event'));
    writeFileSync(join(folder, 'event', 'barcamp.json'), PLAN);
    writeFileSync(join(folder, 'pad.txt'), PAD);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the protocol into the event folder, named after the topic, and prints its path', function () {
    const run = barcamp(['import', 'pad.txt', '--event', 'event'], folder);
    assert.equal(run.status, 0, run.stderr);
    const target = join(folder, 'event', 'datenschutz-als-bremse.session.md');
    assert.equal(run.stdout.trim(), `Wrote: ${join('event', 'datenschutz-als-bremse.session.md')}`);
    const text = readFileSync(target, 'utf8');
    assert.ok(text.startsWith('---\ntitle: Datenschutz als Bremse?\nslot: "10:30"\nroom: Elbe\nhost: Anna Schmidt\n---\n'), text);
    assert.ok(text.includes('- [ ] Checkliste teilen @anna-schmidt bis 28.02.2017'), text);
    // The protocol checks clean against the event: no error.
    const check = barcamp(['check', target, '--format', 'json'], folder);
    assert.equal(check.status, 0, check.stdout);
  });

  it('never overwrites: a taken name gets -2, and an existing --out is refused with exit 2', function () {
    const taken = join(folder, 'event', 'datenschutz-als-bremse.session.md');
    writeFileSync(taken, 'von Hand');
    const second = barcamp(['import', 'pad.txt', '--event', 'event'], folder);
    assert.equal(second.status, 0, second.stderr);
    assert.equal(readFileSync(taken, 'utf8'), 'von Hand');
    assert.ok(existsSync(join(folder, 'event', 'datenschutz-als-bremse-2.session.md')));
    const refused = barcamp(['import', 'pad.txt', '--event', 'event', '--out', taken], folder, 'de_DE.UTF-8');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /Nicht geschrieben, die Datei gibt es schon: .*datenschutz-als-bremse\.session\.md/u);
    assert.equal(readFileSync(taken, 'utf8'), 'von Hand');
  });

  it('writes to --out and works without a barcamp.json, saying so', function () {
    rmSync(join(folder, 'event', 'barcamp.json'));
    const run = barcamp(['import', 'pad.txt', '--event', 'event', '--out', 'mine.session.md', '--lang', 'en'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /No barcamp\.json in event/u);
    assert.ok(readFileSync(join(folder, 'mine.session.md'), 'utf8').includes('host: Anna\n'));
  });

  const problems: Array<{ name: string; args: string[]; message: RegExp }> = [
    { name: 'no event folder', args: ['import', 'pad.txt'], message: /No event folder given/u },
    { name: 'no pad', args: ['import', '--event', 'event'], message: /No files or folders given/u },
    { name: 'two pads', args: ['import', 'a.txt', 'b.txt', '--event', 'event'], message: /Give exactly one pad file/u },
    { name: 'a missing pad', args: ['import', 'missing.txt', '--event', 'event'], message: /Not found: missing\.txt/u },
    { name: 'a missing event folder', args: ['import', 'pad.txt', '--event', 'nowhere'], message: /Not found: nowhere/u },
    { name: 'an unknown option', args: ['import', 'pad.txt', '--event', 'event', '--force'], message: /Unknown option: --force/u },
  ];
  for (const c of problems) {
    it(`exits 2 for ${c.name}`, function () {
      const run = barcamp(c.args, folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, c.message);
    });
  }

  it('reads a UTF-16 pad through the same decoder as every file', function () {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Thema: Grüße aus UTF-16\n', 'utf16le')]);
    writeFileSync(join(folder, 'pad16.txt'), bytes);
    const run = barcamp(['import', 'pad16.txt', '--event', 'event'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(readFileSync(join(folder, 'event', 'grüße-aus-utf-16.session.md'), 'utf8').includes('title: Grüße aus UTF-16'));
  });
});
