// The Word export: heading styles, contents, tables, protocol Markdown as Word paragraphs, hostile text that stays well-formed XML, the generated marker.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEvent } from '../../server/src/cli/aggregate';
import { cliTexts } from '../../server/src/cli/messages';
import { parseSession } from '../../server/src/core/syntax';
import { aggregateEvent, DOCX_MARKER_PART, isGeneratedDocx, renderDocx, reportTexts, type EventReport } from '../../server/src/core/report';
import { lines, unzip } from './helpers';
import { EVENT, eventPlan, problem, session } from './aggregate.helpers';

function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

/** The text of every paragraph of a WordprocessingML part, entities decoded. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
}

/** The run (`<w:r>…</w:r>`) whose text is `text`. */
function runOf(xml: string, text: string): string {
  const run = [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].find((r) => r[0].includes(`>${text}</w:t>`));
  assert.ok(run, `no run with the text ${JSON.stringify(text)}`);
  return run[0];
}

/**
 * Fails unless `xml` is well-formed as far as Word cares: only characters XML 1.0 allows, every `<` opens a
 * tag (or the declaration), every `&` an entity, attribute values quoted, tags balanced.
 */
function assertWellFormed(xml: string, name: string): void {
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u.test(xml), `${name}: a character XML forbids`);
  const tokens = /<\?xml[^?]*\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|[<&]/g;
  const stack: string[] = [];
  for (const m of xml.matchAll(tokens)) {
    if (m[0].startsWith('<?xml')) continue;
    if (m[0] === '&') {
      assert.match(xml.slice(m.index, m.index + 12), /^&(?:lt|gt|quot|apos|amp|#\d+|#x[\da-fA-F]+);/, `${name}: a bare & at ${m.index}`);
      continue;
    }
    assert.ok(m[2], `${name}: a "<" that opens no tag at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    assert.ok(!/&(?!(?:lt|gt|quot|apos|amp|#\d+|#x[\da-fA-F]+);)/.test(m[3]), `${name}: a bare & in the attributes of <${m[2]}>`);
    if (m[1]) assert.equal(stack.pop(), m[2], `${name}: </${m[2]}> closes another element`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.deepEqual(stack, [], `${name}: unclosed elements`);
}

function assertAllWellFormed(parts: Map<string, string>): void {
  for (const [name, xml] of parts) if (/\.(xml|rels)$/.test(name)) assertWellFormed(xml, name);
}

/** A protocol with every kind of Markdown the documentation shows: written out, as a documenter would. */
const MARKDOWN_PROTOCOL = lines(
  '---',
  'title: "Markdown in Word"',
  'day: 1',
  'slot: "10:30"',
  'room: "Elbe"',
  'host: "Anna Schmidt"',
  'tags: ["Verwaltung"]',
  '---',
  '',
  'Vorweg ein Satz.',
  '',
  '## Ergebnisse',
  '',
  '- **fett** und *kursiv* und `code x` und ~~weg~~',
  '- [Beispiel](https://example.org/?a=1&b=2) und [böse](javascript:alert(1)) und [relativ](../x.md) und <mailto:orga@example.org>',
  '- ![Flipchart](flip.jpg) und ![Web-Bild](https://example.org/a.png)',
  '',
  '## Nächste Schritte',
  '',
  '- [ ] Folien verteilen @anna-schmidt bis 2017-02-28',
  '- [x] Raum buchen',
  '',
  '## Notizen',
  '',
  '### Unterpunkt',
  '',
  '1. eins',
  '2. zwei',
  '   - tief',
  '   - [ ] noch offen',
  '   - [x] schon fertig',
  '',
  '> Zitat <b>fett</b>',
  '',
  '```js',
  'const x = 1 < 2;',
  '```',
  '',
  '| Spalte A | Spalte B |',
  '|:--|--:|',
  '| a1 | b1 |',
  '| a2 |',
  '',
  '<div onclick="x">roh</div>',
  '',
  '---',
  '',
  '5. fünf',
  '6. sechs',
  '',
);

function markdownReport(language: 'de' | 'en' = 'de'): EventReport {
  const protocol = { protocol: parseSession(MARKDOWN_PROTOCOL, `${EVENT}/sessions/markdown.session.md`), problems: [] };
  const other = session({
    file: 'sessions/b.session.md',
    title: 'Offene Daten',
    day: 1,
    slot: '10:30',
    room: 'Weser',
    participants: ['Norbert Weiß (Stadt Kiel)'],
    count: 12,
    findings: ['Portal geht live'],
    steps: ['[ ] Datensätze sichten @leslie-czernik bis 2017-01-31'],
    problems: [problem('unknown-room', 'warning', 4, { room: 'Keller', known: 'Elbe' })],
  });
  const late = session({ file: 'sessions/c.session.md', title: 'Ohne Slot', steps: ['[ ] Nachtrag schreiben'] });
  const eventNotes = lines('# Barcamp Test', '', 'Willkommen zur **Dokumentation**.', '', '## Lessons learned', '', 'Mehr Kaffee.');
  return aggregateEvent({ plan: eventPlan({ language }), sessions: [protocol, other, late], eventNotes, today: '2017-03-01' });
}

describe('Word export (renderDocx)', () => {
  let de: Map<string, string>;
  let doc: string;
  let bytes: Uint8Array;
  before(async () => {
    bytes = await renderDocx(markdownReport());
    de = unzip(bytes);
    doc = de.get('word/document.xml') ?? '';
  });

  it('is a Word package: main document, styles, properties and the marker part, all well-formed', () => {
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml', DOCX_MARKER_PART]) assert.ok(de.has(name), name);
    assertAllWellFormed(de);
    // The marker part is an .xml file nothing refers to: the package's default for .xml gives it the content type Word requires.
    assert.match(de.get('[Content_Types].xml')!, /<Default ContentType="application\/xml" Extension="xml"\/>/);
    assert.ok(!de.get('word/_rels/document.xml.rels')!.includes('barcamp-sessions-generated'));
  });

  it('sets title, creator, the marker note and the language', () => {
    const core = de.get('docProps/core.xml')!;
    assert.match(core, /<dc:title>Barcamp Test<\/dc:title>/);
    assert.match(core, /<dc:creator>Barcamp Sessions<\/dc:creator>/);
    assert.ok(core.includes(reportTexts('de').marker));
    assert.match(de.get('word/styles.xml')!, /<w:lang w:val="de-DE"\/>/);
    assert.match(de.get('word/settings.xml')!, /<w:updateFields(?: w:val="true")?\/>/);
  });

  it('uses Word heading styles and a table of contents field after the title', () => {
    const texts = paragraphTexts(doc);
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) assert.ok(doc.includes(`<w:pStyle w:val="${style}"/>`), style);
    assert.match(doc, /<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    assert.ok(doc.indexOf('w:val="Title"') < doc.indexOf('TOC \\h'));
    for (const heading of ['Einführung', 'Zeitplan', 'Sessions', 'Nächste Schritte nach Verantwortlichen', 'Schlagwortverzeichnis', 'Lessons learned', 'Markdown in Word', 'Ergebnisse', 'Unterpunkt'])
      assert.ok(texts.includes(heading), heading);
    // Figures and dates as in the other exports.
    assert.ok(texts.includes('26.–27. Januar 2017'));
    assert.ok(texts.some((t) => t.startsWith('2 Tage, 3 Themen')));
    assert.ok(texts.some((t) => t.includes('Stand der Fälligkeiten: 01.03.2017')));
  });

  it('renders the schedule as a Word table with a repeating head row, and the unscheduled sessions as a list', () => {
    // The last occurrence: the first one is the heading's entry in the table of contents.
    const grid = doc.slice(doc.lastIndexOf('>Tag 1 · Donnerstag, 26. Januar 2017<'));
    const table = grid.slice(grid.indexOf('<w:tbl>'), grid.indexOf('</w:tbl>'));
    assert.match(table, /<w:tblHeader\/>/);
    const cells = paragraphTexts(table);
    assert.deepEqual(cells.slice(0, 3), ['Zeit', 'Elbe', 'Weser']);
    assert.deepEqual(cells.slice(3, 6), ['10:30', 'Markdown in Word', 'Offene Daten']);
    const unscheduled = doc.slice(doc.lastIndexOf('>Ohne Zeit oder Raum<'));
    assert.equal(paragraphTexts(unscheduled)[0], 'Ohne Slot');
    assert.match(unscheduled.slice(0, unscheduled.indexOf('</w:p>', unscheduled.indexOf('>Ohne Slot<'))), /<w:numPr>/);
  });

  it('gives every session its facts and its steps as a table: text, owners, due date, state', () => {
    const texts = paragraphTexts(doc);
    assert.ok(texts.includes('Tag 1 (26.01.2017) · 10:30 · Raum Elbe'));
    assert.ok(texts.includes('Leitung: Anna Schmidt (Kreis Pinneberg)'));
    assert.ok(texts.includes('Teilnehmende (12): Norbert Weiß (Stadt Kiel) und 11 weitere'));
    for (const cell of ['Aufgabe', 'Verantwortlich', 'Fällig', 'Status', 'Folien verteilen', 'Anna Schmidt', 'bis 28.02.2017', '☐ überfällig', 'Raum buchen', '☑ erledigt', '☐ offen'])
      assert.ok(texts.includes(cell), cell);
    assert.match(runOf(doc, '☐ überfällig'), /<w:b\/>/);
    // Next steps by owner, each owner a heading and a table.
    assert.ok(texts.includes('Leslie Czernik (Dataport)'));
    assert.ok(texts.includes('Ohne Verantwortliche'));
    assert.ok(texts.includes('Verwaltung: Markdown in Word'));
  });

  it('renders the Markdown of protocols and event.md: marks, links, images, lists, quotes, code, tables, raw HTML as text', () => {
    const texts = paragraphTexts(doc);
    assert.match(runOf(doc, 'fett'), /<w:b\/>/);
    assert.match(runOf(doc, 'kursiv'), /<w:i\/>/);
    // The protocols' parser knows no strikethrough (GFM tables and task lists only): `~~` stays as written.
    assert.ok(texts.includes('fett und kursiv und code x und ~~weg~~'));
    assert.match(runOf(doc, 'code x'), /w:ascii="Consolas"/);
    assert.ok(texts.includes('Willkommen zur Dokumentation.'));
    const rels = de.get('word/_rels/document.xml.rels')!;
    assert.match(rels, /Target="https:\/\/example\.org\/\?a=1&amp;b=2" TargetMode="External"|TargetMode="External" Target="https:\/\/example\.org\/\?a=1&amp;b=2"/);
    assert.ok(rels.includes('mailto:orga@example.org'));
    assert.ok(!/javascript|x\.md/.test(rels), 'only web and mail addresses become links');
    assert.ok(texts.includes('Beispiel und böse und relativ und mailto:orga@example.org'));
    assert.ok(texts.includes('[Bild: Flipchart] und [Bild: Web-Bild]'));
    assert.ok(rels.includes('https://example.org/a.png'));
    // Lists: numbers from the list's own start, bullets one level deeper, task items with their box.
    for (const item of ['eins', 'zwei', 'tief', '☐ noch offen', '☑ schon fertig', 'fünf']) assert.ok(texts.includes(item), item);
    assert.match(de.get('word/numbering.xml')!, /<w:start w:val="5"\/>/);
    assert.match(doc, /<w:ilvl w:val="1"\/>/);
    // A quote is indented with a rule; raw HTML is its text; code keeps its lines in monospace.
    assert.ok(texts.includes('Zitat <b>fett</b>'));
    assert.ok(texts.includes('<div onclick="x">roh</div>'));
    assert.match(runOf(doc, 'const x = 1 &lt; 2;'), /w:ascii="Consolas"/);
    assert.match(doc, /<w:pBdr><w:left /);
    // The GFM table, its second column right-aligned, the short row padded.
    const table = doc.slice(doc.lastIndexOf('<w:tbl>', doc.indexOf('>Spalte A<')));
    assert.deepEqual(paragraphTexts(table.slice(0, table.indexOf('</w:tbl>'))), ['Spalte A', 'Spalte B', 'a1', 'b1', 'a2', '']);
    assert.match(table, /<w:jc w:val="right"\/>/);
  });

  it('shows no diagnostics: the .docx is a public file', () => {
    const t = reportTexts('de');
    const all = [...de.values()].join('\n');
    for (const word of [t.appendix, t.appendixIntro, 'unknown-room', 'Keller']) assert.ok(!all.includes(word), word);
  });

  it('words everything in English for an English report', async () => {
    const en = unzip(await renderDocx(markdownReport('en')));
    const texts = paragraphTexts(en.get('word/document.xml')!);
    for (const word of [
      'Schedule',
      'Sessions',
      'Next steps by owner',
      'Tag index',
      'Task',
      'Owners',
      'Due',
      'due 28 Feb 2017',
      '☐ overdue',
      'Host: Anna Schmidt (Kreis Pinneberg)',
      '[Image: Flipchart] und [Image: Web-Bild]',
    ])
      assert.ok(texts.includes(word), word);
    assert.ok(!texts.includes('Zeitplan'));
    assert.match(en.get('word/styles.xml')!, /<w:lang w:val="en-GB"\/>/);
    assert.ok(en.get('docProps/core.xml')!.includes(reportTexts('en').marker));
  });

  it('keeps hostile text well-formed: markup as text, forbidden characters gone, long words and emoji kept', async () => {
    const evil = '<script>alert("x")</script> & "Quotes" \'single\' \u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800 ' + 'Donaudampfschiff'.repeat(400) + ' 🎉👩‍💻';
    const report = markdownReport();
    report.title = evil;
    report.sessions[0].title = evil;
    report.sessions[0].tags = [evil];
    report.sessions[0].nextSteps[0].markdown = `${evil} [x](https://e.org/"><script>) \u0002`;
    report.schedule[0].rooms[0] = evil;
    report.notes.introduction = `${evil}\n\n- [a\u0003](javascript:alert(1))\n\n\`\`\`\n${evil}\n\`\`\``;
    const parts = unzip(await renderDocx(report));
    assertAllWellFormed(parts);
    const all = [...parts.values()].join('\n');
    assert.ok(!all.includes('<script>'), 'markup stays text');
    const clean = '<script>alert("x")</script> & "Quotes" \'single\' ' + 'Donaudampfschiff'.repeat(400) + ' 🎉👩‍💻';
    const texts = paragraphTexts(parts.get('word/document.xml')!);
    assert.ok(texts.includes(clean), 'the title as a heading, without the forbidden characters');
    assert.ok(
      parts.get('docProps/core.xml')!.includes('<dc:title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;') ||
        parts.get('docProps/core.xml')!.includes('<dc:title>&lt;script&gt;alert("x")&lt;/script&gt; &amp;'),
    );
    assert.ok(!/javascript/.test(parts.get('word/_rels/document.xml.rels')!));
  });

  it('marks its output as generated, and recognizes nothing else as such', async () => {
    assert.equal(isGeneratedDocx(bytes), true);
    assert.equal(isGeneratedDocx(Buffer.from(bytes)), true);
    assert.equal(isGeneratedDocx(new Uint8Array(0)), false);
    assert.equal(isGeneratedDocx(new Uint8Array(64 * 1024).map((_, i) => (i * 7919 + 13) % 251)), false);
    assert.equal(isGeneratedDocx(new TextEncoder().encode(`PK\u0003\u0004 ${DOCX_MARKER_PART} a text that names the part`)), false);
    assert.equal(isGeneratedDocx(bytes.subarray(0, bytes.length - 30)), false, 'a cut-off file');
    assert.equal(isGeneratedDocx(bytes.subarray(0, 100)), false);
    assert.equal(isGeneratedDocx(undefined as unknown as Uint8Array), false);
    // A Word package without the part: the same document, its marker entry renamed.
    const renamed = Buffer.from(bytes);
    const name = Buffer.from(DOCX_MARKER_PART);
    for (let i = renamed.indexOf(name); i >= 0; i = renamed.indexOf(name, i + 1)) renamed[i + name.length - 5] = 0x58;
    assert.equal(isGeneratedDocx(renamed), false);
  });

  it('renders the demo event with every session title', async function () {
    const demo = resolve('examples/demo-barcamp');
    if (!existsSync(resolve(demo, 'barcamp.json'))) this.skip();
    const event = await loadEvent(demo, { today: '2017-03-01' }, cliTexts('en'));
    const report = event.documentation.report;
    const parts = unzip(await renderDocx(report));
    assertAllWellFormed(parts);
    const texts = paragraphTexts(parts.get('word/document.xml')!);
    assert.ok(report.sessions.length >= 10);
    for (const s of report.sessions) assert.ok(texts.includes(s.title.replace(/\s+/g, ' ').trim()), s.title);
  });
});
