// People across the event: go to definition (barcamp.json), find references, prepareRename and rename (core/navigation.ts, core/rename.ts).
import { ErrorCodes, ResponseError, type Position } from 'vscode-languageserver';
import { personDefinition, personReferences, personTarget, prepareRename, renamePerson, say, sessionsMentioning, type PersonTarget } from '../../core';
import type { Feature, ServerContext } from '../context';
import { toRange } from '../convert';
import { toLocation, toWorkspaceEdit } from '../convertEditing';
import { documentInEvent, planTextOf, textsOf, type DocumentInEvent } from '../editingSupport';

export const peopleFeature: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true, renameProvider: { prepareProvider: true } },
  register(ctx) {
    const { connection } = ctx;
    connection.onDefinition(async ({ textDocument, position }) => {
      const found = await lookUp(ctx, textDocument.uri, position);
      return found ? personDefinition(found.target, textDocument.uri, found.doc.sessions, found.texts, found).map(toLocation) : null;
    });
    connection.onReferences(async ({ textDocument, position, context }) => {
      const found = await lookUp(ctx, textDocument.uri, position);
      return found ? personReferences(found.target, found.doc.sessions, found.texts, found, context.includeDeclaration).map(toLocation) : null;
    });
    connection.onPrepareRename(({ textDocument, position }) => {
      const doc = documentInEvent(ctx, textDocument.uri);
      const check = doc ? prepareRename(doc.protocol, doc.text, position, ctx.analyzer.language) : undefined;
      if (!check || 'error' in check) return new ResponseError(ErrorCodes.InvalidRequest, check?.error ?? '');
      return { range: toRange(check.range), placeholder: check.placeholder };
    });
    connection.onRenameRequest(async ({ textDocument, position, newName }) => {
      const found = await lookUp(ctx, textDocument.uri, position);
      if (!found) return new ResponseError(ErrorCodes.InvalidRequest, say(ctx.analyzer.language, 'rename.noPerson'));
      const result = renamePerson({ ...found, newName, sessions: found.doc.sessions, language: ctx.analyzer.language });
      return 'error' in result ? new ResponseError(ErrorCodes.InvalidParams, result.error) : toWorkspaceEdit(result.edit);
    });
  },
};

/** The person at the position, their event, the texts of every session naming them, and barcamp.json's text. */
async function lookUp(ctx: ServerContext, uri: string, position: Position) {
  // Before the first index is complete, closed sessions would be missing from references and from the rename.
  await ctx.indexed();
  const doc = documentInEvent(ctx, uri);
  const target: PersonTarget | undefined = doc && personTarget(doc.protocol, doc.text, position, doc.plan);
  if (!doc || !target) return undefined;
  const [texts, planText] = await Promise.all([textsOf(ctx, sessionsMentioning(target.identity, doc.sessions)), planTextOf(ctx, doc.plan)]);
  const found: { doc: DocumentInEvent; target: PersonTarget; texts: typeof texts; plan?: typeof doc.plan; planText?: string } = { doc, target, texts, plan: doc.plan, planText };
  return found;
}
