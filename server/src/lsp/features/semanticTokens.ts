// Semantic tokens: people known to the event vs unknown ones, which the TextMate grammar cannot tell apart (core/semanticTokens.ts).
import { personTokens } from '../../core';
import type { Feature } from '../context';
import { SEMANTIC_TOKENS_LEGEND, toSemanticTokens } from '../convertEditing';
import { documentInEvent } from '../editingSupport';

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } },
  register(ctx) {
    ctx.connection.languages.semanticTokens.on(({ textDocument }) => {
      const doc = documentInEvent(ctx, textDocument.uri);
      return toSemanticTokens(doc ? personTokens(doc.protocol, doc.text, doc.plan) : []);
    });
    // Whether a person is known depends on barcamp.json: when it changes, the editor is asked to fetch the tokens again.
    ctx.onPlansChanged(() => {
      if (ctx.clientCapabilities().workspace?.semanticTokens?.refreshSupport) ctx.connection.languages.semanticTokens.refresh().catch(() => undefined);
    });
  },
};
