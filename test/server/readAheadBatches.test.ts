// The server's batch loop: batches in order, the next one read while one is handled, and a clean stop on cancellation.
import { strict as assert } from 'node:assert';
import { inReadAheadBatches } from '../../server/src/lsp/indexing';

/** A promise and the function that resolves it, to hold a step open until the test says so. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('inReadAheadBatches', () => {
  it('handles every item once, in order, batch by batch, with the count done so far', async () => {
    const items = Array.from({ length: 70 }, (_, i) => i);
    const handled: Array<{ batch: number[]; done: number }> = [];
    const finished = await inReadAheadBatches(
      items,
      async (batch) => batch,
      async (batch, done) => void handled.push({ batch, done }),
    );
    assert.equal(finished, true);
    assert.deepEqual(
      handled.map((h) => h.done),
      [32, 64, 70],
    );
    assert.deepEqual(
      handled.flatMap((h) => h.batch),
      items,
    );
  });

  it('reads the next batch while one is handled', async () => {
    const events: string[] = [];
    const handling = gate();
    const run = inReadAheadBatches(
      Array.from({ length: 40 }, (_, i) => i),
      async (batch) => {
        events.push(`read ${batch[0]}`);
        return batch;
      },
      async (batch) => {
        events.push(`handle ${batch[0]}`);
        if (batch[0] === 0) await handling.opened;
      },
    );
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(events, ['read 0', 'read 32', 'handle 0'], 'the second batch is read before the first is handled to the end');
    handling.open();
    assert.equal(await run, true);
    assert.deepEqual(events, ['read 0', 'read 32', 'handle 0', 'handle 32']);
  });

  it('stops before a batch once cancelled, after the read in flight has ended', async () => {
    let cancel = false;
    let readsEnded = 0;
    const handled: number[] = [];
    const finished = await inReadAheadBatches(
      Array.from({ length: 100 }, (_, i) => i),
      async (batch) => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        readsEnded++;
        return batch;
      },
      async (batch) => {
        handled.push(batch[0]);
        cancel = true;
      },
      () => cancel,
    );
    assert.equal(finished, false);
    assert.deepEqual(handled, [0]);
    assert.equal(readsEnded, 2, 'the read started ahead was awaited, no further one started');
  });

  it('handles nothing for no items', async () => {
    let handled = 0;
    assert.equal(
      await inReadAheadBatches(
        [],
        async (batch) => batch,
        async () => void handled++,
      ),
      true,
    );
    assert.equal(handled, 0);
  });
});
