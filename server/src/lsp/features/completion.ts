// Completion: headings, frontmatter keys and values, `@` people, due dates (core/completion.ts), for the open document.
import { complete } from '../../core';
import type { Feature } from '../context';
import { toCompletionItem } from '../convertEditing';
import { documentInEvent, today } from '../editingSupport';

export const completionFeature: Feature = {
  // Space: after `room: ` or `bis ` the list opens without Ctrl+Space; elsewhere the answer is empty and nothing shows.
  capabilities: { completionProvider: { triggerCharacters: ['@', '#', ' '] } },
  register(ctx) {
    ctx.connection.onCompletion(async ({ textDocument, position }) => {
      // Right after a document opens the plans may still be read: wait for them, or `@` would offer no people.
      await ctx.plansLoaded();
      const doc = documentInEvent(ctx, textDocument.uri);
      if (!doc) return [];
      const others = doc.sessions.filter((s) => s.uri !== textDocument.uri);
      const input = { protocol: doc.protocol, text: doc.text, position, plan: doc.plan, others, today: today(), language: ctx.analyzer.language };
      return complete(input).map(toCompletionItem);
    });
  },
};
