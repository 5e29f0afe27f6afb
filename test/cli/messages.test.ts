// The CLI's own sentences: singular and plural in both languages, "problems" (not the markup's "findings"), an appendix only when written.
import { strict as assert } from 'node:assert';
import { cliTexts } from '../../server/src/cli/messages';

describe("the CLI's summary lines", () => {
  const cases: Array<[string, string]> = [
    [cliTexts('en').summary(1, 1, 1, 1), '1 file checked: 1 error, 1 warning, 1 note.'],
    [cliTexts('en').summary(2, 0, 2, 3), '2 files checked: 0 errors, 2 warnings, 3 notes.'],
    [cliTexts('de').summary(1, 1, 1, 1), '1 Datei geprüft: 1 Fehler, 1 Warnung, 1 Hinweis.'],
    [cliTexts('de').summary(2, 2, 0, 2), '2 Dateien geprüft: 2 Fehler, 0 Warnungen, 2 Hinweise.'],
    [cliTexts('en').aggregated(11, 6, 1, true), "11 sessions aggregated; 6 with problems, 1 error among them (see the organizers' report)."],
    [cliTexts('en').aggregated(1, 1, 2, false), '1 session aggregated; 1 with problems, 2 errors among them.'],
    [cliTexts('de').aggregated(11, 6, 1, true), '11 Sessions zusammengeführt; 6 mit Problemen, davon 1 Fehler (siehe Bericht für das Orga-Team).'],
    [cliTexts('de').aggregated(3, 0, 0, false), '3 Sessions zusammengeführt; 0 mit Problemen, davon 0 Fehler.'],
  ];
  for (const [actual, expected] of cases) it(expected, () => assert.equal(actual, expected));
});
