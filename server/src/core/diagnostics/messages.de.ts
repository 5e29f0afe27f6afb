// German diagnostic messages (the product's first language): short, specific, addressed with "Sie".
import type { MessageTable } from './messageTable';

export const MESSAGES_DE: MessageTable = {
  messages: {
    'missing-topic': 'Die Session hat kein Thema: Geben Sie im Kopfbereich „title:“ an oder beginnen Sie mit einer Überschrift „# Thema“.',
    'missing-findings': 'Es fehlen Ergebnisse: Halten Sie in einem Abschnitt „## {section}“ fest, was die Session ergeben hat.',
    'missing-findings/empty': 'Der Abschnitt „{heading}“ ist leer: Halten Sie fest, was die Session ergeben hat.',
    'missing-next-steps': 'Es fehlen nächste Schritte: Ergänzen Sie einen Abschnitt „## {section}“ – oder schreiben Sie dort „{none}“, wenn nichts vereinbart wurde.',
    'missing-next-steps/empty': 'Der Abschnitt „{heading}“ ist leer: Tragen Sie die vereinbarten Schritte ein – oder „{none}“, wenn nichts vereinbart wurde.',
    'next-step-without-owner': 'Für diesen Schritt ist niemand verantwortlich: Ergänzen Sie, wer sich kümmert, z. B. „@vorname-nachname“.',
    'next-step-without-due-date': 'Dieser Schritt hat keine Frist: Ergänzen Sie ein Datum, z. B. „bis TT.MM.JJJJ“.',
    'invalid-date': 'Das Datum „{date}“ gibt es nicht: Prüfen Sie Tag und Monat.',
    'unknown-person': '@{handle} steht nicht unter den Teilnehmenden dieser Session.',
    'unknown-person/plan': '@{handle} ist in der barcamp.json nicht als Person eingetragen.',
    'unknown-room': 'Den Raum „{room}“ gibt es laut barcamp.json nicht (bekannt: {known}).',
    'unknown-slot': 'Den Slot „{slot}“ gibt es laut barcamp.json nicht (bekannt: {known}).',
    'unknown-day': 'Einen Tag {day} gibt es laut barcamp.json nicht (bekannt: {known}).',
    'unknown-day/date': 'Der {date} ist laut barcamp.json kein Veranstaltungstag; am nächsten liegt der {nearest} (Veranstaltungstage: {known}).',
    'room-slot-conflict': 'Raum „{room}“ ist im Slot „{slot}“ doppelt belegt: Dort findet auch „{topic}“ statt ({file}).',
    'duplicate-section': 'Der Abschnitt „{heading}“ kommt doppelt vor (zuerst in Zeile {firstLine}): Führen Sie beide zusammen.',
    'frontmatter-syntax': 'Der Kopfbereich (YAML) ist fehlerhaft: {message}',
    'frontmatter-syntax/unclosed': 'Der Kopfbereich ist nicht abgeschlossen: Beenden Sie ihn mit einer Zeile „---“.',
    'frontmatter-syntax/not-fields': 'Der Kopfbereich muss aus Feldern „name: wert“ bestehen, z. B. „title: Thema“.',
    'unknown-field': 'Das Feld „{key}“ ist unbekannt und wird ignoriert.',
    'participant-count-mismatch': 'Angegeben sind {count} Teilnehmende, aufgeführt aber {listed}: Passen Sie die Zahl an.',
    'topic-mismatch': 'Die Überschrift „{heading}“ weicht vom Titel „{title}“ im Kopfbereich ab; als Thema gilt der Titel.',
    'too-large': 'Diese Datei ist zu groß zum Prüfen ({size} MB, höchstens {limit} MB): Teilen Sie das Protokoll auf. Bis dahin wird sie nicht gelesen.',
    'empty-section': 'Unter „{heading}“ steht nichts: ergänzen Sie den Abschnitt oder entfernen Sie die Überschrift.',
    'unknown-action-field': 'Das Handlungsfeld „{value}“ steht nicht in der barcamp.json (bekannt: {known}); die Session erscheint in keinem Handlungsfeld.',
    'action-field-without-active': 'Die Session gehört zum Handlungsfeld „{value}“, nennt aber unter „## Aktive“ niemanden, der es vorantreibt.',
    'personal-data':
      'Hier steht eine E-Mail-Adresse ({text}): sie erscheint so auch in der veröffentlichten Dokumentation. Entfernen Sie sie, wenn die Person der Veröffentlichung nicht zugestimmt hat.',
    'personal-data/phone':
      'Hier steht eine Telefonnummer ({text}): sie erscheint so auch in der veröffentlichten Dokumentation. Entfernen Sie sie, wenn die Person der Veröffentlichung nicht zugestimmt hat.',
    'unknown-participant': '„{name}“ steht nicht unter den Personen der barcamp.json: dort stehen Organisation und Einverständnis zur Namensnennung.',
    'missing-image': 'Das Bild „{path}“ gibt es nicht; in der Dokumentation fehlt es.',
    'missing-image/unreadable': 'Das Bild „{path}“ lässt sich nicht lesen (keine normale Datei oder größer als 16 MB); in der Dokumentation fehlt es.',
    'missing-image/outside': 'Das Bild „{path}“ liegt außerhalb des Veranstaltungsordners und wird nicht in die Dokumentation übernommen.',
    'missing-image/type': 'Das Bild „{path}“ ist kein PNG, JPEG, GIF, WebP oder AVIF und wird nicht in die Dokumentation übernommen.',
    'invalid-field-value': '„{value}“ ist für `{field}` keine Zahl; der Wert wird nicht gezählt.',
    'invalid-field-value/read': '„{value}“ ist für `{field}` keine Zahl; gelesen wird {count}.',
    'invalid-field-value/status': '„{value}“ ist kein Prüfstatus; die Session gilt als Entwurf. Möglich sind `Entwurf`, `geprüft` und `freigegeben`.',
    'due-before-event': 'Der Termin {due} liegt vor dem ersten Tag der Veranstaltung ({first}) – vermutlich ein Tippfehler im Jahr.',
    'misspelled-section': 'Die Überschrift „{heading}“ ist kein bekannter Abschnitt; sie wird als „{keyword}“ gelesen. Schreiben Sie „{keyword}“, wenn das gemeint ist.',
    'too-complex/nesting':
      'Zeile {line} verschachtelt mehr als {limit} Listen oder Zitate ineinander; das ist zu aufwendig zu prüfen. Flachen Sie die Struktur ab – bis dahin werden nur Kopfbereich und Überschriften gelesen.',
    'too-complex/emphasis':
      'Der Absatz bis Zeile {line} enthält mehr als {limit} Hervorhebungszeichen (* oder _); das ist zu aufwendig zu prüfen. Vereinfachen Sie ihn – bis dahin werden nur Kopfbereich und Überschriften gelesen.',
    'too-complex/list-items':
      'Das Protokoll hat mehr als {limit} Listenpunkte (der letzte gezählte in Zeile {line}); das ist zu aufwendig zu prüfen. Teilen Sie es auf – bis dahin werden nur Kopfbereich und Überschriften gelesen.',
    'too-complex/time': 'Das Prüfen dieses Protokolls dauerte länger als {limit} Sekunden und wurde abgebrochen; es wird nicht gelesen. Vereinfachen oder teilen Sie es.',
    'too-complex': 'Das Protokoll ist zu aufwendig zu prüfen (Zeile {line}); es werden nur Kopfbereich und Überschriften gelesen.',
  },
  suggestions: {
    // The message already quotes the title, so the quick fix needs no extra sentence.
    'misspelled-section': '',
    'topic-mismatch': '',
    'unknown-day': '',
    'invalid-field-value': '',
    default: 'Meinten Sie „{suggestion}“?',
    'unknown-person': 'Meinten Sie @{suggestion}?',
  },
};
