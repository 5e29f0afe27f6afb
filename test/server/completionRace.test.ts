// Completion right after a document opens waits for the event plans: `@` offers the plan's people even while barcamp.json is still being read.
import { strict as assert } from 'node:assert';
import { TestClient } from './lspClient';

const ROOT = 'file:///camp';
const PLAN = JSON.stringify({ name: 'Camp', people: [{ id: 'anna-schmidt', name: 'Anna Schmidt' }] });
const DOC = `${ROOT}/a.session.md`;
const TEXT = '# A\n\n## Nächste Schritte\n- [ ] Tun @';

describe('completion while the plans are read', function () {
  this.timeout(30_000);
  let client: TestClient;
  after(async () => client?.stop());

  it('offers the plan people after @ once barcamp.json is read, even when asked before', async () => {
    let releasePlan: () => void = () => undefined;
    const planGate = new Promise<void>((resolve) => (releasePlan = resolve));
    ({ client } = await TestClient.start({
      rootUri: ROOT,
      initializationOptions: { clientFileAccess: true },
      requests: {
        'barcamp/fs/findFiles': () => ({ uris: [`${ROOT}/barcamp.json`, DOC] }),
        'barcamp/fs/readFile': async ({ uri }: { uri: string }) => {
          if (uri.endsWith('barcamp.json')) {
            await planGate;
            return { text: PLAN };
          }
          return { text: TEXT };
        },
      },
    }));
    await client.open(DOC, TEXT);
    const answer = client.request<Array<{ label: string }> | { items: Array<{ label: string }> }>('textDocument/completion', {
      textDocument: { uri: DOC },
      position: { line: 3, character: TEXT.split('\n')[3].length },
    });
    releasePlan();
    const result = await answer;
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    assert.ok(
      labels.some((l) => l.includes('anna-schmidt')),
      JSON.stringify(labels),
    );
  });
});
