// Short human names of the checks, in German and English: hovers and settings name a check by them, the code in parentheses.
import type { DiagnosticCode, Language } from '../model';

const de: Record<DiagnosticCode, string> = {
  'missing-topic': 'Thema fehlt',
  'missing-findings': 'Ergebnisse fehlen',
  'missing-next-steps': 'Nächste Schritte fehlen',
  'next-step-without-owner': 'Schritt ohne Verantwortliche',
  'next-step-without-due-date': 'Schritt ohne Frist',
  'invalid-date': 'Datum gibt es nicht',
  'unknown-person': 'Unbekannte Person',
  'unknown-room': 'Unbekannter Raum',
  'unknown-slot': 'Unbekanntes Zeitfenster',
  'unknown-day': 'Unbekannter Tag',
  'room-slot-conflict': 'Raum doppelt belegt',
  'duplicate-section': 'Abschnitt doppelt',
  'frontmatter-syntax': 'Kopfbereich fehlerhaft',
  'unknown-field': 'Unbekanntes Feld',
  'participant-count-mismatch': 'Teilnehmerzahl passt nicht',
  'topic-mismatch': 'Titel und Überschrift verschieden',
  'too-large': 'Datei zu groß',
  'too-complex': 'Zu tief verschachtelt',
  'misspelled-section': 'Überschrift vertippt',
  'due-before-event': 'Frist vor der Veranstaltung',
  'invalid-field-value': 'Wert nicht lesbar',
  'missing-image': 'Bild fehlt',
  'empty-section': 'Leerer Abschnitt',
  'unknown-action-field': 'Unbekanntes Handlungsfeld',
  'action-field-without-active': 'Handlungsfeld ohne Aktive',
  'personal-data': 'Personenbezogene Daten',
  'unknown-participant': 'Person nicht im Plan',
  'plan-syntax': 'barcamp.json fehlerhaft',
};

const en: Record<DiagnosticCode, string> = {
  'missing-topic': 'Topic missing',
  'missing-findings': 'Findings missing',
  'missing-next-steps': 'Next steps missing',
  'next-step-without-owner': 'Step without owner',
  'next-step-without-due-date': 'Step without due date',
  'invalid-date': 'Date does not exist',
  'unknown-person': 'Unknown person',
  'unknown-room': 'Unknown room',
  'unknown-slot': 'Unknown time slot',
  'unknown-day': 'Unknown day',
  'room-slot-conflict': 'Room double-booked',
  'duplicate-section': 'Section twice',
  'frontmatter-syntax': 'Frontmatter broken',
  'unknown-field': 'Unknown field',
  'participant-count-mismatch': 'Participant count does not fit',
  'topic-mismatch': 'Title and heading differ',
  'too-large': 'File too large',
  'too-complex': 'Nested too deeply',
  'misspelled-section': 'Heading misspelled',
  'due-before-event': 'Due before the event',
  'invalid-field-value': 'Value not readable',
  'missing-image': 'Image missing',
  'empty-section': 'Empty section',
  'unknown-action-field': 'Unknown action field',
  'action-field-without-active': 'Action field without active people',
  'personal-data': 'Personal data',
  'unknown-participant': 'Person not in the plan',
  'plan-syntax': 'barcamp.json broken',
};

export const RULE_TITLES: Readonly<Record<Language, Record<DiagnosticCode, string>>> = { de, en };

/** The check's short name in `language`; the code itself for a code without one (never expected). */
export function ruleTitle(code: DiagnosticCode, language: Language): string {
  return RULE_TITLES[language]?.[code] ?? code;
}
