// Sessions' parts of the exports rendered ahead (in the CLI's worker threads) change nothing but the speed, and count only where they fit.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEvent, outputFiles, type LoadedEvent } from '../../server/src/cli/aggregate';
import { cliTexts } from '../../server/src/cli/messages';
import { aggregateEvent, EXPORT_FORMATS, renderAll, renderAllPieces, type EventReport, type RenderedAhead } from '../../server/src/core/report';
import { renderJson } from '../../server/src/core/report';
import { diagnostic, eventPlan, session } from './aggregate.helpers';

const DEMO = resolve('examples/demo-barcamp');
const TEXTS = cliTexts('en');

/** The texts the CLI writes: the report's pieces with the parts rendered ahead filled in. */
function written(event: LoadedEvent): string[] {
  return outputFiles(event, EXPORT_FORMATS).map((file) => (typeof file.content === 'string' ? file.content : Buffer.concat(file.content.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8')));
}

/** The report as if nothing had been rendered ahead: neither sessions' parts nor items. */
function bare(report: EventReport): EventReport {
  const copy: EventReport = JSON.parse(JSON.stringify(report));
  for (const s of copy.sessions) {
    delete s.renderedAhead;
    for (const item of [...s.findings, ...s.nextSteps, ...s.openQuestions]) delete item.rendered;
  }
  return copy;
}

const texts = (report: EventReport) => renderAll(report).map((f) => f.content);

/** The event with each session's parts replaced by markers that name the session and the format. */
function marked(event: LoadedEvent): LoadedEvent {
  const partsById = new Map([...event.partsById.keys()].map((id) => [id, Object.fromEntries(EXPORT_FORMATS.map((f) => [f, Buffer.from(`"${f.toUpperCase()}-PART-${id}"`)]))]));
  return { ...event, partsById };
}

function slots(report: EventReport): number {
  return renderAllPieces(report).reduce((n, file) => n + file.pieces.filter((p) => typeof p !== 'string').length, 0);
}

function withEvent(files: Record<string, string>, run: (folder: string) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'barcamp-parts-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return run(folder).finally(() => rmSync(folder, { recursive: true, force: true }));
}

const ENGLISH = (title: string) => `---\ntitle: ${title}\n---\n\n# ${title}\n\n## Findings\n- One *finding*\n\n## Next steps\n- [ ] Share the guide @anna bis 2017-02-28\n`;

describe('sessions rendered ahead', () => {
  it('are made for every session and format, and the files written are the demo documentation byte for byte', async () => {
    const event = await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS);
    assert.equal(event.report.sessions.length, 11);
    for (const s of event.report.sessions) {
      const ahead = s.renderedAhead as RenderedAhead;
      assert.deepEqual([ahead.id, ahead.file, ahead.language, ahead.today, ahead.formats], [s.id, s.file, 'de', '2017-03-01', [...EXPORT_FORMATS]]);
      assert.deepEqual(Object.keys(event.partsById.get(s.id) ?? {}).sort(), [...EXPORT_FORMATS].sort());
    }
    // Every session's part is a slot (CSV: those with next steps).
    const withSteps = event.report.sessions.filter((s) => s.nextSteps.length > 0).length;
    assert.equal(slots(event.report), 3 * 11 + withSteps);
    assert.deepEqual(written(event), texts(bare(event.report)));
    assert.deepEqual(texts(event.report), texts(bare(event.report)));
  });

  it('are what the CLI writes, in every format', async () => {
    const event = await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS);
    const [markdown, html, json, csv] = written(marked(event));
    for (const s of event.report.sessions) {
      assert.ok(markdown.includes(`MD-PART-${s.id}`), s.id);
      assert.ok(html.includes(`HTML-PART-${s.id}`), s.id);
      assert.ok(json.includes(`JSON-PART-${s.id}`), s.id);
      if (s.nextSteps.length > 0) assert.ok(csv.includes(`CSV-PART-${s.id}`), s.id);
    }
  });

  for (const [what, change] of [
    ['another language', (a: RenderedAhead) => void (a.language = 'en')],
    ['another reference date', (a: RenderedAhead) => void (a.today = '2017-02-01')],
    ['no reference date', (a: RenderedAhead) => void delete a.today],
    ['another id', (a: RenderedAhead) => void (a.id = `${a.id}-2`)],
    ['another file', (a: RenderedAhead) => void (a.file = `x/${a.file}`)],
    ['other formats', (a: RenderedAhead) => void (a.formats = [])],
  ] as const) {
    it(`are left out when rendered for ${what}`, async () => {
      const event = await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS);
      for (const s of event.report.sessions) change(s.renderedAhead as RenderedAhead);
      assert.equal(slots(event.report), 0);
      assert.ok(written(marked(event)).every((text) => !/-PART-/u.test(text)));
      assert.deepEqual(written(event), texts(bare(event.report)));
    });
  }

  it('are rendered again when the language most protocols are written in is not the one guessed', () =>
    withEvent(
      { 'barcamp.json': JSON.stringify({ name: 'Camp', people: [{ id: 'anna', name: 'Anna' }] }), 'a.session.md': ENGLISH('Alpha'), 'b.session.md': ENGLISH('Beta') },
      async (folder) => {
        const event = await loadEvent(folder, { today: '2017-03-01' }, TEXTS);
        assert.equal(event.report.language, 'en');
        assert.ok(event.report.sessions.every((s) => s.renderedAhead?.language === 'de'), 'rendered in the guessed language');
        assert.equal(slots(event.report), 0);
        assert.deepEqual(written(event), texts(bare(event.report)));
        assert.match(written(event)[0], /#### Findings/u);
      },
    ));

  it('are rendered again when an unreadable file changes the id another one gets', () =>
    withEvent(
      { 'barcamp.json': JSON.stringify({ name: 'Camp', language: 'en' }), 'x/a.session.md': 'a\u0000binary', 'y/a.session.md': ENGLISH('Alpha') },
      async (folder) => {
        const event = await loadEvent(folder, {}, TEXTS);
        assert.equal(event.ioProblems.length, 1);
        const [only] = event.report.sessions;
        assert.deepEqual([only.id, only.renderedAhead?.id], ['a', 'a-2']);
        assert.equal(slots(event.report), 0);
        assert.deepEqual(written(event), texts(bare(event.report)));
      },
    ));

  it('leave the findings and open questions packed, unpacked only for a session that is rendered anew', async () => {
    const event = await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS);
    let unpacked = 0;
    const sessions = event.input.sessions.map((s) => {
      assert.ok('prepared' in s && s.prepared.session.findings.length === 0 && s.prepared.session.openQuestions.length === 0, 'the lists travel empty');
      const load = s.loadItems as NonNullable<typeof s.loadItems>;
      return { ...s, loadItems: () => (unpacked++, load()) };
    });
    const report = aggregateEvent({ ...event.input, sessions });
    const filled = written({ ...event, report });
    assert.equal(unpacked, 0, 'every part fits: no session is unpacked');
    const lists = report.sessions.map((s) => [s.findings, s.openQuestions]);
    assert.equal(unpacked, report.sessions.length, 'read on first use');
    assert.ok(lists.some(([findings, questions]) => findings.length > 0 && questions.length > 0));
    assert.deepEqual(filled, texts(bare(report)));
    assert.equal(unpacked, report.sessions.length, 'each session is unpacked once');
  });

  it('are rendered only for the formats that will be written', async () => {
    const event = await loadEvent(DEMO, { formats: ['csv'] }, TEXTS);
    assert.ok(event.report.sessions.every((s) => s.renderedAhead?.formats.join() === 'csv' && Object.keys(event.partsById.get(s.id) ?? {}).join() === 'csv'));
  });
});

describe('the JSON export, joined from one text per session', () => {
  const plan = eventPlan({ name: 'Camp "quoted"\n\u2028 \\ </script>' });
  const reports: Array<[string, () => Promise<EventReport> | EventReport]> = [
    ['the demo event', async () => (await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS)).report],
    ['no sessions and no tags', () => aggregateEvent({ plan, sessions: [] })],
    [
      'sessions with diagnostics, odd text and no steps',
      () =>
        aggregateEvent({
          plan,
          today: '2017-03-01',
          sessions: [
            session({ file: 'a.session.md', title: 'Zeile\nzwei 🎉 "x"', tags: ['t"\\'], findings: ['**a**\n  b'], diagnostics: [diagnostic('unknown-room', 'warning', 3, 'Raum "X"\n')] }),
            session({ file: 'b.session.md', title: 'B' }),
          ],
        }),
    ],
  ];
  for (const [name, make] of reports) {
    it(`is exactly JSON.stringify(…, null, 2) of its data: ${name}`, async () => {
      const text = renderJson(await make());
      assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    });
  }
});
