// The organizer's custom requests over stdio, on a copy of the demo event: views, edits, check all, aggregate, previews.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AggregateRequest,
  CheckAllRequest,
  expandNextSteps,
  EventFormOfRequest,
  EventPlanFromFormRequest,
  NewEventPlanRequest,
  EventsListRequest,
  NewSessionRequest,
  NextStepsListRequest,
  PreviewRequest,
  PreviewSessionRequest,
  ReviewStatusRequest,
  SessionsListRequest,
  SetReviewStatusRequest,
  SetStepDoneRequest,
  type AggregateResult,
  type CheckAllResult,
  type EventFormOfResult,
  type EventPlanFromFormResult,
  type NewEventPlanResult,
  type EventsListResult,
  type NewSessionResult,
  type NextStepsListResult,
  type PreviewResult,
  type PreviewSessionResult,
  type ReviewStatusResult,
  type SessionEntry,
  type SessionsListResult,
  type SetReviewStatusResult,
  type SetStepDoneResult,
} from '../../server/src/protocol';
import { EXPORT_FILE_NAMES, EXPORT_FORMATS, isGeneratedDocx, ORGANIZER_FILE_NAMES } from '../../server/src/core';
import { TestClient, codes } from './lspClient';

const DEMO = resolve('examples/demo-barcamp');
const GOLDEN = resolve('test/golden/demo');
/** The reference date of the golden files. */
const TODAY = '2017-03-01';

/** The demo's planted problems, as `barcamp check` reports them: one error, warnings in six sessions. */
const EXPECTED_STATES: Record<string, SessionEntry['state']> = {
  'fachkraefte.session.md': 'errors',
  'buergerbeteiligung.session.md': 'warnings',
  'e-akte.session.md': 'warnings',
  'ki-im-amt.session.md': 'warnings',
  'offene-daten.session.md': 'warnings',
  'open-source.session.md': 'warnings',
  'werkstattbericht.session.md': 'warnings',
  'agile-verwaltung.session.md': 'complete',
  'barrierefreiheit.session.md': 'complete',
  'datenschutz-als-bremse.session.md': 'complete',
  'digitale-kompetenzen.session.md': 'complete',
  'onlinezugangsgesetz.session.md': 'complete',
  'open-data-english.session.md': 'complete',
  'zukunftswerkstatt.session.md': 'complete',
};

function allSessions(result: SessionsListResult): SessionEntry[] {
  return result.events.flatMap((e) => [...e.days.flatMap((d) => d.slots.flatMap((s) => s.sessions)), ...e.unscheduled]);
}

describe('organizer requests over stdio (demo event)', function () {
  this.timeout(30_000);
  let root: string;
  let event: string;
  let client: TestClient;
  const uriOf = (...parts: string[]) => pathToFileURL(join(event, ...parts)).toString();
  const planUri = () => uriOf('barcamp.json');

  beforeEach(async function () {
    root = mkdtempSync(join(tmpdir(), 'barcamp-organizer-'));
    event = join(root, 'demo-barcamp');
    cpSync(DEMO, event, { recursive: true });
    ({ client } = await TestClient.start({ rootUri: pathToFileURL(root).toString() }));
  });

  afterEach(async function () {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('barcamp/events/list: the demo event with its days, rooms and slots', async function () {
    const { events } = await client.request<EventsListResult>(EventsListRequest, null);
    assert.equal(events.length, 1);
    const [info] = events;
    assert.equal(info.eventUri, planUri());
    assert.equal(info.name, 'Barcamp Digitale Verwaltung Nord 2017');
    assert.equal(info.language, 'de');
    assert.equal(info.sessions, 14);
    assert.deepEqual(info.rooms, ['Elbe', 'Weser', 'Trave', 'Alster']);
    assert.deepEqual(
      info.days.map((d) => d.label),
      ['Day 1 · 26 Jan 2017', 'Day 2 · 27 Jan 2017'],
    );
  });

  it('several events: every barcamp.json is an event of its own, sessions without one form an event per folder', async function () {
    const other = join(root, 'herbst');
    mkdirSync(join(other, 'protokolle'), { recursive: true });
    writeFileSync(join(other, 'barcamp.json'), JSON.stringify({ name: 'Herbstcamp', language: 'en', days: [{ day: 1 }] }));
    writeFileSync(join(other, 'protokolle', 'x.session.md'), '---\ntitle: X\nday: 1\nslot: "9:00"\n---\n\n## Findings\n- One\n\n## Next steps\n- none\n');
    mkdirSync(join(root, 'lose'));
    writeFileSync(join(root, 'lose', 'y.session.md'), '# Y\n');
    await client.stop();
    ({ client } = await TestClient.start({ rootUri: pathToFileURL(root).toString() }));
    const { events } = await client.request<EventsListResult>(EventsListRequest, null);
    assert.deepEqual(
      events.map((e) => [e.name, e.sessions, e.planUri !== undefined]),
      [
        ['Barcamp Digitale Verwaltung Nord 2017', 14, true],
        ['Herbstcamp', 1, true],
        ['lose', 1, false],
      ],
    );
    const herbst = await client.request<SessionsListResult>(SessionsListRequest, { eventUri: pathToFileURL(join(other, 'barcamp.json')).toString() });
    assert.deepEqual(
      allSessions(herbst).map((s) => [s.label, s.file]),
      [['X', 'protokolle/x.session.md']],
    );
    const created = await client.request<NewSessionResult>(NewSessionRequest, { eventUri: events[1].eventUri, topic: 'Z' });
    assert.equal(created.folderUri, pathToFileURL(join(other, 'protokolle')).toString());
    assert.match(created.text, /\n## Findings\n/, 'the event language (barcamp.json) decides the headings');
  });

  it('barcamp/sessions/list: every session with the state the Problems panel shows, in schedule order', async function () {
    const result = await client.request<SessionsListResult>(SessionsListRequest, {});
    assert.equal(result.events.length, 1);
    const sessions = allSessions(result);
    const states = Object.fromEntries(sessions.map((s) => [s.file.replace(/^sessions\//, ''), s.state]));
    assert.deepEqual(states, EXPECTED_STATES);
    assert.deepEqual(result.events[0].counts, { total: 14, complete: 7, warnings: 6, errors: 1 });
    const [day1] = result.events[0].days;
    assert.equal(day1.day, 1);
    assert.deepEqual(
      day1.slots.map((s) => s.slot),
      ['10:30', '11:45', '14:00', '15:15'].filter((s) => day1.slots.some((x) => x.slot === s)),
    );
    const eAkte = sessions.find((s) => s.file === 'sessions/e-akte.session.md')!;
    assert.equal(eAkte.label, 'E-Akte einführen – aber wie?');
    assert.equal(eAkte.warnings, 2);
  });

  it('barcamp/sessions/list with problemsOnly: only sessions with warnings or errors; counts stay complete', async function () {
    const result = await client.request<SessionsListResult>(SessionsListRequest, { eventUri: planUri(), problemsOnly: true });
    const sessions = allSessions(result);
    assert.equal(sessions.length, 7);
    assert.ok(sessions.every((s) => s.state !== 'complete'));
    assert.equal(result.events[0].counts.total, 14);
  });

  it("barcamp/sessions/list grouped by action field: the plan's fields by title in its order, then the sessions without one", async function () {
    const result = await client.request<SessionsListResult>(SessionsListRequest, { eventUri: planUri(), groupBy: 'actionField' });
    const [demo] = result.events;
    assert.deepEqual([demo.days, demo.unscheduled], [[], []]);
    const groups = (demo.actionFields ?? []).map((g) => [g.kind, g.id, g.title, g.sessions.map((s) => s.file.replace(/^sessions\//, ''))]);
    const withField = ['zukunftswerkstatt.session.md', 'offene-daten.session.md', 'open-data-english.session.md'];
    assert.deepEqual(groups.slice(0, 2), [
      ['field', 'mobilitaet', 'Mobilität im ländlichen Raum', ['zukunftswerkstatt.session.md']],
      ['field', 'open-data', 'Offene Daten in Kommunen', ['offene-daten.session.md', 'open-data-english.session.md']],
    ]);
    assert.equal(groups.length, 3);
    assert.deepEqual(groups[2].slice(0, 3), ['none', undefined, undefined]);
    assert.deepEqual(
      (groups[2][3] as string[]).sort(),
      Object.keys(EXPECTED_STATES)
        .filter((f) => !withField.includes(f))
        .sort(),
    );
    // In the same order as grouped by day.
    const byDay = allSessions(await client.request<SessionsListResult>(SessionsListRequest, { eventUri: planUri() })).map((s) => s.uri);
    const none = demo.actionFields![2].sessions.map((s) => s.uri);
    assert.deepEqual(
      none,
      byDay.filter((uri) => none.includes(uri)),
    );
    assert.equal(demo.counts.total, 14);
  });

  it('barcamp/sessions/list follows an open, edited document', async function () {
    const uri = uriOf('sessions', 'fachkraefte.session.md');
    const text = readFileSync(join(event, 'sessions', 'fachkraefte.session.md'), 'utf8');
    await client.open(uri, text.replace('30.02.2017', '28.02.2017'));
    await client.diagnosticsFor(uri, (d) => !codes(d).includes('invalid-date'));
    const sessions = allSessions(await client.request<SessionsListResult>(SessionsListRequest, {}));
    assert.equal(sessions.find((s) => s.uri === uri)?.state, 'complete');
  });

  it('barcamp/nextSteps/list: grouped by owner, by session and by due date, with overdue and done', async function () {
    const byOwner = await client.request<NextStepsListResult>(NextStepsListRequest, { groupBy: 'owner', includeDone: true, today: TODAY });
    const groups = expandNextSteps(byOwner)[0].groups;
    assert.equal(groups[groups.length - 1].key, 'none', 'steps nobody owns come last');
    const sabine = groups.find((g) => g.key === 'owner:sabine-hoffmann');
    assert.ok(sabine, `groups: ${groups.map((g) => g.key).join(', ')}`);
    assert.equal(sabine.label, 'Sabine Hoffmann');
    const akte = sabine.steps.find((s) => s.text === 'Aktenplan des Finanzministeriums als Vorlage bereitstellen');
    assert.ok(akte, `steps: ${sabine.steps.map((s) => s.text).join(' | ')}`);
    assert.equal(akte.due, '2017-02-15');
    assert.equal(akte.overdue, true);
    assert.equal(akte.checkable, true);
    const unknown = groups.find((g) => g.key === 'owner:max-mustermann');
    assert.equal(unknown?.label, '@max-mustermann');

    const bySession = await client.request<NextStepsListResult>(NextStepsListRequest, { groupBy: 'session', includeDone: true, today: TODAY });
    assert.equal(bySession.events[0].groups.length, new Set(bySession.events[0].groups.map((g) => g.key)).size);
    assert.ok(bySession.events[0].groups.every((g) => g.key.startsWith('session:')));

    const byDue = await client.request<NextStepsListResult>(NextStepsListRequest, { groupBy: 'due', includeDone: true, today: TODAY });
    const dueKeys = byDue.events[0].groups.map((g) => g.key).filter((k) => k !== 'none');
    assert.deepEqual(dueKeys, [...dueKeys].sort());
    const total = (r: NextStepsListResult) => new Set(expandNextSteps(r)[0].groups.flatMap((g) => g.steps.map((s) => `${s.uri}#${s.line}`))).size;
    assert.equal(total(byDue), total(bySession));

    const openOnly = await client.request<NextStepsListResult>(NextStepsListRequest, { groupBy: 'due', includeDone: false, today: TODAY });
    assert.ok(expandNextSteps(openOnly)[0].groups.every((g) => g.steps.every((s) => !s.done)));
    assert.ok(total(openOnly) < total(byDue), 'the demo has done steps, which are left out');
  });

  it('barcamp/nextSteps/setDone: toggles the checkbox of a closed file, and inserts one into a plain item', async function () {
    const uri = uriOf('sessions', 'e-akte.session.md');
    const lines = readFileSync(join(event, 'sessions', 'e-akte.session.md'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('Aktenplan des Finanzministeriums'));
    const checked = await client.request<SetStepDoneResult>(SetStepDoneRequest, { uri, line, done: true });
    assert.deepEqual(checked.edit, { changes: { [uri]: [{ range: { start: { line, character: 2 }, end: { line, character: 5 } }, newText: '[x]' }] } });
    const again = await client.request<SetStepDoneResult>(SetStepDoneRequest, { uri, line, done: false });
    assert.deepEqual(again.edit, { changes: { [uri]: [] } }, 'already open: nothing to change');

    const plain = uriOf('sessions', 'plain.session.md');
    await client.open(plain, '# Thema\n\n## Nächste Schritte\n- Folien teilen @anna\n');
    const inserted = await client.request<SetStepDoneResult>(SetStepDoneRequest, { uri: plain, line: 3, done: true });
    assert.deepEqual(inserted.edit?.changes[plain], [{ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } }, newText: '[x] ' }]);
    const nowhere = await client.request<SetStepDoneResult>(SetStepDoneRequest, { uri: plain, line: 0, done: true });
    assert.equal(nowhere.edit, null);
  });

  it("barcamp/session/reviewStatus and setReviewStatus: the status in the protocol's words, the edit of its frontmatter; the Sessions view shows it", async function () {
    const sessions = allSessions(await client.request<SessionsListResult>(SessionsListRequest, {}));
    const entry = (file: string) => sessions.find((s) => s.file === `sessions/${file}`)!;
    assert.deepEqual([entry('werkstattbericht.session.md').status, entry('ki-im-amt.session.md').status, entry('e-akte.session.md').status], ['draft', 'draft', 'approved']);
    assert.equal(entry('open-data-english.session.md').actionField, 'open-data');

    const uri = uriOf('sessions', 'werkstattbericht.session.md');
    const info = await client.request<ReviewStatusResult | null>(ReviewStatusRequest, { uri });
    assert.deepEqual(info, { status: 'draft', language: 'de', words: { draft: 'Entwurf', reviewed: 'geprüft', approved: 'freigegeben' } });
    const set = await client.request<SetReviewStatusResult>(SetReviewStatusRequest, { uri, status: 'reviewed' });
    assert.deepEqual(set, { edit: { changes: { [uri]: [{ range: { start: { line: 7, character: 8 }, end: { line: 7, character: 15 } }, newText: 'geprüft' }] } }, version: null });

    const english = uriOf('sessions', 'open-data-english.session.md');
    await client.open(english, readFileSync(join(event, 'sessions', 'open-data-english.session.md'), 'utf8'));
    const approve = await client.request<SetReviewStatusResult>(SetReviewStatusRequest, { uri: english, status: 'approved' });
    assert.equal(approve.edit?.changes[english]?.[0].newText, 'approved');
    assert.equal(approve.version, 1, "the open document's version");

    assert.equal(await client.request(ReviewStatusRequest, { uri: planUri() }), null);
    assert.deepEqual(await client.request(SetReviewStatusRequest, { uri: planUri(), status: 'approved' }), { edit: null, reason: 'noSession' });
  });

  it('barcamp/session/new: the skeleton in the event language, a slug file name next to the other sessions', async function () {
    const result = await client.request<NewSessionResult>(NewSessionRequest, { eventUri: planUri(), topic: 'Künstliche Intelligenz: Chancen?', day: '2', slot: '10:30', room: 'Elbe' });
    assert.equal(result.folderUri, uriOf('sessions'));
    assert.equal(result.fileStem, 'künstliche-intelligenz-chancen');
    assert.match(result.text, /^---\ntitle: "Künstliche Intelligenz: Chancen\?"\nday: 2\nslot: "10:30"\nroom: Elbe\n/);
    assert.match(result.text, /\n## Ergebnisse\n- \n/);
    assert.equal(result.text.split('\n')[result.cursor.line - 1], '## Ergebnisse');
    assert.equal(result.cursor.character, 2);
  });

  it('barcamp/event/newPlan: a barcamp.json with name, language and first day', async function () {
    const { text } = await client.request<NewEventPlanResult>(NewEventPlanRequest, { name: 'Camp', language: 'en', date: '2030-05-04' });
    const plan = JSON.parse(text);
    assert.deepEqual([plan.name, plan.language, plan.days], ['Camp', 'en', [{ day: 1, date: '2030-05-04' }]]);
  });

  it('barcamp/event/formOf and planFromForm: the demo plan into the form and back, keeping its rules; problems instead of a text', async function () {
    const base = readFileSync(join(event, 'barcamp.json'), 'utf8');
    const form = await client.request<EventFormOfResult>(EventFormOfRequest, { text: base });
    assert.ok(form);
    assert.equal(form.name, 'Barcamp Digitale Verwaltung Nord 2017');
    assert.match(form.people, /^Anna Schmidt \(Kreis Pinneberg\) \*$/m);
    const edited = await client.request<EventPlanFromFormResult>(EventPlanFromFormRequest, { form: { ...form, rooms: `${form.rooms}\nHavel` }, base });
    assert.deepEqual(edited.problems, []);
    const before = JSON.parse(base);
    const after = JSON.parse(edited.text!);
    assert.deepEqual(after.rooms, [...before.rooms, 'Havel']);
    assert.deepEqual([after.$schema, after.rules, after.people], [before.$schema, before.rules, before.people]);
    const wrong = await client.request<EventPlanFromFormResult>(EventPlanFromFormRequest, { form: { ...form, name: '', days: [{ date: '30.02.2030' }] } });
    assert.deepEqual(wrong, {
      problems: [
        { code: 'missingName', field: 'name' },
        { code: 'invalidDate', field: 'days', row: 0, value: '30.02.2030' },
      ],
    });
    assert.equal(await client.request<EventFormOfResult>(EventFormOfRequest, { text: '{' }), null);
  });

  it('barcamp/checkAll: diagnostics for closed files while on, cleared when off', async function () {
    const closed = uriOf('sessions', 'ki-im-amt.session.md');
    const on = await client.request<CheckAllResult>(CheckAllRequest, { enabled: true });
    assert.deepEqual(on, { enabled: true, sessions: 14, errors: 1, warnings: 6 });
    assert.deepEqual(codes(await client.diagnosticsFor(closed)), ['unknown-field', 'unknown-room']);
    await client.request<CheckAllResult>(CheckAllRequest, { enabled: false });
    assert.deepEqual(await client.diagnosticsFor(closed, (d) => d.length === 0), []);
  });

  it('barcamp/aggregate: the formats of barcamp.json output, identical to the golden files', async function () {
    const started = process.hrtime.bigint();
    const result = await client.request<AggregateResult>(AggregateRequest, { eventUri: planUri(), today: TODAY });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`      (aggregate request of the demo event: ${ms.toFixed(0)} ms)`);
    assert.equal(result.error, undefined);
    assert.equal(result.outputFolderUri, uriOf('dokumentation'));
    const formats: string[] = JSON.parse(readFileSync(join(event, 'barcamp.json'), 'utf8')).output?.formats ?? EXPORT_FORMATS;
    // The public files, then the organizers' report (which has no next-steps table and no Word file).
    const wanted = EXPORT_FORMATS.filter((f) => formats.includes(f));
    // The public files, then the organizers' report in the folder beside them.
    const uris = [
      ...wanted.map((f) => uriOf('dokumentation', EXPORT_FILE_NAMES[f])),
      ...wanted.flatMap((f) => (ORGANIZER_FILE_NAMES[f] ? [uriOf('dokumentation-intern', ORGANIZER_FILE_NAMES[f])] : [])),
    ];
    assert.deepEqual(
      result.files.map((f) => f.uri),
      uris,
    );
    for (const file of result.files) {
      const name = file.uri.slice(file.uri.lastIndexOf('/') + 1);
      // Word travels as Base64 and has no golden file (it is a zip); it must be one of ours.
      if (file.encoding === 'base64') assert.ok(isGeneratedDocx(Buffer.from(file.content, 'base64')), `${name} is no generated Word file`);
      else assert.equal(file.content, readFileSync(join(GOLDEN, name), 'utf8'), `${name} differs from the CLI's golden file`);
    }
    assert.deepEqual(result.stats, { sessions: 14, sessionsWithProblems: 7, errors: 1 });
    assert.deepEqual([result.refused, result.unchanged, result.unknownFormats], [[], [], []]);
  });

  it('barcamp/aggregate: unchanged files are reported, a hand-written file is refused and nothing is written', async function () {
    const first = await client.request<AggregateResult>(AggregateRequest, { eventUri: planUri(), today: TODAY });
    mkdirSync(join(event, 'dokumentation'));
    mkdirSync(join(event, 'dokumentation-intern'));
    for (const file of first.files) writeFileSync(new URL(file.uri), Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'));
    const second = await client.request<AggregateResult>(AggregateRequest, { eventUri: planUri(), today: TODAY });
    assert.deepEqual([second.files, second.unchanged.length], [[], first.files.length]);

    writeFileSync(join(event, 'dokumentation', 'event-documentation.md'), '# Unsere Doku\n\nVon Hand geschrieben.\n');
    const third = await client.request<AggregateResult>(AggregateRequest, { eventUri: planUri(), today: TODAY });
    assert.deepEqual(third.refused, [uriOf('dokumentation', 'event-documentation.md')]);
    assert.deepEqual(third.files, [], 'nothing is written when any target is refused');
  });

  it('barcamp/aggregate: an output folder outside the event is refused; an unknown event is an error', async function () {
    const plan = JSON.parse(readFileSync(join(event, 'barcamp.json'), 'utf8'));
    writeFileSync(join(event, 'barcamp.json'), JSON.stringify({ ...plan, output: { folder: '../elsewhere' } }));
    await client.stop();
    ({ client } = await TestClient.start({ rootUri: pathToFileURL(root).toString() }));
    const outside = await client.request<AggregateResult>(AggregateRequest, { eventUri: planUri(), today: TODAY });
    assert.deepEqual(outside.error, { code: 'outputOutside', detail: '../elsewhere' });
    assert.deepEqual(outside.files, []);
    const unknown = await client.request<AggregateResult>(AggregateRequest, { eventUri: uriOf('nowhere', 'barcamp.json') });
    assert.equal(unknown.error?.code, 'unknownEvent');
  });

  it('barcamp/preview: the same HTML as the HTML file', async function () {
    const preview = await client.request<PreviewResult>(PreviewRequest, { eventUri: planUri(), today: TODAY });
    assert.equal(preview.title, 'Barcamp Digitale Verwaltung Nord 2017');
    assert.equal(preview.html, readFileSync(join(GOLDEN, 'event-documentation.html'), 'utf8'));
  });

  it("barcamp/preview with audience: the organizers' report for 'organizer', the public documentation without it", async function () {
    const diagnostic = 'Das Datum „30.02.2017“ gibt es nicht';
    const organizer = await client.request<PreviewResult>(PreviewRequest, { eventUri: planUri(), today: TODAY, audience: 'organizer' });
    assert.equal(organizer.title, 'Barcamp Digitale Verwaltung Nord 2017');
    assert.ok(organizer.html?.includes('<h1>Barcamp Digitale Verwaltung Nord 2017 – Bericht für das Orga-Team'), 'the report names its audience');
    assert.ok(organizer.html?.includes(diagnostic), "the report's appendix has the diagnostics");
    assert.equal(organizer.html, readFileSync(join(GOLDEN, 'organizer-report.html'), 'utf8'));
    for (const params of [
      { eventUri: planUri(), today: TODAY },
      { eventUri: planUri(), today: TODAY, audience: 'public' },
    ]) {
      const html = (await client.request<PreviewResult>(PreviewRequest, params)).html ?? '';
      assert.ok(html.includes('<h1>Barcamp Digitale Verwaltung Nord 2017'), JSON.stringify(params));
      assert.ok(!html.includes('Bericht für das Orga-Team'), JSON.stringify(params));
      assert.ok(!html.includes(diagnostic), JSON.stringify(params));
    }
  });

  it('barcamp/previewSession: one protocol as the public documentation shows it, and no other session', async function () {
    const uri = uriOf('sessions', 'zukunftswerkstatt.session.md');
    const preview = await client.request<PreviewSessionResult>(PreviewSessionRequest, { sessionUri: uri, today: TODAY });
    assert.equal(preview.title, 'Zukunftswerkstatt Mobilität im ländlichen Raum');
    assert.equal(preview.eventTitle, 'Barcamp Digitale Verwaltung Nord 2017');
    assert.equal(preview.published, true);
    const html = preview.html ?? '';
    assert.ok(html.startsWith('<!DOCTYPE html>') && html.includes('<style>'), "a page of its own, with the documentation's style");
    assert.ok(html.includes('<h1>Barcamp Digitale Verwaltung Nord 2017</h1>'), "under the event's title");
    assert.ok(html.includes('<h3>Zukunftswerkstatt Mobilität im ländlichen Raum</h3>'), 'its title');
    assert.ok(html.includes('Der Bus fährt in den Ferien nur zweimal am Tag.'), 'a finding');
    assert.ok(!html.includes('class="unpublished"'), 'a published session has no note');
    assert.ok(!/<script/iu.test(html));
    // Exactly the article of the HTML documentation: the same renderer, plan and privacy rules.
    const golden = readFileSync(join(GOLDEN, 'event-documentation.html'), 'utf8');
    const article = /<article class="session" id="session-zukunftswerkstatt">[\s\S]*?<\/article>/u.exec(golden)?.[0];
    assert.ok(article, 'the golden documentation has the article');
    assert.ok(html.includes(article), 'the article as the documentation has it');
    // Its photo, shown from the file the documentation's assets folder gets it from.
    assert.deepEqual(
      preview.assets?.map((a) => a.sourceUri),
      [uriOf('sessions', 'fotos', 'flipchart-zukunftswerkstatt.png')],
    );
    assert.ok(html.includes(`src="assets/${preview.assets?.[0].fileName}"`));
    for (const other of readdirSync(join(event, 'sessions')).filter((f) => f.endsWith('.session.md') && f !== 'zukunftswerkstatt.session.md')) {
      const title = /^title:\s*(.+)$/mu.exec(readFileSync(join(event, 'sessions', other), 'utf8'))?.[1].trim() ?? '';
      assert.ok(title && !html.includes(title), `no other session: ${title}`);
    }
  });

  it('barcamp/previewSession follows the unsaved text of the open document (didOpen, didChange)', async function () {
    const uri = uriOf('sessions', 'zukunftswerkstatt.session.md');
    const text = readFileSync(join(event, 'sessions', 'zukunftswerkstatt.session.md'), 'utf8');
    const show = async () => (await client.request<PreviewSessionResult>(PreviewSessionRequest, { sessionUri: uri, today: TODAY })).html ?? '';
    await client.open(uri, text.replace('Der Bus fährt in den Ferien nur zweimal am Tag.', 'Der Bus fährt <b>nie</b>.'));
    const opened = await show();
    assert.ok(opened.includes('Der Bus fährt &lt;b&gt;nie&lt;/b&gt;.'), 'the open text, escaped');
    assert.ok(!opened.includes('zweimal am Tag'));
    await client.replace(uri, text.replace('title: Zukunftswerkstatt Mobilität im ländlichen Raum', 'title: Werkstatt live'));
    const changed = await client.request<PreviewSessionResult>(PreviewSessionRequest, { sessionUri: uri, today: TODAY });
    assert.equal(changed.title, 'Werkstatt live');
    assert.ok(changed.html?.includes('<h3>Werkstatt live</h3>') && changed.html.includes('zweimal am Tag'), 'the changed text, unsaved');
    assert.ok(readFileSync(join(event, 'sessions', 'zukunftswerkstatt.session.md'), 'utf8').includes('title: Zukunftswerkstatt'), 'nothing written');
  });

  it('barcamp/previewSession: a protocol output.publish holds back is shown with a note, names by consent; no protocol, no page', async function () {
    const preview = await client.request<PreviewSessionResult>(PreviewSessionRequest, { sessionUri: uriOf('sessions', 'werkstattbericht.session.md'), today: TODAY });
    assert.equal(preview.published, false);
    const html = preview.html ?? '';
    assert.ok(html.includes('<h3>Werkstattbericht Digitalisierungslabor</h3>'));
    assert.match(html, /<p class="unpublished" role="note">Noch nicht veröffentlicht: Das Protokoll hat den Status „Entwurf“, die öffentliche Dokumentation enthält Sessions erst ab „geprüft“/u);
    assert.ok(!html.includes('Peter Krause'), 'a person without consent is not named');
    assert.ok(html.includes('Stadt Flensburg'), 'their organisation stands for them');
    assert.deepEqual(await client.request<PreviewSessionResult>(PreviewSessionRequest, { sessionUri: planUri() }), { title: '' });
    assert.deepEqual(await client.request<PreviewSessionResult>(PreviewSessionRequest, { sessionUri: uriOf('sessions', 'gibt-es-nicht.session.md') }), { title: '' });
  });
});
