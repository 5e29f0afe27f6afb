// "Preview Protocol" in a real editor: one protocol as the public documentation shows it, beside its editor, live while typing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSession, poll, sessionUri } from './helpers';

const snapshot = (uri: string) => vscode.commands.executeCommand<string | undefined>('barcamp.previewSession.snapshot', uri);
const state = (uri: string) => vscode.commands.executeCommand<{ title: string } | undefined>('barcamp.previewSession.state', uri);

/** The panel's page once it satisfies `wanted` (a render started by an earlier change may land a little later). */
function showing(uri: string, wanted: (html: string) => boolean, what: string): Promise<string> {
  return poll(async () => {
    const html = await snapshot(uri);
    return html !== undefined && wanted(html) ? html : undefined;
  }, what);
}

describe('Preview Protocol', () => {
  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("shows the active protocol's article under a strict policy, and follows unsaved typing", async () => {
    const document = await openSession('zukunftswerkstatt.session.md');
    const uri = document.uri.toString();
    // As the title button and Ctrl+Shift+V run it: without a URI, the active editor's protocol.
    assert.equal(await vscode.commands.executeCommand('barcamp.previewSession'), uri);
    const html = await showing(uri, (h) => h.includes('<h3>Zukunftswerkstatt Mobilität im ländlichen Raum</h3>'), 'the preview of the protocol');
    assert.deepEqual(await state(uri), { title: 'Preview: Zukunftswerkstatt Mobilität im ländlichen Raum' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; style-src [^;]+ 'unsafe-inline'; img-src [^;]+ https: data:/);
    assert.ok(!/script-src/.test(csp) && !/<script/i.test(html), 'no script');
    assert.match(html, /preview-theme\.css/);
    assert.ok(html.includes('Der Bus fährt in den Ferien nur zweimal am Tag.'), 'a finding');
    assert.ok(!html.includes('Agile Methoden in der Verwaltung') && !html.includes('KI im Amt'), 'no other session');
    const photo = /<img src="([^"]+)" alt="Flipchart der Zukunftswerkstatt[^"]*"/u.exec(html)?.[1] ?? '';
    assert.ok(photo.includes('flipchart-zukunftswerkstatt.png') && !photo.startsWith('assets/'), photo);

    // Typing, unsaved: the page follows, protocol text escaped.
    const title = 'Zukunftswerkstatt Mobilität im ländlichen Raum';
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('title:'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(line, 'title: '.length, line, 'title: '.length + title.length), 'Werkstatt <b>live</b>');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(document.isDirty);
    const typed = await showing(uri, (h) => h.includes('<h3>Werkstatt &lt;b&gt;live&lt;/b&gt;</h3>'), 'the preview to show the typed topic, escaped');
    assert.ok(!typed.includes('<b>live</b>'), 'protocol text never becomes markup');
    await poll(async () => ((await state(uri))?.title === 'Preview: Werkstatt <b>live</b>' ? true : undefined), 'the panel title to follow');

    // Running the command again for the same file reveals the same panel.
    assert.equal(await vscode.commands.executeCommand('barcamp.previewSession', document.uri), uri);
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Preview: Werkstatt')).length, 1);
  });

  it('shows a protocol that output.publish still holds back, with a note', async () => {
    const uri = sessionUri('werkstattbericht.session.md').toString();
    assert.equal(await vscode.commands.executeCommand('barcamp.previewSession', { uri, toSide: false }), uri);
    const html = await showing(uri, (h) => h.includes('<h3>Werkstattbericht Digitalisierungslabor</h3>'), 'the preview of the draft');
    assert.match(html, /<p class="unpublished" role="note">Noch nicht veröffentlicht/u);
    assert.ok(!html.includes('Peter Krause'), 'names only with consent');
  });
});
