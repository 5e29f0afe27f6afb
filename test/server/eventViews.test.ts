// The organizer's views over stdio with files served by the client: equal to full validation, answered from the first index without reads, changed files followed.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SessionIndex, nextStepsOverview, parseSession, sessionsOverview, summarize, validateSession, type DiagnosticCode, type RuleSetting } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/convert';
import {
  CheckAllRequest,
  expandNextSteps,
  NewSessionRequest,
  NextStepsListRequest,
  PreviewRequest,
  SessionsListRequest,
  SetStepDoneRequest,
  type CheckAllResult,
  type NewSessionResult,
  type NextStepsListResult,
  type PreviewResult,
  type SessionsListResult,
  type SetStepDoneResult,
} from '../../server/src/protocol';
import { TestClient } from './lspClient';

const ROOT = 'file:///camp';
const PLAN_URI = `${ROOT}/barcamp.json`;
const DEMO = resolve('examples/demo-barcamp');
const TODAY = '2017-03-01';
/** The user's settings: one rule off, one raised, so severities are applied as in the Problems panel. */
const RULES: Partial<Record<DiagnosticCode, RuleSetting>> = { 'missing-findings': 'off', 'next-step-without-owner': 'error' };

/** The demo event plus sessions with cross-file conflicts, CRLF, a BOM, an impossible date and paragraph steps. */
function fixtures(): Map<string, string> {
  const files = new Map<string, string>([[PLAN_URI, readFileSync(join(DEMO, 'barcamp.json'), 'utf8')]]);
  for (const name of readdirSync(join(DEMO, 'sessions')).filter((n) => n.endsWith('.session.md'))) files.set(`${ROOT}/sessions/${name}`, readFileSync(join(DEMO, 'sessions', name), 'utf8'));
  const extra = (name: string, lines: string[], eol = '\n') => files.set(`${ROOT}/sessions/${name}.session.md`, lines.join(eol));
  extra('konflikt', [
    '---',
    'title: Konflikt',
    'day: 1',
    'slot: "10:30"',
    'room: Elbe',
    '---',
    '',
    '## Ergebnisse',
    '- Eins',
    '',
    '## Nächste Schritte',
    'Absatz ohne Liste @anna-schmidt bis 30.02.2017',
    '',
  ]);
  extra('crlf', ['---', 'title: CRLF', 'day: 1', 'slot: "10:30"', 'room: Elbe', '---', '', '## Nächste Schritte', '- Ohne Frist', '- [x] Erledigt @niemand'], '\r\n');
  files.set(`${ROOT}/sessions/bom.session.md`, '\uFEFF# BOM\n\n## Findings\n- One\n\n## Next steps\n- [ ] Two @anna-schmidt due 2017-02-01\n');
  return files;
}

/**
 * A client that serves `files` itself and counts every read of a session file (and every read as shown)
 * and every settings request; `failSettings` settings requests fail before the others are answered.
 */
async function start(files: Map<string, string>, failSettings = 0): Promise<{ client: TestClient; reads: string[]; readsAsShown: string[]; settingsScopes: string[] }> {
  const reads: string[] = [];
  const readsAsShown: string[] = [];
  const settingsScopes: string[] = [];
  const { client } = await TestClient.start({
    rootUri: ROOT,
    settings: { rules: RULES },
    initializationOptions: { clientFileAccess: true },
    requests: {
      'workspace/configuration': ({ items }: { items: Array<{ scopeUri?: string }> }) => {
        settingsScopes.push(...items.map((item) => item.scopeUri ?? ''));
        if (failSettings-- > 0) throw new Error('the editor could not answer');
        return items.map(() => ({ rules: RULES }));
      },
      'barcamp/fs/findFiles': () => ({ uris: [...files.keys()] }),
      'barcamp/fs/readFile': ({ uri, asShown }: { uri: string; asShown?: boolean }) => {
        if (asShown) readsAsShown.push(uri);
        if (uri.endsWith('.session.md')) reads.push(uri);
        return { text: files.get(uri) };
      },
    },
  });
  await client.indexReady();
  reads.length = 0; // the first index's reads are not the views'
  return { client, reads, readsAsShown, settingsScopes };
}

/** The old way: every file parsed and fully validated against an index of all of them (every barcamp.json among them). */
function fullValidation(files: Map<string, string>) {
  const index = new SessionIndex();
  for (const [uri, text] of files) if (uri.endsWith('/barcamp.json')) index.setPlan(uri, text);
  const protocols = [...files].filter(([uri]) => uri.endsWith('.session.md')).map(([uri, text]) => parseSession(text, uri));
  for (const protocol of protocols) index.setSession(summarize(protocol));
  return protocols.map((protocol) => ({
    summary: summarize(protocol),
    diagnostics: validateSession(protocol, index.contextFor(protocol.uri, { settings: RULES, language: 'en' })),
  }));
}

const plan = (files: Map<string, string>) => new SessionIndex().setPlan(PLAN_URI, files.get(PLAN_URI)!).plan;
const viewOptions = (files: Map<string, string>) => ({ plan: plan(files), folderUri: ROOT, language: 'en' as const });
const stepsParams = { groupBy: 'owner', includeDone: true, today: TODAY };

describe('event views over stdio (files served by the client)', function () {
  this.timeout(30_000);
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('give what full validation of every file gives: Sessions view, Next-steps view, Check all', async function () {
    const files = fixtures();
    ({ client } = await start(files));
    const expected = fullValidation(files);

    const sessions = await client.request<SessionsListResult>(SessionsListRequest, { eventUri: PLAN_URI });
    const { days, unscheduled, counts } = sessionsOverview(expected, viewOptions(files));
    assert.deepEqual(JSON.parse(JSON.stringify(sessions.events[0])), JSON.parse(JSON.stringify({ event: sessions.events[0].event, days, unscheduled, counts })));
    assert.ok(counts.errors > 0 && counts.warnings > 0);

    const steps = await client.request<NextStepsListResult>(NextStepsListRequest, { ...stepsParams, eventUri: PLAN_URI });
    const groups = nextStepsOverview(
      expected.map((e) => e.summary),
      { ...viewOptions(files), groupBy: 'owner', includeDone: true, today: TODAY },
    );
    assert.deepEqual(expandNextSteps(steps)[0].groups, JSON.parse(JSON.stringify(groups)));
    // Each step, session and owner once, though a step with two owners stands in two groups.
    const { steps: sent, sessions: named, owners } = steps.events[0];
    assert.equal(sent.length, new Set(groups.flatMap((g) => g.steps)).size);
    assert.ok(sent.length < groups.reduce((n, g) => n + g.steps.length, 0), 'the fixtures have a step with two owners');
    assert.equal(new Set(named.map((s) => s.uri)).size, named.length);
    assert.equal(new Set(owners.map((o) => o.handle)).size, owners.length);

    const all = await client.request<CheckAllResult>(CheckAllRequest, { enabled: true });
    assert.equal(all.sessions, expected.length);
    // The request answers after it sent every closed file's diagnostics, and messages keep their order.
    for (const { summary, diagnostics } of expected) {
      assert.deepEqual(await client.diagnosticsFor(summary.uri), JSON.parse(JSON.stringify(diagnostics.map(toDiagnostic))), summary.uri);
    }
  });

  it('decode the bytes the client sends with the core, keep a file over the size limit with its one error, and forget what is no file', async function () {
    const files = new Map([[PLAN_URI, readFileSync(join(DEMO, 'barcamp.json'), 'utf8')]]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Sechzehn Bit\n\n## Ergebnisse\n- Äußerst gut\n\n## Nächste Schritte\n- keine\n', 'utf16le')]);
    const answers: Record<string, unknown> = {
      [`${ROOT}/sessions/utf16.session.md`]: { base64: utf16.toString('base64') },
      [`${ROOT}/sessions/riesig.session.md`]: { error: 'tooLarge', detail: String(60 * 1024 * 1024) },
      [`${ROOT}/sessions/ordner.session.md`]: { error: 'notAFile', detail: 'no regular file' },
    };
    ({ client } = await TestClient.start({
      rootUri: ROOT,
      initializationOptions: { clientFileAccess: true },
      requests: {
        'barcamp/fs/findFiles': () => ({ uris: [...files.keys(), ...Object.keys(answers)] }),
        'barcamp/fs/readFile': ({ uri }: { uri: string }) => answers[uri] ?? (files.has(uri) ? { text: files.get(uri) } : { error: 'missing' }),
      },
    }));
    await client.indexReady();
    const sessions = await client.request<SessionsListResult>(SessionsListRequest, { eventUri: PLAN_URI });
    const entries = sessions.events[0].days.flatMap((d) => d.slots.flatMap((s) => s.sessions)).concat(sessions.events[0].unscheduled);
    assert.deepEqual(entries.map((e) => [e.label, e.state, e.errors]).sort(), [
      ['Sechzehn Bit', 'complete', 0],
      ['riesig', 'errors', 1],
    ]);
    const all = await client.request<CheckAllResult>(CheckAllRequest, { enabled: true });
    assert.equal(all.sessions, 2);
    assert.deepEqual(
      (await client.diagnosticsFor(`${ROOT}/sessions/riesig.session.md`)).map((d) => d.code),
      ['too-large'],
    );
  });

  it('answer from the first index: the first and a repeated request, the Next-steps view and Check all read nothing', async function () {
    const files = fixtures();
    let reads: string[];
    ({ client, reads } = await start(files));
    const first = await client.request<SessionsListResult>(SessionsListRequest, {});
    assert.deepEqual(reads, [], 'the first index parsed every closed file for its summary and its local problems');
    const second = await client.request<SessionsListResult>(SessionsListRequest, {});
    await client.request<NextStepsListResult>(NextStepsListRequest, stepsParams);
    await client.request<CheckAllResult>(CheckAllRequest, { enabled: true });
    await client.request<NewSessionResult>(NewSessionRequest, { eventUri: PLAN_URI, topic: 'Neu' });
    assert.deepEqual(reads, []);
    assert.deepEqual(second, first);
  });

  it('follow a closed file changed on disk (didChangeWatchedFiles): only that file is read again', async function () {
    const files = fixtures();
    let reads: string[];
    ({ client, reads } = await start(files));
    const uri = `${ROOT}/sessions/fachkraefte.session.md`;
    const before = await client.request<SessionsListResult>(SessionsListRequest, {});
    const entry = (r: SessionsListResult) => [...r.events[0].days.flatMap((d) => d.slots.flatMap((s) => s.sessions)), ...r.events[0].unscheduled].find((s) => s.uri === uri);
    assert.equal(entry(before)?.state, 'errors');

    // The impossible date is fixed, the topic renamed and a step added.
    const changed = files
      .get(uri)!
      .replace('30.02.2017', '28.02.2017')
      .replace(/^title: .*$/mu, 'title: Fachkräfte neu');
    files.set(uri, changed.replace('## Nächste Schritte\n', '## Nächste Schritte\n- [ ] Neuer Schritt @anna-schmidt bis 2017-04-01\n'));
    reads.length = 0;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    const after = await client.request<SessionsListResult>(SessionsListRequest, {});
    assert.equal(entry(after)?.label, 'Fachkräfte neu');
    assert.notEqual(entry(after)?.state, 'errors');
    // One read by the watcher's re-index, which keeps the file's problems too; no other file.
    assert.deepEqual(reads, [uri]);

    const steps = await client.request<NextStepsListResult>(NextStepsListRequest, stepsParams);
    const anna = expandNextSteps(steps)[0].groups.find((g) => g.key === 'owner:anna-schmidt');
    assert.ok(anna?.steps.some((s) => s.text === 'Neuer Schritt' && s.session === 'Fachkräfte neu' && s.due === '2017-04-01'));
  });

  it('take a file closed in the editor from disk again: one read at the close, none by the views', async function () {
    const files = fixtures();
    let reads: string[];
    ({ client, reads } = await start(files));
    const uri = `${ROOT}/sessions/fachkraefte.session.md`;
    const label = (r: SessionsListResult) => [...r.events[0].days.flatMap((d) => d.slots.flatMap((s) => s.sessions)), ...r.events[0].unscheduled].find((s) => s.uri === uri)?.label;
    await client.open(uri, files.get(uri)!.replace(/^title: .*$/mu, 'title: Ungespeichert'));
    assert.equal(label(await client.request<SessionsListResult>(SessionsListRequest, {})), 'Ungespeichert');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const after = await client.request<SessionsListResult>(SessionsListRequest, {});
    assert.equal(label(after), label(await client.request<SessionsListResult>(SessionsListRequest, {})));
    assert.notEqual(label(after), 'Ungespeichert');
    assert.deepEqual(reads, [uri]);
    const expected = fullValidation(files);
    assert.deepEqual(after.events[0].counts, sessionsOverview(expected, viewOptions(files)).counts);
  });

  it('a changed barcamp.json makes every entry stale; a deleted file leaves the views', async function () {
    const files = fixtures();
    let reads: string[];
    ({ client, reads } = await start(files));
    await client.request<SessionsListResult>(SessionsListRequest, {});
    const plan = JSON.parse(files.get(PLAN_URI)!);
    files.set(PLAN_URI, JSON.stringify({ ...plan, rooms: [...plan.rooms, 'Donau'] }));
    const gone = `${ROOT}/sessions/crlf.session.md`;
    files.delete(gone);
    reads.length = 0;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: PLAN_URI, type: 2 },
        { uri: gone, type: 3 },
      ],
    });
    const after = await client.request<SessionsListResult>(SessionsListRequest, {});
    const sessionCount = files.size - 1;
    assert.equal(reads.length, sessionCount + 1, 'every session again (the plan changed), plus the deleted one once by the watcher');
    assert.equal(after.events[0].counts.total, sessionCount);
    const expected = fullValidation(files);
    assert.deepEqual(after.events[0].counts, sessionsOverview(expected, viewOptions(files)).counts);
  });

  it('check each file of the first index against its own event: two plans and a folder without one, no reads, settings asked once per folder', async function () {
    const files = fixtures();
    const demo = [...files].filter(([uri]) => uri.startsWith(`${ROOT}/sessions/`));
    const plan = JSON.parse(files.get(PLAN_URI)!);
    // The second event knows other rooms and nobody: the same texts give other local problems there.
    files.set(`${ROOT}/nord/barcamp.json`, JSON.stringify({ ...plan, name: 'Nord', rooms: ['Alster'], people: [] }));
    for (const [uri, text] of demo) files.set(uri.replace('/sessions/', '/nord/'), text);
    for (const [uri, text] of demo.slice(0, 3)) files.set(uri.replace(`${ROOT}/sessions/`, 'file:///lose/'), text);
    let reads: string[];
    let settingsScopes: string[];
    ({ client, reads, settingsScopes } = await start(files));
    const all = await client.request<CheckAllResult>(CheckAllRequest, { enabled: true });
    const expected = fullValidation(files);
    // Every session's diagnostics below carry the user's settings; they were asked for once per folder, not per file.
    const folders = settingsScopes.map((uri) => uri.slice(0, uri.lastIndexOf('/') + 1)).sort();
    assert.deepEqual(folders, ['file:///camp/nord/', 'file:///camp/sessions/', 'file:///lose/']);
    assert.equal(all.sessions, expected.length);
    for (const { summary, diagnostics } of expected) {
      assert.deepEqual(await client.diagnosticsFor(summary.uri), JSON.parse(JSON.stringify(diagnostics.map(toDiagnostic))), summary.uri);
    }
    const nord = expected.find((e) => e.summary.uri.startsWith(`${ROOT}/nord/`) && e.diagnostics.some((d) => d.code === 'unknown-room'));
    assert.ok(nord, 'the second plan gives problems of its own');
    assert.deepEqual(reads, []);
  });

  it('read files as the editor shows them only for edits it applies: rename and check off, not the index or the views', async function () {
    const files = fixtures();
    let readsAsShown: string[];
    ({ client, readsAsShown } = await start(files));
    await client.request<SessionsListResult>(SessionsListRequest, {});
    await client.request<NextStepsListResult>(NextStepsListRequest, stepsParams);
    await client.request<CheckAllResult>(CheckAllRequest, { enabled: true });
    await client.request<PreviewResult>(PreviewRequest, { eventUri: PLAN_URI, today: TODAY });
    assert.deepEqual([...readsAsShown], [], 'the index, the views and the preview read the saved files');

    const uri = `${ROOT}/sessions/bom.session.md`;
    const text = files.get(uri)!.replace(/^\uFEFF/u, '');
    await client.open(uri, text);
    const at = text.indexOf('@anna-schmidt') + 3;
    const position = { line: text.slice(0, at).split('\n').length - 1, character: at - text.lastIndexOf('\n', at - 1) - 1 };
    const rename = await client.request<{ changes?: Record<string, unknown[]> }>('textDocument/rename', { textDocument: { uri }, position, newName: 'anna-meyer' });
    assert.ok(rename.changes?.[PLAN_URI], 'the rename edits barcamp.json');
    assert.ok(readsAsShown.includes(PLAN_URI), 'barcamp.json is read as the editor shows it, for the rename');
    const closed = `${ROOT}/sessions/crlf.session.md`;
    await client.request<SetStepDoneResult>(SetStepDoneRequest, { uri: closed, line: 9, done: false });
    assert.ok(readsAsShown.includes(closed), 'a closed file is read as shown, for checking a step off');
  });

  it('ask for the settings again after a failed request, and apply them once answered', async function () {
    const files = fixtures();
    let settingsScopes: string[];
    ({ client, settingsScopes } = await start(files, 1));
    await client.request<CheckAllResult>(CheckAllRequest, { enabled: true });
    assert.ok(settingsScopes.length >= 2, `asked ${settingsScopes.length} time(s)`);
    // After the failure, the files checked with the user's settings show them: 'missing-findings' is off.
    const expected = fullValidation(files);
    const withSettings = expected.filter((e) => e.summary.uri !== settingsScopes[0]);
    for (const { summary, diagnostics } of withSettings) {
      assert.deepEqual(await client.diagnosticsFor(summary.uri), JSON.parse(JSON.stringify(diagnostics.map(toDiagnostic))), summary.uri);
    }
  });

  it('answer a request sent with a null token, as VS Code sends one without a token', async function () {
    ({ client } = await start(fixtures()));
    // Sent as [params, null], the handler gets null where the token usually is.
    const preview = await client.connection.sendRequest<PreviewResult>(PreviewRequest, { eventUri: PLAN_URI, today: TODAY }, null);
    assert.match(preview.html ?? '', /<h1[^>]*>Barcamp Digitale Verwaltung Nord 2017/u);
    const sessions = await client.connection.sendRequest<SessionsListResult>(SessionsListRequest, { eventUri: PLAN_URI }, null);
    assert.equal(sessions.events[0].counts.total, fixtures().size - 1);
  });
});
