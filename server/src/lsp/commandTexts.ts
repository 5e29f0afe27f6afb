// What the server's commands (workspace/executeCommand) say to a user, in German and English.
import type { Language } from '../core';

export interface CommandTexts {
  cannotWrite: string;
  noEvent: string;
  severalEvents: (events: string[]) => string;
  unknownEvent: (uri: string) => string;
  outputOutside: (folder: string | undefined) => string;
  refused: (uris: string[]) => string;
  failed: (details: string[]) => string;
  written: (written: number, unchanged: number, folder: string) => string;
  checked: (sessions: number, errors: number, warnings: number) => string;
  checkAllOff: string;
  noTopic: string;
  created: (uri: string) => string;
  noFreeName: (uri: string, tried: number, why: string) => string;
}

const list = (items: string[]) => items.join(', ');

const DE: CommandTexts = {
  cannotWrite: 'Hier kann der Server keine Dateien schreiben. Erzeugen Sie die Dokumentation mit dem Befehl des Editors oder mit `barcamp aggregate`.',
  noEvent: 'Keine Veranstaltung gefunden: Der Arbeitsbereich enthält weder barcamp.json noch *.session.md.',
  severalEvents: (events) => `Mehrere Veranstaltungen – geben Sie eine als Argument an (eventUri): ${list(events)}`,
  unknownEvent: (uri) => `Unbekannte Veranstaltung: ${uri}`,
  outputOutside: (folder) => `Der Ausgabeordner ${folder ?? ''} liegt außerhalb der Veranstaltung; nichts geschrieben.`,
  refused: (uris) => `Nichts geschrieben: Diese Dateien hat eine Person geschrieben (sie tragen keine Kennzeichnung als erzeugt): ${list(uris)}`,
  failed: (details) => `Nicht geschrieben: ${list(details)}`,
  written: (written, unchanged, folder) => `Dokumentation in ${folder}: ${written} Dateien geschrieben, ${unchanged} unverändert.`,
  checked: (sessions, errors, warnings) => `Alle Sitzungen geprüft: ${sessions} Sitzungen, ${errors} mit Fehlern, ${warnings} mit Warnungen.`,
  checkAllOff: 'Alle Sitzungen prüfen: ausgeschaltet.',
  noTopic: 'Ein Thema fehlt: barcamp.server.newSession braucht ein Thema (topic).',
  created: (uri) => `Neues Protokoll: ${uri}`,
  noFreeName: (uri, tried, why) => `Kein freier Name für ${uri}: ${tried} Namen sind vergeben oder nicht zu prüfen${why ? ` (${why})` : ''}. Nichts angelegt.`,
};

const EN: CommandTexts = {
  cannotWrite: 'The server cannot write files here. Build the documentation with the editor’s command or with `barcamp aggregate`.',
  noEvent: 'No event found: the workspace holds neither a barcamp.json nor a *.session.md.',
  severalEvents: (events) => `Several events – name one as the argument (eventUri): ${list(events)}`,
  unknownEvent: (uri) => `Unknown event: ${uri}`,
  outputOutside: (folder) => `The output folder ${folder ?? ''} lies outside the event; nothing was written.`,
  refused: (uris) => `Nothing was written: a person wrote these files (they carry no generated marker): ${list(uris)}`,
  failed: (details) => `Not written: ${list(details)}`,
  written: (written, unchanged, folder) => `Documentation in ${folder}: ${written} files written, ${unchanged} unchanged.`,
  checked: (sessions, errors, warnings) => `All sessions checked: ${sessions} sessions, ${errors} with errors, ${warnings} with warnings.`,
  checkAllOff: 'Check all sessions: off.',
  noTopic: 'A topic is missing: barcamp.server.newSession needs a topic.',
  created: (uri) => `New protocol: ${uri}`,
  noFreeName: (uri, tried, why) => `No free name for ${uri}: ${tried} names are taken or cannot be checked${why ? ` (${why})` : ''}. Nothing was created.`,
};

export function commandTexts(language: Language): CommandTexts {
  return language === 'en' ? EN : DE;
}
