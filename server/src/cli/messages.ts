// The CLI's own texts (usage, IO problems, summary) in German and English; diagnostic messages come from the core.
import { STATUS_WORDS, type Language, type ReviewStatus } from '../core';

const USAGE = {
  de: `Aufruf: barcamp check <Dateien, Ordner oder "Muster"…> [--format text|json|sarif|github|gitlab]
                      [--lang de|en] [--max-warnings <N>] [--fix | --fix-dry-run]
                      [--output-file <Datei>] [--docs-url <Adresse>]
                      [--cache] [--cache-location <Datei>]

Prüft Sitzungsprotokolle (*.session.md). Ordner werden rekursiv durchsucht, Muster wie
"sessions/**/*.md" (in Anführungszeichen) aufgelöst; was .gitignore oder .barcampignore
ausschließen, bleibt außen vor. Eine genannte barcamp.json wird selbst geprüft; andere
Markdown-Dateien werden mit einem Hinweis übersprungen. Die nächstgelegene barcamp.json
beschreibt die Veranstaltung. Mit --cache merkt sich barcamp Ergebnisse in .barcampcache
(oder --cache-location) und liest beim nächsten Mal nur geänderte Protokolle neu ein.

  --format sarif     SARIF 2.1.0 (GitHub Code Scanning), github: Annotationen in
                     GitHub Actions, gitlab: Code-Quality-Bericht für GitLab
  --max-warnings N   Exit-Code 1 bei mehr als N Warnungen
  --fix              sichere Korrekturen in die Dateien schreiben; --fix-dry-run zeigt
                     sie als Diff, ohne zu schreiben
  --docs-url         Adresse der Regelseiten (sonst BARCAMP_DOCS_URL, sonst docs/rules)

        barcamp aggregate <Veranstaltungsordner> [--out <Ordner>] [--format md,html,json,csv,docx]
                          [--lang de|en] [--today JJJJ-MM-TT] [--require <Status>]

Führt alle Protokolle einer Veranstaltung (Ordner mit barcamp.json) zur Dokumentation
zusammen: event-documentation.md, .html, .json, .docx und next-steps.csv, daneben den
Bericht für das Orga-Team (<Ordner>-intern/). Ausgabe nach --out, sonst barcamp.json
output.folder, sonst dokumentation/. Überfällig heißt: fällig vor
--today (Standard: heute). Mit --require geprüft (oder freigegeben, Entwurf; auch englisch)
schreibt aggregate nichts, solange eine Session einen niedrigeren Prüfstatus hat
(Frontmatter status), nennt diese Sessions und endet mit Exit-Code 1.

        barcamp import <Pad-Datei> --event <Veranstaltungsordner> [--out <Datei>] [--lang de|en]

Macht aus den Notizen eines Etherpads (.txt) oder HedgeDoc-Pads (.md) ein Sitzungsprotokoll
der Veranstaltung: Angaben wie Thema:, Raum:, Zeit: werden zum Kopfbereich, abgeglichen mit
der barcamp.json; nichts aus dem Pad geht verloren. Geschrieben in den Veranstaltungsordner
als <thema>.session.md (ist der Name vergeben: <thema>-2.session.md …) oder nach --out;
eine vorhandene Datei wird nie überschrieben (dann Exit-Code 2).

Exit-Code: 0 ohne Fehler, 1 bei mindestens einem Fehler (check: oder mehr Warnungen als
--max-warnings), 2 bei Aufruf-, Lese- oder Schreibfehlern
(aggregate auch, wenn eine von Hand geschriebene Datei überschrieben würde).`,
  en: `Usage: barcamp check <files, folders or "globs"…> [--format text|json|sarif|github|gitlab]
                     [--lang de|en] [--max-warnings <N>] [--fix | --fix-dry-run]
                     [--output-file <file>] [--docs-url <address>]
                     [--cache] [--cache-location <file>]

Checks session protocols (*.session.md). Folders are searched recursively, globs such as
"sessions/**/*.md" (in quotes) expanded; what .gitignore or .barcampignore exclude is left
out. A barcamp.json named is checked itself; other Markdown files are skipped with a note.
The nearest barcamp.json describes the event. With --cache, results are kept in
.barcampcache (or --cache-location) and the next run parses only changed protocols.

  --format sarif     SARIF 2.1.0 (GitHub code scanning), github: annotations in
                     GitHub Actions, gitlab: a GitLab Code Quality report
  --max-warnings N   exit with 1 when there are more than N warnings
  --fix              write the safe fixes into the files; --fix-dry-run shows them
                     as a diff without writing
  --docs-url         address of the rule pages (else BARCAMP_DOCS_URL, else docs/rules)

       barcamp aggregate <event folder> [--out <folder>] [--format md,html,json,csv,docx]
                         [--lang de|en] [--today YYYY-MM-DD] [--require <status>]

Aggregates all protocols of an event (folder with a barcamp.json) into its documentation:
event-documentation.md, .html, .json, .docx and next-steps.csv, beside it the organizers'
report (<folder>-intern/). Written to --out, else barcamp.json output.folder, else
dokumentation/. Overdue means due before --today (default: today).
With --require reviewed (or approved, draft; German words too) aggregate writes nothing
while any session has a lower review status (frontmatter status), names those sessions
and exits with 1.

       barcamp import <pad file> --event <event folder> [--out <file>] [--lang de|en]

Turns the notes of an Etherpad (.txt) or HedgeDoc pad (.md) into a session protocol of the
event: labels such as Topic:, Room:, Time: become the frontmatter, matched against the
barcamp.json; nothing of the pad is lost. Written into the event folder as <topic>.session.md
(when taken: <topic>-2.session.md …) or to --out; an existing file is never overwritten
(then exit code 2).

Exit code: 0 without errors, 1 with at least one error (check: or more warnings than
--max-warnings), 2 on usage, read or write failures
(aggregate also when it would overwrite a file written by hand).`,
};

const TEXTS = {
  de: {
    unknownCommand: (v?: string) => `Unbekannter Befehl: ${v}`,
    unknownOption: (v?: string) => `Unbekannte Option: ${v}`,
    badFormat: (v?: string) => `--format erwartet text, json, sarif, github oder gitlab, nicht ${v ?? '(nichts)'}`,
    badMaxWarnings: (v?: string) => `--max-warnings erwartet eine ganze Zahl ab 0 (oder -1 für keine Grenze), nicht ${v ?? '(nichts)'}`,
    fixTogether: () => '--fix und --fix-dry-run schließen einander aus: entweder schreiben oder nur zeigen.',
    skipped: (v?: string) => `${v}: übersprungen, kein Protokoll`,
    fixed: (file: string, what: string, dryRun: boolean) => `${file}: ${dryRun ? 'würde korrigieren' : 'korrigiert'}: ${what}`,
    fixedHeadings: () => 'Überschriften in der Sprache der Veranstaltung',
    fixNotUtf8: (v?: string) => `${v}: nicht korrigiert, die Datei ist nicht in UTF-8 gespeichert (oder nicht lesbar)`,
    checkProgress: (done: number, total: number) => `Protokolle prüfen ${done}/${total}`,
    tooManyWarnings: (n: number, max: number) => `${n} ${n === 1 ? 'Warnung' : 'Warnungen'}, erlaubt sind höchstens ${max} (--max-warnings).`,
    badLanguage: (v?: string) => `--lang erwartet de oder en, nicht ${v ?? '(nichts)'}`,
    noPaths: () => 'Keine Dateien oder Ordner angegeben.',
    notFound: (v?: string) => `Nicht gefunden: ${v}`,
    unreadable: (v?: string) => `Nicht lesbar: ${v}`,
    binary: (v?: string) => `Keine Textdatei (binärer Inhalt), übersprungen: ${v}`,
    planBroken: (v?: string) => `barcamp.json nicht lesbar, Prüfungen gegen den Veranstaltungsplan entfallen: ${v}`,
    noSessions: (v?: string) => `Keine Sitzungsprotokolle (*.session.md) gefunden in: ${v}`,
    summary: (files: number, errors: number, warnings: number, others: number) =>
      `${files} ${files === 1 ? 'Datei' : 'Dateien'} geprüft: ${errors} Fehler, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}, ${others} ${others === 1 ? 'Hinweis' : 'Hinweise'}.`,
    noFolder: () => 'Kein Veranstaltungsordner angegeben.',
    tooManyFolders: (v?: string) => `Bitte genau einen Veranstaltungsordner angeben, nicht: ${v}`,
    missingValue: (v?: string) => `${v} erwartet einen Wert.`,
    badExportFormat: (v?: string) => `--format erwartet eine Liste aus md, html, json, csv, nicht ${v ?? '(nichts)'}`,
    badDate: (v?: string) => `--today erwartet ein Datum JJJJ-MM-TT, nicht ${v ?? '(nichts)'}`,
    badStatus: (v?: string) => `--require erwartet einen Prüfstatus: Entwurf, geprüft oder freigegeben (auch draft, reviewed, approved), nicht ${v ?? '(nichts)'}`,
    belowRequired: (n: number, status: string) => `Nichts geschrieben: ${n} ${n === 1 ? 'Session hat' : 'Sessions haben'} einen Prüfstatus unter „${status}“ (--require):`,
    statusWord: (status: ReviewStatus) => STATUS_WORDS.de[status],
    noPlan: (v?: string) => `Keine barcamp.json in ${v}: die Dokumentation entsteht ohne Veranstaltungsplan.`,
    outputOutside: (v?: string) => `barcamp.json output.folder muss ein Ordner innerhalb der Veranstaltung sein, nicht ${v}`,
    unknownPlanFormat: (v?: string) => `barcamp.json output.formats: unbekanntes Format übergangen: ${v}`,
    otherEvent: (v?: string) => `Gehört zu einer anderen Veranstaltung (eigene barcamp.json), übergangen: ${v}`,
    wrote: (v?: string) => `Geschrieben: ${v}`,
    unchanged: (v?: string) => `Unverändert: ${v}`,
    refused: (v?: string) => `Nicht überschrieben, die Datei wurde nicht von Barcamp Sessions erzeugt: ${v} (umbenennen, löschen oder --out wählen)`,
    writeFailed: (v?: string) => `Schreiben fehlgeschlagen: ${v}`,
    progress: (done: number, total: number, file: string) => `Protokolle lesen ${done}/${total}: ${file}`,
    cacheCorrupt: (v?: string) => `Cache-Datei beschädigt, wird ignoriert und neu geschrieben: ${v}`,
    cacheNotWritten: (v?: string) => `Cache-Datei konnte nicht geschrieben werden: ${v}`,
    cacheNotAFile: (v?: string) => `Cache-Datei ist keine gewöhnliche Datei (Ordner, Verknüpfung oder Gerät) oder größer als 64 MB; sie wird weder gelesen noch geschrieben: ${v}`,
    aggregated: (sessions: number, withProblems: number, errors: number, appendix: boolean) =>
      `${sessions} ${sessions === 1 ? 'Session' : 'Sessions'} zusammengeführt; ${withProblems} mit Problemen, davon ${errors} Fehler${appendix ? ' (siehe Bericht für das Orga-Team)' : ''}.`,
    docxLeftOut: (max: number) => `Keine Word-Datei: Sie ist für höchstens ${max} Sessions gedacht; die anderen Formate enthalten alle.`,
    withheld: (n: number, status: string) => `${n} ${n === 1 ? 'Session steht' : 'Sessions stehen'} nicht in der öffentlichen Dokumentation: Status unter „${status}“ (barcamp.json output.publish).`,
  },
  en: {
    unknownCommand: (v?: string) => `Unknown command: ${v}`,
    unknownOption: (v?: string) => `Unknown option: ${v}`,
    badFormat: (v?: string) => `--format expects text, json, sarif, github or gitlab, not ${v ?? '(nothing)'}`,
    badMaxWarnings: (v?: string) => `--max-warnings expects a whole number from 0 (or -1 for no limit), not ${v ?? '(nothing)'}`,
    fixTogether: () => '--fix and --fix-dry-run exclude each other: either write or only show.',
    skipped: (v?: string) => `${v}: skipped, not a protocol`,
    fixed: (file: string, what: string, dryRun: boolean) => `${file}: ${dryRun ? 'would fix' : 'fixed'}: ${what}`,
    fixedHeadings: () => "headings in the event's language",
    fixNotUtf8: (v?: string) => `${v}: not fixed, the file is not saved as UTF-8 (or cannot be read)`,
    checkProgress: (done: number, total: number) => `Checking protocols ${done}/${total}`,
    tooManyWarnings: (n: number, max: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}, at most ${max} allowed (--max-warnings).`,
    badLanguage: (v?: string) => `--lang expects de or en, not ${v ?? '(nothing)'}`,
    noPaths: () => 'No files or folders given.',
    notFound: (v?: string) => `Not found: ${v}`,
    unreadable: (v?: string) => `Cannot read: ${v}`,
    binary: (v?: string) => `Not a text file (binary content), skipped: ${v}`,
    planBroken: (v?: string) => `barcamp.json cannot be read, checks against the event plan are skipped: ${v}`,
    noSessions: (v?: string) => `No session protocols (*.session.md) found in: ${v}`,
    summary: (files: number, errors: number, warnings: number, others: number) =>
      `${files} ${files === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${others} ${others === 1 ? 'note' : 'notes'}.`,
    noFolder: () => 'No event folder given.',
    tooManyFolders: (v?: string) => `Give exactly one event folder, not: ${v}`,
    missingValue: (v?: string) => `${v} expects a value.`,
    badExportFormat: (v?: string) => `--format expects a list of md, html, json, csv, not ${v ?? '(nothing)'}`,
    badDate: (v?: string) => `--today expects a date YYYY-MM-DD, not ${v ?? '(nothing)'}`,
    badStatus: (v?: string) => `--require expects a review status: draft, reviewed or approved (or Entwurf, geprüft, freigegeben), not ${v ?? '(nothing)'}`,
    belowRequired: (n: number, status: string) => `Nothing written: ${n} ${n === 1 ? 'session has' : 'sessions have'} a review status below "${status}" (--require):`,
    statusWord: (status: ReviewStatus) => STATUS_WORDS.en[status],
    noPlan: (v?: string) => `No barcamp.json in ${v}: the documentation is made without an event plan.`,
    outputOutside: (v?: string) => `barcamp.json output.folder must be a folder inside the event, not ${v}`,
    unknownPlanFormat: (v?: string) => `barcamp.json output.formats: unknown format skipped: ${v}`,
    otherEvent: (v?: string) => `Belongs to another event (its own barcamp.json), skipped: ${v}`,
    wrote: (v?: string) => `Wrote: ${v}`,
    unchanged: (v?: string) => `Unchanged: ${v}`,
    refused: (v?: string) => `Not overwritten, the file was not generated by Barcamp Sessions: ${v} (rename it, delete it or choose --out)`,
    writeFailed: (v?: string) => `Cannot write: ${v}`,
    progress: (done: number, total: number, file: string) => `Reading protocols ${done}/${total}: ${file}`,
    cacheCorrupt: (v?: string) => `Cache file is damaged, ignored and written anew: ${v}`,
    cacheNotWritten: (v?: string) => `Cannot write the cache file: ${v}`,
    cacheNotAFile: (v?: string) => `The cache file is no regular file (a folder, a link or a device) or larger than 64 MB; it is neither read nor written: ${v}`,
    aggregated: (sessions: number, withProblems: number, errors: number, appendix: boolean) =>
      `${sessions} ${sessions === 1 ? 'session' : 'sessions'} aggregated; ${withProblems} with problems, ${errors} ${errors === 1 ? 'error' : 'errors'} among them${appendix ? " (see the organizers' report)" : ''}.`,
    docxLeftOut: (max: number) => `No Word file: it is made for at most ${max} sessions; the other formats hold them all.`,
    withheld: (n: number, status: string) => `${n} ${n === 1 ? 'session is' : 'sessions are'} left out of the public documentation: status below "${status}" (barcamp.json output.publish).`,
  },
};

export type CliTexts = (typeof TEXTS)['en'];

export function cliTexts(language: Language): CliTexts {
  return TEXTS[language];
}

export function usage(language: Language): string {
  return USAGE[language];
}
