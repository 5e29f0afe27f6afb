// Document symbols (the outline of one protocol) and workspace symbols (sessions across the event).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { documentSymbols, openSession, outlineOf, poll } from './helpers';

describe('Symbols', () => {
  it('document symbols: the session topic with its ## sections as children', async () => {
    const document = await openSession('datenschutz-als-bremse.session.md');
    const { title, sections } = outlineOf(document);
    assert.equal(title, 'Datenschutz als Bremse?', 'the demo protocol changed');
    assert.ok(sections.length >= 3, `expected several ## sections in the demo protocol, found ${sections.join(', ')}`);
    const symbols = await documentSymbols(document.uri);
    assert.equal(symbols.length, 1, `expected one root symbol, got ${symbols.map((s) => s.name).join(', ')}`);
    const [root] = symbols;
    assert.equal(root.name, title);
    // The ## sections are children in document order; other children (the frontmatter) may come along.
    const names = root.children.map((child) => child.name);
    assert.deepEqual(
      names.filter((name) => sections.includes(name)),
      sections,
      `the ## sections should be children of the session symbol, in order; children: ${names.join(', ')}`,
    );
  });

  it('workspace symbols: "Datenschutz" finds the session "Datenschutz als Bremse?"', async () => {
    let found: string[] = [];
    const match = await poll(async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[] | undefined>('vscode.executeWorkspaceSymbolProvider', 'Datenschutz');
      found = (symbols ?? []).map((s) => s.name);
      return symbols?.find((s) => s.name === 'Datenschutz als Bremse?');
    }, 'a workspace symbol named "Datenschutz als Bremse?"').catch((error: Error) => {
      throw new Error(`${error.message}; the query returned: ${found.length ? found.join(', ') : 'nothing'}`);
    });
    assert.match(match.location.uri.path, /\/sessions\/datenschutz-als-bremse\.session\.md$/);
  });
});
