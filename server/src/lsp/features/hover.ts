// Hover: people, rooms and slots, and how to fix the finding under the cursor (core/hover.ts).
import { hover } from '../../core';
import type { Feature } from '../context';
import { toHover } from '../convertEditing';
import { documentInEvent } from '../editingSupport';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async ({ textDocument, position }) => {
      await ctx.indexed(); // a person's sessions and next steps come from every session of the event
      const doc = documentInEvent(ctx, textDocument.uri);
      if (!doc) return null;
      const diagnostics = ctx.analyzer.diagnostics(doc.document, await ctx.settings.rulesFor(textDocument.uri));
      const result = hover({ ...doc, position, diagnostics, language: ctx.analyzer.language });
      return result ? toHover(result) : null;
    });
  },
};
