// The extension activates for a protocol and contributes its language and commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, openSession, poll } from './helpers';

describe('Activation', () => {
  it('opens *.session.md files as barcamp-session and activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this editor`);
    const document = await openSession('datenschutz-als-bremse.session.md');
    assert.equal(document.languageId, LANGUAGE_ID);
    await poll(() => (extension.isActive ? true : undefined), `activation of ${EXTENSION_ID}`);
  });

  it('registers the restart and show-output commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['barcamp.restartServer', 'barcamp.showOutput']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });
});
