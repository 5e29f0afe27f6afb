// "Import notes…" over LSP: the client sends a pad's bytes, the server answers with the protocol's text and where it belongs.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient';
import { testcampPlan } from './testcamp';

const PAD = ['Thema: E-Akte im Landkreis', 'Raum: weser', 'Zeit: 10.30 Uhr', '', 'Ergebnisse:', '* Aktenplan zuerst', '', 'Nächste Schritte:', '* Vorlage teilen → Anna, bis 28.02.2017', ''].join(
  '\n',
);

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('barcamp/session/importNotes', function () {
  let folder: string;
  let client: TestClient;

  beforeEach(async function () {
    folder = mkdtempSync(join(tmpdir(), 'barcamp-import-lsp-'));
    writeFileSync(join(folder, 'barcamp.json'), testcampPlan());
    ({ client } = await TestClient.start({ rootUri: pathToFileURL(folder).toString() }));
    await client.indexReady();
  });
  afterEach(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const eventUri = () => pathToFileURL(join(folder, 'barcamp.json')).toString();

  it('answers with the protocol matched against the plan: room, slot, owner with due date, sections', async () => {
    const answer = (await client.connection.sendRequest('barcamp/session/importNotes', { eventUri: eventUri(), fileName: 'pad.txt', base64: base64(PAD) })) as {
      folderUri: string;
      fileStem: string;
      text: string;
    };
    assert.equal(answer.folderUri.replace(/\/$/u, ''), pathToFileURL(folder).toString());
    assert.match(answer.fileStem, /^e-akte-im-landkreis$/u);
    assert.match(answer.text, /^title: E-Akte im Landkreis$/mu);
    assert.match(answer.text, /^room: Weser$/mu);
    assert.match(answer.text, /^slot: "10:30"$/mu);
    assert.match(answer.text, /^## Ergebnisse$/mu);
    assert.match(answer.text, /- \[ \] Vorlage teilen @anna-schmidt bis 28\.02\.2017/u);
  });

  it('says so for a binary file, and answers null for an unknown event or bytes that are no Base64', async () => {
    const binary = await client.connection.sendRequest('barcamp/session/importNotes', { eventUri: eventUri(), fileName: 'pad.txt', base64: base64(new Uint8Array([0, 1, 2, 0, 255])) });
    assert.deepEqual(binary, { error: 'binary' });
    const unknown = await client.connection.sendRequest('barcamp/session/importNotes', { eventUri: 'file:///nowhere/barcamp.json', fileName: 'pad.txt', base64: base64(PAD) });
    assert.equal(unknown, null);
    const broken = await client.connection.sendRequest('barcamp/session/importNotes', { eventUri: eventUri(), fileName: 'pad.txt', base64: '%%%not base64' });
    assert.equal(broken, null);
  });
});
