// The Node host's watcher for clients that cannot watch: created, changed and deleted protocols and plans, by the system's events and by polling.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import type { Watching } from '../../server/src/lsp/host';
import { watchFiles, type WatchOptions } from '../../server/src/node/watchFiles';

/** Collects the watcher's reports; `next(accept)` resolves with the first report event that satisfies `accept`. */
class Reports {
  private readonly seen: FileEvent[] = [];
  private readonly waiters: Array<() => void> = [];
  readonly onChange = (changes: FileEvent[]) => {
    this.seen.push(...changes);
    this.waiters.splice(0).forEach((wake) => wake());
  };
  async next(accept: (change: FileEvent) => boolean): Promise<FileEvent> {
    for (;;) {
      const found = this.seen.find(accept);
      if (found) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }
  all(): FileEvent[] {
    return [...this.seen];
  }
}

for (const [label, options] of [
  ['by the system’s events', {}],
  ['by polling', { poll: true, intervalMs: 20 }],
] as Array<[string, WatchOptions]>) {
  describe(`watchFiles ${label}`, function () {
    let folder: string;
    let watching: Watching;
    let reports: Reports;
    const uriOf = (...parts: string[]) => pathToFileURL(join(folder, ...parts)).toString();
    const is = (uri: string, type: FileChangeType) => (c: FileEvent) => c.uri === uri && c.type === type;

    beforeEach(async function () {
      folder = mkdtempSync(join(tmpdir(), 'barcamp-watch-'));
      mkdirSync(join(folder, 'sessions'));
      writeFileSync(join(folder, 'barcamp.json'), '{}');
      writeFileSync(join(folder, 'sessions', 'a.session.md'), '# A\n');
      reports = new Reports();
      const started = watchFiles([pathToFileURL(folder).toString()], reports.onChange, options);
      watching = started;
      await started.ready;
    });

    afterEach(function () {
      watching.dispose();
      rmSync(folder, { recursive: true, force: true });
    });

    it('reports a changed barcamp.json and a deleted protocol', async function () {
      writeFileSync(join(folder, 'barcamp.json'), '{ "name": "Neu" }');
      await reports.next(is(uriOf('barcamp.json'), FileChangeType.Changed));
      rmSync(join(folder, 'sessions', 'a.session.md'));
      await reports.next(is(uriOf('sessions', 'a.session.md'), FileChangeType.Deleted));
    });

    it('reports a protocol created in a new folder, and nothing for other files', async function () {
      mkdirSync(join(folder, 'tag-2'));
      writeFileSync(join(folder, 'tag-2', 'notes.txt'), 'not ours');
      writeFileSync(join(folder, 'tag-2', 'b.session.md'), '# B\n');
      await reports.next(is(uriOf('tag-2', 'b.session.md'), FileChangeType.Created));
      assert.deepEqual(
        reports.all().filter((c) => !c.uri.endsWith('.session.md') && !c.uri.endsWith('/barcamp.json')),
        [],
      );
    });

    it('sees a folder removed and created again, twice, and what is written in it later', async function () {
      const sessions = join(folder, 'sessions');
      rmSync(sessions, { recursive: true });
      mkdirSync(join(sessions, 'm'), { recursive: true });
      writeFileSync(join(sessions, 'm', 'q.session.md'), '# Q\n');
      await reports.next(is(uriOf('sessions', 'a.session.md'), FileChangeType.Deleted));
      await reports.next(is(uriOf('sessions', 'm', 'q.session.md'), FileChangeType.Created));
      rmSync(sessions, { recursive: true });
      mkdirSync(join(sessions, 'm'), { recursive: true });
      await reports.next(is(uriOf('sessions', 'm', 'q.session.md'), FileChangeType.Deleted));
      writeFileSync(join(sessions, 'm', 'r.session.md'), '# R\n');
      await reports.next(is(uriOf('sessions', 'm', 'r.session.md'), FileChangeType.Created));
      writeFileSync(join(sessions, 'm', 'r.session.md'), '# R, longer\n');
      await reports.next(is(uriOf('sessions', 'm', 'r.session.md'), FileChangeType.Changed));
    });

    it('reports a folder moved away as deleted there and created here, and back again', async function () {
      renameSync(join(folder, 'sessions'), join(folder, 'moved'));
      await reports.next(is(uriOf('moved', 'a.session.md'), FileChangeType.Created));
      await reports.next(is(uriOf('sessions', 'a.session.md'), FileChangeType.Deleted));
      writeFileSync(join(folder, 'moved', 'a.session.md'), '# A, moved\n');
      await reports.next(is(uriOf('moved', 'a.session.md'), FileChangeType.Changed));
      renameSync(join(folder, 'moved'), join(folder, 'sessions'));
      await reports.next(is(uriOf('sessions', 'a.session.md'), FileChangeType.Created));
      await reports.next(is(uriOf('moved', 'a.session.md'), FileChangeType.Deleted));
      writeFileSync(join(folder, 'sessions', 'a.session.md'), '# A, back home\n');
      await reports.next(is(uriOf('sessions', 'a.session.md'), FileChangeType.Changed));
      // The folder's first watch would still report it under its old name.
      assert.deepEqual(
        reports.all().filter((c) => c.uri === uriOf('moved', 'a.session.md') && c.type === FileChangeType.Changed),
        [{ uri: uriOf('moved', 'a.session.md'), type: FileChangeType.Changed }],
      );
    });

    it('follows no link to a folder: a loop reports nothing twice', async function () {
      symlinkSync('.', join(folder, 'loop'));
      mkdirSync(join(folder, 'later'));
      writeFileSync(join(folder, 'later', 'z.session.md'), '# Z\n');
      await reports.next(is(uriOf('later', 'z.session.md'), FileChangeType.Created));
      writeFileSync(join(folder, 'barcamp.json'), '{ "name": "Danach" }');
      await reports.next(is(uriOf('barcamp.json'), FileChangeType.Changed));
      assert.deepEqual(
        reports.all().filter((c) => c.uri.includes('/loop/')),
        [],
      );
    });

    it('knows no more files than its limit, and says so once', async function () {
      const limited = new Reports();
      let said: (message: string) => void = () => undefined;
      const saying = new Promise<string>((resolve) => (said = resolve));
      const logged: string[] = [];
      const log = (message: string) => (logged.push(message), said(message));
      const watcher = watchFiles([pathToFileURL(folder).toString()], limited.onChange, { ...options, maxFiles: 2, log });
      try {
        await watcher.ready;
        assert.deepEqual(logged, []);
        writeFileSync(join(folder, 'sessions', 'b.session.md'), '# B\n');
        writeFileSync(join(folder, 'sessions', 'c.session.md'), '# C\n');
        assert.match(await saying, /2 files/u);
        writeFileSync(join(folder, 'barcamp.json'), '{ "name": "Neu" }');
        await limited.next(is(uriOf('barcamp.json'), FileChangeType.Changed));
        assert.equal(logged.length, 1);
        assert.deepEqual(
          limited.all().filter((c) => c.type === FileChangeType.Created),
          [],
        );
      } finally {
        watcher.dispose();
      }
    });

    it('walks no more folders than its limit, and says so', async function () {
      const logged: string[] = [];
      const limited = new Reports();
      const watcher = watchFiles([pathToFileURL(folder).toString()], limited.onChange, { ...options, maxWalkedFolders: 1, log: (m) => logged.push(m) });
      try {
        await watcher.ready;
        assert.equal(logged.length, 1);
        assert.match(logged[0], /1 folders/u);
        writeFileSync(join(folder, 'barcamp.json'), '{ "name": "Neu" }');
        await limited.next(is(uriOf('barcamp.json'), FileChangeType.Changed));
      } finally {
        watcher.dispose();
      }
    });
  });
}
