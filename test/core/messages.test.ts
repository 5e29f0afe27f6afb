// Message tables: complete in German and English, same placeholders in both, filled without leftovers; resolveLanguage.
import { strict as assert } from 'node:assert';
import { DIAGNOSTIC_CODES, type Language, type Problem } from '../../server/src/core/model';
import { formatMessage, imageProblems, MESSAGE_TABLES, resolveLanguage, toDiagnostics, type ImageState } from '../../server/src/core/diagnostics';
import { parseSession } from '../../server/src/core/syntax';
import { planProblems } from '../../server/src/core/event';
import { lines, range } from './helpers';
import { COMPLETE, diagnose, other } from './rules.helpers';

const LANGUAGES: Language[] = ['de', 'en'];
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('message tables', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: has a non-empty message for every code`, () => {
      for (const code of DIAGNOSTIC_CODES) assert.ok(MESSAGE_TABLES[lang].messages[code]?.trim(), `${lang} lacks ${code}`);
    });
  }

  it('de and en have the same keys and the same placeholders per key', () => {
    const { de, en } = MESSAGE_TABLES;
    assert.deepEqual(Object.keys(de.messages).sort(), Object.keys(en.messages).sort());
    assert.deepEqual(Object.keys(de.suggestions).sort(), Object.keys(en.suggestions).sort());
    for (const key of Object.keys(de.messages) as Array<keyof typeof de.messages>) {
      assert.deepEqual(placeholders(de.messages[key]), placeholders(en.messages[key]), key);
    }
  });

  it('every variant key belongs to a known code', () => {
    for (const key of Object.keys(MESSAGE_TABLES.de.messages)) {
      assert.ok((DIAGNOSTIC_CODES as readonly string[]).includes(key.split('/')[0]), key);
    }
  });

  it('German addresses the user with "Sie", never "du"', () => {
    for (const text of Object.values(MESSAGE_TABLES.de.messages)) assert.doesNotMatch(text, /\b(du|dein|deine|dir)\b/iu, text);
  });
});

describe('formatMessage', () => {
  const problem = (code: Problem['code'], args: Problem['args'], suggestion?: string): Problem => ({ code, range: range(0, 0, 0, 1), args, suggestion });

  it('fills arguments and appends the suggestion', () => {
    const p = problem('unknown-person', { handle: 'ana', variant: 'plan' }, 'anna-schmidt');
    assert.equal(formatMessage(p, 'de'), '@ana ist in der barcamp.json nicht als Person eingetragen. Meinten Sie @anna-schmidt?');
    assert.equal(formatMessage(p, 'en'), '@ana is not listed as a person in barcamp.json. Did you mean @anna-schmidt?');
  });

  it('quotes a suggested key or room', () => {
    assert.equal(formatMessage(problem('unknown-field', { key: 'titel' }, 'title'), 'de'), 'Das Feld „titel“ ist unbekannt und wird ignoriert. Meinten Sie „title“?');
    assert.equal(formatMessage(problem('unknown-field', { key: 'titel' }, 'title'), 'en'), 'The field "titel" is unknown and is ignored. Did you mean "title"?');
  });

  it('uses the variant wording when there is one, else the code’s', () => {
    assert.match(formatMessage(problem('frontmatter-syntax', { variant: 'unclosed' }), 'de'), /nicht abgeschlossen/);
    assert.match(formatMessage(problem('frontmatter-syntax', { variant: 'nonsense', message: 'bad' }), 'de'), /fehlerhaft: bad$/);
  });

  it('never leaves a placeholder, and does not expand braces inside arguments', () => {
    assert.equal(formatMessage(problem('unknown-room', {}), 'en'), 'barcamp.json lists no room "…" (known: …).');
    assert.equal(formatMessage(problem('unknown-room', { room: '{slot}', known: 'A' }), 'en'), 'barcamp.json lists no room "{slot}" (known: A).');
  });

  it('never throws on an unknown code or missing args', () => {
    assert.equal(formatMessage({ code: 'nope' } as unknown as Problem, 'de'), 'nope');
    assert.doesNotThrow(() => formatMessage({ code: 'missing-topic', range: range(0, 0, 0, 0) } as unknown as Problem, 'xx' as Language));
  });
});

describe('messages of real findings', () => {
  // One document per code (or variant) that fires it, so every wording is rendered once from real rule output.
  const plan = {
    rooms: ['Elbe'],
    slots: ['10:30'],
    days: [{ day: 1, date: '2017-01-26' }],
    people: [{ id: 'anna-schmidt', name: 'Anna Schmidt' }],
    actionFields: [{ id: 'mobilitaet', title: 'Mobilität' }],
  };
  const docs = [
    lines(
      '---',
      'title: A',
      'farbe: blau',
      'participants: 0',
      'room: Weser',
      'slot: "9:00"',
      'day: 2',
      'date: 2017-01-27',
      '---',
      '# B',
      '## Teilnehmende',
      '- X',
      '## Nächste Schritte',
      '- Flyer @ana',
      '- Plakat',
    ),
    lines('---', 'title: A', '---', '## Ergebnisse', '## Nächste Schritte', '## Ergebnisse'),
    lines('---', 'date: 2017-02-30', 'room: Elbe', 'slot: "10:30"', '---', 'Text'),
    lines('---', 'title: [', '---'),
    lines('---', 'title: A'),
    lines(...COMPLETE),
    lines('# Tief', '', '## Ergebnisse', ...Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- Ebene ${i}`)),
    'x'.repeat(5 * 1024 * 1024 + 1),
    lines('# Tippfehler', '', '## Ergebnise', '- eins'),
    lines('# Zu früh', '', '## Nächste Schritte', '- [ ] Tun @anna-schmidt bis 2016-01-10'),
    lines('---', 'participants: ca. 40', 'day: morgen', '---', '# Ungefähr'),
    lines('# Leer', '', '## Notizen', '## Ergebnisse', '- x'),
    lines('---', 'actionField: mobilitat', 'status: fertig', '---', '# Feld', '', '## Ergebnisse', '- Mail an anna@example.org oder Anruf unter 0431 1234567'),
  ];
  const others = [other({ uri: 'file:///x/b.session.md', topic: 'B', room: 'Elbe', slot: '10:30', day: 1 })];

  for (const language of LANGUAGES) {
    it(`${language}: every code fires somewhere, and no message has an unreplaced placeholder`, () => {
      const seen = new Set<string>();
      // missing-image comes from what the host found of the files, in every variant.
      const images = parseSession(lines('# Bilder', '', '![a](fehlt.png) ![b](kaputt.png) ![c](../../aussen.png) ![d](skizze.svg)'), 'file:///x/a.session.md').images;
      const states: ImageState[] = ['missing', 'unreadable', 'outside', 'type'];
      for (const d of toDiagnostics(
        imageProblems(images, (image) => states[images.indexOf(image)]),
        { language },
      )) {
        seen.add(d.code);
        assert.doesNotMatch(d.message, /\{\w*\}|„…“|"…"|undefined/u, d.message);
      }
      // plan-syntax is about barcamp.json itself, in every variant.
      for (const broken of ['{ "a": 1 "b": 2 }', '{ "a" 1 }', '{ "a": 1, }', '{ "a": }', '{ "a": [1, 2 }', '{} []', '{ "a": "x\ny" }', '[1]', '{ "a": @ }']) {
        for (const d of toDiagnostics(planProblems(broken), { language })) {
          seen.add(d.code);
          assert.doesNotMatch(d.message, /\{\w*\}|undefined/u, d.message);
        }
      }
      for (const doc of docs) {
        for (const d of diagnose(doc, { plan, others, language })) {
          seen.add(d.code);
          assert.doesNotMatch(d.message, /\{\w*\}|„…“|"…"|: …\)|undefined|NaN/u, `${d.code}: ${d.message}`);
        }
        for (const d of diagnose(doc, { language })) assert.doesNotMatch(d.message, /\{\w*\}|undefined/u, d.message);
      }
      assert.deepEqual(
        [...DIAGNOSTIC_CODES].filter((c) => !seen.has(c)),
        [],
      );
    });
  }
});

describe('resolveLanguage', () => {
  const cases: Array<[string | undefined, Language]> = [
    ['de', 'de'],
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['de_DE.UTF-8', 'de'],
    ['DE', 'de'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['dev', 'en'],
    ['C', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, lang] of cases) it(`${JSON.stringify(tag)} → ${lang}`, () => assert.equal(resolveLanguage(tag), lang));
});
