// The core→LSP mapping of the editor features (completion, hover, code actions, locations, links, semantic tokens), next to convert.ts.
import {
  CodeActionKind,
  CompletionItemKind,
  MarkupKind,
  type CodeAction,
  type CompletionItem,
  type DocumentLink,
  type Hover,
  type Location,
  type SemanticTokens,
  type SemanticTokensLegend,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import {
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  type CodeActionPlan,
  type CompletionEntry,
  type DocumentLinkEntry,
  type HoverResult,
  type LocationRef,
  type SemanticToken,
  type TextEdit,
  type WorkspaceEditPlan,
} from '../core';
import { toDiagnostic, toRange } from './convert';

const COMPLETION_KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  section: CompletionItemKind.Keyword,
  topic: CompletionItemKind.Text,
  field: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  person: CompletionItemKind.Reference,
  date: CompletionItemKind.Constant,
};

/** The semantic-token legend the server announces; token indexes below refer to it. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

export function toTextEdit(edit: TextEdit): LspTextEdit {
  return { range: toRange(edit.range), newText: edit.newText };
}

export function toWorkspaceEdit(plan: WorkspaceEditPlan): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const [uri, edits] of Object.entries(plan.changes)) changes[uri] = edits.map(toTextEdit);
  return { changes };
}

export function toCompletionItem(entry: CompletionEntry): CompletionItem {
  const item: CompletionItem = { label: entry.label, kind: COMPLETION_KINDS[entry.kind], textEdit: toTextEdit(entry.edit) };
  if (entry.detail !== undefined || entry.description !== undefined) {
    item.labelDetails = { detail: entry.detail, description: entry.description };
    // Clients without label details show `detail` instead.
    item.detail = [entry.detail?.trim(), entry.description].filter(Boolean).join(' · ');
  }
  if (entry.documentation) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
  if (entry.filterText !== undefined) item.filterText = entry.filterText;
  if (entry.sortText !== undefined) item.sortText = entry.sortText;
  // After `room: ` the values are the next thing to pick, so VS Code opens the list again.
  if (entry.kind === 'field' && entry.edit.newText.endsWith(': ')) item.command = { title: '', command: 'editor.action.triggerSuggest' };
  return item;
}

export function toHover(result: HoverResult): Hover {
  const hover: Hover = { contents: { kind: MarkupKind.Markdown, value: result.markdown } };
  if (result.range) hover.range = toRange(result.range);
  return hover;
}

export function toCodeAction(plan: CodeActionPlan): CodeAction {
  const action: CodeAction = {
    title: plan.title,
    kind: plan.kind === 'quickfix' ? CodeActionKind.QuickFix : plan.kind,
    edit: toWorkspaceEdit(plan.edit),
  };
  if (plan.diagnostics.length > 0) action.diagnostics = plan.diagnostics.map(toDiagnostic);
  if (plan.preferred) action.isPreferred = true;
  return action;
}

export function toLocation(location: LocationRef): Location {
  return { uri: location.uri, range: toRange(location.range) };
}

export function toDocumentLink(link: DocumentLinkEntry): DocumentLink {
  return { range: toRange(link.range), target: link.target };
}

/** Encodes tokens (sorted by position) as LSP's relative integer quintuples. */
export function toSemanticTokens(tokens: readonly SemanticToken[]): SemanticTokens {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    const deltaStart = deltaLine === 0 ? token.character - character : token.character;
    const type = SEMANTIC_TOKEN_TYPES.indexOf(token.type);
    const modifiers = token.modifiers.reduce((bits, m) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m)), 0);
    data.push(deltaLine, deltaStart, token.length, type, modifiers);
    line = token.line;
    character = token.character;
  }
  return { data };
}
