// Sessions' parts of the exports rendered ahead (in the CLI's worker threads) change nothing but the speed, and count only where they fit.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEvent } from '../../server/src/cli/aggregate';
import { cliTexts } from '../../server/src/cli/messages';
import { aggregateEvent, renderAll, type EventReport, type RenderedSession } from '../../server/src/core/eventReport';
import { renderJson } from '../../server/src/core/export/json';
import { diagnostic, eventPlan, session } from './aggregate.helpers';

const DEMO = resolve('examples/demo-barcamp');
const TEXTS = cliTexts('en');

/** The report as if nothing had been rendered ahead: neither sessions' parts nor items. */
function bare(report: EventReport): EventReport {
  const copy: EventReport = JSON.parse(JSON.stringify(report));
  for (const s of copy.sessions) {
    delete s.rendered;
    for (const item of [...s.findings, ...s.nextSteps, ...s.openQuestions]) delete item.rendered;
  }
  return copy;
}

/** Each session's parts replaced by markers that name the session and the format. */
function marked(report: EventReport, change: (parts: RenderedSession) => void = () => undefined): EventReport {
  const copy: EventReport = JSON.parse(JSON.stringify(report));
  for (const s of copy.sessions) {
    const parts = s.rendered as RenderedSession;
    Object.assign(parts, { html: `HTML-PART-${s.id}`, markdown: `MD-PART-${s.id}`, json: `"JSON-PART-${s.id}"`, csv: `CSV-PART-${s.id}` });
    change(parts);
  }
  return copy;
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
  it('are made for every session and format, and leave the demo documentation byte for byte as it is', async () => {
    const event = await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS);
    assert.equal(event.report.sessions.length, 11);
    for (const s of event.report.sessions) {
      assert.ok(s.rendered?.html && s.rendered.markdown && s.rendered.json, s.id);
      assert.equal(typeof s.rendered.csv, 'string', s.id);
      assert.deepEqual([s.rendered.id, s.rendered.file, s.rendered.language, s.rendered.today], [s.id, s.file, 'de', '2017-03-01']);
    }
    assert.deepEqual(renderAll(event.report), renderAll(bare(event.report)));
  });

  it('are what the exporters use, in every format', async () => {
    const event = await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS);
    const [markdown, html, json, csv] = renderAll(marked(event.report)).map((f) => f.content);
    for (const s of event.report.sessions) {
      assert.ok(markdown.includes(`MD-PART-${s.id}`), s.id);
      assert.ok(html.includes(`HTML-PART-${s.id}`), s.id);
      assert.ok(json.includes(`"JSON-PART-${s.id}"`), s.id);
      if (s.nextSteps.length > 0) assert.ok(csv.includes(`CSV-PART-${s.id}`), s.id);
    }
  });

  for (const [what, change] of [
    ['another language', (p: RenderedSession) => void (p.language = 'en')],
    ['another reference date', (p: RenderedSession) => void (p.today = '2017-02-01')],
    ['no reference date', (p: RenderedSession) => void delete p.today],
    ['another id', (p: RenderedSession) => void (p.id = `${p.id}-2`)],
    ['another file', (p: RenderedSession) => void (p.file = `x/${p.file}`)],
  ] as const) {
    it(`are ignored when rendered for ${what}`, async () => {
      const event = await loadEvent(DEMO, { today: '2017-03-01' }, TEXTS);
      const files = renderAll(marked(event.report, change)).map((f) => f.content);
      assert.ok(files.every((text) => !/(HTML|MD|JSON|CSV)-PART-/u.test(text)));
      assert.deepEqual(files, renderAll(bare(event.report)).map((f) => f.content));
    });
  }

  it('are rendered again when the language most protocols are written in is not the one guessed', () =>
    withEvent(
      { 'barcamp.json': JSON.stringify({ name: 'Camp', people: [{ id: 'anna', name: 'Anna' }] }), 'a.session.md': ENGLISH('Alpha'), 'b.session.md': ENGLISH('Beta') },
      async (folder) => {
        const event = await loadEvent(folder, { today: '2017-03-01' }, TEXTS);
        assert.equal(event.report.language, 'en');
        assert.ok(event.report.sessions.every((s) => s.rendered?.language === 'de'), 'rendered in the guessed language');
        assert.deepEqual(renderAll(event.report), renderAll(bare(event.report)));
        assert.match(renderAll(event.report, ['md'])[0].content, /#### Findings/u);
      },
    ));

  it('are rendered again when an unreadable file changes the ids the others get', () =>
    withEvent(
      { 'barcamp.json': JSON.stringify({ name: 'Camp', language: 'en' }), 'x/a.session.md': 'a\u0000binary', 'y/a.session.md': ENGLISH('Alpha') },
      async (folder) => {
        const event = await loadEvent(folder, {}, TEXTS);
        assert.equal(event.ioProblems.length, 1);
        const [only] = event.report.sessions;
        assert.deepEqual([only.id, only.rendered?.id], ['a', 'a-2']);
        assert.deepEqual(renderAll(event.report), renderAll(bare(event.report)));
      },
    ));

  it('render only the formats that will be written', async () => {
    const event = await loadEvent(DEMO, { formats: ['csv'] }, TEXTS);
    assert.ok(event.report.sessions.every((s) => s.rendered && s.rendered.csv !== undefined && s.rendered.html === undefined && s.rendered.json === undefined));
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
