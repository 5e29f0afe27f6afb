// The guided event setup in a real editor: New event and Edit event open a form (strict policy, a nonce, no inline
// handlers, every value escaped); its values, submitted the way the webview's message takes, write a barcamp.json the server then knows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SubmitResult } from '../../../client/src/eventForm';
import type { EventFormData } from '../../../server/src/protocol';
import { poll, workspaceRoot } from './helpers';

const FORM: EventFormData = {
  name: 'Camp "<b>&</script>',
  language: 'en',
  days: [{ date: '05.05.2030' }, { date: '2030-05-04' }],
  rooms: 'Saal A\nSaal B\nSaal A',
  slots: '10:30\n11:45',
  people: 'Anna Schmidt (Kreis Pinneberg) *\nBen Berg',
  attendees: '40',
  outputFolder: 'doku',
  formats: ['md', 'html'],
  publish: 'all',
  privacyNames: 'consent',
};

async function snapshot(): Promise<string | undefined> {
  return vscode.commands.executeCommand<string | undefined>('barcamp.eventForm.snapshot');
}

async function submit(form: EventFormData): Promise<SubmitResult> {
  return vscode.commands.executeCommand<SubmitResult>('barcamp.eventForm.submit', form);
}

async function textOf(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Event form: New event and Edit event', () => {
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'form-camp');
  const plan = () => vscode.Uri.joinPath(folder(), 'barcamp.json');

  before(async () => {
    await vscode.workspace.fs.createDirectory(folder());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
  });

  it('New event opens the form: a strict policy with a nonce, no inline handlers, every input labelled', async () => {
    await vscode.commands.executeCommand('barcamp.newEvent', { folder: folder().toString() });
    const html = await poll(snapshot, 'the event form');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const nonce = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(csp)?.[1];
    assert.ok(nonce && nonce.length >= 16, csp);
    assert.equal(csp.replace(/style-src .+? 'nonce/, "style-src SOURCE 'nonce"), `default-src 'none'; style-src SOURCE 'nonce-${nonce}'; script-src 'nonce-${nonce}'`);
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.deepEqual(scripts, [` nonce="${nonce}"`]);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
    // The script is one valid function body (compiled here, not run).
    assert.doesNotThrow(() => new Function(/<script[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]));
    assert.doesNotMatch(html, /(src|href)="https?:/i, 'no remote resources');
    // Every input, text area and select has a label pointing to it, or sits inside one.
    const body = html.replace(/<template[\s\S]*?<\/template>/, '');
    for (const id of [...body.matchAll(/<(?:input|textarea|select) [^>]*id="([^"]+)"/g)].map((m) => m[1])) assert.match(body, new RegExp(`<label for="${id}">`), id);
    assert.match(html, /id="name" name="name" value="form-camp"/);
  });

  it('problems come back worded for their fields and nothing is written', async () => {
    const result = await submit({ ...FORM, name: ' ', days: [{ date: '2030-05-04' }, { date: '30.02.2030' }] });
    assert.equal(result.uri, undefined);
    assert.deepEqual(
      result.problems.map((p) => [p.field, p.row]),
      [
        ['name', undefined],
        ['days', 1],
      ],
    );
    assert.ok(result.problems.every((p) => p.message.length > 0));
    assert.match(result.problems[1].message, /30\.02\.2030/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(plan())));
  });

  it('the form’s values write a valid barcamp.json that the server then knows as an event', async () => {
    const result = await submit(FORM);
    assert.deepEqual(result, { uri: plan().toString(), problems: [] });
    const data = JSON.parse(await textOf(plan()));
    assert.equal(data.name, FORM.name);
    assert.deepEqual(data.days, [
      { day: 1, date: '2030-05-04' },
      { day: 2, date: '2030-05-05' },
    ]);
    assert.deepEqual(data.rooms, ['Saal A', 'Saal B']);
    assert.deepEqual(data.people, [
      { id: 'anna-schmidt', name: 'Anna Schmidt', org: 'Kreis Pinneberg', consent: true },
      { id: 'ben-berg', name: 'Ben Berg' },
    ]);
    assert.equal(await snapshot(), undefined, 'the form closes once saved');
    // New session offers the new event's rooms: the server has read the plan.
    const rooms = await poll(async () => {
      const options = await vscode.commands.executeCommand<Array<{ label: string }>>('barcamp.newSession.rooms.snapshot', { eventUri: plan().toString(), day: '1', slot: '10:30' });
      return options.length > 0 ? options.map((o) => o.label) : undefined;
    }, 'the new event among the events');
    assert.deepEqual(rooms, ['Saal A', 'Saal B']);
  });

  it('Edit event fills the form from the file (escaped) and saves the form into it, keeping the keys the form does not show', async () => {
    // An organizer's own key, typed in the editor and saved.
    const opened = await vscode.workspace.openTextDocument(plan());
    const withRules = { ...JSON.parse(opened.getText()), rules: { 'unknown-room': 'off' } };
    const typed = new vscode.WorkspaceEdit();
    typed.replace(opened.uri, new vscode.Range(opened.positionAt(0), opened.positionAt(opened.getText().length)), JSON.stringify(withRules, null, 2));
    assert.ok(await vscode.workspace.applyEdit(typed));
    assert.ok(await opened.save());
    await vscode.commands.executeCommand('barcamp.editEvent', plan());
    const html = await poll(snapshot, 'the edit form');
    assert.ok(html.includes('value="Camp &quot;&lt;b&gt;&amp;&lt;/script&gt;"'), 'the name is escaped');
    assert.ok(!html.includes('<b>'));
    assert.match(html, /<textarea id="people" [^>]*>Anna Schmidt \(Kreis Pinneberg\) \*\nBen Berg<\/textarea>/);
    const result = await submit({ ...FORM, name: 'Camp 2030', rooms: 'Saal A\nSaal B\nSaal C' });
    assert.deepEqual(result.problems, []);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === plan().toString());
    assert.ok(document && !document.isDirty, 'the edit is applied to the document and saved');
    const data = JSON.parse(await textOf(plan()));
    assert.deepEqual([data.name, data.rooms, data.rules], ['Camp 2030', ['Saal A', 'Saal B', 'Saal C'], { 'unknown-room': 'off' }]);
  });
});
