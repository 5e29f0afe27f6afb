// Document symbols (Outline, breadcrumbs), folding ranges and workspace symbols (find a session by topic or tag).
import { foldingRanges, outline, searchSessions } from '../../core';
import type { Feature } from '../context';
import { toDocumentSymbol, toFoldingRange, toWorkspaceSymbol } from '../convert';

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'Barcamp' }, foldingRangeProvider: true, workspaceSymbolProvider: true },
  register({ connection, documents, analyzer }) {
    connection.onDocumentSymbol(({ textDocument }) => {
      const document = documents.get(textDocument.uri);
      return document ? outline(analyzer.protocolOf(document)).map(toDocumentSymbol) : [];
    });
    connection.onFoldingRanges(({ textDocument }) => {
      const document = documents.get(textDocument.uri);
      return document ? foldingRanges(analyzer.protocolOf(document)).map(toFoldingRange) : [];
    });
    connection.onWorkspaceSymbol(({ query }) => searchSessions(analyzer.index.allSessions(), query).map(toWorkspaceSymbol));
  },
};
