// German and English labels of the event report, with date formatting that does not depend on the machine's locale.
import type { Language, ReviewStatus, Severity } from '../model';

const de = {
  contents: 'Inhalt',
  introduction: 'Einführung',
  schedule: 'Zeitplan',
  sessions: 'Sessions',
  nextStepsByOwner: 'Nächste Schritte nach Verantwortlichen',
  tagIndex: 'Schlagwortverzeichnis',
  closing: 'Lessons learned',
  appendix: 'Anhang: Sessions mit offenen Problemen',
  appendixIntro: 'Für das Orga-Team: Diese Protokolle sollten noch überarbeitet werden.',
  noProblems: 'Alle Protokolle sind vollständig.',
  time: 'Zeit',
  room: 'Raum',
  host: 'Leitung',
  documenter: 'Protokoll',
  participants: 'Teilnehmende',
  tags: 'Schlagwörter',
  findings: 'Ergebnisse',
  nextSteps: 'Nächste Schritte',
  openQuestions: 'Offene Fragen',
  none: 'keine',
  overdue: 'überfällig',
  done: 'erledigt',
  open: 'offen',
  noOwner: 'Ohne Verantwortliche',
  notInPlan: 'nicht in barcamp.json',
  session: 'Session',
  task: 'Aufgabe',
  due: 'Fällig',
  status: 'Status',
  file: 'Datei',
  doubleBooked: 'doppelt belegt',
  unscheduled: 'Ohne Zeit oder Raum',
  yes: 'ja',
  no: 'nein',
  notNamed: 'nicht namentlich genannt',
  notDocumented: 'noch nicht dokumentiert',
  active: 'Aktive',
  actionFields: 'Handlungsfelder',
  openNextSteps: 'Offene nächste Schritte',
  noneYet: 'noch keine',
  interested: 'Interessenten',
  orgPeople: (org: string, n: number) => `${org} (${n} Personen)`,
  nameWithheld: 'öffentlich ohne Namen',
  reviewStatus: { draft: 'Entwurf', reviewed: 'geprüft', approved: 'freigegeben' } as Record<ReviewStatus, string>,
  privacyNote: (none: boolean): string =>
    none
      ? 'Personen sind nicht namentlich genannt; es stehen ihre Organisationen oder die Zahl.'
      : 'Personen sind nur namentlich genannt, wenn sie dem zugestimmt haben; sonst stehen ihre Organisation oder die Zahl.',
  organizerTitle: (title: string) => `${title} – Bericht für das Orga-Team`,
  organizerNote: 'Intern, nicht zur Veröffentlichung: alle Namen, die Prüfergebnisse und die noch nicht veröffentlichten Sessions.',
  withheld: 'Nicht veröffentlichte Sessions',
  withheldIntro: (status: string) => `Die öffentliche Dokumentation enthält nur Sessions mit dem Status „${status}“ oder weiter (Angabe output.publish in der barcamp.json). Diese fehlen dort:`,
  notPublished: (status: string, publish: string) =>
    `Noch nicht veröffentlicht: Das Protokoll hat den Status „${status}“, die öffentliche Dokumentation enthält Sessions erst ab „${publish}“ (Angabe output.publish in der barcamp.json).`,
  csv: { session: 'Session', task: 'Aufgabe', owners: 'Verantwortlich', due: 'Fällig', done: 'Erledigt', overdue: 'Überfällig', day: 'Tag', slot: 'Slot', room: 'Raum', file: 'Datei' },
  severity: { error: 'Fehler', warning: 'Warnung', information: 'Hinweis', hint: 'Tipp' } as Record<Severity, string>,
  weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  day: (n: number) => `Tag ${n}`,
  line: (n: number) => `Zeile ${n}`,
  dueBy: (date: string) => `bis ${date}`,
  more: (n: number) => `und ${n} weitere`,
  counted: (n: number) => `${n} Personen`,
  days: (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`),
  topics: (n: number) => (n === 1 ? '1 Thema' : `${n} Themen`),
  people: (n: number) => (n === 1 ? '1 teilnehmende Person' : `${n} Teilnehmende`),
  participations: (n: number) => (n === 1 ? '1 Teilnahme an Sessions' : `${n} Teilnahmen an Sessions`),
  steps: (n: number, open: number) => `${n} nächste ${n === 1 ? 'Schritt' : 'Schritte'}, davon ${open} offen`,
  overdueCount: (n: number) => `${n} überfällig`,
  openSteps: (n: number): string => (n === 1 ? 'offener nächster Schritt' : 'offene nächste Schritte'),
  ofTotal: (total: number) => `von ${total}`,
  problems: (n: number) => (n === 1 ? '1 Meldung' : `${n} Meldungen`),
  severityColumn: 'Art',
  lineColumn: 'Zeile',
  message: 'Meldung',
  code: 'Code',
  skipToContent: 'Zum Inhalt springen',
  asOf: (date: string) => `Stand der Fälligkeiten: ${date}`,
  marker: 'Erzeugt mit Barcamp Sessions aus den Sitzungsprotokollen. Änderungen hier gehen beim nächsten Zusammenführen verloren.',
  footer: (n: number) => `Erzeugt mit Barcamp Sessions aus ${n} ${n === 1 ? 'Sitzungsprotokoll' : 'Sitzungsprotokollen'}.`,
  fallbackTitle: 'Barcamp-Dokumentation',
  owners: 'Verantwortlich',
  image: (alt: string) => (alt ? `[Bild: ${alt}]` : '[Bild]'),
  withoutSlot: 'ohne Uhrzeit',
};

export type ReportTexts = typeof de;

const en: ReportTexts = {
  contents: 'Contents',
  introduction: 'Introduction',
  schedule: 'Schedule',
  sessions: 'Sessions',
  nextStepsByOwner: 'Next steps by owner',
  tagIndex: 'Tag index',
  closing: 'Lessons learned',
  appendix: 'Appendix: sessions with open problems',
  appendixIntro: 'For the organizers: these protocols still need some work.',
  noProblems: 'All protocols are complete.',
  time: 'Time',
  room: 'Room',
  host: 'Host',
  documenter: 'Notes',
  participants: 'Participants',
  tags: 'Tags',
  findings: 'Findings',
  nextSteps: 'Next steps',
  openQuestions: 'Open questions',
  none: 'none',
  overdue: 'overdue',
  done: 'done',
  open: 'open',
  noOwner: 'No owner',
  notInPlan: 'not in barcamp.json',
  session: 'Session',
  task: 'Task',
  due: 'Due',
  status: 'Status',
  file: 'File',
  doubleBooked: 'double-booked',
  unscheduled: 'Without time or room',
  yes: 'yes',
  no: 'no',
  notNamed: 'not named',
  notDocumented: 'not yet documented',
  active: 'Active',
  actionFields: 'Action fields',
  openNextSteps: 'Open next steps',
  noneYet: 'none yet',
  interested: 'Interested',
  orgPeople: (org: string, n: number) => `${org} (${n} people)`,
  nameWithheld: 'not named publicly',
  reviewStatus: { draft: 'draft', reviewed: 'reviewed', approved: 'approved' },
  privacyNote: (none: boolean) =>
    none ? 'People are not named; their organisations or their number stand instead.' : 'People are named only when they agreed to it; otherwise their organisation or their number stands instead.',
  organizerTitle: (title: string) => `${title} – organizers' report`,
  organizerNote: 'Internal, not for publication: all names, the review findings and the sessions not yet published.',
  withheld: 'Sessions not published',
  withheldIntro: (status: string) => `The public documentation holds only sessions with the status "${status}" or further (output.publish in barcamp.json). These are left out there:`,
  notPublished: (status, publish) => `Not published yet: the protocol's status is "${status}", the public documentation holds sessions from "${publish}" on (output.publish in barcamp.json).`,
  csv: { session: 'Session', task: 'Task', owners: 'Owners', due: 'Due', done: 'Done', overdue: 'Overdue', day: 'Day', slot: 'Slot', room: 'Room', file: 'File' },
  severity: { error: 'Error', warning: 'Warning', information: 'Information', hint: 'Hint' },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  day: (n) => `Day ${n}`,
  line: (n) => `Line ${n}`,
  dueBy: (date) => `due ${date}`,
  more: (n) => `and ${n} more`,
  counted: (n) => `${n} people`,
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  topics: (n) => (n === 1 ? '1 topic' : `${n} topics`),
  people: (n) => (n === 1 ? '1 participant' : `${n} participants`),
  participations: (n) => (n === 1 ? '1 session participation' : `${n} session participations`),
  steps: (n, open) => `${n} next ${n === 1 ? 'step' : 'steps'}, ${open} open`,
  overdueCount: (n) => `${n} overdue`,
  openSteps: (n) => (n === 1 ? 'open next step' : 'open next steps'),
  ofTotal: (total) => `of ${total}`,
  problems: (n) => (n === 1 ? '1 finding' : `${n} findings`),
  severityColumn: 'Kind',
  lineColumn: 'Line',
  message: 'Message',
  code: 'Code',
  skipToContent: 'Skip to content',
  asOf: (date) => `Due dates as of ${date}`,
  marker: 'Generated by Barcamp Sessions from the session protocols. Changes made here are lost the next time the sessions are aggregated.',
  footer: (n) => `Generated by Barcamp Sessions from ${n} session ${n === 1 ? 'protocol' : 'protocols'}.`,
  fallbackTitle: 'Barcamp documentation',
  owners: 'Owners',
  image: (alt) => (alt ? `[Image: ${alt}]` : '[Image]'),
  withoutSlot: 'no time',
};

/** The labels of the report in one language. */
export function reportTexts(language: Language): ReportTexts {
  return language === 'en' ? en : de;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits `YYYY-MM-DD`; anything else gives undefined, so callers show the raw text instead. */
function parts(iso: string | undefined): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** `28.02.2017` in German, `28 Feb 2017` in English (unambiguous on both sides of the Atlantic). */
export function formatDate(iso: string, language: Language): string {
  const p = parts(iso);
  if (!p) return iso;
  if (language === 'de') return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
  return `${p.day} ${en.months[p.month - 1].slice(0, 3)} ${p.year}`;
}

/** `Donnerstag, 26. Januar 2017` / `Thursday, 26 January 2017`; computed in UTC, so no time zone shifts the day. */
export function formatLongDate(iso: string, language: Language): string {
  const p = parts(iso);
  if (!p) return iso;
  const t = reportTexts(language);
  const weekday = t.weekdays[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday}, ${dayMonth(p, language)} ${p.year}`;
}

/** The event's dates as one phrase: `26.–27. Januar 2017`, `26. Januar – 2. Februar 2017`. */
export function formatDateRange(isoDates: string[], language: Language): string {
  const dates = isoDates.map(parts).filter((p): p is DateParts => p !== undefined);
  dates.sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  if (dates.length === 0) return '';
  const [first, last] = [dates[0], dates[dates.length - 1]];
  const full = (p: DateParts) => `${dayMonth(p, language)} ${p.year}`;
  if (dates.length === 1 || (first.year === last.year && first.month === last.month && first.day === last.day)) return full(first);
  if (first.year !== last.year) return `${full(first)} – ${full(last)}`;
  if (first.month !== last.month) return `${dayMonth(first, language)} – ${full(last)}`;
  return language === 'de' ? `${first.day}.–${full(last)}` : `${first.day}–${full(last)}`;
}

function dayMonth(p: DateParts, language: Language): string {
  const month = reportTexts(language).months[p.month - 1];
  return language === 'de' ? `${p.day}. ${month}` : `${p.day} ${month}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
