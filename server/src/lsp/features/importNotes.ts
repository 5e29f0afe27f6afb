// "Import notes…": a pad's notes as the text of a new protocol of the event; the client writes the file.
import { decodeText, importPadNotes } from '../../core';
import { fromBase64, ImportNotesRequest, type ImportNotesParams, type ImportNotesResult } from '../../protocol';
import type { Feature } from '../context';
import { eventSessionsOf } from '../eventSessions';

export const importNotesFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(ImportNotesRequest, async (params: ImportNotesParams): Promise<ImportNotesResult | null> => {
      await ctx.indexed();
      const event = typeof params?.eventUri === 'string' ? eventSessionsOf(ctx).event(params.eventUri) : undefined;
      if (!event || typeof params.base64 !== 'string') return null;
      const bytes = bytesOf(params.base64);
      if (!bytes) return null;
      const decoded = decodeText(bytes);
      if (decoded.binary) return { error: 'binary' };
      const result = importPadNotes(decoded.text, { plan: event.plan, fileName: typeof params.fileName === 'string' ? params.fileName : undefined });
      return { folderUri: event.folderUri, fileStem: result.fileStem, text: result.protocol };
    });
  },
};

/** The bytes of the client's Base64; undefined for text that is none (atob throws). */
function bytesOf(base64: string): Uint8Array | undefined {
  try {
    return fromBase64(base64);
  } catch {
    return undefined;
  }
}
