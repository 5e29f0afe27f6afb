// `barcamp check` in CI: SARIF, GitHub and GitLab formats, --max-warnings, --fix (idempotent) and --fix-dry-run, globs and ignore files, plans, colour.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github';
import { parseCheckArgs } from '../../server/src/cli/checkArgs';

const CLI = resolve('dist/cli.js');

function barcamp(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', NO_COLOR: '', FORCE_COLOR: '', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const COMPLETE = '---\ntitle: Fertig\n---\n\n# Fertig\n\n## Ergebnisse\n- Ja\n\n## Nächste Schritte\n- keine\n';
const WARNING_ONLY = '# Nur Warnung\n\n## Nächste Schritte\n- keine\n';
const WITH_ERROR = '## Ergebnisse\n- Kein Thema\n\n## Nächste Schritte\n- keine\n';
/** Safe fixes only: a field name that differs in case (`Title`), a misspelled heading read as Ergebnisse. */
const FIXABLE = '---\nTitle: Reparatur\n---\n\n# Reparatur\n\n## Ergebnise\n- Geht\n\n## Nächste Schritte\n- keine\n';

describe('barcamp check for CI', function () {
  this.timeout(60_000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-ci-check-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  };

  it('writes SARIF 2.1.0 with rules, relative URIs and 1-based regions; helpUri only for an absolute --docs-url', () => {
    write('sessions/e.session.md', WITH_ERROR);
    const run = barcamp(['check', '.', '--format', 'sarif'], folder);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    const { driver } = sarif.runs[0].tool;
    const rule = driver.rules.find((r: { id: string }) => r.id === 'missing-topic');
    assert.deepEqual([rule.name, rule.shortDescription.text, rule.helpUri], ['MissingTopic', 'Topic missing', undefined]);
    assert.equal(rule.properties.documentation, 'docs/rules/missing-topic.md');
    const [result] = sarif.runs[0].results;
    assert.equal(result.ruleId, 'missing-topic');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'sessions/e.session.md', uriBaseId: '%SRCROOT%' });
    assert.equal(result.locations[0].physicalLocation.region.startLine, 1);
    const linked = JSON.parse(barcamp(['check', '.', '--format', 'sarif', '--docs-url', 'https://docs.example/rules/'], folder).stdout);
    assert.equal(linked.runs[0].tool.driver.rules[0].helpUri, 'https://docs.example/rules/missing-topic.md');
    const fromEnv = JSON.parse(barcamp(['check', '.', '--format', 'sarif'], folder, { BARCAMP_DOCS_URL: 'https://env.example/r' }).stdout);
    assert.equal(fromEnv.runs[0].tool.driver.rules[0].helpUri, 'https://env.example/r/missing-topic.md');
  });

  it('prints GitHub workflow commands with escaped properties and messages', () => {
    write('a,b.session.md', WITH_ERROR);
    const run = barcamp(['check', '.', '--format', 'github'], folder);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^::error file=a%2Cb\.session\.md,line=1,col=1,endLine=\d+,endColumn=\d+,title=Topic missing \(missing-topic\)::\S/mu);
    assert.equal(escapeProperty('a:b,c%d\r\ne'), 'a%3Ab%2Cc%25d%0D%0Ae');
    assert.equal(escapeData('50% done: a,b\nnext'), '50%25 done: a,b%0Anext');
  });

  it('writes a GitLab Code Quality report whose fingerprints survive lines added above', () => {
    write('w.session.md', WARNING_ONLY);
    write('e.session.md', WITH_ERROR);
    const report = () => JSON.parse(barcamp(['check', '.', '--format', 'gitlab'], folder).stdout) as Array<Record<string, unknown> & { fingerprint: string; location: { lines: { begin: number } } }>;
    const before = report();
    assert.deepEqual(before.map((i) => [i.check_name, i.severity]).sort(), [
      ['missing-findings', 'major'],
      ['missing-topic', 'critical'],
    ]);
    assert.deepEqual(Object.keys(before[0]).sort(), ['categories', 'check_name', 'content', 'description', 'fingerprint', 'location', 'severity', 'type']);
    write('w.session.md', `Ein Vorwort.\n\nNoch eins.\n\n${WARNING_ONLY}`);
    const after = report();
    const warning = (list: typeof before) => list.find((i) => i.check_name === 'missing-findings');
    assert.notEqual(warning(after)?.location.lines.begin, warning(before)?.location.lines.begin);
    assert.deepEqual(after.map((i) => i.fingerprint).sort(), before.map((i) => i.fingerprint).sort());
  });

  it('fails with --max-warnings when there are more warnings than allowed', () => {
    write('w.session.md', WARNING_ONLY);
    assert.equal(barcamp(['check', '.', '--max-warnings', '1'], folder).status, 0);
    const over = barcamp(['check', '.', '--max-warnings', '0', '--lang', 'en'], folder);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /1 warning, at most 0 allowed/u);
    assert.equal(barcamp(['check', '.', '--max-warnings', 'viele'], folder).status, 2);
  });

  it('--fix writes the safe fixes, says what it changed, and a second run changes nothing', () => {
    write('f.session.md', FIXABLE);
    const first = barcamp(['check', '.', '--fix', '--lang', 'en'], folder);
    assert.match(first.stderr, /f\.session\.md: fixed: /u);
    const fixed = readFileSync(join(folder, 'f.session.md'), 'utf8');
    assert.match(fixed, /^title: Reparatur$/mu);
    assert.match(fixed, /^## Ergebnisse$/mu);
    assert.equal(first.status, 0, first.stdout + first.stderr);
    const second = barcamp(['check', '.', '--fix', '--lang', 'en'], folder);
    assert.doesNotMatch(second.stderr, /fixed:/u);
    assert.equal(readFileSync(join(folder, 'f.session.md'), 'utf8'), fixed);
  });

  it("--fix names only what it did: merging a duplicate section is no change of the headings' language", () => {
    write('d.session.md', '---\ntitle: Doppelt\n---\n\n# Doppelt\n\n## Ergebnisse\n- Eins\n\n## Ergebnisse\n- Zwei\n\n## Nächste Schritte\n- keine\n');
    const run = barcamp(['check', '.', '--fix', '--lang', 'en'], folder);
    assert.match(run.stderr, /d\.session\.md: fixed: duplicate-section/u);
    assert.doesNotMatch(run.stderr, /language/u);
  });

  it('names a file the same however the path was typed: the same path and fingerprint in GitLab and SARIF', () => {
    write('sessions/e.session.md', WITH_ERROR);
    const report = (path: string) => JSON.parse(barcamp(['check', path, '--format', 'gitlab'], folder).stdout)[0] as { location: { path: string }; fingerprint: string };
    const plain = report('sessions/e.session.md');
    assert.equal(plain.location.path, 'sessions/e.session.md');
    for (const typed of ['./sessions/e.session.md', 'sessions//e.session.md', join(folder, 'sessions', 'e.session.md')]) assert.deepEqual(report(typed), plain, typed);
    const sarif = JSON.parse(barcamp(['check', './sessions/e.session.md', '--format', 'sarif'], folder).stdout);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'sessions/e.session.md');
  });

  it('prints a file name with a line break or an escape sequence as visible escapes, so it cannot smuggle a workflow command', () => {
    write('x\n::error file=evil.js,line=1::Injected\n.session.md', WITH_ERROR);
    const run = barcamp(['check', '.'], folder);
    assert.doesNotMatch(run.stdout, /^::error/mu);
    assert.match(run.stdout, /x\\u000a::error file=evil\.js,line=1::Injected\\u000a\.session\.md:1:1 error missing-topic/u);
  });

  it('--fix-dry-run prints a unified diff and writes nothing; --fix and --fix-dry-run together are refused', () => {
    write('f.session.md', FIXABLE);
    const run = barcamp(['check', 'f.session.md', '--fix-dry-run'], folder);
    assert.match(run.stdout, /^--- f\.session\.md$/mu);
    assert.match(run.stdout, /^-## Ergebnise$/mu);
    assert.match(run.stdout, /^\+## Ergebnisse$/mu);
    assert.equal(readFileSync(join(folder, 'f.session.md'), 'utf8'), FIXABLE);
    assert.equal(barcamp(['check', '.', '--fix', '--fix-dry-run'], folder).status, 2);
  });

  it('takes quoted globs, respects .gitignore and .barcampignore, skips other Markdown with a note', () => {
    write('a/ok.session.md', COMPLETE);
    write('a/README.md', '# Lies mich\n');
    write('drafts/e.session.md', WITH_ERROR);
    write('vendor/e.session.md', WITH_ERROR);
    write('.gitignore', 'drafts/\n');
    write('.barcampignore', 'vendor/\n');
    const run = barcamp(['check', '**/*.md', '--format', 'json', '--lang', 'de'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).files, 1);
    assert.match(run.stderr, /README\.md: übersprungen, kein Protokoll/u);
    assert.equal(barcamp(['check', '.', '--format', 'json'], folder).status, 0);
    // A file named as it is counts, ignored or not.
    assert.equal(barcamp(['check', 'drafts/e.session.md'], folder).status, 1);
  });

  it('lets a deeper .gitignore re-include what a .gitignore further up ignores, as git does', () => {
    write('.gitignore', '*.session.md\n');
    write('sub/.gitignore', '!keep.session.md\n');
    write('sub/keep.session.md', WITH_ERROR);
    write('sub/other.session.md', WITH_ERROR);
    const run = barcamp(['check', '.', '--format', 'json'], folder);
    assert.deepEqual(
      JSON.parse(run.stdout).diagnostics.map((d: { file: string }) => d.file),
      ['sub/keep.session.md'],
    );
  });

  it('checks a barcamp.json named on the command line as a plan, with positions, comments allowed', () => {
    write('barcamp.json', '{\n  // Räume\n  "rooms": ["Elbe"],\n}\n');
    const run = barcamp(['check', 'barcamp.json', '--format', 'json'], folder);
    assert.equal(run.status, 1);
    const [d] = JSON.parse(run.stdout).diagnostics;
    assert.deepEqual([d.file, d.code, d.line, d.column], ['barcamp.json', 'plan-syntax', 4, 1]);
    write('barcamp.json', '{\n  // Räume\n  "rooms": ["Elbe"]\n}\n');
    assert.equal(barcamp(['check', 'barcamp.json'], folder).status, 0);
  });

  it('colours text only when asked by FORCE_COLOR or on a terminal, never with NO_COLOR', () => {
    write('e.session.md', WITH_ERROR);
    assert.doesNotMatch(barcamp(['check', '.'], folder).stdout, /\x1b\[/u);
    assert.match(barcamp(['check', '.'], folder, { FORCE_COLOR: '1' }).stdout, /\x1b\[31merror\x1b\[39m/u);
    assert.doesNotMatch(barcamp(['check', '.'], folder, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, /\x1b\[/u);
  });
});

describe('check arguments (parseArgs)', () => {
  it('reads every option, in both spellings', () => {
    assert.deepEqual(parseCheckArgs(['a', '--format=sarif', '--max-warnings', '3', '--fix', '-o', 'r.sarif', '--docs-url', 'https://d.example', 'b']), {
      command: 'check',
      paths: ['a', 'b'],
      format: 'sarif',
      maxWarnings: 3,
      fix: 'write',
      docsUrl: 'https://d.example',
      outputFile: 'r.sarif',
    });
    assert.equal((parseCheckArgs(['a', '--max-warnings', '-1']) as { maxWarnings?: number }).maxWarnings, undefined);
    assert.equal((parseCheckArgs(['a'], { BARCAMP_DOCS_URL: 'https://e.example' }) as { docsUrl?: string }).docsUrl, 'https://e.example');
  });

  it('turns bad command lines into usage problems', () => {
    const problem = (args: string[]) => {
      const result = parseCheckArgs(args);
      return result.command === 'usage-error' ? result.problem : undefined;
    };
    assert.deepEqual(problem(['.', '--frobnicate']), { key: 'unknownOption', value: '--frobnicate' });
    assert.deepEqual(problem(['.', '--cache=x']), { key: 'unknownOption', value: '--cache=x' });
    assert.deepEqual(problem(['.', '--format']), { key: 'missingValue', value: '--format' });
    assert.deepEqual(problem(['.', '--format', 'xml']), { key: 'badFormat', value: 'xml' });
    assert.deepEqual(problem([]), { key: 'noPaths' });
  });
});
