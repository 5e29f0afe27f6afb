// The Node host's watcher for clients that cannot watch: created, changed and deleted protocols and plans, by the system's events and by polling.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  });
}
