// The language server over stdio, as any LSP editor sees it: diagnostics, symbols, folding, settings, robustness.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, FoldingRange, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { TestClient, codes } from './lspClient';
import { testcampPlan } from './testcamp';

const PLAN = testcampPlan();

function session(title: string, room: string, body = ''): string {
  return [
    '---',
    `title: ${title}`,
    'day: 1',
    'slot: "14:00"',
    `room: ${room}`,
    'host: Anna Schmidt',
    '---',
    '',
    `# ${title}`,
    '',
    '## Teilnehmende',
    '- Anna Schmidt (Kreis Pinneberg)',
    '',
    body,
    '## Nächste Schritte',
    '- [ ] Checkliste teilen @anna-schmidt bis 2017-02-28',
    '',
  ].join('\n');
}

const FINDINGS = '## Ergebnisse\n- Ein Ergebnis\n\n';

describe('language server over stdio', function () {
  let folder: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();

  beforeEach(async function () {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-lsp-'));
    mkdirSync(join(folder, 'sessions'));
    writeFileSync(join(folder, 'barcamp.json'), PLAN);
    writeFileSync(join(folder, 'sessions', 'a.session.md'), session('Erste Sitzung', 'Elbe', FINDINGS));
    writeFileSync(join(folder, 'sessions', 'b.session.md'), session('Zweite Sitzung', 'Elbe', FINDINGS));
    ({ client } = await TestClient.start({ rootUri: pathToFileURL(folder).toString() }));
  });

  afterEach(async function () {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('announces its capabilities on initialize', async function () {
    await client.stop();
    const started = await TestClient.start();
    client = started.client;
    const caps = started.result.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.workspaceSymbolProvider);
    assert.equal(caps.textDocumentSync, 2);
  });

  it('publishes diagnostics with stable codes and source on open', async function () {
    const uri = uriOf('sessions/new.session.md');
    await client.open(uri, session('Neue Sitzung', 'Weser'));
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(codes(diagnostics), ['missing-findings']);
    assert.equal(diagnostics[0].source, 'barcamp');
    assert.equal(diagnostics[0].severity, 2);
  });

  it('names an image whose file is missing on its line, in the editor as in the CLI', async function () {
    mkdirSync(join(folder, 'sessions', 'fotos'));
    writeFileSync(join(folder, 'sessions', 'fotos', 'da.jpg'), Buffer.from([0xff, 0xd8]));
    const uri = uriOf('sessions/new.session.md');
    await client.open(uri, session('Neue Sitzung', 'Weser', `${FINDINGS}![Flipchart](fotos/da.jpg)\n\n![Tafel](fotos/weg.jpg)\n\n`));
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.severity]),
      [['missing-image', 18, 2]],
    );
    assert.match(String(diagnostics[0].message), /"fotos\/weg\.jpg" does not exist/u);
  });

  it('clears a diagnostic when a change fixes it', async function () {
    const uri = uriOf('sessions/new.session.md');
    await client.open(uri, session('Neue Sitzung', 'Weser'));
    await client.diagnosticsFor(uri, (d) => codes(d).includes('missing-findings'));
    const version = await client.replace(uri, session('Neue Sitzung', 'Weser', FINDINGS));
    const after = await client.diagnosticsFor(uri, (_d, v) => v === version);
    assert.deepEqual(codes(after), []);
  });

  it('finds a room-slot conflict with a session on disk that is not open', async function () {
    const uri = uriOf('sessions/a.session.md');
    await client.open(uri, session('Erste Sitzung', 'Elbe', FINDINGS));
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(codes(diagnostics), ['room-slot-conflict']);
    assert.equal(diagnostics[0].relatedInformation?.[0]?.location.uri, uriOf('sessions/b.session.md'));
  });

  it('revalidates open sessions when another one moves out of the conflict', async function () {
    const a = uriOf('sessions/a.session.md');
    const b = uriOf('sessions/b.session.md');
    await client.open(a, session('Erste Sitzung', 'Elbe', FINDINGS));
    await client.open(b, session('Zweite Sitzung', 'Elbe', FINDINGS));
    await client.diagnosticsFor(a, (d) => codes(d).includes('room-slot-conflict'));
    await client.replace(b, session('Zweite Sitzung', 'Weser', FINDINGS));
    const after = await client.diagnosticsFor(a, (d) => d.length === 0);
    assert.deepEqual(after, []);
  });

  it('returns the outline: session, then its sections', async function () {
    const uri = uriOf('sessions/a.session.md');
    await client.open(uri, session('Erste Sitzung', 'Elbe', FINDINGS));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Erste Sitzung');
    const sections = symbols[0].children?.map((s) => s.name);
    assert.deepEqual(sections, ['Frontmatter', 'Teilnehmende', 'Ergebnisse', 'Nächste Schritte']);
  });

  it('returns folding ranges for frontmatter and sections', async function () {
    const uri = uriOf('sessions/a.session.md');
    await client.open(uri, session('Erste Sitzung', 'Elbe', FINDINGS));
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(
      ranges.some((r) => r.startLine === 0 && r.endLine === 6),
      'frontmatter folds',
    );
    assert.ok(
      ranges.some((r) => r.startLine === 10),
      'the participants section folds',
    );
  });

  it('finds sessions by topic and by tag in workspace symbols', async function () {
    const uri = uriOf('sessions/a.session.md');
    await client.open(uri, session('Erste Sitzung', 'Elbe', FINDINGS));
    await client.indexReady(); // diagnostics no longer wait for the index; the search needs b from disk
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'zweite' });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Zweite Sitzung'],
    );
  });

  it('survives binary garbage and an unclosed frontmatter and keeps answering', async function () {
    const garbage = uriOf('sessions/garbage.session.md');
    await client.open(garbage, '\u0000\u0001\uFFFD---\n\u0007'.repeat(200));
    await client.diagnosticsFor(garbage);
    const half = uriOf('sessions/half.session.md');
    await client.open(half, '---\ntitle: Halb\n\n# Halb\n\n## Ergebnisse\n- eins\n\n## Nächste Schritte\n- [ ] Tun @anna-schmidt bis 2017-02-28\n');
    const diagnostics = await client.diagnosticsFor(half);
    assert.deepEqual(codes(diagnostics), ['frontmatter-syntax']);
  });
});

describe('language server settings and language', function () {
  let client: TestClient;
  afterEach(async () => client.stop());

  it('turns a rule off through the barcamp.rules setting', async function () {
    ({ client } = await TestClient.start({ settings: { rules: { 'missing-findings': 'off', 'missing-next-steps': 'error' } } }));
    const uri = 'untitled:settings.session.md';
    await client.open(uri, '# Thema\n');
    const diagnostics = await client.diagnosticsFor(uri);
    assert.deepEqual(codes(diagnostics), ['missing-next-steps']);
    assert.equal(diagnostics[0].severity, 1);
  });

  it('speaks German when the editor does', async function () {
    ({ client } = await TestClient.start({ locale: 'de' }));
    const uri = 'untitled:deutsch.session.md';
    await client.open(uri, '## Ergebnisse\n- eins\n');
    const diagnostics = await client.diagnosticsFor(uri);
    const topic = diagnostics.find((d) => d.code === 'missing-topic');
    assert.ok(topic, 'missing-topic reported');
    assert.match(String(topic.message), /[Tt]hema|Titel/);
  });
});
