// Keeps the core pure: no file under server/src/core may import the editor, the LSP libraries or Node built-ins.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '..', '..', '..', 'server', 'src', 'core');
const FORBIDDEN = /^(?:vscode|vscode-languageserver.*|vscode-languageclient.*|node:.*|fs|fs\/.*|path|path\/.*|os|child_process)$/u;
/** `import … from 'x'`, `import 'x'`, `export … from 'x'`, `import('x')`, `require('x')`. */
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/gu;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.[cm]?[jt]s$/u.test(name) ? [path] : [];
  });
}

/** The module specifiers a source text imports or requires. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(SPECIFIERS)].map((m) => m[1]);
}

describe('core purity', () => {
  it('finds the import forms it checks', () => {
    const sample = `import * as fs from 'fs';\nimport type { X } from "vscode-languageserver/node";\nexport { y } from 'node:path';\nconst os = require( 'os' );\nimport 'child_process';\nawait import('vscode');`;
    assert.deepEqual(importsOf(sample), ['fs', 'vscode-languageserver/node', 'node:path', 'os', 'child_process', 'vscode']);
    assert.ok(importsOf(sample).every((s) => FORBIDDEN.test(s)));
    assert.ok(!FORBIDDEN.test('yaml') && !FORBIDDEN.test('./model') && !FORBIDDEN.test('pathological'));
  });

  it('no core file imports vscode, the LSP libraries or Node built-ins', () => {
    const all = files(CORE);
    assert.ok(all.length > 5, `core not found at ${CORE}`);
    const offenders = all.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((s) => FORBIDDEN.test(s))
        .map((s) => `${relative(CORE, file)}: ${s}`),
    );
    assert.deepEqual(offenders, []);
  });
});
