// The extension manifest and the client's texts: every %key% and every vscode.l10n.t text exists in English and German; menus name real commands; the problem matcher reads the CLI.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const nlsDe = JSON.parse(readFileSync('package.nls.de.json', 'utf8')) as Record<string, string>;
const bundleDe = JSON.parse(readFileSync(join('l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

/** Every `%key%` string anywhere in `contributes`. */
function nlsKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) keys.add(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => nlsKeys(v, keys));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsKeys(v, keys));
  return keys;
}

/** The literal first arguments of vscode.l10n.t(...) in the client's sources. */
function clientTexts(): Array<{ file: string; text: string }> {
  const folder = join('client', 'src');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(join(folder, file), 'utf8').matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => ({ file, text: m[1].replace(/\\(.)/g, '$1') })));
}

describe('extension manifest and client texts', () => {
  it('every %key% of package.json has an English and a German text', () => {
    const keys = [...nlsKeys(manifest.contributes), ...nlsKeys({ displayName: manifest.displayName, description: manifest.description })];
    assert.deepEqual(
      keys.filter((k) => !(k in nls)),
      [],
      'missing in package.nls.json',
    );
    assert.deepEqual(
      keys.filter((k) => !(k in nlsDe)),
      [],
      'missing in package.nls.de.json',
    );
  });

  it('every vscode.l10n.t text of the client has a German translation', () => {
    const missing = clientTexts().filter(({ text }) => !(text in bundleDe));
    assert.deepEqual(missing, []);
  });

  it('menus, views and walkthroughs refer to contributed commands and existing files', () => {
    const commands = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const menus = Object.values(manifest.contributes.menus ?? {}) as Array<Array<{ command: string }>>;
    assert.deepEqual(
      menus
        .flat()
        .filter((m) => !commands.has(m.command))
        .map((m) => m.command),
      [],
    );
    const files = [
      ...(manifest.contributes.viewsContainers?.activitybar ?? []).map((c: { icon: string }) => c.icon),
      ...(manifest.contributes.walkthroughs ?? []).flatMap((w: { steps: Array<{ media: { markdown?: string } }> }) => w.steps.map((s) => s.media.markdown)),
    ];
    assert.deepEqual(
      files.filter((f: string) => !existsSync(f)),
      [],
    );
    assert.match(readFileSync('.vscodeignore', 'utf8'), /^!media\/\*\*$/m, 'media/ is packaged');
  });
});

describe('the $barcamp problem matcher', () => {
  it('reads every finding `barcamp check` prints in text form: file, position, severity, code and message as in its JSON', () => {
    const run = (format: string) =>
      spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/demo-barcamp', '--format', format], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } }).stdout;
    const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'barcamp');
    const pattern = new RegExp(matcher.pattern.regexp as string);
    const lines = run('text')
      .split('\n')
      .filter((line) => /^\S+\.(session\.md|json):\d+:\d+ /.test(line));
    const json = JSON.parse(run('json')) as { diagnostics: Array<{ code: string; severity: string; line: number; column: number; message: string }> };
    assert.ok(lines.length >= 10 && lines.length === json.diagnostics.length, `${lines.length} lines, ${json.diagnostics.length} findings`);
    const read = lines.map((line) => {
      const m = pattern.exec(line);
      assert.ok(m, `the matcher misses: ${line}`);
      return { code: m[matcher.pattern.code], severity: m[matcher.pattern.severity], line: Number(m[matcher.pattern.line]), message: m[matcher.pattern.message] };
    });
    const expected = json.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line, message: d.message }));
    assert.deepEqual(read.map((r) => `${r.code}@${r.line}`).sort(), expected.map((e) => `${e.code}@${e.line}`).sort());
  });
});
