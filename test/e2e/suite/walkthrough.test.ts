// The walkthrough on first open: asked for once per workspace with a barcamp.json, never when barcamp.walkthrough.openOnStart is off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WALKTHROUGH_ID, openWalkthroughOnFirstOpen } from '../../../client/src/walkthrough';
import { EXTENSION_ID } from './helpers';

/** A workspace state of its own, as a fresh workspace has it. */
class MemoryState implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

describe('The walkthrough on first open', () => {
  const settings = () => vscode.workspace.getConfiguration('barcamp');

  after(() => settings().update('walkthrough.openOnStart', undefined, vscode.ConfigurationTarget.Workspace));

  it('asks once per workspace with a barcamp.json to open the walkthrough, and not when the setting is off', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { walkthroughs: Array<{ id: string }> } };
    assert.deepEqual(
      manifest.contributes.walkthroughs.map((w) => w.id),
      [WALKTHROUGH_ID],
    );
    const calls: unknown[][] = [];
    const record = (...call: unknown[]) => Promise.resolve(calls.push(call));

    // The demo workspace has a barcamp.json; the test runs' user settings turn the walkthrough off, this workspace on.
    await settings().update('walkthrough.openOnStart', true, vscode.ConfigurationTarget.Workspace);
    const state = new MemoryState();
    assert.equal(await openWalkthroughOnFirstOpen(EXTENSION_ID, state, record), true);
    assert.equal(await openWalkthroughOnFirstOpen(EXTENSION_ID, state, record), false, 'the second open of the workspace');
    assert.deepEqual(calls, [['workbench.action.openWalkthrough', `${EXTENSION_ID}#${WALKTHROUGH_ID}`, false]]);

    await settings().update('walkthrough.openOnStart', false, vscode.ConfigurationTarget.Workspace);
    assert.equal(await openWalkthroughOnFirstOpen(EXTENSION_ID, new MemoryState(), record), false);
    assert.equal(calls.length, 1);
  });
});
