// An edit in the editor updates the diagnostics: adding the missing findings clears missing-findings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openSession, waitForCodes, waitForDiagnostics } from './helpers';

describe('Editing', () => {
  it('adding an "## Ergebnisse" section to offene-daten.session.md clears missing-findings', async () => {
    const document = await openSession('offene-daten.session.md');
    await waitForCodes(document.uri, ['missing-findings']);

    // Insert the section before "## Nächste Schritte" (or at the end); the workspace is a throwaway
    // copy of the demo event, and the edit is not even saved.
    const text = document.getText();
    const nextSteps = /^##[ \t]+N(ä|ae)chste Schritte/m.exec(text);
    const at = document.positionAt(nextSteps ? nextSteps.index : text.length);
    const prefix = nextSteps || text.endsWith('\n') ? '' : '\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, at, `${prefix}## Ergebnisse\n\n- Ein Ergebnis\n\n`);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the workspace edit was not applied');

    const after = await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'missing-findings'), 'missing-findings to disappear');
    assert.ok(document.isDirty, 'the edit should stay unsaved');
    assert.deepEqual(
      after.map(codeOf).filter((code) => code === 'missing-findings'),
      [],
    );
  });
});
