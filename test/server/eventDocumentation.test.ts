// The one report pipeline over an in-memory workspace: open text wins, unreadable files are named, order and threads change nothing.
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { buildEventDocumentation, type EventSource } from '../../server/src/app/eventDocumentation';
import { eventFiles } from '../../server/src/app/eventFiles';
import { inThreadJobs } from '../../server/src/app/jobs';
import { planOutput } from '../../server/src/app/output';
import type { FileContent, Workspace } from '../../server/src/app/workspace';
import { parseEventPlan } from '../../server/src/core';
import { workerJobs } from '../../server/src/node/jobPool';

const CAMP = 'file:///camp';
const PLAN_TEXT = JSON.stringify({ name: 'Camp', language: 'en', days: [{ day: 1, date: '2017-02-16' }], rooms: ['Elbe'], slots: ['10:00'] });
const FILES: Record<string, FileContent> = {
  [`${CAMP}/barcamp.json`]: { text: PLAN_TEXT },
  [`${CAMP}/event.md`]: { text: '# Camp\n\nWelcome.\n' },
  [`${CAMP}/a.session.md`]: { text: '---\nday: 1\nslot: "10:00"\nroom: Elbe\n---\n# Alpha\n\n## Findings\n- one\n\n## Next steps\n- none\n' },
  [`${CAMP}/b.session.md`]: { bytes: new TextEncoder().encode('\uFEFF# Beta\n\n## Findings\n- two\n') },
  [`${CAMP}/broken.session.md`]: { bytes: new Uint8Array([0x50, 0x4b, 0, 0, 0]) },
  [`${CAMP}/other/barcamp.json`]: { text: '{}' },
  [`${CAMP}/other/c.session.md`]: { text: '# Other event\n' },
};

/** A workspace in memory: the files above, sorted as a host lists them. */
function memoryWorkspace(files: Record<string, FileContent>): Workspace {
  return {
    findFiles: async (roots) =>
      Object.keys(files)
        .filter((uri) => roots.some((root) => uri.startsWith(`${root}/`)) && /(\.session\.md|\/barcamp\.json)$/u.test(uri))
        .sort(),
    read: async (uri) => files[uri] ?? { error: 'missing' },
  };
}

async function camp(workspace: Workspace): Promise<EventSource> {
  const files = await eventFiles(workspace, CAMP);
  return { folderUri: CAMP, plan: parseEventPlan(PLAN_TEXT, `${CAMP}/barcamp.json`).plan, sessionUris: files.sessionUris, fallbackTitle: 'camp' };
}

describe('buildEventDocumentation', function () {
  this.timeout(20_000);
  const workspace = memoryWorkspace(FILES);

  it("finds the event's sessions, leaving out those of an event below it", async () => {
    const files = await eventFiles(workspace, CAMP);
    assert.deepEqual(files.sessionUris, [`${CAMP}/a.session.md`, `${CAMP}/b.session.md`, `${CAMP}/broken.session.md`]);
    assert.deepEqual(files.foreign, [`${CAMP}/other/c.session.md`]);
  });

  it('reports every readable session, names the unreadable one, and renders the wanted formats', async () => {
    const doc = await buildEventDocumentation(workspace, inThreadJobs(), await camp(workspace), { today: '2017-03-01', formats: ['md', 'json'] });
    assert.deepEqual(
      doc.report.sessions.map((s) => s.title),
      ['Alpha', 'Beta'],
    );
    assert.deepEqual(doc.unreadable, [{ uri: `${CAMP}/broken.session.md`, error: 'binary', detail: undefined }]);
    assert.deepEqual(
      doc.files.map((f) => f.fileName),
      ['event-documentation.md', 'event-documentation.json', 'organizer-report.md', 'organizer-report.json'],
    );
    assert.equal(doc.report.language, 'en');
    assert.equal(doc.report.notes.introduction, 'Welcome.');
    // Beta has no next steps section: a warning, worded in the report's language by the renderer, in the organizers' report.
    const json = JSON.parse(doc.files.find((f) => f.fileName === 'organizer-report.json')!.content as string);
    const beta = json.sessions.find((s: { title: string }) => s.title === 'Beta');
    assert.ok(
      beta.diagnostics.some((d: { code: string; message: string }) => d.code === 'missing-next-steps' && d.message.includes('"## Next steps"')),
      JSON.stringify(beta.diagnostics),
    );
    assert.equal(doc.errors, 0);
  });

  it('gives the same files whatever order the sessions come in, and in worker threads as in this thread', async () => {
    const source = await camp(workspace);
    const here = await buildEventDocumentation(workspace, inThreadJobs(), source, { today: '2017-03-01' });
    const reversed = await buildEventDocumentation(workspace, inThreadJobs(), { ...source, sessionUris: [...source.sessionUris].reverse() }, { today: '2017-03-01' });
    assert.deepEqual(reversed.files, here.files);
    const pool = workerJobs({ script: resolve('dist/server.js'), threads: 2, fallback: inThreadJobs() });
    try {
      const threaded = await buildEventDocumentation(workspace, pool, source, { today: '2017-03-01' });
      assert.deepEqual(threaded.files, here.files);
    } finally {
      pool.close();
    }
  });

  it('words the report in the language asked for', async () => {
    const doc = await buildEventDocumentation(workspace, inThreadJobs(), await camp(workspace), { language: 'de', formats: ['md'] });
    assert.equal(doc.report.language, 'de');
    // The protocol is English: the advice names its heading in English, the sentence around it is German.
    assert.match(doc.files.find((f) => f.fileName === 'organizer-report.md')!.content as string, /Es fehlen nächste Schritte: Ergänzen Sie einen Abschnitt „## Next steps“/u);
  });

  it('stops between batches when cancelled', async () => {
    await assert.rejects(buildEventDocumentation(workspace, inThreadJobs(), await camp(workspace), { isCancelled: () => true }), { name: 'Error' });
  });
});

describe('planOutput', () => {
  it("writes new and generated targets, keeps equal ones, and writes nothing when a person's file stands at a target", async () => {
    const out = `${CAMP}/dokumentation`;
    const generated = '<!-- barcamp-sessions:generated · old run -->\nold';
    const files = [
      { fileName: 'event-documentation.md', content: 'new' },
      { fileName: 'next-steps.csv', content: '\uFEFFsame' },
    ];
    const fresh = await planOutput(memoryWorkspace({}), out, files);
    assert.deepEqual(
      fresh.write.map((w) => w.uri),
      [`${out}/event-documentation.md`, `${out}/next-steps.csv`],
    );
    const same = await planOutput(memoryWorkspace({ [`${out}/next-steps.csv`]: { text: 'same' } }), out, files);
    assert.deepEqual(same.unchanged, [`${out}/next-steps.csv`]);
    const person = await planOutput(memoryWorkspace({ [`${out}/event-documentation.md`]: { text: 'my own notes' } }), out, files);
    assert.deepEqual(person.refused, [`${out}/event-documentation.md`]);
    assert.deepEqual(person.write, []);
    const again = await planOutput(memoryWorkspace({ [`${out}/event-documentation.md`]: { text: generated } }), out, files);
    assert.deepEqual(
      again.write.map((w) => w.uri),
      [`${out}/event-documentation.md`, `${out}/next-steps.csv`],
    );
  });
});
