// The worker thread for closed files (index summaries with local problems, report preparation): same results as in-thread, a fallback when it fails.
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { parseEventPlan, summarizeText } from '../../server/src/core';
import { inThread } from '../../server/src/lsp/fileJobs';
import { workerSummarizer } from '../../server/src/node/summaryWorker';

const FILES = [
  { uri: 'file:///camp/a.session.md', text: '---\ntitle: Eins\nroom: Elbe\n---\n\n## Teilnehmende\n- Anna\n\n## Nächste Schritte\n- [ ] Tun @anna bis 2017-02-28\n' },
  { uri: 'file:///camp/b.session.md', text: '# Zwei\n\n## Ergebnisse\n- nichts\n' },
];
/** The index's summaries come from the full parse that also gives the problems: they equal the summary-only parse's. */
const EXPECTED = FILES.map((f) => summarizeText(f.text, f.uri));
const PLAN = parseEventPlan(JSON.stringify({ name: 'Camp', rooms: ['Elbe'], people: [{ id: 'anna', name: 'Anna' }] }), 'file:///camp/barcamp.json').plan;
/** Plain data as it crosses threads: structured clone keeps what JSON keeps here. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const summaries = (results: Array<{ summary: unknown }>) => results.map((r) => r.summary);

describe('summaries and local problems for the first index', function () {
  this.timeout(20_000);
  const setup = { plan: PLAN, language: 'de' as const };

  it('come out of the worker thread (the server bundle) exactly as made in-thread', async () => {
    const summarizer = workerSummarizer(resolve('dist/server.js'), inThread());
    try {
      assert.deepEqual(summaries(await summarizer.analyze(FILES, setup)), EXPECTED);
      assert.deepEqual(summaries(await summarizer.analyze(FILES.slice(1), setup)), EXPECTED.slice(1));
    } finally {
      summarizer.close();
    }
  });

  it('are made in-thread when the worker cannot start', async () => {
    const summarizer = workerSummarizer(resolve('dist/no-such-server.js'), inThread());
    assert.deepEqual(plain(await summarizer.analyze(FILES, setup)), plain(await inThread().analyze(FILES, setup)));
    summarizer.close();
  });

  it('analyze and prepare give in the worker what they give in-thread, also for jobs sent at once', async () => {
    const summarizer = workerSummarizer(resolve('dist/server.js'), inThread());
    const local = inThread();
    try {
      const both = { ...setup, today: '2017-03-01', otherLanguage: 'en' as const };
      const [analyzed, prepared] = await Promise.all([summarizer.analyze(FILES, both), summarizer.prepare(FILES, both)]);
      assert.deepEqual(plain(analyzed), plain(await local.analyze(FILES, both)));
      assert.deepEqual(plain(prepared), plain(await local.prepare(FILES, both)));
      assert.deepEqual(summaries(analyzed), EXPECTED);
      assert.ok(analyzed[0].problems.length > 0, 'the fixture has problems');
      // Closed, it starts again for the next job.
      summarizer.close();
      assert.deepEqual(plain(await summarizer.analyze(FILES, both)), plain(analyzed));
    } finally {
      summarizer.close();
    }
  });
});
