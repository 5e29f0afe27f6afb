// Every line of every protocol in the examples reaches the event documentation: as written in the JSON, in its words in the Markdown.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEventPlan, parseSession } from '../../server/src/core';
import { aggregateEvent, renderJson, renderMarkdown } from '../../server/src/core/report';

const EVENT = resolve('examples/demo-barcamp');

/** The body lines of a protocol (after its frontmatter), with the section each stands in. */
function bodyLines(text: string): Array<{ line: string; section: string }> {
  const lines = text.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  let section = '';
  return lines.slice(end).flatMap((line) => {
    if (/^##\s/u.test(line)) section = line.slice(3).trim();
    return line.trim() === '' ? [] : [{ line, section }];
  });
}

/** The words a line says, without Markup, link and image targets, `@handles` (shown as names) and dates (shown in the report's style). */
function words(line: string): string[] {
  return line
    .replace(/\]\([^)]*\)/gu, ' ')
    .replace(/@[\p{L}\p{N}._-]+/gu, ' ')
    .replace(/\b(?:bis|due)\s+\d[\d.-]+\d/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
}

describe('the examples reach the documentation line by line', () => {
  const planUri = pathToFileURL(join(EVENT, 'barcamp.json')).toString();
  const plan = parseEventPlan(readFileSync(join(EVENT, 'barcamp.json'), 'utf8'), planUri).plan;
  const names = readdirSync(join(EVENT, 'sessions')).filter((n) => n.endsWith('.session.md'));
  const texts = names.map((name) => readFileSync(join(EVENT, 'sessions', name), 'utf8'));
  const sessions = names.map((name, i) => ({ protocol: parseSession(texts[i], pathToFileURL(join(EVENT, 'sessions', name)).toString()), problems: [] }));
  const report = aggregateEvent({ plan, sessions, today: '2017-03-01', folderUri: pathToFileURL(EVENT).toString() });
  const markdown = renderMarkdown(report);
  const json = renderJson(report);

  for (const [i, name] of names.entries()) {
    it(name, () => {
      for (const { line, section } of bodyLines(texts[i])) {
        // The JSON holds every line as written: the title, the intro, every section's heading and content.
        const written = /^#/u.test(line)
          ? line
              .replace(/^#+\s+/u, '')
              .replace(/\s*:+$/u, '')
              .trim()
          : line.trim();
        assert.ok(json.includes(JSON.stringify(written).slice(1, -1)), `${name}: ${JSON.stringify(line)} is not in the JSON`);
        // The Markdown says every word of it; participants are the facts' list (names and a count), headings of known sections the report's own.
        if (/^(?:Teilnehm|Participants|Anwesend|Aktive|Interessent|Active|Interested)/u.test(section) || /^#{1,2}\s/u.test(line)) continue;
        for (const word of words(line)) assert.ok(markdown.includes(word), `${name}: "${word}" of ${JSON.stringify(line)} is not in the Markdown`);
      }
    });
  }
});
