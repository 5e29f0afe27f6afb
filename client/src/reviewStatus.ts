// "Set review status…": a quick pick of the three statuses in the protocol's words, then the server's edit of its frontmatter.
import * as vscode from 'vscode';
import { ReviewStatusRequest, SetReviewStatusRequest, type ReviewStatus, type ReviewStatusResult, type SetReviewStatusResult } from '../../server/src/protocol';
import type { ServerApi } from './serverApi';
import { reviewStatusText } from './sessionsView';

/** Lowest first, as the quick pick lists them. */
const STATUSES: readonly ReviewStatus[] = ['draft', 'reviewed', 'approved'];

const ICONS: Record<ReviewStatus, string> = { draft: 'circle-large-outline', reviewed: 'eye', approved: 'verified' };

/**
 * Sets the review status of the protocol the command was invoked on: a session of the Sessions view
 * (its context menu), `{ uri, status }` from a test (no question asked), else the active protocol. The
 * edit is applied as a workspace edit (undoable), and the file saved when it had no other unsaved
 * changes, so the views, which read saved files, show the new status.
 */
export async function setReviewStatusCommand(api: ServerApi, arg?: unknown): Promise<boolean> {
  const { uri, status: given } = target(arg);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a session protocol (*.session.md) to set its review status.'));
    return false;
  }
  const status = given ?? (await pickStatus(api, uri));
  if (!status) return false;
  const wasDirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty ?? false;
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await api.request<SetReviewStatusResult>(SetReviewStatusRequest, { uri: uri.toString(), status });
    if (!result.edit) {
      const message =
        result.reason === 'frontmatterNotClosed'
          ? vscode.l10n.t('The review status could not be set: the frontmatter is not closed. Add a line "---" below its last field.')
          : vscode.l10n.t('The review status could not be set: {0} is no session protocol or cannot be read.', vscode.workspace.asRelativePath(uri));
      void vscode.window.showWarningMessage(message);
      return false;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    // Typed meanwhile: the edit was computed for another text; ask again.
    if (typeof result.version === 'number' && document.version !== result.version) continue;
    if (Object.values(result.edit.changes).every((edits) => edits.length === 0)) return true;
    if (!(await api.applyEdit(result.edit))) return false;
    if (!wasDirty) await document.save();
    return true;
  }
  return false;
}

/** The protocol and, from a test, the status: a Sessions-view node, a URI, `{ uri, status }`, else the active protocol. */
function target(arg: unknown): { uri?: vscode.Uri; status?: ReviewStatus } {
  const node = arg as { kind?: string; entry?: { uri?: unknown }; uri?: unknown; status?: unknown } | undefined;
  const raw = node?.kind === 'session' ? node.entry?.uri : arg instanceof vscode.Uri ? arg : node?.uri;
  const status = STATUSES.find((s) => s === node?.status);
  if (raw instanceof vscode.Uri) return { uri: raw, status };
  if (typeof raw === 'string') return { uri: vscode.Uri.parse(raw), status };
  const editor = vscode.window.activeTextEditor;
  if (editor && (editor.document.languageId === 'barcamp-session' || editor.document.uri.path.endsWith('.session.md'))) return { uri: editor.document.uri, status };
  return {};
}

/** The quick pick: each status in the protocol's words, the current one marked; undefined when dismissed. */
async function pickStatus(api: ServerApi, uri: vscode.Uri): Promise<ReviewStatus | undefined> {
  const info = await api.request<ReviewStatusResult | null>(ReviewStatusRequest, { uri: uri.toString() });
  if (!info) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The review status could not be set: {0} is no session protocol or cannot be read.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  const items = STATUSES.map((status) => {
    const word = info.words[status];
    const inEditorLanguage = reviewStatusText(status);
    const description = [inEditorLanguage.toLowerCase() === word.toLowerCase() ? '' : inEditorLanguage, status === info.status ? vscode.l10n.t('current') : ''].filter(Boolean).join(' · ');
    return { label: `$(${ICONS[status]}) ${word}`, description, status };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Set review status'),
    placeHolder: vscode.l10n.t('Review status of {0}', vscode.workspace.asRelativePath(uri)),
  });
  return picked?.status;
}
