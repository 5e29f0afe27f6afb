// The Barcamp sidebar in a real editor: Sessions view with states, Next-steps view, checking off a step, New session, Check all.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { UndoOffer } from '../../../client/src/nextStepsView';
import type { TreeSnapshot } from '../../../client/src/sessionsView';
import { DEADLINE_MS, codeOf, poll, sessionUri, waitForCodes, waitForDiagnostics, workspaceRoot } from './helpers';

/** The demo event as it ships (the workspace is a copy of it). */
const DEMO = join(__dirname, '..', '..', '..', '..', 'examples', 'demo-barcamp');

/** The demo's planted problems (see diagnostics.test.ts): the state icon each session must show. */
const EXPECTED_ICONS: Record<string, string> = {
  'fachkraefte.session.md': 'error',
  'buergerbeteiligung.session.md': 'warning',
  'e-akte.session.md': 'warning',
  'ki-im-amt.session.md': 'warning',
  'offene-daten.session.md': 'warning',
  'open-source.session.md': 'warning',
  'werkstattbericht.session.md': 'warning',
  'agile-verwaltung.session.md': 'pass',
  'barrierefreiheit.session.md': 'pass',
  'datenschutz-als-bremse.session.md': 'pass',
  'digitale-kompetenzen.session.md': 'pass',
  'onlinezugangsgesetz.session.md': 'pass',
  'open-data-english.session.md': 'pass',
  'zukunftswerkstatt.session.md': 'pass',
};

function leaves(nodes: TreeSnapshot[]): TreeSnapshot[] {
  return nodes.flatMap((n) => (n.children.length === 0 ? [n] : leaves(n.children)));
}

function fileName(uri: string | undefined): string {
  return decodeURIComponent((uri ?? '').replace(/#\d+$/, '').slice((uri ?? '').lastIndexOf('/') + 1));
}

/** The Sessions view's session rows once the server has indexed at least `count` sessions. */
function sessionRows(count: number): Promise<TreeSnapshot[]> {
  return poll(async () => {
    const rows = leaves((await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.sessions.snapshot')) ?? []).filter((r) => r.uri);
    return rows.length >= count ? rows : undefined;
  }, `${count} sessions in the Sessions view`);
}

async function textOf(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Barcamp sidebar: views and commands', () => {
  before(async () => {
    // Earlier suites may leave edited protocols open, or even saved: back to the demo as it ships.
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [
      ...readdirSync(join(DEMO, 'sessions'))
        .filter((f) => f.endsWith('.session.md'))
        .map((f) => `sessions/${f}`),
      'barcamp.json',
    ]) {
      const shipped = readFileSync(join(DEMO, name));
      const target = vscode.Uri.joinPath(workspaceRoot(), ...name.split('/'));
      const current = await vscode.workspace.fs.readFile(target).then(
        (b) => Buffer.from(b),
        () => undefined,
      );
      if (!current?.equals(shipped)) await vscode.workspace.fs.writeFile(target, shipped);
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('barcamp.sessions.showAll');
  });

  it('the Sessions view lists every demo session under day and slot, with the state of its diagnostics', async () => {
    // Polled: the files restored in before() reach the server through the file watcher.
    let icons: Record<string, string | undefined> = {};
    const expected = Object.entries(EXPECTED_ICONS);
    const rows = await poll(async () => {
      const now = leaves((await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.sessions.snapshot')) ?? []).filter((r) => r.uri);
      icons = Object.fromEntries(now.map((r) => [fileName(r.uri), r.icon]));
      return now.length === expected.length && expected.every(([file, icon]) => icons[file] === icon) ? now : undefined;
    }, 'the states of the demo sessions').catch((): never => assert.deepEqual(icons, EXPECTED_ICONS) as never);
    const tree = (await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.sessions.snapshot'))!;
    assert.equal(tree.length, 1, 'one event');
    assert.equal(tree[0].label, 'Barcamp Digitale Verwaltung Nord 2017');
    assert.equal(tree[0].description, '7 of 14 complete');
    assert.deepEqual(
      tree[0].children.map((d) => d.label),
      ['Day 1 · 26 Jan 2017', 'Day 2 · 27 Jan 2017'],
    );
    assert.deepEqual(
      tree[0].children[0].children.map((s) => s.label),
      ['10:30', '11:45', '14:00', '15:15'],
    );
    const eAkte = rows.find((r) => fileName(r.uri) === 'e-akte.session.md')!;
    assert.equal(eAkte.label, 'E-Akte einführen – aber wie?');
    assert.equal(eAkte.description, 'Weser · approved');
    assert.match(eAkte.tooltip ?? '', /2 warnings/);
    assert.match(eAkte.tooltip ?? '', /Review status: approved/);
    assert.match(eAkte.tooltip ?? '', /sessions\/e-akte\.session\.md/);
  });

  it('the filter shows only sessions with problems; the status bar counts the complete ones', async () => {
    await vscode.commands.executeCommand('barcamp.sessions.showProblemsOnly');
    try {
      const rows = leaves((await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.sessions.snapshot'))!).filter((r) => r.uri);
      assert.deepEqual(
        rows.map((r) => fileName(r.uri)).sort(),
        Object.keys(EXPECTED_ICONS)
          .filter((f) => EXPECTED_ICONS[f] !== 'pass')
          .sort(),
      );
    } finally {
      await vscode.commands.executeCommand('barcamp.sessions.showAll');
    }
    let status: string | undefined;
    await poll(async () => {
      status = await vscode.commands.executeCommand<string | undefined>('barcamp.statusBar.snapshot');
      return status === '$(checklist) 7 of 14 protocols complete' || undefined;
    }, 'the status-bar item "7 of 14 protocols complete"').catch((error: Error) => assert.fail(`${error.message}; it shows ${status}`));
  });

  it("the Sessions view groups by action field: the plan's fields by title, an unknown id marked, the rest last", async () => {
    type Group = [label: string, description: string | undefined, icon: string | undefined, files: string[]];
    const grouped = (expected: (groups: Group[]) => boolean, what: string) =>
      poll(async () => {
        const tree = (await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.sessions.snapshot')) ?? [];
        const groups = (tree[0]?.children ?? []).map((g): Group => [g.label, g.description, g.icon, g.children.map((s) => fileName(s.uri))]);
        return expected(groups) ? { tree, groups } : undefined;
      }, what);
    const session = sessionUri('zukunftswerkstatt.session.md');
    const original = await vscode.workspace.fs.readFile(session);
    await vscode.commands.executeCommand('barcamp.sessions.groupByActionField');
    try {
      const { tree, groups } = await grouped((g) => g[0]?.[0] === 'Mobilität im ländlichen Raum' && g.flatMap((x) => x[3]).length === 14, 'the sessions grouped by action field');
      assert.deepEqual(groups.slice(0, 2), [
        ['Mobilität im ländlichen Raum', '1 session', 'layers', ['zukunftswerkstatt.session.md']],
        ['Offene Daten in Kommunen', '2 sessions', 'layers', ['offene-daten.session.md', 'open-data-english.session.md']],
      ]);
      assert.deepEqual(groups[2].slice(0, 3), ['No action field', '11 sessions', 'circle-slash']);
      // A row says when and where the session takes place, as its day and slot are no group now.
      assert.equal(tree[0].children[0].children[0].description, 'Day 2 · 10:30 · Elbe · approved');

      // An id barcamp.json does not know stands under itself, marked; the plan's field stays, empty.
      const text = new TextDecoder().decode(original);
      await vscode.workspace.fs.writeFile(session, new TextEncoder().encode(text.replace('actionField: mobilitaet', 'actionField: verkehr')));
      const changed = await grouped((g) => g.some((x) => x[0] === 'verkehr'), 'the unknown action field');
      assert.deepEqual(
        changed.groups.map((g) => g.slice(0, 3)),
        [
          ['Mobilität im ländlichen Raum', '0 sessions', 'layers'],
          ['Offene Daten in Kommunen', '2 sessions', 'layers'],
          ['verkehr', 'unknown action field · 1 session', 'warning'],
          ['No action field', '11 sessions', 'circle-slash'],
        ],
      );
    } finally {
      await vscode.workspace.fs.writeFile(session, original);
      await vscode.commands.executeCommand('barcamp.sessions.groupByDay');
    }
    await grouped((g) => g[0]?.[0] === 'Day 1 · 26 Jan 2017', 'the grouping by day again');
  });

  it('the Next-steps view groups by owner, session and due date', async () => {
    await vscode.commands.executeCommand('barcamp.nextSteps.showDone');
    await vscode.commands.executeCommand('barcamp.nextSteps.groupByOwner');
    const byOwner = (await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.nextSteps.snapshot'))!;
    const sabine = byOwner.find((g) => g.label === 'Sabine Hoffmann');
    assert.ok(sabine, `owner groups: ${byOwner.map((g) => g.label).join(', ')}`);
    assert.equal(byOwner[byOwner.length - 1].label, 'No owner');
    await vscode.commands.executeCommand('barcamp.nextSteps.groupByDue');
    const byDue = (await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.nextSteps.snapshot'))!;
    assert.equal(byDue[byDue.length - 1].label, 'No due date');
    await vscode.commands.executeCommand('barcamp.nextSteps.groupBySession');
    const bySession = (await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.nextSteps.snapshot'))!;
    assert.ok(bySession.some((g) => g.label === 'E-Akte einführen – aber wie?'));
    await vscode.commands.executeCommand('barcamp.nextSteps.groupByOwner');
  });

  it('checking off a step changes only its checkbox in the file, and re-opening restores it', async () => {
    const uri = sessionUri('e-akte.session.md');
    const before = await textOf(uri);
    const line = before.split('\n').findIndex((l) => l.includes('Aktenplan des Finanzministeriums'));
    const steps = leaves((await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.nextSteps.snapshot'))!);
    const row = steps.find((s) => s.uri === `${uri.toString()}#${line}`);
    assert.ok(row, `the step is in the Next-steps view: ${steps.map((s) => s.uri).join(', ')}`);
    assert.equal(row.contextValue, 'step.open');

    assert.equal(await vscode.commands.executeCommand('barcamp.nextSteps.check', { uri: uri.toString(), line }), true);
    const after = await textOf(uri);
    assert.equal(after, before.replace('- [ ] Aktenplan des Finanzministeriums', '- [x] Aktenplan des Finanzministeriums'));
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.equal(document?.isDirty, false, 'saved, since the file had no other unsaved changes');
    await poll(async () => {
      const now = leaves((await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.nextSteps.snapshot'))!);
      return now.find((s) => s.uri === row.uri && s.contextValue === 'step.done');
    }, 'the step shown as done');

    assert.equal(await vscode.commands.executeCommand('barcamp.nextSteps.reopen', { uri: uri.toString(), line }), true);
    assert.equal(await textOf(uri), before);
  });

  it("a step checked off stays in its place, marked done, until the view is refreshed; the notification's undo re-opens it", async () => {
    await vscode.commands.executeCommand('barcamp.nextSteps.showDone');
    await vscode.commands.executeCommand('barcamp.nextSteps.groupByOwner');
    const snapshot = async () => (await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.nextSteps.snapshot')) ?? [];
    // An open step with another open step below it: sorted, it would move below that one once done.
    const openBelow = (rows: TreeSnapshot[], i: number) => rows.slice(i + 1).some((r) => r.contextValue === 'step.open');
    const group = (await snapshot()).find((g) => g.children.some((r, i) => r.contextValue === 'step.open' && openBelow(g.children, i)));
    assert.ok(group, 'a group with two open steps');
    const index = group.children.findIndex((r, i) => r.contextValue === 'step.open' && openBelow(group.children, i));
    const row = group.children[index];
    const cut = row.uri!.lastIndexOf('#');
    const uri = vscode.Uri.parse(row.uri!.slice(0, cut));
    const line = Number(row.uri!.slice(cut + 1));
    const rowsOfGroup = async () => (await snapshot()).find((g) => g.label === group.label)?.children ?? [];
    const before = await textOf(uri);
    try {
      assert.equal(await vscode.commands.executeCommand('barcamp.nextSteps.check', { uri: uri.toString(), line, text: row.label }), true);
      const checked = await poll(async () => {
        const rows = await rowsOfGroup();
        return rows.find((r) => r.uri === row.uri)?.contextValue === 'step.done' ? rows : undefined;
      }, 'the step shown as done');
      assert.equal(
        checked.findIndex((r) => r.uri === row.uri),
        index,
        'the step stays in its place',
      );
      assert.ok(openBelow(checked, index), 'an open step is still below it: the list was not re-sorted');
      assert.match(checked[index].description ?? '', /^checked off just now · /);

      const offer = await vscode.commands.executeCommand<UndoOffer | undefined>('barcamp.nextSteps.undoOffer');
      assert.equal(offer?.message, `Step checked off: ${row.label}`);
      assert.equal(offer.button, 'Undo check-off');

      // The user's refresh: the step takes its sorted place, after every open step.
      await vscode.commands.executeCommand('barcamp.nextSteps.refresh');
      const sorted = await rowsOfGroup();
      const at = sorted.findIndex((r) => r.uri === row.uri);
      assert.ok(at > index && !openBelow(sorted, at), `after the open steps: ${sorted.map((r) => r.contextValue).join(', ')}`);

      // What the notification's button runs: the step is open again in the file, and nothing else changed.
      assert.equal(await vscode.commands.executeCommand(offer.command, ...offer.arguments), true);
      assert.equal(await textOf(uri), before);
      await poll(async () => (await rowsOfGroup()).find((r) => r.uri === row.uri && r.contextValue === 'step.open'), 'the step shown as open again');
    } finally {
      if ((await textOf(uri)) !== before) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
      await vscode.commands.executeCommand('barcamp.nextSteps.refresh');
    }
  });

  it('New session offers the free rooms of the chosen day and slot first, the taken ones marked with their session', async () => {
    const eventUri = vscode.Uri.joinPath(workspaceRoot(), 'barcamp.json').toString();
    type Option = { label: string; description?: string };
    const options = await poll(async () => {
      const now = await vscode.commands.executeCommand<Option[]>('barcamp.newSession.rooms.snapshot', { eventUri, day: '1', slot: '10:30' });
      return now && now.some((o) => o.description) ? now : undefined;
    }, 'the room options of day 1, 10:30');
    // Day 1 at 10:30: Elbe (Datenschutz als Bremse?) and Weser (E-Akte) are taken, Trave and Alster are free.
    assert.deepEqual(
      options.map((o) => [o.label, o.description?.replace(/:.*/u, ':') ?? null]),
      [
        ['Trave', null],
        ['Alster', null],
        ['Elbe', 'taken:'],
        ['Weser', 'taken:'],
      ],
    );
    assert.match(options[2].description ?? '', /Datenschutz/u);
  });

  it('New session creates <slug>.session.md from the picks, never over an existing file', async () => {
    const picks = { topic: 'Digitale Souveränität', day: '2', slot: '10:30', room: 'Elbe' };
    const created = await vscode.commands.executeCommand<vscode.Uri>('barcamp.newSession', picks);
    const second = await vscode.commands.executeCommand<vscode.Uri>('barcamp.newSession', picks);
    try {
      assert.equal(created.toString(), sessionUri('digitale-souveränität.session.md').toString());
      assert.equal(second.toString(), sessionUri('digitale-souveränität-2.session.md').toString(), 'the second file gets a free name');
      const text = await textOf(created);
      assert.match(text, /^---\ntitle: Digitale Souveränität\nday: 2\nslot: "10:30"\nroom: Elbe\n/);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), second.toString());
      assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '## Ergebnisse', 'the cursor is in the first findings bullet');
      const rows = await sessionRows(13);
      assert.ok(rows.some((r) => r.label === 'Digitale Souveränität' && fileName(r.uri) === 'digitale-souveränität.session.md'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(created);
      await vscode.workspace.fs.delete(second);
    }
  });

  it('shows the problems of a protocol that was never opened from the start (barcamp.diagnostics.scope: workspace, the default)', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'sessions', 'zz-from-the-start.session.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Von Anfang an\nday: 2\nslot: "15:15"\nroom: Mosel\n---\n\n## Ergebnisse\n- Eins\n\n## Nächste Schritte\n- keine\n'));
    try {
      await waitForCodes(uri, ['unknown-room']);
      assert.ok(
        vscode.workspace.textDocuments.every((d) => d.uri.toString() !== uri.toString()),
        'the file was not opened',
      );
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Check all sessions publishes the diagnostics of a file that was never opened, until it is stopped', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'sessions', 'zz-never-opened.session.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Nie geöffnet\nday: 2\nslot: "15:15"\nroom: Rhein\n---\n\n## Ergebnisse\n- Eins\n\n## Nächste Schritte\n- keine\n'));
    try {
      // Once the server has indexed it, it is in the view; files deleted earlier may still count while VS Code keeps them open.
      const rows = await poll(async () => {
        const now = leaves((await vscode.commands.executeCommand<TreeSnapshot[]>('barcamp.sessions.snapshot'))!).filter((r) => r.uri);
        return now.some((r) => r.uri === uri.toString()) ? now : undefined;
      }, 'the new file in the Sessions view');
      const result = await vscode.commands.executeCommand<{ sessions: number }>('barcamp.checkAll', { interactive: false });
      assert.equal(result.sessions, rows.length);
      const diagnostics = await waitForCodes(uri, ['unknown-room']);
      assert.ok(
        vscode.workspace.textDocuments.every((d) => d.uri.toString() !== uri.toString()),
        'the file was not opened',
      );
      assert.ok(
        diagnostics.every((d) => d.source === 'barcamp'),
        diagnostics.map(codeOf).join(', '),
      );
      await vscode.commands.executeCommand('barcamp.stopCheckAll');
      await waitForDiagnostics(uri, (d) => d.length === 0, 'the diagnostics of the closed file to be cleared', DEADLINE_MS);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
