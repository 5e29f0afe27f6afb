// The first workspace index over stdio: open files get diagnostics before it is done, progress is shown, cross-file findings follow.
import { strict as assert } from 'node:assert';
import { TestClient, codes } from './lspClient';

const PLAN = JSON.stringify({
  name: 'Testcamp',
  days: [{ day: 1, date: '2017-01-26' }],
  rooms: ['Elbe'],
  slots: ['14:00'],
  people: [{ id: 'anna-schmidt', name: 'Anna Schmidt' }],
});

function session(title: string): string {
  return [
    '---',
    `title: ${title}`,
    'day: 1',
    'slot: "14:00"',
    'room: Elbe',
    '---',
    '',
    `# ${title}`,
    '',
    '## Ergebnisse',
    '- Ein Ergebnis',
    '',
    '## Nächste Schritte',
    '- [ ] Checkliste teilen @anna-schmidt bis 2017-02-28',
    '',
  ].join('\n');
}

const ROOT = 'file:///camp';
const PLAN_URI = `${ROOT}/barcamp.json`;
const DISK = [`${ROOT}/a.session.md`, `${ROOT}/b.session.md`];
const OPEN = `${ROOT}/c.session.md`;

/** A client that serves the files itself and holds every session read until `release` is called. */
async function startHeld(): Promise<{ client: TestClient; release: () => void; progress: string[] }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const progress: string[] = [];
  const { client } = await TestClient.start({
    rootUri: ROOT,
    initializationOptions: { clientFileAccess: true },
    workDoneProgress: true,
    requests: {
      'barcamp/fs/findFiles': () => ({ uris: [PLAN_URI, ...DISK] }),
      'barcamp/fs/readFile': async ({ uri }: { uri: string }) => {
        if (uri === PLAN_URI) return { text: PLAN };
        await released;
        return { text: session(`Sitzung ${uri.slice(-12, -11)}`) };
      },
      'window/workDoneProgress/create': () => null,
    },
  });
  client.connection.onNotification('$/progress', (p: { value: { kind: string } }) => void progress.push(p.value.kind));
  return { client, release, progress };
}

describe('the first workspace index', function () {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('publishes diagnostics of an open file before the sessions are indexed, with the plan already applied', async function () {
    const held = await startHeld();
    client = held.client;
    await client.open(OPEN, session('Dritte'));
    const first = await client.diagnosticsFor(OPEN);
    // No unknown-person: the plan was read first. No room-slot-conflict yet: a and b are still being read.
    assert.deepEqual(codes(first), []);
    held.release();
    const params = await client.indexReady();
    assert.deepEqual({ files: params.files, sessions: params.sessions, plans: params.plans }, { files: 3, sessions: 2, plans: 1 });
    const refreshed = await client.diagnosticsFor(OPEN, (d) => d.length > 0);
    assert.deepEqual(codes(refreshed), ['room-slot-conflict', 'room-slot-conflict']);
  });

  it('shows progress from begin to end', async function () {
    const held = await startHeld();
    client = held.client;
    held.release();
    await client.indexReady();
    assert.equal(held.progress[0], 'begin');
    assert.equal(held.progress[held.progress.length - 1], 'end');
  });

  it('answers requests while session reads are still pending', async function () {
    const held = await startHeld();
    client = held.client;
    await client.open(OPEN, session('Dritte'));
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: OPEN } });
    assert.ok(symbols.length > 0);
    held.release();
  });
});
