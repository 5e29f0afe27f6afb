// What each check looks for and how to fix it, in German and English: the hover text on an element with a diagnostic.
import type { DiagnosticCode, Language } from '../model';

/** When a check fires and what the user can do about it (the "Wann" and "So beheben Sie es" columns of docs/markup.md). */
export interface RuleHelp {
  when: string;
  fix: string;
}

const de: Record<DiagnosticCode, RuleHelp> = {
  'missing-topic': { when: 'Weder `title` noch eine `#`-Überschrift.', fix: '`title:` im Kopfbereich ergänzen oder mit `# Thema` beginnen.' },
  'missing-findings': { when: 'Kein Ergebnis-Abschnitt oder nur leere.', fix: '`## Ergebnisse` mit mindestens einem Punkt ergänzen.' },
  'missing-next-steps': { when: 'Kein Abschnitt „Nächste Schritte“ oder nur leere.', fix: 'Schritte eintragen – oder `- keine`, wenn nichts vereinbart wurde.' },
  'next-step-without-owner': { when: 'Ein Schritt ohne `@kürzel`.', fix: 'Verantwortliche ergänzen: `@vorname-nachname`.' },
  'next-step-without-due-date': { when: 'Ein offener Schritt ohne Termin.', fix: '`bis TT.MM.JJJJ` oder `bis JJJJ-MM-TT` ergänzen – oder als erledigt abhaken `[x]`.' },
  'invalid-date': { when: 'Ein Datum, das es nicht gibt (`30.02.2017`).', fix: 'Tag und Monat prüfen.' },
  'unknown-person': {
    when: '`@kürzel` steht nicht unter `people` der barcamp.json (ohne diese: nicht unter den Personen des Protokolls).',
    fix: 'Tippfehler korrigieren (siehe Vorschlag) oder die Person in `people` bzw. unter Teilnehmende eintragen.',
  },
  'unknown-room': { when: '`room:` steht nicht unter `rooms` der barcamp.json.', fix: 'Raum genau wie in der barcamp.json schreiben oder dort ergänzen.' },
  'unknown-slot': { when: '`slot:` steht nicht unter `slots` der barcamp.json.', fix: 'Zeitfenster genau wie in der barcamp.json schreiben oder dort ergänzen.' },
  'unknown-day': { when: '`day:` bzw. `date:` ist kein Tag aus `days`.', fix: 'Tag oder Datum korrigieren oder unter `days` ergänzen.' },
  'room-slot-conflict': { when: 'Zwei Protokolle: selber Raum, selber Tag, selbes Zeitfenster.', fix: 'Raum oder Zeitfenster in einem der beiden korrigieren.' },
  'duplicate-section': { when: 'Derselbe Abschnitt zweimal, z. B. „Ergebnisse“ und „Erkenntnisse“.', fix: 'Beide Abschnitte zusammenführen.' },
  'frontmatter-syntax': {
    when: 'Der Kopfbereich ist kein gültiges YAML, besteht nicht aus `name: wert`-Feldern oder ist nicht mit `---` geschlossen.',
    fix: 'YAML korrigieren (Einrückung, Doppelpunkte, Anführungszeichen); schließende Zeile `---` ergänzen.',
  },
  'unknown-field': { when: 'Ein Feld im Kopfbereich, das es nicht gibt.', fix: 'Gemeintes Feld verwenden (siehe Vorschlag) oder entfernen.' },
  'participant-count-mismatch': { when: '`participants: N` ist kleiner als die Zahl der aufgeführten Namen.', fix: 'Zahl erhöhen oder weglassen.' },
  'topic-mismatch': { when: '`title` und `#`-Überschrift nennen verschiedene Themen.', fix: 'Beide angleichen oder eines davon entfernen.' },
  'empty-section': { when: 'Auf eine Überschrift folgt direkt die nächste (oder das Ende): der Abschnitt ist leer.', fix: 'Inhalt ergänzen oder die Überschrift entfernen (Schnellkorrektur).' },
  'unknown-action-field': {
    when: '`actionField:` nennt kein Handlungsfeld aus `actionFields` der barcamp.json.',
    fix: 'Das Kürzel wie in der barcamp.json schreiben (Schnellkorrektur) oder das Handlungsfeld dort ergänzen.',
  },
  'action-field-without-active': {
    when: 'Die Session gehört zu einem Handlungsfeld, aber `## Aktive` fehlt oder nennt niemanden.',
    fix: 'Unter `## Aktive` die Personen nennen, die das Handlungsfeld vorantreiben (Schnellkorrektur legt den Abschnitt an).',
  },
  'unknown-participant': {
    when: 'Eine Person unter Teilnehmende, Aktive oder Interessenten steht nicht unter `people` der barcamp.json.',
    fix: 'Mit der Schnellkorrektur in die barcamp.json übernehmen (dann dort `consent` setzen, wenn sie genannt werden möchte) oder den Namen wie dort schreiben.',
  },
  'personal-data': {
    when: 'Im Protokoll steht eine E-Mail-Adresse oder Telefonnummer.',
    fix: 'Entfernen, wenn die Person der Veröffentlichung nicht zugestimmt hat; Kontaktdaten gehören in die Teilnehmendenliste des Orga-Teams.',
  },
  'missing-image': {
    when: 'Ein Bild (`![Flipchart](fotos/flip.jpg)`) verweist auf eine Datei, die es nicht gibt, die außerhalb des Veranstaltungsordners liegt oder kein Bildformat ist, das übernommen wird.',
    fix: 'Datei an die genannte Stelle legen oder den Pfad korrigieren (relativ zum Protokoll).',
  },
  'invalid-field-value': { when: 'Ein Zahlenfeld (`participants`, `day`) hat keine Zahl als Wert, z. B. `ca. 100` oder `eins`.', fix: 'Die Zahl schreiben (Schnellkorrektur, wo eine gemeint ist).' },
  'due-before-event': {
    when: 'Ein Termin liegt vor dem ersten Tag der Veranstaltung (`bis 28.02.2016` bei einem Barcamp 2017).',
    fix: 'Jahr korrigieren (Schnellkorrektur: derselbe Tag im Jahr der Veranstaltung).',
  },
  'misspelled-section': {
    when: 'Eine `##`-Überschrift ist fast ein bekannter Abschnitt (`Ergebnise`); sie wird als dieser gelesen.',
    fix: 'Die Überschrift korrigieren (Schnellkorrektur) – oder anders benennen, wenn ein eigener Abschnitt gemeint ist.',
  },
  'too-large': {
    when: 'Die Datei ist größer als die Grenze (5 MB; `limits.maxFileSizeMB` in der barcamp.json); sie wird nicht gelesen.',
    fix: 'Das Protokoll aufteilen oder Anhänge auslagern und verlinken.',
  },
  'too-complex': {
    when: 'Mehr als 100 ineinander verschachtelte Listen oder Zitate, mehr als 1.000 `*`/`_` in einem Absatz oder mehr als 10.000 Listenpunkte; nur Kopfbereich und Überschriften werden gelesen.',
    fix: 'Die genannte Stelle vereinfachen: Listen abflachen, Hervorhebungen entfernen, lange Listen aufteilen.',
  },
  'plan-syntax': {
    when: 'Die barcamp.json ist kein gültiges JSON (Kommentare sind erlaubt) oder enthält kein Objekt `{ … }`; Prüfungen gegen den Veranstaltungsplan entfallen dann.',
    fix: 'An der genannten Stelle Komma, Doppelpunkt, Anführungszeichen oder Klammer korrigieren; ein Komma nach dem letzten Eintrag entfernen.',
  },
};

const en: Record<DiagnosticCode, RuleHelp> = {
  'missing-topic': { when: 'Neither `title` nor a `#` heading.', fix: 'Add `title:` to the frontmatter or start with `# Topic`.' },
  'missing-findings': { when: 'No findings section, or only empty ones.', fix: 'Add `## Findings` with at least one item.' },
  'missing-next-steps': { when: 'No next-steps section, or only empty ones.', fix: 'List the steps – or `- none` if nothing was agreed.' },
  'next-step-without-owner': { when: 'A step without `@handle`.', fix: 'Add who takes care of it: `@first-last`.' },
  'next-step-without-due-date': { when: 'An open step without a due date.', fix: 'Add `due YYYY-MM-DD` – or tick it off as done `[x]`.' },
  'invalid-date': { when: 'A date that does not exist (`2017-02-30`).', fix: 'Check day and month.' },
  'unknown-person': {
    when: "`@handle` is not among `people` in barcamp.json (without one: not among the protocol's people).",
    fix: 'Fix the typo (see suggestion) or add the person to `people` or to the participants.',
  },
  'unknown-room': { when: '`room:` is not listed in `rooms` of barcamp.json.', fix: 'Write the room exactly as in barcamp.json, or add it there.' },
  'unknown-slot': { when: '`slot:` is not listed in `slots` of barcamp.json.', fix: 'Write the slot exactly as in barcamp.json, or add it there.' },
  'unknown-day': { when: '`day:` or `date:` is not a day in `days`.', fix: 'Fix the day or date, or add it to `days`.' },
  'room-slot-conflict': { when: 'Two protocols: same room, same day, same slot.', fix: 'Fix the room or slot in one of them.' },
  'duplicate-section': { when: 'The same section twice, e.g. "Findings" and "Results".', fix: 'Merge the two.' },
  'frontmatter-syntax': {
    when: 'The frontmatter is not valid YAML, not `name: value` fields, or not closed with `---`.',
    fix: 'Fix the YAML (indentation, colons, quotes); add the closing `---` line.',
  },
  'unknown-field': { when: 'A frontmatter field that does not exist.', fix: 'Use the intended field (see suggestion) or remove it.' },
  'participant-count-mismatch': { when: '`participants: N` is lower than the number of names listed.', fix: 'Raise the number or drop it.' },
  'topic-mismatch': { when: '`title` and `#` heading name different topics.', fix: 'Make them the same, or remove one.' },
  'empty-section': { when: 'A heading is followed directly by the next one (or the end): the section is empty.', fix: 'Fill it in, or remove the heading (quick fix).' },
  'unknown-action-field': { when: '`actionField:` names no action field of `actionFields` in barcamp.json.', fix: 'Write the id as in barcamp.json (quick fix), or add the action field there.' },
  'action-field-without-active': {
    when: 'The session belongs to an action field, but `## Active` is missing or names nobody.',
    fix: 'Name the people who drive the action field under `## Active` (the quick fix adds the section).',
  },
  'unknown-participant': {
    when: 'A person under Participants, Active or Interested is not listed in `people` of barcamp.json.',
    fix: 'Add them to barcamp.json with the quick fix (then set `consent` there if they want to be named), or write the name as it stands there.',
  },
  'personal-data': {
    when: 'The protocol holds an e-mail address or a phone number.',
    fix: "Remove it unless the person agreed to its publication; contact details belong in the organizers' list of participants.",
  },
  'missing-image': {
    when: 'An image (`![Flipchart](photos/flip.jpg)`) names a file that does not exist, lies outside the event folder or is no image type that is carried.',
    fix: 'Put the file where the path says, or correct the path (relative to the protocol).',
  },
  'invalid-field-value': { when: 'A number field (`participants`, `day`) holds no number, e.g. `ca. 100` or `one`.', fix: 'Write the number (quick fix where one is meant).' },
  'due-before-event': { when: 'A due date before the first day of the event (`due 2016-02-28` at a barcamp of 2017).', fix: "Correct the year (quick fix: the same day in the event's year)." },
  'misspelled-section': {
    when: 'A `##` heading is nearly a known section (`Findigns`); it is read as that one.',
    fix: 'Correct the heading (quick fix) – or name it differently if a section of its own is meant.',
  },
  'too-large': { when: 'The file is larger than the limit (5 MB; `limits.maxFileSizeMB` in barcamp.json); it is not read.', fix: 'Split the protocol, or move attachments out and link them.' },
  'too-complex': {
    when: 'More than 100 lists or quotes nested in each other, more than 1,000 `*`/`_` in one paragraph, or more than 10,000 list items; only the frontmatter and headings are read.',
    fix: 'Simplify the place named: flatten the lists, drop the emphasis, split long lists.',
  },
  'plan-syntax': {
    when: 'barcamp.json is not valid JSON (comments are allowed) or holds no object `{ … }`; checks against the event plan are then skipped.',
    fix: 'Fix the comma, colon, quote or bracket at the place named; remove a comma after the last entry.',
  },
};

/** Both tables, exported for the test that checks every code is explained in both languages. */
export const RULE_HELP: Readonly<Record<Language, Record<DiagnosticCode, RuleHelp>>> = { de, en };

/** The explanation of a check in `language`; a code without an entry (never expected) gets its own name. */
export function ruleHelp(code: DiagnosticCode, language: Language): RuleHelp {
  return RULE_HELP[language]?.[code] ?? { when: code, fix: '' };
}
