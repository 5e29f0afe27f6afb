// The worker-thread summarizer of the server's first index: same summaries as in-thread, and a fallback when the worker fails.
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { summarizeText } from '../../server/src/core';
import { inThread } from '../../server/src/lsp/indexing';
import { workerSummarizer } from '../../server/src/node/summaryWorker';

const FILES = [
  { uri: 'file:///camp/a.session.md', text: '---\ntitle: Eins\nroom: Elbe\n---\n\n## Teilnehmende\n- Anna\n\n## Nächste Schritte\n- [ ] Tun @anna bis 2017-02-28\n' },
  { uri: 'file:///camp/b.session.md', text: '# Zwei\n\n## Ergebnisse\n- nichts\n' },
];
const EXPECTED = FILES.map((f) => summarizeText(f.text, f.uri));

describe('summaries for the first index', function () {
  this.timeout(20_000);

  it('come out of the worker thread (the server bundle) exactly as made in-thread', async () => {
    const summarizer = workerSummarizer(resolve('dist/server.js'), inThread());
    try {
      assert.deepEqual(await summarizer.summarize(FILES), EXPECTED);
      assert.deepEqual(await summarizer.summarize(FILES.slice(1)), EXPECTED.slice(1));
    } finally {
      summarizer.close();
    }
  });

  it('are made in-thread when the worker cannot start', async () => {
    const summarizer = workerSummarizer(resolve('dist/no-such-server.js'), inThread());
    assert.deepEqual(await summarizer.summarize(FILES), EXPECTED);
    summarizer.close();
  });
});
