// The one job service: worker threads give what the in-thread service gives, jobs sent at once share the threads, a failed start falls back.
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { inThreadJobs, type Job, type JobKind } from '../../server/src/app/jobs';
import { parseEventPlan, parseSession, summarize } from '../../server/src/core';
import { workerJobs } from '../../server/src/node/jobPool';
import { readPathSync } from '../../server/src/node/nodeFiles';

const FILES = [
  { uri: 'file:///camp/a.session.md', text: '---\ntitle: Eins\nroom: Elbe\n---\n\n## Teilnehmende\n- Anna\n\n## Nächste Schritte\n- [ ] Tun @anna bis 2017-02-28\n' },
  { uri: 'file:///camp/b.session.md', text: '# Zwei\n\n## Ergebnisse\n- nichts\n' },
];
const PLAN = parseEventPlan(JSON.stringify({ name: 'Camp', rooms: ['Elbe'], people: [{ id: 'anna', name: 'Anna' }] }), 'file:///camp/barcamp.json').plan!;
const SETUP = { plans: [PLAN], today: '2017-03-01' };
/** Plain data as it crosses threads: structured clone keeps what JSON keeps here. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const job = <K extends JobKind>(kind: K, files: Job['files'] = FILES): Job<K> => ({ kind, files, setup: SETUP });

describe('the job service', function () {
  this.timeout(20_000);
  const here = inThreadJobs(readPathSync);

  it('gives in worker threads (the server bundle) what it gives in this thread, for every kind of job', async () => {
    const pool = workerJobs({ script: resolve('dist/server.js'), threads: 2, fallback: here });
    try {
      for (const kind of ['check', 'index', 'report'] as const) assert.deepEqual(plain(await pool.run(job(kind))), plain(await here.run(job(kind))), kind);
      const indexed = await pool.run(job('index'));
      assert.deepEqual(
        indexed.map((r) => ('ok' in r ? r.ok.summary : undefined)),
        FILES.map((f) => summarize(parseSession(f.text, f.uri))),
      );
      assert.ok('ok' in indexed[0] && indexed[0].ok.problems.length > 0, 'the fixture has problems');
    } finally {
      pool.close();
    }
  });

  it('keeps file order over many batches and jobs sent at once, and starts again after close', async () => {
    const pool = workerJobs({ script: resolve('dist/server.js'), threads: 2, fallback: here });
    const many = Array.from({ length: 50 }, (_, i) => ({ uri: `file:///camp/s${i}.session.md`, text: `# Sitzung ${i}\n\n## Ergebnisse\n- Punkt ${i}\n` }));
    try {
      let progress = 0;
      const [a, b] = await Promise.all([pool.run(job('check', many), (done) => (progress = done)), pool.run(job('report', many.slice(10)))]);
      assert.equal(progress, many.length);
      assert.deepEqual(plain(a), plain(await here.run(job('check', many))));
      assert.deepEqual(plain(b), plain(await here.run(job('report', many.slice(10)))));
      pool.close();
      assert.deepEqual(plain(await pool.run(job('check'))), plain(await here.run(job('check'))));
    } finally {
      pool.close();
    }
  });

  it('reads paths in the job thread, and says why a file cannot be read', async () => {
    const pool = workerJobs({ script: resolve('dist/server.js'), threads: 1, fallback: here });
    try {
      const files = [
        { uri: 'file:///demo/a.session.md', path: resolve('examples/demo-barcamp/sessions/datenschutz-als-bremse.session.md') },
        { uri: 'file:///nowhere/x.session.md', path: resolve('no/such/file.session.md') },
        { uri: 'file:///x/binary.session.md', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]) },
      ];
      const results = await pool.run(job('check', files));
      assert.ok('ok' in results[0], 'a file on disk is read by the thread');
      assert.deepEqual(results[1], { error: 'missing', detail: 'ENOENT' });
      assert.deepEqual(results[2], { error: 'binary' });
    } finally {
      pool.close();
    }
  });

  it('stops a file that takes longer than its time: too-complex at the first line, and the run goes on', async () => {
    // No parse fits into a microsecond: every batch is stopped, split into single files, and each of those stopped too.
    const pool = workerJobs({ script: resolve('dist/server.js'), threads: 2, fallback: here, fileSeconds: 0.000001 });
    try {
      const results = await pool.run(job('check'));
      assert.equal(results.length, FILES.length);
      for (const result of results) {
        assert.ok('ok' in result);
        assert.deepEqual(
          result.ok.problems.map((p) => [p.code, p.args.variant, p.range.start.line]),
          [['too-complex', 'time', 0]],
        );
      }
      const reports = await pool.run(job('report'));
      assert.deepEqual(
        reports.map((r) => ('ok' in r ? r.ok.prepared.uri : r.error)),
        FILES.map((f) => f.uri),
      );
    } finally {
      pool.close();
    }
  });

  it('runs jobs in this thread when no thread can start', async () => {
    const pool = workerJobs({ script: resolve('dist/no-such-bundle.js'), threads: 2, fallback: here });
    assert.deepEqual(plain(await pool.run(job('report'))), plain(await here.run(job('report'))));
    pool.close();
  });
});
