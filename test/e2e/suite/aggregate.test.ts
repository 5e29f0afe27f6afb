// "Barcamp: Aggregate all sessions" and the preview in a real editor: files written into the workspace copy, a hand-written file refused.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { poll, workspaceRoot } from './helpers';

/** The golden files of the demo event, rendered by the CLI with the same reference date. */
const GOLDEN = join(__dirname, '..', '..', '..', '..', 'test', 'golden', 'demo');
const TODAY = '2017-03-01';

interface AggregateOutcome {
  outputFolder?: string;
  written: string[];
  unchanged: string[];
  refused: string[];
  failed: Array<{ uri: string; detail: string }>;
}

function planUri(): string {
  return vscode.Uri.joinPath(workspaceRoot(), 'barcamp.json').toString();
}

function aggregate(): Thenable<AggregateOutcome> {
  return vscode.commands.executeCommand<AggregateOutcome>('barcamp.aggregate', { eventUri: planUri(), today: TODAY, interactive: false });
}

describe('Aggregate all sessions', () => {
  const output = () => vscode.Uri.joinPath(workspaceRoot(), 'dokumentation');
  /** The organizers' report stands beside the public folder, never in it. */
  const internal = () => vscode.Uri.joinPath(workspaceRoot(), 'dokumentation-intern');
  const formats = (): string[] => JSON.parse(readFileSync(vscode.Uri.joinPath(workspaceRoot(), 'barcamp.json').fsPath, 'utf8')).output?.formats ?? ['md', 'html', 'json', 'csv', 'docx'];
  const names: Record<string, string> = { md: 'event-documentation.md', html: 'event-documentation.html', json: 'event-documentation.json', csv: 'next-steps.csv', docx: 'event-documentation.docx' };
  const organizer: Record<string, string> = { md: 'organizer-report.md', html: 'organizer-report.html', json: 'organizer-report.json' };
  /** The Word file has no golden file (a zip): its generated marker is a zip entry, whose name stands uncompressed in it. */
  const DOCX_MARKER = 'customXml/barcamp-sessions-generated.xml';

  after(async () => {
    await vscode.workspace.fs.delete(output(), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(internal(), { recursive: true }).then(undefined, () => undefined);
  });

  it('writes the files of barcamp.json output into the event folder, byte for byte what the CLI writes', async () => {
    await poll(async () => ((await vscode.commands.executeCommand<unknown[]>('barcamp.sessions.snapshot')) ?? []).length > 0 || undefined, 'the event to be indexed');
    const started = Date.now();
    const outcome = await aggregate();
    console.log(`[barcamp-e2e]     (aggregate of the demo through the command: ${Date.now() - started} ms)`);
    // The public files, then the organizers' report.
    const expected = [...formats().map((f) => names[f]), ...formats().flatMap((f) => organizer[f] ?? [])];
    // The photo one protocol shows is copied into assets/, under the name the documentation gives it.
    const asset = /src="assets\/([^"]+)"/u.exec(readFileSync(join(GOLDEN, 'event-documentation.html'), 'utf8'))?.[1] ?? '';
    assert.deepEqual(
      outcome.written.map((u) => u.slice(u.lastIndexOf('/') + 1)),
      // The photo beside the public files and beside the organizers' report, each folder with the images its pages show.
      [...expected, asset, asset],
    );
    const photo = vscode.Uri.joinPath(workspaceRoot(), 'sessions', 'fotos', 'flipchart-zukunftswerkstatt.png');
    assert.ok(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(output(), 'assets', asset))).equals(Buffer.from(await vscode.workspace.fs.readFile(photo))));
    assert.deepEqual([outcome.refused, outcome.failed], [[], []]);
    for (const name of expected) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(name.startsWith('organizer-report') ? internal() : output(), name));
      if (name.endsWith('.docx')) {
        assert.ok(Buffer.from(bytes).includes(DOCX_MARKER), `${name} is no generated Word file`);
        continue;
      }
      assert.ok(Buffer.from(bytes).equals(readFileSync(join(GOLDEN, name))), `${name} differs from test/golden/demo/${name}`);
    }
    const leftovers = (await vscode.workspace.fs.readDirectory(output())).filter(([name]) => name.endsWith('.tmp'));
    assert.deepEqual(leftovers, [], 'no temporary file stays behind');
    const againStarted = Date.now();
    const again = await aggregate();
    console.log(`[barcamp-e2e]     (second aggregate, every file unchanged: ${Date.now() - againStarted} ms)`);
    assert.deepEqual([again.written.length, again.unchanged.length], [0, expected.length + 2], 'a second run finds every file unchanged');
  });

  it('refuses to overwrite a file a person wrote, names it and writes nothing', async () => {
    await aggregate();
    const handWritten = vscode.Uri.joinPath(output(), 'event-documentation.md');
    const text = '# Unsere Dokumentation\n\nVon Hand geschrieben.\n';
    await vscode.workspace.fs.writeFile(handWritten, new TextEncoder().encode(text));
    const outcome = await aggregate();
    assert.deepEqual(outcome.refused, [handWritten.toString()]);
    assert.deepEqual(outcome.written, []);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(handWritten)), text);
  });

  it('never replaces a folder that stands at a target name, and removes what an interrupted run left', async () => {
    await vscode.workspace.fs.delete(output(), { recursive: true }).then(undefined, () => undefined);
    await aggregate();
    const folder = vscode.Uri.joinPath(output(), 'event-documentation.html');
    await vscode.workspace.fs.delete(folder).then(undefined, () => undefined);
    const kept = vscode.Uri.joinPath(folder, 'inhalt', 'wichtig.txt');
    await vscode.workspace.fs.writeFile(kept, new TextEncoder().encode('meins'));
    const stale = vscode.Uri.joinPath(output(), '.event-documentation.md.abcd1234.tmp');
    await vscode.workspace.fs.writeFile(stale, new TextEncoder().encode('halb'));
    const outcome = await aggregate();
    assert.deepEqual(outcome.refused, [folder.toString()]);
    assert.deepEqual(outcome.written, []);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(kept)), 'meins', 'the folder and its files are untouched');
    await vscode.workspace.fs.delete(folder, { recursive: true });
    const after = await aggregate();
    assert.deepEqual(after.refused, []);
    const leftovers = (await vscode.workspace.fs.readDirectory(output())).filter(([name]) => name.endsWith('.tmp'));
    assert.deepEqual(leftovers, [], "the interrupted run's temporary file is gone");
  });

  it('writes nothing through a symbolic link that leads out of the event folder', async () => {
    await vscode.workspace.fs.delete(output(), { recursive: true }).then(undefined, () => undefined);
    const outside = mkdtempSync(join(tmpdir(), 'barcamp-outside-'));
    symlinkSync(outside, output().fsPath);
    try {
      const outcome = await aggregate();
      assert.deepEqual(outcome.written, []);
      assert.ok(outcome.refused.length + outcome.failed.length > 0, JSON.stringify(outcome));
      assert.deepEqual(readdirSync(outside), []);
    } finally {
      rmSync(output().fsPath, { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('the preview shows the HTML under a strict Content-Security-Policy, without scripts, and follows changes live', async () => {
    const event = await vscode.commands.executeCommand<{ eventUri: string }>('barcamp.previewEvent', { eventUri: planUri() });
    assert.equal(event?.eventUri, planUri());
    const html = await poll(async () => vscode.commands.executeCommand<string | undefined>('barcamp.previewEvent.snapshot', planUri()), 'the preview');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; style-src [^;]+ 'unsafe-inline'; img-src [^;]+ https: data:/);
    assert.ok(!/script-src/.test(csp), 'no script source is allowed');
    assert.ok(!/<script/i.test(html), 'the page contains no script');
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'), 'the policy comes before any style');
    assert.match(html, /<title>Barcamp Digitale Verwaltung Nord 2017<\/title>/);
    assert.match(html, /preview-theme\.css/);
    // The photo a protocol shows comes from the workspace file itself (the assets folder may not be written yet).
    const photo = /<img src="([^"]+)" alt="Flipchart der Zukunftswerkstatt[^"]*"/u.exec(html)?.[1] ?? '';
    assert.ok(photo.includes('flipchart-zukunftswerkstatt.png') && !photo.startsWith('assets/'), photo);

    // Live: a changed protocol on disk shows up in the open preview.
    const session = vscode.Uri.joinPath(workspaceRoot(), 'sessions', 'agile-verwaltung.session.md');
    const original = await vscode.workspace.fs.readFile(session);
    const text = new TextDecoder().decode(original);
    const title = /^title:\s*(.+)$/m.exec(text)![1];
    try {
      await vscode.workspace.fs.writeFile(session, new TextEncoder().encode(text.split(title).join('Agil &amp; <b>live</b> geändert')));
      const updated = await poll(async () => {
        const now = await vscode.commands.executeCommand<string | undefined>('barcamp.previewEvent.snapshot', planUri());
        return now?.includes('Agil &amp;amp; &lt;b&gt;live&lt;/b&gt; geändert') ? now : undefined;
      }, 'the preview to show the changed topic, escaped');
      assert.ok(!updated.includes('<b>live</b>'), 'protocol text never becomes markup');
    } finally {
      await vscode.workspace.fs.writeFile(session, original);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it("the preview switches to the organizers' report and back, and keeps the choice while it follows changes", async () => {
    const event = planUri();
    const state = () => vscode.commands.executeCommand<{ title: string; audience: string } | undefined>('barcamp.previewEvent.state', event);
    const shown = () => vscode.commands.executeCommand<string | undefined>('barcamp.previewEvent.snapshot', event);
    // A render the live refresh started meanwhile (earlier tests changed files) may land a little later: polled.
    const showing = (wanted: (html: string) => boolean, what: string) =>
      poll(async () => {
        const now = await shown();
        return now !== undefined && wanted(now) ? now : undefined;
      }, what);
    const isReport = (html: string) => html.includes('<title>Barcamp Digitale Verwaltung Nord 2017 – Bericht für das Orga-Team</title>');
    const session = vscode.Uri.joinPath(workspaceRoot(), 'sessions', 'agile-verwaltung.session.md');
    const original = await vscode.workspace.fs.readFile(session);
    try {
      await vscode.commands.executeCommand('barcamp.previewEvent', { eventUri: event });
      assert.deepEqual(await state(), { title: 'Preview: Documentation – Barcamp Digitale Verwaltung Nord 2017', audience: 'public' });
      await showing((html) => html.includes('<title>Barcamp Digitale Verwaltung Nord 2017</title>'), 'the public documentation first');

      assert.equal(await vscode.commands.executeCommand('barcamp.preview.showOrganizerReport', { eventUri: event }), event);
      const report = await showing(isReport, "the organizers' report");
      assert.match(report, /<code>invalid-date<\/code>/, "the organizers' report has the diagnostics");
      assert.ok(!/<script/i.test(report) && !/script-src/.test(report), 'as strict as the public one');
      assert.deepEqual(await state(), { title: 'Preview: Report for the Organizers – Barcamp Digitale Verwaltung Nord 2017', audience: 'organizer' });

      // Live: a changed protocol re-renders the organizers' report, not the public documentation.
      const text = new TextDecoder().decode(original);
      const title = /^title:\s*(.+)$/m.exec(text)![1];
      await vscode.workspace.fs.writeFile(session, new TextEncoder().encode(text.split(title).join('Agil im Bericht')));
      const updated = await showing((html) => html.includes('Agil im Bericht'), 'the preview to show the changed topic');
      assert.ok(isReport(updated), "still the organizers' report");

      // Opening the preview again reveals the panel as it is.
      await vscode.commands.executeCommand('barcamp.previewEvent', { eventUri: event });
      assert.equal((await state())?.audience, 'organizer');

      await vscode.commands.executeCommand('barcamp.preview.showPublic', { eventUri: event });
      await showing((html) => html.includes('Agil im Bericht') && !html.includes('Bericht für das Orga-Team'), 'the public documentation again');
      assert.deepEqual(await state(), { title: 'Preview: Documentation – Barcamp Digitale Verwaltung Nord 2017', audience: 'public' });
    } finally {
      await vscode.workspace.fs.writeFile(session, original);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
