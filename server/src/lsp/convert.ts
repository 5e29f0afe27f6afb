// The one seam where core types become LSP types; nothing else in the server maps between the two.
import { DiagnosticSeverity, DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind, type Diagnostic as LspDiagnostic, type Range as LspRange, type WorkspaceSymbol } from 'vscode-languageserver';
import { isAbsoluteUrl, ruleDocUrl, type Diagnostic, type FoldingRange as CoreFoldingRange, type OutlineNode, type Range, type Severity, type SessionSummary } from '../core';

/** The `source` every diagnostic of this server carries. */
export const DIAGNOSTIC_SOURCE = 'barcamp';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL_KINDS: Record<OutlineNode['kind'], SymbolKind> = {
  session: SymbolKind.File,
  section: SymbolKind.Namespace,
  item: SymbolKind.String,
  field: SymbolKind.Property,
};

/** Core and LSP ranges share one shape (0-based, UTF-16); copying keeps the core's objects unshared. */
export function toRange(range: Range): LspRange {
  return { start: { ...range.start }, end: { ...range.end } };
}

/**
 * Diagnostics whose code links to its rule's page below `docsBase` (the rule pages' folder, an absolute URL);
 * without one the code links nowhere: the server invents no address.
 */
export function toLinkedDiagnostic(docsBase: string | undefined): (diagnostic: Diagnostic) => LspDiagnostic {
  if (!isAbsoluteUrl(docsBase)) return toDiagnostic;
  return (diagnostic) => ({ ...toDiagnostic(diagnostic), codeDescription: { href: ruleDocUrl(diagnostic.code, docsBase) } });
}

export function toDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: toRange(diagnostic.range),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
    relatedInformation: diagnostic.related?.map((r) => ({
      location: { uri: r.uri, range: toRange(r.range) },
      message: diagnostic.message,
    })),
    data: diagnostic.suggestion === undefined ? undefined : { suggestion: diagnostic.suggestion },
  };
}

export function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return DocumentSymbol.create(node.name || '…', node.detail, SYMBOL_KINDS[node.kind], toRange(node.range), toRange(node.selectionRange), node.children.map(toDocumentSymbol));
}

export function toFoldingRange(range: CoreFoldingRange): FoldingRange {
  const kind = range.kind === 'comment' ? FoldingRangeKind.Comment : range.kind === 'region' ? FoldingRangeKind.Region : undefined;
  return FoldingRange.create(range.startLine, range.endLine, undefined, undefined, kind);
}

export function toWorkspaceSymbol(summary: SessionSummary): WorkspaceSymbol {
  return {
    name: summary.topic ?? summary.uri.slice(summary.uri.lastIndexOf('/') + 1),
    kind: SymbolKind.File,
    containerName: summary.tags.join(', ') || undefined,
    location: { uri: summary.uri, range: toRange(summary.topicRange) },
  };
}
