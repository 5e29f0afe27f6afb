// The server in any LSP editor: watched files (registered or watched itself), pull diagnostics, commands by executeCommand, links to the rule pages.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApplyWorkspaceEditParams, DocumentDiagnosticReport, RegistrationParams, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { TestClient, codes, type ClientOptions } from './lspClient';
import { ANNA, testcampPlan } from './testcamp';

const PEOPLE = [ANNA];
const MAX = { id: 'max-mustermann', name: 'Max Mustermann' };

function plan(people: Array<{ id: string; name: string; org?: string }> = PEOPLE): string {
  return testcampPlan({ people, output: { folder: 'doku', formats: ['md', 'html'] } });
}

function session(title: string, room: string, owner = 'anna-schmidt', findings = true): string {
  return [
    '---',
    `title: ${title}`,
    'day: 1',
    'slot: "14:00"',
    `room: ${room}`,
    'host: Anna Schmidt',
    'status: freigegeben',
    '---',
    '',
    `# ${title}`,
    '',
    '## Teilnehmende',
    '- Anna Schmidt (Kreis Pinneberg)',
    '',
    ...(findings ? ['## Ergebnisse', '- Ein Ergebnis', ''] : []),
    '## Nächste Schritte',
    `- [ ] Checkliste teilen @${owner} bis 2017-02-28`,
    '',
  ].join('\n');
}

describe('language server in any LSP editor', function () {
  let folder: string;
  let client: TestClient | undefined;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
  const start = async (options: ClientOptions = {}) => {
    const started = await TestClient.start({ rootUri: pathToFileURL(folder).toString(), ...options });
    client = started.client;
    return started;
  };

  beforeEach(function () {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-editors-'));
    mkdirSync(join(folder, 'sessions'));
    writeFileSync(join(folder, 'barcamp.json'), plan());
    writeFileSync(join(folder, 'sessions', 'a.session.md'), session('Erste Sitzung', 'Elbe'));
    writeFileSync(join(folder, 'sessions', 'b.session.md'), session('Zweite Sitzung', 'Weser', 'max-mustermann', false));
  });

  afterEach(async function () {
    await client?.stop();
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  describe('changed files', function () {
    it('registers a watcher for barcamp.json, event.md and protocols with a client that allows dynamic registration', async function () {
      let registered: (params: RegistrationParams) => void = () => undefined;
      const registration = new Promise<RegistrationParams>((resolve) => (registered = resolve));
      await start({
        workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true } },
        requests: {
          'client/registerCapability': (params: RegistrationParams) => {
            if (params.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles')) registered(params);
            return null;
          },
        },
      });
      const watcher = (await registration).registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      const globs = (watcher?.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
      assert.deepEqual(globs.sort(), ['**/*.session.md', '**/barcamp.json', '**/event.md']);
    });

    it('registers no watcher for a client that sends file events by itself (watchesFiles, as VS Code)', async function () {
      const methods: string[] = [];
      await start({
        initializationOptions: { watchesFiles: true },
        workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true } },
        requests: { 'client/registerCapability': (params: RegistrationParams) => (methods.push(...params.registrations.map((r) => r.method)), null) },
      });
      // A registration goes out before the first index starts, so by index/ready it would have arrived.
      await client!.indexReady();
      assert.deepEqual(methods, []);
    });

    it('sees barcamp.json edited on disk by itself when the client cannot watch (Neovim 0.7): an owner becomes known', async function () {
      await start();
      const uri = uriOf('sessions/b.session.md');
      await client!.open(uri, readFileSync(join(folder, 'sessions', 'b.session.md'), 'utf8'));
      await client!.indexReady();
      await client!.diagnosticsFor(uri, (d) => codes(d).includes('unknown-person'));
      writeFileSync(join(folder, 'barcamp.json'), plan([...PEOPLE, MAX]));
      const after = await client!.diagnosticsFor(uri, (d) => !codes(d).includes('unknown-person'));
      assert.deepEqual(codes(after), ['missing-findings']);
    });
  });

  describe('pull diagnostics', function () {
    const pullClient = { textDocumentCapabilities: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } };

    it('answers textDocument/diagnostic, "unchanged" for the same result, and pushes nothing for the document', async function () {
      let refreshed: () => void = () => undefined;
      const refresh = new Promise<void>((resolve) => (refreshed = resolve));
      const { result } = await start({
        ...pullClient,
        workspaceCapabilities: { diagnostics: { refreshSupport: true } },
        requests: { 'workspace/diagnostic/refresh': () => (refreshed(), null) },
      });
      assert.deepEqual(result.capabilities.diagnosticProvider, { identifier: 'barcamp', interFileDependencies: true, workspaceDiagnostics: true });
      const uri = uriOf('sessions/b.session.md');
      await client!.open(uri, readFileSync(join(folder, 'sessions', 'b.session.md'), 'utf8'));
      const first = await client!.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(first.kind, 'full');
      assert.deepEqual(codes(first.kind === 'full' ? first.items : []), ['missing-findings', 'unknown-person']);
      const again = await client!.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
      // The index is done and open files are revalidated: a pull client hears it as a refresh, never as a push.
      await client!.indexReady();
      await refresh;
      await client!.request('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(client!.pushedFor(uri), undefined);
    });

    it('answers workspace/diagnostic with every protocol, closed ones too', async function () {
      await start(pullClient);
      await client!.indexReady();
      const report = await client!.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const byUri = new Map(report.items.map((item) => [item.uri, item]));
      const b = byUri.get(uriOf('sessions/b.session.md'));
      assert.equal(b?.kind, 'full');
      assert.equal(b?.version, null);
      assert.deepEqual(codes(b?.kind === 'full' ? b.items : []), ['missing-findings', 'unknown-person']);
      const a = byUri.get(uriOf('sessions/a.session.md'));
      assert.deepEqual(a?.kind === 'full' ? a.items : undefined, []);
    });

    it('holds a repeated workspace/diagnostic until something changed, then answers with what changed', async function () {
      await start(pullClient);
      await client!.indexReady();
      const first = await client!.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
      const next = client!.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
      writeFileSync(join(folder, 'barcamp.json'), plan([...PEOPLE, MAX]));
      const byUri = new Map((await next).items.map((item) => [item.uri, item]));
      assert.equal(byUri.get(uriOf('sessions/a.session.md'))?.kind, 'unchanged');
      const b = byUri.get(uriOf('sessions/b.session.md'));
      assert.deepEqual(codes(b?.kind === 'full' ? b.items : []), ['missing-findings']);
    });

    it('keeps pushing for a client that does not pull', async function () {
      const { result } = await start();
      assert.equal(result.capabilities.diagnosticProvider, undefined);
      const uri = uriOf('sessions/b.session.md');
      await client!.open(uri, readFileSync(join(folder, 'sessions', 'b.session.md'), 'utf8'));
      assert.ok(codes(await client!.diagnosticsFor(uri)).includes('missing-findings'));
    });
  });

  describe('workspace/executeCommand', function () {
    it('announces its commands under ids apart from the extension’s own', async function () {
      const { result } = await start();
      const commands = result.capabilities.executeCommandProvider?.commands ?? [];
      assert.deepEqual(commands, ['barcamp.server.aggregate', 'barcamp.server.checkAll', 'barcamp.server.newSession']);
      const contributed = (JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);
      for (const command of commands) assert.ok(!contributed.includes(command), `${command} is also a command of the extension`);
    });

    it('barcamp.server.aggregate writes the documentation of the only event, as the CLI does', async function () {
      await start();
      const answer = await client!.request<{ outputFolderUri: string; written: string[] }>('workspace/executeCommand', { command: 'barcamp.server.aggregate', arguments: [] });
      assert.equal(answer.outputFolderUri, uriOf('doku'));
      for (const name of ['event-documentation.md', 'event-documentation.html']) assert.ok(existsSync(join(folder, 'doku', name)), `doku/${name} was not written`);
      assert.ok(answer.written.includes(uriOf('doku/event-documentation.html')));
      assert.match(readFileSync(join(folder, 'doku', 'event-documentation.md'), 'utf8'), /Erste Sitzung/u);
    });

    it('barcamp.server.aggregate refuses to write over a file a person wrote, and says so', async function () {
      mkdirSync(join(folder, 'doku'));
      writeFileSync(join(folder, 'doku', 'event-documentation.md'), '# Von Hand\n');
      await start();
      await assert.rejects(client!.request('workspace/executeCommand', { command: 'barcamp.server.aggregate', arguments: [uriOf('barcamp.json')] }), /person/u);
      assert.equal(readFileSync(join(folder, 'doku', 'event-documentation.md'), 'utf8'), '# Von Hand\n');
      assert.ok(!existsSync(join(folder, 'doku', 'event-documentation.html')));
    });

    it('barcamp.server.checkAll checks every protocol and pushes the closed ones’ diagnostics', async function () {
      await start();
      const result = await client!.request<{ sessions: number; warnings: number }>('workspace/executeCommand', { command: 'barcamp.server.checkAll', arguments: [] });
      assert.equal(result.sessions, 2);
      const closed = await client!.diagnosticsFor(uriOf('sessions/b.session.md'));
      assert.deepEqual(codes(closed), ['missing-findings', 'unknown-person']);
    });

    it('barcamp.server.newSession creates the protocol through workspace/applyEdit (CreateFile, then its text)', async function () {
      let edit: ApplyWorkspaceEditParams | undefined;
      await start({
        workspaceCapabilities: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
        requests: { 'workspace/applyEdit': (params: ApplyWorkspaceEditParams) => ((edit = params), { applied: true }) },
      });
      const answer = await client!.request<{ uri: string; text: string; applied: boolean }>('workspace/executeCommand', {
        command: 'barcamp.server.newSession',
        arguments: ['Offene Daten', 'Weser', '10:30'],
      });
      assert.equal(answer.uri, uriOf('sessions/offene-daten.session.md'));
      assert.equal(answer.applied, true);
      assert.match(answer.text, /title: Offene Daten/u);
      assert.match(answer.text, /room: Weser/u);
      const changes = edit?.edit.documentChanges ?? [];
      assert.deepEqual(changes[0], { kind: 'create', uri: answer.uri, options: { overwrite: false, ignoreIfExists: false } });
      assert.deepEqual(changes[1], {
        textDocument: { uri: answer.uri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: answer.text }],
      });
    });

    it('barcamp.server.newSession answers the text, not applied, for a client that cannot create files; a taken name gets -2', async function () {
      writeFileSync(join(folder, 'sessions', 'offene-daten.session.md'), session('Offene Daten', 'Trave'));
      await start();
      const answer = await client!.request<{ uri: string; applied: boolean }>('workspace/executeCommand', { command: 'barcamp.server.newSession', arguments: [{ topic: 'Offene Daten' }] });
      assert.equal(answer.uri, uriOf('sessions/offene-daten-2.session.md'));
      assert.equal(answer.applied, false);
    });

    describe('barcamp.server.newSession where the disk cannot be asked', function () {
      /** The client serves the files (clientFileAccess): the plan and protocol from disk, every other name as `otherName` says. */
      const startServing = (stat: (uri: string) => unknown, otherName: (uri: string) => unknown) =>
        start({
          initializationOptions: { clientFileAccess: true, watchesFiles: true },
          requests: {
            'barcamp/fs/findFiles': () => ({ uris: [uriOf('barcamp.json'), uriOf('sessions/a.session.md')] }),
            'barcamp/fs/readFile': ({ uri }: { uri: string }) => (existsSync(new URL(uri)) ? { text: readFileSync(new URL(uri), 'utf8') } : otherName(uri)),
            'barcamp/fs/stat': ({ uri }: { uri: string }) => stat(uri),
          },
        });
      const newSession = () => client!.request<{ uri: string }>('workspace/executeCommand', { command: 'barcamp.server.newSession', arguments: [{ topic: 'Offene Daten' }] });

      it('gives up after 1000 names that cannot be checked, and says why', async function () {
        let asked = 0;
        await startServing(
          () => (asked++, { error: 'unreadable', detail: 'EACCES: permission denied' }),
          () => ({ error: 'missing' }),
        );
        await assert.rejects(newSession(), /1000 names.*EACCES/u);
        assert.equal(asked, 1000);
      });

      it('gives up as well when the client fails every question', async function () {
        await startServing(
          () => {
            throw new Error('no stat here');
          },
          () => {
            throw new Error('no read either');
          },
        );
        await assert.rejects(newSession(), /1000 names/u);
      });

      it('asks by reading where the client does not answer stat', async function () {
        await startServing(
          () => {
            throw new Error('no stat here');
          },
          () => ({ error: 'missing' }),
        );
        assert.equal((await newSession()).uri, uriOf('sessions/offene-daten.session.md'));
      });
    });
  });

  describe('links to the rule pages', function () {
    const open = async () => {
      const uri = uriOf('sessions/b.session.md');
      await client!.open(uri, readFileSync(join(folder, 'sessions', 'b.session.md'), 'utf8'));
      return client!.diagnosticsFor(uri, (d) => codes(d).includes('unknown-person'));
    };

    it('links each code to its page below the docsUrl the client names', async function () {
      await start({ initializationOptions: { docsUrl: 'https://docs.example/barcamp/rules/' } });
      const diagnostics = await open();
      for (const d of diagnostics) assert.equal(d.codeDescription?.href, `https://docs.example/barcamp/rules/${d.code}.md`);
    });

    it('links to the pages shipped beside the server when the client names none', async function () {
      await start();
      const diagnostics = await open();
      for (const d of diagnostics) assert.equal(d.codeDescription?.href, pathToFileURL(join(process.cwd(), 'docs', 'rules', `${d.code}.md`)).toString());
    });

    it('takes no relative docsUrl as a base: the shipped pages stay the link', async function () {
      await start({ initializationOptions: { docsUrl: 'docs/rules' } });
      for (const d of await open()) assert.ok(d.codeDescription?.href.startsWith('file:'), `${d.code} links to ${d.codeDescription?.href}`);
    });

    it('leaves the codes plain for the VS Code client (clientFileAccess) as long as it names no docsUrl', async function () {
      await start({ initializationOptions: { clientFileAccess: true, watchesFiles: true }, requests: { 'barcamp/fs/findFiles': () => ({ uris: [] }) } });
      const uri = uriOf('sessions/b.session.md');
      await client!.open(uri, readFileSync(join(folder, 'sessions', 'b.session.md'), 'utf8'));
      const diagnostics = await client!.diagnosticsFor(uri, (d) => d.length > 0);
      for (const d of diagnostics) assert.equal(d.codeDescription, undefined);
    });
  });
});
