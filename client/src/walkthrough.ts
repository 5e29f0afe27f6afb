// The walkthrough "Get started with Barcamp Sessions" opens by itself the first time a workspace with a barcamp.json is opened.
import * as vscode from 'vscode';

/** The walkthrough's id in package.json `contributes.walkthroughs`. */
export const WALKTHROUGH_ID = 'barcamp.getStarted';
/** The workspace-state flag: the walkthrough was opened in this workspace once. */
const OPENED_KEY = 'barcamp.walkthrough.opened';

/** Runs a command: `vscode.commands.executeCommand`, or a recorder in the tests. */
export type CommandRunner = (command: string, ...args: unknown[]) => Thenable<unknown>;

/**
 * Opens the walkthrough (in the active editor group, not beside it) when this workspace has a barcamp.json,
 * has not had it opened before and `barcamp.walkthrough.openOnStart` is on. The flag is kept in the
 * workspace state: it belongs to this workspace (folder or .code-workspace) and goes with it, so another
 * event folder still gets the walkthrough once, and nothing accumulates in the global state. It is set
 * before the command runs, so a failed or doubled start never opens it twice. True when it asked to open it.
 */
export async function openWalkthroughOnFirstOpen(extensionId: string, state: vscode.Memento, run: CommandRunner = vscode.commands.executeCommand): Promise<boolean> {
  if (state.get<boolean>(OPENED_KEY, false)) return false;
  if (!vscode.workspace.getConfiguration('barcamp').get<boolean>('walkthrough.openOnStart', true)) return false;
  const plans = await vscode.workspace.findFiles('**/barcamp.json', '**/node_modules/**', 1);
  if (plans.length === 0) return false;
  await state.update(OPENED_KEY, true);
  await run('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH_ID}`, false);
  return true;
}
