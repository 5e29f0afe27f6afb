// The exporters: hostile protocols stay inert in HTML and Markdown, Markdown of findings survives, CSV/JSON shapes, the marker.
import { strict as assert } from 'node:assert';
import { aggregateEvent, isGenerated, outputFolderOf, parseFormats, renderAll, type EventReport } from '../../server/src/core/report';
import { csvCell } from '../../server/src/core/report';
import { renderHtml } from '../../server/src/core/report';
import { renderJson } from '../../server/src/core/report';
import { renderCsv } from '../../server/src/core/report';
import { renderMarkdown } from '../../server/src/core/report';
import { inlineMarkdownToHtml, markdownToHtml } from '../../server/src/core/report';
import { neutralizeMarkdown, safeUrl } from '../../server/src/core/report';
import { lines } from './helpers';
import { eventPlan, problem, session } from './aggregate.helpers';

const HOSTILE_TITLE = '<script>alert("title")</script> & "Quotes" \'single\'';

/** A protocol whose every field tries to become markup, as a careless or malicious author might write it. */
function hostileReport(language: 'de' | 'en' = 'de'): EventReport {
  const evil = session({
    file: 'sessions/evil.session.md',
    title: HOSTILE_TITLE,
    day: 1,
    slot: '10:30',
    room: '<b onmouseover=alert(1)>Elbe</b>',
    host: '<img src=x onerror=alert(1)>',
    documenter: '" onfocus="alert(1)" autofocus="',
    tags: ['"><svg onload=alert(1)>', 'it\'s "quoted"', 'javascript:alert(1)'],
    participants: ['<iframe src=javascript:alert(1)></iframe> (Org " onclick="x)', 'Anna Schmidt'],
    findings: [
      'Plain <script>alert(1)</script> inline',
      '[click](javascript:alert(1)) and [Click](JaVaScRiPt:alert(2)) and [tab](java&#9;script:alert(3))',
      '[data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(1)) ![img](javascript:alert(4))',
      '<javascript:alert(5)> and <a href="javascript:alert(6)">raw</a> and [ref][bad]\n\n  [bad]: javascript:alert(7)',
      '<img src=x onerror=alert(8)>',
      '**bold** *em* `code <b>` [ok](https://example.org/?a=1&b="2") [mail](mailto:a@b.de) [rel](../notes.md)',
    ],
    steps: ['[ ] <svg/onload=alert(9)> verteilen @anna-schmidt bis 2017-02-28', '[ ] =HYPERLINK("http://evil") @anna-schmidt'],
    questions: ['<style>body{display:none}</style> Warum?'],
    problems: [problem('unknown-room', 'warning', 4, { room: '<b onmouseover=alert(1)>" <script>x</script>', known: 'Elbe' })],
  });
  const plan = eventPlan({ language, name: '<title>Evil</title><script>alert(0)</script>' });
  const eventNotes = lines('# T', '', 'Intro <script>alert(10)</script> [x](javascript:alert(11))', '', '## Lessons learned', '', '<img src=x onerror=alert(12)>');
  return aggregateEvent({ plan, sessions: [evil], eventNotes, today: '2017-03-01' });
}

interface Tag {
  name: string;
  attributes: Array<[string, string]>;
}

/**
 * Every real tag of an HTML document. All protocol text is escaped, so each literal `<` must open a tag,
 * a comment or the doctype; anything else there would be a leak, and fails the scan.
 */
function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const re = /<(!--[\s\S]*?--|!DOCTYPE html|\/?[a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*>/y;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    re.lastIndex = i;
    const m = re.exec(html);
    assert.ok(m, `unexpected "<" at ${i}: ${html.slice(i, i + 60)}`);
    if (m[1].startsWith('!')) continue;
    const attributes = [...m[2].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), decode(a[2] ?? '')] as [string, string]);
    tags.push({ name: m[1].replace('/', '').toLowerCase(), attributes });
  }
  return tags;
}

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const ALLOWED_TAGS = new Set(
  'html head meta title style body a div header h1 h2 h3 h4 h5 h6 p ul ol li strong em small span nav main section article dl dt dd table thead tbody tr th td code pre br hr blockquote del footer'.split(
    ' ',
  ),
);

describe('HTML export of a hostile protocol', () => {
  const html = renderHtml(hostileReport());
  const tags = scanTags(html);

  it('contains no script element and only known tags', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.deepEqual(
      tags.filter((t) => !ALLOWED_TAGS.has(t.name)).map((t) => t.name),
      [],
    );
    assert.equal(tags.filter((t) => t.name === 'style').length, 2, "only the page's own <style> and </style>");
  });

  it('has no event-handler attribute and only safe hrefs', () => {
    const attributes = tags.flatMap((t) => t.attributes);
    assert.deepEqual(
      attributes.filter(([name]) => name.startsWith('on')),
      [],
    );
    const allowed = new Set(['href', 'rel', 'class', 'id', 'lang', 'charset', 'name', 'content', 'scope', 'aria-labelledby', 'aria-hidden', 'aria-label', 'role', 'start']);
    assert.deepEqual(
      attributes.filter(([name]) => !allowed.has(name)),
      [],
    );
    for (const [, href] of attributes.filter(([name]) => name === 'href')) {
      assert.match(href.replace(/[\u0000-\u0020]/g, ''), /^(#|https?:|mailto:|\.\.\/)/i, href);
    }
  });

  it('shows the hostile text as text instead of dropping it', () => {
    assert.ok(html.includes('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;Quotes&quot; &#39;single&#39;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(8)&gt;'));
    assert.ok(html.includes('&lt;a href=&quot;javascript:alert(6)&quot;&gt;raw&lt;/a&gt;'));
    assert.ok(html.includes('<title>&lt;title&gt;Evil&lt;/title&gt;&lt;script&gt;alert(0)&lt;/script&gt; – Bericht für das Orga-Team</title>'));
  });

  it('keeps the Markdown of findings: emphasis, code, safe links', () => {
    assert.ok(html.includes('<strong>bold</strong> <em>em</em> <code>code &lt;b&gt;</code>'));
    assert.ok(html.includes('<a href="https://example.org/?a=1&amp;b=%222%22" rel="noopener noreferrer">ok</a>'));
    assert.ok(html.includes('<a href="mailto:a@b.de" rel="noopener noreferrer">mail</a>'));
    assert.ok(html.includes('<a href="../notes.md" rel="noopener noreferrer">rel</a>'));
  });

  it('stays inert in English too', () => {
    const english = renderHtml(hostileReport('en'));
    assert.doesNotMatch(english, /<script/i);
    assert.deepEqual(
      scanTags(english)
        .flatMap((t) => t.attributes)
        .filter(([name]) => name.startsWith('on')),
      [],
    );
  });
});

describe('Markdown export of a hostile protocol', () => {
  const md = renderMarkdown(hostileReport());

  it('turns raw HTML into text and unsafe links into plain words', () => {
    // A backslash-escaped `\<` is literal text to every CommonMark renderer, and so is code.
    assert.doesNotMatch(md.replace(/`[^`\n]*`/g, ''), /(?<!\\)<(script|img|svg|iframe|style|a|b)[\s>/]/i);
    assert.doesNotMatch(md, /\]\(\s*(javascript|data|vbscript|java\s*script)/i);
    assert.doesNotMatch(md, /^\s*\[bad\]:/m);
    assert.doesNotMatch(md, /<javascript:/i);
    assert.ok(md.includes('&lt;script>alert(1)&lt;/script>'));
  });

  it('keeps safe Markdown byte for byte and escapes names and tags', () => {
    assert.ok(md.includes('**bold** *em* `code <b>` [ok](https://example.org/?a=1&b="2") [mail](mailto:a@b.de) [rel](../notes.md)'));
    assert.ok(md.includes('### \\<script\\>alert("title")\\</script\\> & "Quotes" \'single\''));
    assert.ok(md.includes('**Leitung:** \\<img src=x onerror=alert(1)\\>'));
  });
});

describe('Markdown export of images and escaped angles', () => {
  const cases: Array<[string, string, string]> = [
    ['a remote image becomes a link', '![Flipchart](https://example.org/f.jpg)', '[Flipchart](<https://example.org/f.jpg>)'],
    ['a scheme-relative image too', '![](//cdn.example.org/x.png)', '[//cdn.example.org/x.png](<//cdn.example.org/x.png>)'],
    ['an image by reference loses its `!`', '![Bild][f]\n\n[f]: https://example.org/f.jpg', '[Bild][f]\n\n[f]: https://example.org/f.jpg'],
    ['a relative image without a copy leaves its description', '![Foto](fotos/flipchart.jpg)', 'Foto'],
    ['an escaped backslash does not escape the `<` after it', '\\\\<svg/onload=alert(1)>', '\\\\&lt;svg/onload=alert(1)>'],
    ['an escaped `<` stays as written', '\\<b> fett', '\\<b> fett'],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.equal(neutralizeMarkdown(markdown), expected));
  }
  it('a relative image with a copy is shown from the copy', () => {
    assert.equal(neutralizeMarkdown('![Foto *1*](<fotos/flip chart.jpg>)', 0, { 'fotos/flip chart.jpg': 'assets/flip-chart-abc123.jpg' }), '![Foto 1](<assets/flip-chart-abc123.jpg>)');
  });
});

describe('safe Markdown rendering', () => {
  it('allows http, https, mailto and relative URLs only', () => {
    const cases: Array<[string, boolean]> = [
      ['https://a.de', true],
      ['HTTP://a.de', true],
      ['mailto:x@y.de', true],
      ['../a.md', true],
      ['#top', true],
      ['//cdn.example', true],
      ['javascript:alert(1)', false],
      [' JavaScript:alert(1)', false],
      ['java\tscript:x', false],
      ['java\nscript:x', false],
      ['\u0001javascript:x', false],
      ['data:text/html,x', false],
      ['vbscript:x', false],
      ['file:///etc/passwd', false],
    ];
    for (const [url, ok] of cases) assert.equal(safeUrl(url) !== undefined, ok, JSON.stringify(url));
  });

  it('renders lists, code blocks, breaks and nested items', () => {
    assert.equal(inlineMarkdownToHtml('a *b*'), 'a <em>b</em>');
    assert.equal(markdownToHtml('- a\n- b'), '<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    assert.equal(markdownToHtml('```\n<x>\n```'), '<pre><code>&lt;x&gt;</code></pre>');
    assert.equal(inlineMarkdownToHtml('a  \nb'), 'a<br>b');
    assert.equal(markdownToHtml('## Sub', 1), '<h3>Sub</h3>');
    assert.equal(inlineMarkdownToHtml('Text\n- [x] erledigt'), '<p>Text</p>\n<ul class="tasks">\n<li><span class="box" aria-hidden="true">☑</span> erledigt</li>\n</ul>');
  });
});

describe('CSV export', () => {
  it('writes a BOM, `;` for German and `,` for English, CRLF, and quotes per RFC 4180', () => {
    const german = renderCsv(hostileReport('de'));
    assert.ok(german.startsWith('\uFEFFSession;Aufgabe;Verantwortlich;'));
    assert.ok(german.endsWith('\r\n'));
    assert.ok(renderCsv(hostileReport('en')).startsWith('\uFEFFSession,Task,Owners,'));
    assert.equal(csvCell('a;b', ';'), '"a;b"');
    assert.equal(csvCell('a,b', ';'), 'a,b');
    assert.equal(csvCell('say "hi"', ','), '"say ""hi"""');
    assert.equal(csvCell('two\nlines', ','), '"two\nlines"');
  });

  it('defuses formulas: a cell starting with = + - @ tab or CR becomes text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1+1`, ';').replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start));
    assert.ok(renderCsv(hostileReport()).includes(`;"'=HYPERLINK(""http://evil"")";`));
  });
});

describe('JSON export', () => {
  const data = JSON.parse(renderJson(hostileReport()));

  it('starts with schemaVersion and the marker, and has the documented shape', () => {
    assert.deepEqual(Object.keys(data).slice(0, 2), ['schemaVersion', 'generator']);
    assert.deepEqual(Object.keys(data.event), ['name', 'language', 'days', 'introduction', 'closing']);
    assert.deepEqual(Object.keys(data.stats).slice(0, 8), ['days', 'sessions', 'attendees', 'namedPeople', 'participations', 'participants', 'namedParticipants', 'unnamedParticipants']);
    const [s] = data.sessions;
    for (const key of ['id', 'file', 'title', 'day', 'slot', 'room', 'host', 'documenter', 'tags', 'participants', 'participantCount', 'findings', 'nextSteps', 'openQuestions', 'diagnostics']) {
      assert.ok(key in s, key);
    }
    assert.deepEqual(Object.keys(s.nextSteps[0]), ['text', 'markdown', 'owners', 'due', 'dueAsWritten', 'done', 'overdue']);
    assert.deepEqual(Object.keys(s.diagnostics[0]), ['code', 'severity', 'message', 'line', 'column']);
    assert.equal(s.title, HOSTILE_TITLE);
  });
});

describe('renderAll and the generated marker', () => {
  const report = aggregateEvent({ plan: eventPlan(), sessions: [session({ file: 'a.session.md', title: 'A' })] });

  it('renders the wanted formats in a fixed order with fixed names, per audience (Word is packed apart)', () => {
    const published: EventReport = { ...report, audience: 'public' };
    assert.deepEqual(
      renderAll(published, ['csv', 'md']).map((f) => f.fileName),
      ['event-documentation.md', 'next-steps.csv'],
    );
    assert.deepEqual(
      renderAll(published).map((f) => f.fileName),
      ['event-documentation.md', 'event-documentation.html', 'event-documentation.json', 'next-steps.csv'],
    );
    // The organizers' report has no next-steps table and no Word file of its own.
    assert.deepEqual(
      renderAll(report, ['csv', 'md', 'docx']).map((f) => f.fileName),
      ['organizer-report.md'],
    );
  });

  it('recognizes every generated file, in both languages, and no hand-written one', () => {
    for (const language of ['de', 'en'] as const) {
      for (const file of renderAll({ ...report, language })) assert.ok(isGenerated(file.content as string), `${language} ${file.fileName}`);
    }
    const handWritten = ['', '# Meine Notizen\n', '<!DOCTYPE html><html></html>', '{"schemaVersion": 1}', 'Session;Aufgabe\r\n', '<!-- TODO -->\n# x', 'Notes mention barcamp-sessions:generated'];
    for (const content of handWritten) assert.equal(isGenerated(content), false, JSON.stringify(content));
  });

  it('parses format lists and keeps the output folder inside the event', () => {
    assert.deepEqual(parseFormats(['Markdown', ' html', 'pdf', 'md']), { formats: ['md', 'html'], unknown: ['pdf'] });
    assert.equal(outputFolderOf(undefined), 'dokumentation');
    assert.equal(outputFolderOf(eventPlan({ output: { folder: './out/docs/' } })), 'out/docs');
    for (const folder of ['../x', '/etc', 'C:\\x', 'a/../../b', '.']) assert.equal(outputFolderOf(eventPlan({ output: { folder } })), undefined, folder);
  });
});
