// The event documentation's HTML page in headless Chromium: axe-core finds no WCAG 2.1 A/AA violation in the demo
// event's page nor in a hostile event's, no protocol text turns into script or markup, and the schedule grid breaks
// titles only between words. Needs the built CLI (dist/cli.js, `node esbuild.mjs`) and Chromium (the provision stage);
// without either it fails, it never skips.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../browser.mjs';
import { DEMO_EVENT } from '../codeServer.mjs';
import { registerTempDir, run } from '../procs.mjs';
import { CHROMIUM, ROOT } from '../provision.mjs';

const CLI = join(ROOT, 'dist', 'cli.js');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The widths the page is checked at: a small laptop and a narrow window (a tablet upright, a split screen). */
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 600, height: 900 },
];

/** A word of 300 letters without a space: no column can hold it, so it is the one thing that may break anywhere. */
const HUGE_WORD = `Donaudampfschifffahrts${'gesellschaftskapitänsmützen'.repeat(11)}`.slice(0, 300);
const SCRIPT = '<script>alert(1)</script>';

/** A protocol as written: frontmatter (values JSON-quoted, so YAML reads them as strings) and the body lines. */
function protocol(front, ...body) {
  const head = Object.entries(front).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ['---', ...head, '---', '', ...body, ''].join('\n');
}

/** A table of `rows` × 8 cells in a protocol's free section. */
function hugeTable(rows) {
  const header = `| ${Array.from({ length: 8 }, (_, i) => `Spalte ${i + 1}`).join(' | ')} |`;
  const rule = `| ${Array.from({ length: 8 }, () => '---').join(' | ')} |`;
  const body = Array.from({ length: rows }, (_, r) => `| ${Array.from({ length: 8 }, (_, c) => (c === 3 && r === 2 ? SCRIPT : `Zelle ${r + 1}.${c + 1} 🧪`)).join(' | ')} |`);
  return [header, rule, ...body];
}

/**
 * An event whose texts try everything: script in titles, findings and names, `javascript:` links, raw HTML,
 * a 300-letter word, a huge table, emoji, right-to-left text, empty sections, a room listed twice, sessions
 * with a room but no slot, a double booking, a session without day and room, an unplanned room and slot.
 */
export function writeHostileEvent(folder) {
  mkdirSync(join(folder, 'sessions'), { recursive: true });
  const plan = {
    name: `${SCRIPT} Hostile Camp 🎪 مؤتمر`,
    language: 'de',
    days: [
      { day: 1, date: '2024-05-02' },
      { day: 2, date: '2024-05-03' },
    ],
    rooms: ['Werkstatt 1', 'Werkstatt 1', '<b>Saal</b>', 'قاعة المؤتمرات'],
    slots: ['09:00', '10:30', '12:00'],
    people: [
      { id: 'mallory', name: '<img src=x onerror=alert(1)>', org: 'javascript:alert(1)' },
      { id: 'anna', name: 'Anna 👩‍💻 Schmidt', org: 'Kreis <i>Pinneberg</i>' },
    ],
  };
  writeFileSync(join(folder, 'barcamp.json'), JSON.stringify(plan, null, 2));
  writeFileSync(
    join(folder, 'event.md'),
    ['# Ignored', '', `Einführung mit ${SCRIPT} und [Link](javascript:alert(1)) und <iframe src="https://evil.example"></iframe>.`, '', '## Fazit', '', '- שלום עולם 👋', ''].join('\n'),
  );
  const sessions = {
    'script-title': protocol(
      { title: `${SCRIPT} Werkstatt für sichere Titel`, day: 1, slot: '09:00', room: 'Werkstatt 1', host: '@mallory', documenter: '<svg onload=alert(1)>', tags: ['<script>', '🚀 Emoji', 'עברית'] },
      '## Teilnehmende',
      `- ${SCRIPT} (Org <b>fett</b>)`,
      '- Anna 👩‍💻 Schmidt',
      '- محمد الأحمد',
      '',
      '## Ergebnisse',
      '- Link [klick](javascript:alert(1)) und [data](data:text/html,<script>alert(1)</script>) und [leer](<>)',
      '- <img src=x onerror=alert(3)> roh',
      '- <div onclick="alert(4)">div</div>',
      `- ${HUGE_WORD}`,
      '- RTL: مرحبا بالعالم – שלום עולם, mixed with LTR',
      '- Emoji 🎉👍🏽🇩🇪 and a family 👨‍👩‍👧‍👦',
      `- [Ein langer Link](https://example.org/${'pfad/'.repeat(40)})`,
      '- ![Bild](javascript:alert(1)) ![fern](https://example.org/a.png)',
      '',
      '## Nächste Schritte',
      `- [ ] ${SCRIPT} prüfen @mallory bis 2024-06-01`,
      '- [x] <b>erledigt</b> @anna',
      '',
      '## Offene Fragen',
      '- Was ist mit <iframe src="https://evil.example"></iframe>?',
      '',
      '## Notizen',
      '<script>alert(6)</script>',
      '<style>body { display: none }</style>',
      '<a href="javascript:alert(7)" onclick="alert(8)">x</a>',
      '',
      '## Daten',
      ...hugeTable(40),
    ),
    'ohne-slot': protocol({ title: 'Werkstatt 1 ohne Uhrzeit', day: 1, room: 'Werkstatt 1', host: 'Anna 👩‍💻 Schmidt' }, '## Ergebnisse', '- Stand im Raum, aber ohne Zeit.'),
    'ohne-slot-rtl': protocol({ title: 'جلسة بدون وقت', day: 1, room: 'قاعة المؤتمرات' }, '## Ergebnisse', '- نتيجة'),
    leer: protocol({ title: 'Leere Abschnitte', day: 1, slot: '10:30', room: '<b>Saal</b>' }, '## Teilnehmende', '', '## Ergebnisse', '', '## Nächste Schritte', '', '## Offene Fragen', ''),
    'doppelt-a': protocol({ title: 'Werkstattbericht aus der Zukunftswerkstatt Digitalisierungslabor Schleswig-Holstein', day: 1, slot: '10:30', room: 'Werkstatt 1' }, '## Ergebnisse', '- A'),
    'doppelt-b': protocol({ title: 'Werkstatt 1: Barrierefreiheit in Formularen und Bescheiden', day: 1, slot: '10:30', room: 'Werkstatt 1' }, '## Ergebnisse', '- B'),
    'langes-wort': protocol({ title: HUGE_WORD, day: 1, slot: '12:00', room: 'قاعة المؤتمرات' }, '## Ergebnisse', `- ${HUGE_WORD}`),
    nirgends: protocol({ title: 'Ohne Plan 🤷' }, '## Ergebnisse', '- Kein Tag, kein Raum.'),
    keller: protocol({ title: 'Im Keller am Abend', day: 2, slot: 'Abend', room: 'Keller <i>' }, '## Ergebnisse', '- Ein Raum und ein Slot, die der Plan nicht kennt.'),
    kaputt: '---\ntitle: [unclosed\nday: zwei\n---\n\n## Ergebnisse\n- Frontmatter, die kein YAML ist.\n',
  };
  for (const [name, text] of Object.entries(sessions)) writeFileSync(join(folder, 'sessions', `${name}.session.md`), text);
}

/** The HTML files `aggregate --format html` writes: the public documentation and the organizers' report. */
const HTML_FILES = ['event-documentation.html', 'organizer-report.html'];

/** Where `aggregate --out <out>` puts a file: the organizers' report into the folder beside the public one. */
function pathOf(out, name) {
  return name.startsWith('organizer-report') ? join(`${out}-intern`, name) : join(out, name);
}

/** Renders one event's HTML files with the built CLI; exit 1 (an error-severity diagnostic) is expected of both events. */
async function renderHtml(event, out, lang) {
  const result = await run(process.execPath, [CLI, 'aggregate', event, '--out', out, '--format', 'html', '--lang', lang, '--today', '2024-05-10'], { cwd: ROOT, timeoutMs: 60_000 });
  assert.ok(result.code === 0 || result.code === 1, `barcamp aggregate ${event} exited with ${result.code}:\n${result.stderr}`);
  for (const name of HTML_FILES) assert.ok(existsSync(pathOf(out, name)), `barcamp aggregate wrote no ${name}:\n${result.stdout}\n${result.stderr}`);
  return out;
}

/** The page's elements and attributes that would run or load something, and links with another scheme than http(s) or mailto. */
function liveMarkup() {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'LINK', 'META'].includes(element.tagName) && !(element.tagName === 'META' && !element.hasAttribute('http-equiv'))) {
      found.push(`<${element.tagName.toLowerCase()}>`);
    }
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
      // A scheme other than http(s) or mailto, read as browsers do: without white space and control characters.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(attribute.value.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1].toLowerCase();
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && scheme && !['http', 'https', 'mailto'].includes(scheme)) {
        found.push(`${element.tagName.toLowerCase()}[${attribute.name}="${attribute.value}"]`);
      }
    }
  }
  return found;
}

/** Runs axe-core (injected beforehand) with the WCAG 2.0/2.1 A and AA rules; the violations as plain data. */
async function axeViolations(page) {
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) }));
  }, WCAG_TAGS);
}

function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${v.nodes.map((n) => `    ${n.target}\n      ${(n.summary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
}

/** Characters from which a word may break anywhere in the grid, as the HTML export marks it (LONG_WORD in html.ts). */
const LONG_WORD = 30;

/**
 * Every word in the schedule grid's cells that the browser wrapped inside, between two of its letters. A
 * word is a run of letters, marks and digits; the line may end at white space, a hyphen or punctuation
 * (`alert(1)</script>` may wrap after the parenthesis). Only a word in a run of more than LONG_WORD
 * characters without white space may break anywhere. A Range over the word gives one client rect per
 * line it stands on: rects on more than one line mean the word broke.
 */
function brokenWords(longWord) {
  const broken = [];
  let words = 0;
  for (const cell of document.querySelectorAll('table.grid th, table.grid td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const token of node.data.matchAll(/\S+/gu)) {
        if ([...token[0]].length > longWord) continue;
        for (const word of token[0].matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
          words++;
          const range = document.createRange();
          range.setStart(node, token.index + word.index);
          range.setEnd(node, token.index + word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
          if (lines.size > 1) broken.push({ word: word[0], lines: lines.size, cellWidth: Math.round(cell.getBoundingClientRect().width), cell: cell.textContent.trim().slice(0, 60) });
        }
      }
    }
  }
  return { words, broken };
}

describe('The event documentation in Chromium: accessibility (axe-core), no live markup, whole words in the grid', function () {
  this.timeout(120_000);
  let dir;
  let browser;
  let page;
  const folders = {};
  const dialogs = [];

  before(async function () {
    this.timeout(180_000);
    assert.ok(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: run the provision stage (node test/e2e/provision.mjs) or apt-get install chromium`);
    assert.ok(existsSync(CLI), `${CLI} is missing: build it with node esbuild.mjs`);
    assert.ok(existsSync(AXE), `${AXE} is missing: npm install (axe-core is a devDependency)`);
    dir = mkdtempSync(join(tmpdir(), 'barcamp-e2e-a11y-'));
    registerTempDir(dir);
    const hostile = join(dir, 'hostile');
    writeHostileEvent(hostile);
    folders.demo = await renderHtml(DEMO_EVENT, join(dir, 'out-demo'), 'de');
    folders.hostile = await renderHtml(hostile, join(dir, 'out-hostile'), 'en');
    browser = await launchBrowser(dir);
    page = browser.page;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  after(() => browser?.close());

  for (const [event, file] of ['demo', 'hostile'].flatMap((e) => HTML_FILES.map((f) => [e, f]))) {
    describe(`the ${event} event's ${file}`, function () {
      before(async function () {
        await page.setViewportSize(VIEWPORTS[0]);
        await page.goto(pathToFileURL(pathOf(folders[event], file)).href, { waitUntil: 'load' });
      });

      it('has no script, frame, form or event handler, and no link with another scheme than http(s) or mailto', async function () {
        assert.deepEqual(await page.evaluate(liveMarkup), []);
        assert.deepEqual(dialogs, [], 'a protocol text ran as script');
        if (event === 'hostile') {
          const text = await page.evaluate(() => document.body.textContent);
          assert.ok(text.includes(SCRIPT), 'the script in a title is shown as text');
          // The public file names only people who agreed to it; the organizers' report names everybody.
          if (file === 'organizer-report.html') assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the markup in a name is shown as text');
        }
      });

      for (const viewport of VIEWPORTS) {
        it(`has no WCAG 2.1 A/AA violation that axe-core finds, at ${viewport.width} px`, async function () {
          await page.setViewportSize(viewport);
          if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, `axe-core found ${violations.length} violation(s):\n${describeViolations(violations)}`);
        });

        it(`breaks no title or room in the schedule grid inside a word, at ${viewport.width} px`, async function () {
          await page.setViewportSize(viewport);
          const { words, broken } = await page.evaluate(brokenWords, LONG_WORD);
          assert.ok(words > 20, `only ${words} words in the grid: is there a grid at all?`);
          assert.deepEqual(broken, []);
        });

        it(`keeps the grid and long words inside the window at ${viewport.width} px (a wide grid scrolls in its own box)`, async function () {
          await page.setViewportSize(viewport);
          // What a box scrolls (the grid's) stays inside it. A protocol's own wide table is left out: it is data in two dimensions,
          // and the renderer gives it no box of its own yet.
          const outside = await page.evaluate(() => {
            const width = document.documentElement.clientWidth;
            const inScrollBox = (e) => {
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
              return false;
            };
            return [...document.querySelectorAll('body *')]
              .filter((e) => !e.closest('.written table') && !inScrollBox(e) && e.getBoundingClientRect().right > width + 0.5)
              .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${e.className}` : ''}: ${e.textContent.trim().slice(0, 40)}`);
          });
          assert.deepEqual(outside, []);
        });
      }
    });
  }
});
