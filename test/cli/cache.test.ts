// The --cache file: hits for unchanged content and plan, misses after a change, corrupt files ignored, other builds discarded.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckCache, contentHash, type CacheEntry } from '../../server/src/cli/cache';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const ENTRY: CacheEntry = {
  hash: contentHash('# Thema\n'),
  plan: '',
  facts: { uri: 'file:///a.session.md', anchor: ZERO, topic: 'Thema', day: 1, slot: '10:30', room: 'Elbe' },
  problems: [{ code: 'missing-findings', range: ZERO, args: { section: 'Ergebnisse' } }],
};

describe('check cache', () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-cache-'));
    file = join(folder, '.barcampcache');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function saved(key = 'build/de'): void {
    const { cache } = CheckCache.load(file, key);
    cache.store('/a.session.md', ENTRY);
    assert.equal(cache.save(file), undefined);
  }

  const cases: Array<{ name: string; key?: string; hash?: string; plan?: string; hit: boolean }> = [
    { name: 'hits for the same content, plan and key', hit: true },
    { name: 'misses after the file changed', hash: contentHash('# Thema!\n'), hit: false },
    { name: 'misses after its barcamp.json changed', plan: contentHash('{}'), hit: false },
    { name: 'misses for another build or language', key: 'build/en', hit: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      saved();
      const { cache, corrupt } = CheckCache.load(file, c.key ?? 'build/de');
      assert.equal(corrupt, false);
      assert.equal(cache.lookup('/a.session.md', c.hash ?? ENTRY.hash, c.plan ?? ENTRY.plan) !== undefined, c.hit);
    });
  }

  it('trusts a file stamp only when size, inode and both times are the same, and the plan too', () => {
    const stamp = { size: 8, ino: 42, mtimeMs: 1000.5, ctimeMs: 1000.5 };
    const { cache } = CheckCache.load(file, 'build/de');
    cache.store('/a.session.md', { ...ENTRY, stamp });
    cache.save(file);
    const loaded = CheckCache.load(file, 'build/de').cache;
    assert.ok(loaded.lookupByStamp('/a.session.md', { ...stamp }, ''));
    for (const changed of [{ size: 9 }, { ino: 43 }, { mtimeMs: 1000.6 }, { ctimeMs: 2000 }]) assert.equal(loaded.lookupByStamp('/a.session.md', { ...stamp, ...changed }, ''), undefined);
    assert.equal(loaded.lookupByStamp('/a.session.md', stamp, contentHash('{}')), undefined);
  });

  it('returns the stored facts and problems unchanged', () => {
    saved();
    assert.deepEqual(CheckCache.load(file, 'build/de').cache.lookup('/a.session.md', ENTRY.hash, ''), ENTRY);
  });

  it('starts empty without a file, and says nothing', () => {
    const { cache, corrupt } = CheckCache.load(join(folder, 'missing'), 'build/de');
    assert.equal(corrupt, false);
    assert.equal(cache.lookup('/a.session.md', ENTRY.hash, ''), undefined);
  });

  const corruptions: Array<[string, (text: string) => string]> = [
    ['garbage', () => '\u0000\u0001 nicht JSON'],
    ['an empty file', () => ''],
    ['a truncated entry', (text) => text.slice(0, text.length - 20)],
    ['a problem without range', (text) => text.replace('"range"', '"rang"')],
    ['an unknown code', (text) => text.replace('missing-findings', 'made-up-code')],
    ['another format', (text) => text.replace('barcamp-check-cache', 'eslintcache')],
    ['facts without an anchor', (text) => text.replace('"anchor"', '"anker"')],
    ['a day that is not a number', (text) => text.replace('"day":1', '"day":"1"')],
  ];
  for (const [name, corrupt] of corruptions) {
    it(`ignores a corrupt file (${name}) and says so`, () => {
      saved();
      writeFileSync(file, corrupt(readFileSync(file, 'utf8')));
      const loaded = CheckCache.load(file, 'build/de');
      assert.equal(loaded.corrupt, true);
      assert.equal(loaded.cache.lookup('/a.session.md', ENTRY.hash, ''), undefined);
      loaded.cache.store('/a.session.md', ENTRY);
      assert.equal(loaded.cache.save(file), undefined);
      assert.equal(CheckCache.load(file, 'build/de').corrupt, false);
    });
  }

  it('rebuilds the cache of an older format version silently', () => {
    saved();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"version":\d+/u, '"version":1'));
    const loaded = CheckCache.load(file, 'build/de');
    assert.equal(loaded.corrupt, false);
    assert.equal(loaded.cache.lookup('/a.session.md', ENTRY.hash, ''), undefined);
  });

  it('appends a changed entry, lets the later line win, and compacts when stale lines pile up', () => {
    saved();
    const changed = { ...ENTRY, hash: contentHash('# Thema!\n') };
    for (let i = 0; i < 40; i++) {
      const { cache } = CheckCache.load(file, 'build/de');
      cache.store('/a.session.md', i % 2 ? ENTRY : changed);
      assert.equal(cache.save(file), undefined);
      assert.ok(CheckCache.load(file, 'build/de').cache.lookup('/a.session.md', (i % 2 ? ENTRY : changed).hash, ''));
      assert.ok(readFileSync(file, 'utf8').split('\n').length < 2 * 1 + 16 + 4, 'compacted before it grows without bound');
    }
  });

  it('reports a cache it cannot write instead of throwing', () => {
    const { cache } = CheckCache.load(file, 'build/de');
    cache.store('/a.session.md', ENTRY);
    assert.match(cache.save(join(folder, 'no', 'such', 'folder', 'cache')) ?? '', /ENOENT/);
  });
});
