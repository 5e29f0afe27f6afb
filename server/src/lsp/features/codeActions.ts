// Code actions: quick fixes for the findings in the requested range, the review-status rewrites in the frontmatter, and the `source.fixAll.barcamp` action (core/codeActions).
import { CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import { fixAll, needsPlanText, quickFixes, STATUS_ACTION_KIND, statusActions } from '../../core';
import type { Feature, ServerContext } from '../context';
import { toCodeAction } from '../convertEditing';
import { documentInEvent, planTextOf, today } from '../editingSupport';

export const FIX_ALL_KIND = 'source.fixAll.barcamp';

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, STATUS_ACTION_KIND, FIX_ALL_KIND] } },
  register(ctx) {
    ctx.connection.onCodeAction(async (params) => {
      const input = await codeActionInput(ctx, params);
      if (!input) return [];
      const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
      const actions = wanted(CodeActionKind.QuickFix) ? quickFixes(input) : [];
      // "Mark as reviewed / approved": a rewrite of the frontmatter, offered in the light bulb and the Refactor menu.
      if (wanted(STATUS_ACTION_KIND)) actions.push(...statusActions(input));
      // Fix-all is a source action: only offered when asked for (on save, or from the Source Action menu).
      const all = params.context.only && wanted(FIX_ALL_KIND) ? fixAll(input) : undefined;
      return [...actions, ...(all ? [all] : [])].map(toCodeAction);
    });
  },
};

/** The core's input: the findings as published (same settings), and barcamp.json's text only when a fix may edit it. */
async function codeActionInput(ctx: ServerContext, { textDocument, range }: CodeActionParams) {
  const doc = documentInEvent(ctx, textDocument.uri);
  if (!doc) return undefined;
  const diagnostics = ctx.analyzer.diagnostics(doc.document, await ctx.settings.rulesFor(textDocument.uri));
  const planText = needsPlanText(diagnostics, range) ? await planTextOf(ctx, doc.plan) : undefined;
  const others = doc.sessions.filter((s) => s.uri !== textDocument.uri);
  return { ...doc, uri: textDocument.uri, diagnostics, range, others, planText, today: today(), language: ctx.analyzer.language };
}
