// The Command Palette commands (category "Barcamp"); their titles are localized in package.nls*.json.
import * as vscode from 'vscode';
import type { ServerHandle } from './serverHandle';

export function registerCommands(server: ServerHandle, output: vscode.LogOutputChannel): vscode.Disposable[] {
  return [vscode.commands.registerCommand('barcamp.restartServer', () => restartServer(server, output)), vscode.commands.registerCommand('barcamp.showOutput', () => output.show(true))];
}

async function restartServer(server: ServerHandle, output: vscode.LogOutputChannel): Promise<void> {
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restarting the Barcamp language server…') }, () => server.restart());
    vscode.window.setStatusBarMessage(vscode.l10n.t('Barcamp language server restarted.'), 3000);
  } catch (error) {
    output.error(`Restart failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const showOutput = vscode.l10n.t('Show Output');
    const message = vscode.l10n.t('The Barcamp language server could not be restarted. Details are in the output "Barcamp Sessions".');
    if ((await vscode.window.showErrorMessage(message, showOutput)) === showOutput) output.show(true);
  }
}
