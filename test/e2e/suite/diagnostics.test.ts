// The language server's diagnostics for the demo event's planted problems reach the editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { barcampDiagnostics, codeOf, documentSymbols, openSession, waitForCodes } from './helpers';

/** The planted problems of examples/demo-barcamp, by protocol. */
const PLANTED: { file: string; codes: string[]; errors?: string[] }[] = [
  { file: 'e-akte.session.md', codes: ['next-step-without-owner', 'next-step-without-due-date', 'unknown-person'] },
  { file: 'offene-daten.session.md', codes: ['missing-findings'] },
  { file: 'fachkraefte.session.md', codes: ['invalid-date'], errors: ['invalid-date'] },
  { file: 'buergerbeteiligung.session.md', codes: ['room-slot-conflict'] },
  { file: 'open-source.session.md', codes: ['room-slot-conflict'] },
  { file: 'ki-im-amt.session.md', codes: ['unknown-room', 'unknown-field'] },
  { file: 'werkstattbericht.session.md', codes: ['invalid-field-value', 'misspelled-section', 'missing-image', 'due-before-event'] },
];

describe('Diagnostics from the language server', () => {
  for (const { file, codes, errors = [] } of PLANTED) {
    it(`${file}: ${codes.join(', ')}`, async () => {
      const document = await openSession(file);
      const diagnostics = await waitForCodes(document.uri, codes);
      for (const code of errors) {
        const diagnostic = diagnostics.find((d) => codeOf(d) === code);
        assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error, `${code} should be an error`);
      }
      for (const diagnostic of diagnostics) {
        assert.ok(diagnostic.message.trim().length > 0, `${codeOf(diagnostic)} has an empty message`);
      }
    });
  }

  it("each finding's code links to its rule page shipped with the extension", async () => {
    const document = await openSession('offene-daten.session.md');
    const diagnostic = (await waitForCodes(document.uri, ['missing-findings'])).find((d) => codeOf(d) === 'missing-findings');
    const code = diagnostic!.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'missing-findings');
    assert.match(code.target.path, /\/docs\/rules\/missing-findings\.md$/u);
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(code.target));
    assert.match(page, /Ergebnisse fehlen/u);
  });

  it('werkstattbericht.session.md: each problem sits on the line of the wrong count, heading, image and date', async () => {
    const document = await openSession('werkstattbericht.session.md');
    const codes = ['invalid-field-value', 'misspelled-section', 'missing-image', 'due-before-event'];
    const diagnostics = await waitForCodes(document.uri, codes);
    const at = (code: string) => {
      const d = diagnostics.find((x) => codeOf(x) === code)!;
      return document.getText(d.range);
    };
    assert.deepEqual(codes.map(at), ['ca. 15', 'Ergebnise', '![Tafelbild des letzten Labortags](fotos/tafelbild.jpg)', '28.02.2016']);
  });

  it('free sections, the intro, a table and a photo (zukunftswerkstatt.session.md) raise nothing', async () => {
    const document = await openSession('zukunftswerkstatt.session.md');
    await documentSymbols(document.uri);
    assert.deepEqual(
      barcampDiagnostics(document.uri).map((d) => `${codeOf(d)}: ${d.message}`),
      [],
    );
  });

  it('a clean protocol (datenschutz-als-bremse.session.md) has no diagnostics', async () => {
    // The planted files above already have their diagnostics, so the server is running; once it has
    // answered a request for this document it has analysed it as well.
    const document = await openSession('datenschutz-als-bremse.session.md');
    await documentSymbols(document.uri);
    const found = barcampDiagnostics(document.uri).map((d) => `${codeOf(d)}: ${d.message}`);
    assert.deepEqual(found, []);
  });
});
