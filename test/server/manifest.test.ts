// The extension manifest and the client's texts: every %key% and every vscode.l10n.t text exists in English and German; menus name real commands.
import { strict as assert } from 'node:assert';
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
