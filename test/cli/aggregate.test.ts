// `barcamp aggregate`: writes the files and says where, honours --out/--format/--lang/--today, refuses hand-written files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_OUTPUT_FILES, INTERNAL_OUTPUT_FILES } from '../core/aggregate.helpers';

const CLI = resolve('dist/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function barcamp(args: string[], cwd: string, lang = 'C.UTF-8'): Run {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PLAN = {
  name: 'Testcamp',
  language: 'de',
  days: [{ day: 1, date: '2017-01-26' }],
  rooms: ['Elbe'],
  slots: ['10:30', '11:45'],
  people: [{ id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg' }],
};

const CLEAN = `---
title: Sauber
day: 1
slot: "10:30"
room: Elbe
host: Anna Schmidt
documenter: Anna Schmidt
---

# Sauber

## Ergebnisse
- Ein *Ergebnis*

## Nächste Schritte
- [ ] Leitfaden teilen @anna-schmidt bis 2017-02-28
`;

const WITH_ERROR = CLEAN.replace('title: Sauber', 'title: Kaputt').replace('"10:30"', '"11:45"').replace('2017-02-28', '30.02.2017').replace('# Sauber', '# Kaputt');

describe('barcamp aggregate', function () {
  let root: string;
  let event: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'barcamp-aggregate-'));
    event = join(root, 'camp');
    mkdirSync(join(event, 'sessions'), { recursive: true });
    writeFileSync(join(event, 'barcamp.json'), JSON.stringify(PLAN));
    writeFileSync(join(event, 'sessions', 'sauber.session.md'), CLEAN);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("writes the public files and the organizers' report into dokumentation/ and prints where, exit 0", function () {
    const run = barcamp(['aggregate', 'camp'], root);
    assert.equal(run.status, 0, run.stderr);
    const out = join(event, 'dokumentation');
    assert.deepEqual(readdirSync(out).sort(), ALL_OUTPUT_FILES);
    // The organizers' report beside the public folder, never in it: copying the public folder takes nothing internal along.
    assert.deepEqual(readdirSync(join(event, 'dokumentation-intern')).sort(), INTERNAL_OUTPUT_FILES);
    for (const name of readdirSync(out)) assert.ok(run.stdout.includes(join('camp', 'dokumentation', name)), `${name} not named in: ${run.stdout}`);
    assert.doesNotMatch(run.stderr, /\r|\x1b/, 'no progress line when stderr is no terminal');
    assert.match(readFileSync(join(out, 'event-documentation.md'), 'utf8'), /^<!-- barcamp-sessions:generated/);
  });

  it('exits 1 when a session has an error, and still writes the files', function () {
    writeFileSync(join(event, 'sessions', 'kaputt.session.md'), WITH_ERROR);
    const run = barcamp(['aggregate', 'camp', '--format', 'json'], root);
    assert.equal(run.status, 1, run.stderr);
    // The public JSON holds no diagnostics; the organizers' report does.
    assert.equal(JSON.parse(readFileSync(join(event, 'dokumentation', 'event-documentation.json'), 'utf8')).sessions[0].diagnostics, undefined);
    const data = JSON.parse(readFileSync(join(event, 'dokumentation-intern', 'organizer-report.json'), 'utf8'));
    assert.equal(data.stats.sessions, 2);
    assert.deepEqual(
      data.sessions.find((s: { title: string }) => s.title === 'Kaputt').diagnostics.map((d: { code: string }) => d.code),
      ['invalid-date'],
    );
  });

  it('honours --out and a --format subset', function () {
    const run = barcamp(['aggregate', 'camp', '--out', 'docs', '--format=md,csv'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(join(root, 'docs')).sort(), ['event-documentation.md', 'next-steps.csv']);
    assert.deepEqual(readdirSync(join(root, 'docs-intern')), ['organizer-report.md']);
    assert.equal(existsSync(join(event, 'dokumentation')), false);
  });

  it('takes folder and formats from barcamp.json output, and refuses a folder outside the event', function () {
    writeFileSync(join(event, 'barcamp.json'), JSON.stringify({ ...PLAN, output: { folder: 'protokolle/gesamt', formats: ['html'] } }));
    assert.equal(barcamp(['aggregate', 'camp'], root).status, 0);
    assert.deepEqual(readdirSync(join(event, 'protokolle', 'gesamt')), ['event-documentation.html']);
    assert.deepEqual(readdirSync(join(event, 'protokolle', 'gesamt-intern')), ['organizer-report.html']);
    writeFileSync(join(event, 'barcamp.json'), JSON.stringify({ ...PLAN, output: { folder: '../elsewhere' } }));
    const outside = barcamp(['aggregate', 'camp'], root);
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /\.\.\/elsewhere/);
    assert.equal(existsSync(join(root, 'elsewhere')), false);
  });

  it('refuses to overwrite a hand-written file, names it, exits 2 and writes nothing', function () {
    const out = join(event, 'dokumentation');
    mkdirSync(out);
    writeFileSync(join(out, 'next-steps.csv'), 'Meine;eigene;Liste\r\n');
    const run = barcamp(['aggregate', 'camp'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Not overwritten.*next-steps\.csv/);
    assert.equal(readFileSync(join(out, 'next-steps.csv'), 'utf8'), 'Meine;eigene;Liste\r\n');
    assert.deepEqual(readdirSync(out), ['next-steps.csv']);
  });

  it('replaces its own files, leaves identical ones alone and leaves no temporary files', function () {
    assert.equal(barcamp(['aggregate', 'camp', '--today', '2017-01-01'], root).status, 0);
    const same = barcamp(['aggregate', 'camp', '--today', '2017-01-01'], root);
    assert.match(same.stdout, /Unchanged: .*event-documentation\.md/);
    const later = barcamp(['aggregate', 'camp', '--today', '2017-03-01'], root);
    assert.match(later.stdout, /Wrote: .*event-documentation\.md/);
    assert.match(readFileSync(join(event, 'dokumentation', 'event-documentation.md'), 'utf8'), /\*\*überfällig\*\*/);
    assert.deepEqual(
      readdirSync(join(event, 'dokumentation')).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  it('writes English with --lang en, commas in the CSV, and speaks German on a German terminal', function () {
    assert.equal(barcamp(['aggregate', 'camp', '--lang', 'en', '--format', 'md,csv'], root).status, 0);
    assert.match(readFileSync(join(event, 'dokumentation', 'event-documentation.md'), 'utf8'), /^## Schedule$/m);
    assert.ok(readFileSync(join(event, 'dokumentation', 'next-steps.csv'), 'utf8').startsWith('\uFEFFSession,Task,'));
    const german = barcamp(['aggregate', 'camp', '--format', 'md'], root, 'de_DE.UTF-8');
    assert.match(german.stdout, /Geschrieben: /);
  });

  it('exits 2 on usage errors: no folder, a missing folder, an unknown format, a bad date', function () {
    for (const args of [['aggregate'], ['aggregate', 'nowhere'], ['aggregate', 'camp', '--format', 'pdf'], ['aggregate', 'camp', '--today', '2017-02-30'], ['aggregate', 'a', 'b']]) {
      const run = barcamp(args, root);
      assert.equal(run.status, 2, args.join(' '));
      assert.ok(run.stderr.length > 0);
    }
  });

  it('--require: names the sessions below the review status, exits 1 and writes nothing; German and English words', function () {
    const withStatus = (title: string, status: string) => CLEAN.replace(/Sauber/gu, title).replace('documenter: Anna Schmidt', `documenter: Anna Schmidt\nstatus: ${status}`);
    writeFileSync(join(event, 'sessions', 'geprueft.session.md'), withStatus('Geprüft', 'geprüft'));
    writeFileSync(join(event, 'sessions', 'frei.session.md'), withStatus('Frei', 'approved'));
    const out = join(event, 'dokumentation');

    const reviewed = barcamp(['aggregate', 'camp', '--require', 'geprüft'], root);
    assert.equal(reviewed.status, 1, reviewed.stderr);
    assert.match(reviewed.stderr, /^Nothing written: 1 session has a review status below "reviewed" \(--require\):\n {2}camp\/sessions\/sauber\.session\.md: draft\n$/mu);
    assert.equal(reviewed.stdout, '');
    assert.equal(existsSync(out), false, 'nothing written');

    const approved = barcamp(['aggregate', 'camp', '--require=freigegeben'], root, 'de_DE.UTF-8');
    assert.equal(approved.status, 1, approved.stderr);
    assert.ok(
      approved.stderr.includes(
        [
          'Nichts geschrieben: 2 Sessions haben einen Prüfstatus unter „freigegeben“ (--require):',
          `  ${join('camp', 'sessions', 'geprueft.session.md')}: geprüft`,
          `  ${join('camp', 'sessions', 'sauber.session.md')}: Entwurf`,
        ].join('\n'),
      ),
      approved.stderr,
    );
    assert.equal(existsSync(out), false, 'nothing written');

    const draft = barcamp(['aggregate', 'camp', '--require', 'Draft', '--format', 'md'], root);
    assert.equal(draft.status, 0, draft.stderr);
    assert.ok(existsSync(join(out, 'event-documentation.md')));

    const bad = barcamp(['aggregate', 'camp', '--require', 'fertig'], root);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--require expects a review status: draft, reviewed or approved .*not fertig/u);
  });

  it('keeps `check` working next to it', function () {
    const run = barcamp(['check', 'camp', '--format', 'json'], root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).files, 1);
  });

  it('words the advice of a protocol without a language in the language most protocols are written in', function () {
    const { language: _, ...withoutLanguage } = PLAN;
    writeFileSync(join(event, 'barcamp.json'), JSON.stringify(withoutLanguage));
    rmSync(join(event, 'sessions', 'sauber.session.md'));
    const english = (n: number) => `---\ntitle: Clean ${n}\nday: 1\nslot: "10:30"\nroom: Elbe\n---\n\n# Clean ${n}\n\n## Findings\n- A finding\n\n## Next steps\n- none\n`;
    writeFileSync(join(event, 'sessions', 'one.session.md'), english(1).replace('"10:30"', '"11:45"'));
    writeFileSync(join(event, 'sessions', 'two.session.md'), english(2));
    writeFileSync(join(event, 'sessions', 'bare.session.md'), '# Bare\n\nJust a line, no sections.\n');
    const run = barcamp(['aggregate', '.', '--format', 'json'], event);
    assert.equal(run.status, 0, run.stderr);
    const data = JSON.parse(readFileSync(join(event, 'dokumentation-intern', 'organizer-report.json'), 'utf8'));
    assert.equal(data.event.language, 'en');
    const bare = data.sessions.find((s: { file: string }) => s.file === 'sessions/bare.session.md');
    const missing = bare.diagnostics.find((d: { code: string }) => d.code === 'missing-findings');
    assert.match(missing.message, /"## Findings"/u);
  });

  it('writes the same files with worker threads as in one thread, also for odd protocols and a double-booked room', function () {
    this.timeout(60000);
    // Enough files for the worker pool; markup, CRLF, a BOM, emoji, conflicts and same file names in other folders.
    for (let i = 0; i < 120; i++) {
      const text = CLEAN.replace(/Sauber/gu, `Thema ${i} 🎉 <b>`)
        .replace('"10:30"', i % 7 === 0 ? '"11:45"' : '"10:30"')
        .replace('- Ein *Ergebnis*', `- Ein *Ergebnis* mit [Link](https://example.org/${i})\n  und zweiter Zeile`);
      const variant = i % 3 === 0 ? text.replace(/\n/gu, '\r\n') : i % 5 === 0 ? `\uFEFF${text}` : text;
      writeFileSync(join(event, 'sessions', `${i % 2 === 0 ? 'a' : 'b'}-${Math.floor(i / 2)}.session.md`), variant);
      mkdirSync(join(event, 'sessions', `sub-${i % 4}`), { recursive: true });
      if (i % 10 === 0) writeFileSync(join(event, 'sessions', `sub-${i % 4}`, `a-${Math.floor(i / 2)}.session.md`), text);
    }
    const inWorkers = barcamp(['aggregate', 'camp', '--out', 'threads', '--today', '2017-03-01'], root);
    const env = { ...process.env, BARCAMP_THREADS: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const inOne = spawnSync(process.execPath, [CLI, 'aggregate', 'camp', '--out', 'one', '--today', '2017-03-01'], { cwd: root, env, encoding: 'utf8' });
    assert.equal(inWorkers.status, 0, inWorkers.stderr);
    assert.equal(inOne.status, 0, inOne.stderr);
    assert.match(inWorkers.stderr, /133 sessions/u);
    for (const name of readdirSync(join(root, 'one'))) assert.ok(readFileSync(join(root, 'threads', name)).equals(readFileSync(join(root, 'one', name))), name);
    const json = JSON.parse(readFileSync(join(root, 'one-intern', 'organizer-report.json'), 'utf8'));
    assert.ok(json.sessions.some((s: { diagnostics: Array<{ code: string }> }) => s.diagnostics.some((d) => d.code === 'room-slot-conflict')));
    assert.ok(readFileSync(join(root, 'one', 'event-documentation.html'), 'utf8').includes('Thema 119 🎉 &lt;b&gt;'));
  });
});
