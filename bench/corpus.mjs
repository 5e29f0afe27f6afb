// Seeded generator of realistic session protocols for `npm run bench`: German and English, umlauts, emoji, CRLF, BOM, planted defects.
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[next.int(list.length)];
  next.chance = (p) => next() < p;
  return next;
}

const WORDS = {
  de: `Verwaltung Bürger Ämter Digitalisierung Datenschutz Prüfung Schnittstelle Fachverfahren Maßnahme Größe Übergang Änderung
    Zuständigkeit Förderung Lösung Prozess Führungskräfte Beteiligung Öffentlichkeit Kommune Landkreis Straßenbau Gebühren Bescheid
    Antrag Formular Portal Akte Vorgang Haushalt Vergabe Rahmenvertrag Schulung Erfahrung Rückmeldung Zeitplan Meilenstein Anforderung
    müssen können sollten wurden haben brauchen klären prüfen abstimmen einführen vereinfachen überarbeiten veröffentlichen
    schnell gemeinsam offen schwierig wichtig zuverlässig barrierefrei übersichtlich verständlich ungeklärt früh später`.split(/\s+/),
  en: `administration citizens office digital privacy review interface workflow measure size transition change responsibility funding
    solution process leadership participation public municipality county roads fees notice application form portal record case budget
    procurement contract training experience feedback schedule milestone requirement must can should were have need clarify check agree
    introduce simplify revise publish quickly together open difficult important reliable accessible clear understandable unresolved early later`.split(/\s+/),
};
const EMOJI = ['🚀', '✅', '💡', '🙂', '👩‍💻', '🇩🇪', '⚠️', '🎉', '📎'];
const FIRST = ['Anna', 'Jörg', 'Fatma', 'Günther', 'Leslie', 'Maren', 'Søren', 'Zoë', 'Ömer', 'Björn', 'Chloé', 'Jan-Ole', 'Ulrike', 'Mehmet'];
const LAST = ['Schmidt', 'Weiß', 'Müller', 'Lüders', 'Demir', 'Brandt', 'Voß', 'Jensen', 'Fähnrich', 'Krause', 'Öztürk', 'Große'];
const HEADINGS = {
  de: { participants: 'Teilnehmende', findings: 'Ergebnisse', next: 'Nächste Schritte', questions: 'Offene Fragen', notes: ['Diskussion', 'Notizen', 'Links', 'Hintergrund'] },
  en: { participants: 'Participants', findings: 'Findings', next: 'Next steps', questions: 'Open questions', notes: ['Discussion', 'Notes', 'Links', 'Background'] },
};

/** The people and places of one generated event, as its barcamp.json lists them. */
export function makePlan(r, { name, days, rooms, slots, people, language }) {
  const persons = [];
  const seen = new Set();
  while (persons.length < people) {
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const id = `${first}-${last}`.toLowerCase();
    if (seen.has(id)) {
      if (seen.size > FIRST.length * LAST.length - 2) break;
      continue;
    }
    seen.add(id);
    persons.push({ id, name: `${first} ${last}`, org: r.pick(['Kreis Pinneberg', 'Dataport', 'Stadt Kiel', 'Amt Süderbrarup', 'City of Leeds']) });
  }
  const start = Date.UTC(2017, 0, 26);
  return {
    name,
    language,
    days: Array.from({ length: days }, (_, i) => ({ day: i + 1, date: new Date(start + i * 86400000).toISOString().slice(0, 10) })),
    rooms: Array.from({ length: rooms }, (_, i) => ['Elbe', 'Weser', 'Trave', 'Alster', 'Eider', 'Schlei', 'Ostsee', 'Förde', 'Treene', 'Stör', 'Pinnau', 'Krückau'][i] ?? `Raum ${i + 1}`),
    slots: Array.from({ length: slots }, (_, i) => `${String(9 + i).padStart(2, '0')}:${i % 2 ? '45' : '30'}`),
    people: persons,
  };
}

function sentence(r, lang, min = 3, max = 12) {
  const n = min + r.int(max - min + 1);
  const words = Array.from({ length: n }, () => r.pick(WORDS[lang]));
  let s = words.join(' ');
  if (r.chance(0.15)) s = s.replace(/(\S+)/u, '**$1**');
  if (r.chance(0.1)) s += ` \`${r.pick(['XÖV', 'OZG', 'FIM', 'npm test', 'X-Road'])}\``;
  if (r.chance(0.08)) s += ` ${r.pick(EMOJI)}`;
  if (r.chance(0.05)) s += ` [${r.pick(WORDS[lang])}](https://example.org/${r.int(1000)})`;
  if (r.chance(0.03)) s += ` _${r.pick(WORDS[lang])}_`;
  return s.charAt(0).toUpperCase() + s.slice(1) + (r.chance(0.2) ? '?' : '.');
}

/** One block of free Markdown: lists (nested, continued), paragraphs, quotes, code, comments, sub-headings. */
function block(r, lang, out) {
  const k = r();
  if (k < 0.5) {
    const n = 1 + r.int(5);
    for (let i = 0; i < n; i++) {
      out.push(`${r.chance(0.8) ? '-' : '*'} ${sentence(r, lang)}`);
      if (r.chance(0.15)) out.push(`  ${sentence(r, lang)}`);
      if (r.chance(0.1)) out.push(`  - ${sentence(r, lang, 3, 8)}`, `  - ${sentence(r, lang, 3, 8)}`);
    }
  } else if (k < 0.8) {
    out.push(sentence(r, lang, 8, 25) + (r.chance(0.3) ? ' ' + sentence(r, lang) : ''));
    if (r.chance(0.3)) out.push(sentence(r, lang));
  } else if (k < 0.86) {
    out.push(`> ${sentence(r, lang)}`, `> ${sentence(r, lang)}`);
  } else if (k < 0.91) {
    const fence = r.chance(0.5) ? '```' : '~~~';
    out.push(`${fence}json`, '{ "größe": 42, "emoji": "🎉" }', '# kein Heading, nur Code', fence);
  } else if (k < 0.94) {
    out.push('<!-- Platzhalter: hier ergänzen -->');
  } else {
    out.push(`### ${sentence(r, lang, 2, 4).replace(/[.?]$/u, '')}`);
  }
  out.push('');
}

function frontmatter(r, lang, plan, slot, defects) {
  const title = sentence(r, lang, 2, 6)
    .replace(/[.?]$/u, '')
    .replace(/\(https:\S+\)|[*_`[\]()]/gu, '');
  const lines = ['---'];
  if (!defects.has('missing-topic')) lines.push(`title: ${defects.has('frontmatter-syntax') ? `"${title}` : title}`);
  lines.push(`day: ${defects.has('unknown-day') ? 99 : slot.day}`);
  lines.push(`slot: "${defects.has('unknown-slot') ? '23:59' : slot.slot}"`);
  lines.push(`room: ${defects.has('unknown-room') ? 'Besenkammer' : slot.room}`);
  const host = r.pick(plan.people);
  lines.push(`host: ${host.name}`, `documenter: ${r.pick(plan.people).name}`);
  lines.push(`tags: [${r.pick(WORDS[lang])}, ${r.pick(WORDS[lang])}]`);
  if (defects.has('unknown-field')) lines.push('raum: Elbe');
  if (defects.has('participant-count-mismatch')) lines.push('participants: 1');
  else if (r.chance(0.3)) lines.push(`participants: ${20 + r.int(30)}`);
  if (!defects.has('unclosed-frontmatter')) lines.push('---');
  return { lines, title, host };
}

const DEFECTS = [
  'missing-topic',
  'missing-findings',
  'next-step-without-owner',
  'invalid-date',
  'unknown-person',
  'unknown-room',
  'unknown-slot',
  'unknown-day',
  'duplicate-section',
  'frontmatter-syntax',
  'unknown-field',
  'participant-count-mismatch',
  'topic-mismatch',
  'unclosed-frontmatter',
];

/** A session protocol of about `lines` lines for the given plan slot; about one in five gets a planted defect. */
export function makeSession(r, { lines, lang, plan, slot }) {
  const defects = new Set(r.chance(0.2) ? [r.pick(DEFECTS)] : []);
  const h = HEADINGS[lang];
  const fm = frontmatter(r, lang, plan, slot, defects);
  const out = [...fm.lines, ''];
  if (!defects.has('missing-topic')) out.push(`# ${defects.has('topic-mismatch') ? 'Ganz anderes Thema' : fm.title}`, '');
  out.push(`## ${h.participants}`);
  const present = [fm.host, ...Array.from({ length: 2 + r.int(8) }, () => r.pick(plan.people))];
  for (const p of present) out.push(`- ${p.name}${r.chance(0.5) ? ` (${p.org})` : ''}`);
  out.push('');
  const body = Math.max(0, lines - out.length - 12);
  const findings = defects.has('missing-findings') ? [] : [`## ${h.findings}:`.replace(/:$/u, r.chance(0.2) ? ':' : '')];
  const notes = [];
  if (findings.length) block(r, lang, findings);
  while (findings.length + notes.length < body) block(r, lang, r.chance(0.6) ? findings : notes);
  if (findings.length) out.push(...findings, '');
  if (notes.length) out.push(`## ${r.pick(h.notes)}`, ...notes);
  if (defects.has('duplicate-section')) out.push(`## ${h.findings}`, `- ${sentence(r, lang)}`, '');
  out.push(`## ${h.next}`);
  const steps = 1 + r.int(4);
  for (let i = 0; i < steps; i++) out.push(nextStep(r, lang, plan, defects, i === 0));
  out.push('', `## ${h.questions}`, `- ${sentence(r, lang)}`, '');
  return out.join('\n');
}

function nextStep(r, lang, plan, defects, first) {
  const owner = first && defects.has('unknown-person') ? '@niemand-bekannt' : `@${r.pick(plan.people).id}`;
  const who = first && defects.has('next-step-without-owner') ? '' : ` ${owner}`;
  const date = first && defects.has('invalid-date') ? '2017-02-30' : `2017-0${3 + r.int(6)}-${String(1 + r.int(28)).padStart(2, '0')}`;
  const due = r.chance(0.8) ? (r.chance(0.3) ? ` 📅 ${date}` : ` ${lang === 'de' ? 'bis' : 'due'} ${date}`) : '';
  return `- [${r.chance(0.25) ? 'x' : ' '}] ${sentence(r, lang, 3, 10).replace(/[.?]$/u, '')}${who}${due}`;
}

/** A "Live-Mitschrift": one long protocol of about `lines` lines, written along a whole day, many sub-sections. */
export function makeLiveTranscript(r, { lines, lang, plan, slot }) {
  let head;
  do head = makeSession(r, { lines: 40, lang, plan, slot }).split('\n');
  while (!head.includes('---', 1) || !head.some((l) => l.startsWith('# ')) || !head.some((l) => l.startsWith(`## ${HEADINGS[lang].findings}`)));
  const at = head.findIndex((l) => l.startsWith(`## ${HEADINGS[lang].findings}`));
  const out = head.slice(0, at + 1);
  let minute = 0;
  while (out.length < lines - 40) {
    if (r.chance(0.12)) out.push(`### ${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} ${sentence(r, lang, 2, 5).replace(/[.?]$/u, '')}`, '');
    minute = (minute + 1 + r.int(3)) % 600;
    // Live notes run longer per line than a tidied protocol (≈ 420 KB for 5,000 lines, as in the issue).
    if (r.chance(0.45)) out.push(`${sentence(r, lang, 10, 24)} ${sentence(r, lang, 8, 20)}`, '');
    else block(r, lang, out);
  }
  out.push(...head.slice(at + 1));
  return out.join('\n');
}

/** Line ending and BOM as various editors write them: most LF, some CRLF, a few with a BOM. */
function encode(r, text) {
  let t = r.chance(0.15) ? text.replace(/\n/gu, '\r\n') : text;
  if (r.chance(0.05)) t = `\uFEFF${t}`;
  return t;
}

/** 20–400 lines, most of them short: the size mix of real protocols (average ≈ 120 lines, ≈ 7 KB). */
function sessionLength(r) {
  return 20 + Math.floor(380 * r() ** 2.2);
}

/**
 * Writes an event folder tree: `events` folders, each with a barcamp.json and `perEvent` sessions in
 * day sub-folders; `big` of them are 5,000-line live transcripts. Returns the session paths in order.
 */
export function writeCorpus(root, { seed, events, perEvent, big = 0, days = 2, rooms = 6, slots = 8 }) {
  const stamp = join(root, '.corpus.json');
  const spec = JSON.stringify({ seed, events, perEvent, big, days, rooms, slots, v: 6 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').startsWith(spec)) return JSON.parse(readFileSync(stamp, 'utf8').slice(spec.length + 1));
  rmSync(root, { recursive: true, force: true });
  const r = rng(seed);
  const paths = [];
  for (let e = 0; e < events; e++) {
    const lang = r.chance(0.7) ? 'de' : 'en';
    const plan = makePlan(r, { name: `Barcamp ${e + 1}`, days, rooms, slots, people: 40, language: lang });
    const folder = events === 1 ? root : join(root, `event-${String(e + 1).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'barcamp.json'), JSON.stringify(plan, null, 2));
    for (let i = 0; i < perEvent; i++) {
      const cell = i % (days * rooms * slots);
      const slot = { day: 1 + Math.floor(cell / (rooms * slots)), room: plan.rooms[Math.floor(cell / slots) % rooms], slot: plan.slots[cell % slots] };
      const sessionLang = r.chance(0.85) ? lang : lang === 'de' ? 'en' : 'de';
      const isBig = e === 0 && i < big;
      const text = isBig ? makeLiveTranscript(r, { lines: 5000 + r.int(200), lang: sessionLang, plan, slot }) : makeSession(r, { lines: sessionLength(r), lang: sessionLang, plan, slot });
      const dir = join(folder, `tag-${slot.day}`);
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${isBig ? 'live-mitschrift' : 'session'}-${String(i + 1).padStart(5, '0')}.session.md`);
      writeFileSync(path, encode(r, text));
      paths.push(path);
    }
  }
  writeFileSync(stamp, `${spec}\n${JSON.stringify(paths)}`);
  return paths;
}
