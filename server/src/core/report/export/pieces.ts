// An export as pieces: its text, with slots where a session's part rendered ahead goes, for the adapter to fill.
import type { RenderContext, ReportSession } from '../reportModel';
import type { ExportFormat } from './index';
import { fitsReport } from './renderedAhead';

/** Where a session's part rendered ahead goes. `render` makes the same text now, for a caller that holds no part. */
export interface SessionSlot {
  format: ExportFormat;
  sessionId: string;
  render(): string;
}

export type Piece = string | SessionSlot;

/** A slot when the session's part of `format` was rendered ahead for this report, else the part rendered now. */
export function sessionPiece(session: ReportSession, report: RenderContext, format: ExportFormat, render: () => string): Piece {
  return fitsReport(session, report, format) ? { format, sessionId: session.id, render } : render();
}

/** Groups of pieces with `separator` between each two, as Array.prototype.join puts it between strings. */
export function joinGroups(groups: ReadonlyArray<Piece | readonly Piece[]>, separator: string): Piece[] {
  const pieces: Piece[] = [];
  groups.forEach((group, i) => {
    if (i > 0) pieces.push(separator);
    if (Array.isArray(group)) pieces.push(...(group as readonly Piece[]));
    else pieces.push(group as Piece);
  });
  return pieces;
}

/** The whole text: every slot rendered now. */
export function joinPieces(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.render())).join('');
}
