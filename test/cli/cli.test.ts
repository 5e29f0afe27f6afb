// `barcamp check` as CI runs it: exit codes, the text and JSON formats, German and English messages, bad input.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function barcamp(args: string[], options: { cwd?: string; lang?: string } = {}): Run {
  const env = { ...process.env, LANG: options.lang ?? 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const COMPLETE = '---\ntitle: Fertig\n---\n\n# Fertig\n\n## Ergebnisse\n- Ja\n\n## Nächste Schritte\n- keine\n';
const WARNING_ONLY = '# Nur Warnung\n\n## Nächste Schritte\n- keine\n';
const WITH_ERROR = '## Ergebnisse\n- Kein Thema\n\n## Nächste Schritte\n- keine\n';

describe('barcamp check', function () {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const cases: Array<{ name: string; files: Record<string, string>; exit: number; codes: string[] }> = [
    { name: 'a complete protocol', files: { 'ok.session.md': COMPLETE }, exit: 0, codes: [] },
    { name: 'warnings only', files: { 'w.session.md': WARNING_ONLY }, exit: 0, codes: ['missing-findings'] },
    { name: 'an error', files: { 'e.session.md': WITH_ERROR }, exit: 1, codes: ['missing-topic'] },
    { name: 'ignores files that are no protocols', files: { 'ok.session.md': COMPLETE, 'notes.md': WITH_ERROR }, exit: 0, codes: [] },
  ];
  for (const c of cases) {
    it(`exits ${c.exit} for ${c.name}`, function () {
      for (const [name, text] of Object.entries(c.files)) writeFileSync(join(folder, name), text);
      const run = barcamp(['check', '.', '--format', 'json'], { cwd: folder });
      assert.equal(run.status, c.exit, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.deepEqual(
        report.diagnostics.map((d: { code: string }) => d.code),
        c.codes,
      );
    });
  }

  it('prints file:line:col severity code message in text format', function () {
    writeFileSync(join(folder, 'e.session.md'), WITH_ERROR);
    const run = barcamp(['check', 'e.session.md'], { cwd: folder });
    assert.equal(run.status, 1);
    assert.match(run.stdout.trim(), /^e\.session\.md:1:1 error missing-topic \S.+$/);
  });

  it('gives the documented JSON shape with 1-based positions', function () {
    writeFileSync(join(folder, 'w.session.md'), WARNING_ONLY);
    const report = JSON.parse(barcamp(['check', folder, '--format=json'], { cwd: folder }).stdout);
    assert.equal(report.files, 1);
    const [d] = report.diagnostics;
    assert.deepEqual(Object.keys(d), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    assert.equal(d.file, 'w.session.md');
    assert.ok(d.line >= 1 && d.column >= 1);
  });

  it('speaks German with --lang de and with LANG=de_DE.UTF-8, English with --lang en', function () {
    writeFileSync(join(folder, 'e.session.md'), WITH_ERROR);
    const german = barcamp(['check', '.', '--lang', 'de'], { cwd: folder });
    const fromEnv = barcamp(['check', '.'], { cwd: folder, lang: 'de_DE.UTF-8' });
    const english = barcamp(['check', '.', '--lang', 'en'], { cwd: folder, lang: 'de_DE.UTF-8' });
    assert.equal(german.stdout, fromEnv.stdout);
    assert.notEqual(german.stdout, english.stdout);
    assert.match(german.stderr, /geprüft/);
    assert.match(english.stderr, /checked/);
  });

  it('exits 2 with a clear message for a missing path, an unknown option and no arguments', function () {
    const missing = barcamp(['check', 'nowhere'], { cwd: folder });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Not found: nowhere/);
    const option = barcamp(['check', '.', '--frobnicate'], { cwd: folder });
    assert.equal(option.status, 2);
    assert.match(option.stderr, /Unknown option: --frobnicate/);
    assert.equal(barcamp(['lint', '.'], { cwd: folder }).status, 2);
    assert.equal(barcamp(['--help']).status, 0);
  });

  it('reports a binary file clearly instead of crashing', function () {
    writeFileSync(join(folder, 'bin.session.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const run = barcamp(['check', '.'], { cwd: folder });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /binary/);
  });

  it('keeps checking with a broken barcamp.json and says so', function () {
    writeFileSync(join(folder, 'barcamp.json'), '{ "name": "Kaputt", ');
    writeFileSync(join(folder, 'ok.session.md'), COMPLETE);
    const run = barcamp(['check', '.'], { cwd: folder });
    assert.equal(run.status, 0);
    assert.match(run.stderr, /barcamp\.json/);
  });

  it('reads UTF-16 and BOM-prefixed files', function () {
    writeFileSync(join(folder, 'bom.session.md'), `\uFEFF${COMPLETE}`);
    writeFileSync(join(folder, 'utf16.session.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(COMPLETE, 'utf16le')]));
    const run = barcamp(['check', '.', '--format', 'json'], { cwd: folder });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(JSON.parse(run.stdout).files, 2);
  });
});

describe('barcamp check on the demo event', function () {
  it('reports exactly the planted problems', function () {
    const run = barcamp(['check', 'examples/demo-barcamp', '--format', 'json']);
    assert.equal(run.status, 1, 'the planted invalid date is an error');
    const report = JSON.parse(run.stdout);
    assert.equal(report.files, 14);
    const found = report.diagnostics.map((d: { file: string; code: string }) => `${d.file.split('/').pop()} ${d.code}`).sort();
    assert.deepEqual(found, [
      'buergerbeteiligung.session.md room-slot-conflict',
      'e-akte.session.md next-step-without-due-date',
      'e-akte.session.md next-step-without-owner',
      'e-akte.session.md unknown-participant',
      'e-akte.session.md unknown-person',
      'fachkraefte.session.md invalid-date',
      'ki-im-amt.session.md unknown-field',
      'ki-im-amt.session.md unknown-room',
      'offene-daten.session.md missing-findings',
      'open-source.session.md room-slot-conflict',
      'werkstattbericht.session.md due-before-event',
      'werkstattbericht.session.md invalid-field-value',
      'werkstattbericht.session.md missing-image',
      'werkstattbericht.session.md misspelled-section',
    ]);
  });
});
