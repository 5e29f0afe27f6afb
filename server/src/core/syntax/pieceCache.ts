// Remembers the parsed pieces of one document's last version by their text, so an edit reparses only the pieces it touched.
import type { RootContent } from 'mdast';

/** The nodes of one parsed piece and where they currently stand (their positions include this offset and line). */
export interface CachedPiece {
  children: RootContent[];
  /** Offset of the piece's first character in the text it was last placed in. */
  offset: number;
  /** 0-based line of that character. */
  line: number;
}

/**
 * Pieces of the previous parse, keyed by text. Each cached piece is handed out at most once per parse
 * (a text that occurs twice gets two entries), because its nodes are moved in place to their new
 * position. Only the pieces of the latest parse are kept, so the cache never outgrows its document.
 */
export class PieceCache {
  private previous = new Map<string, CachedPiece[]>();
  private current = new Map<string, CachedPiece[]>();

  /** Starts a parse; pieces taken by an earlier parse that did not finish are simply gone. */
  begin(): void {
    this.current = new Map();
  }

  /** A piece of the previous parse with exactly this text, removed from the cache; undefined when there is none. */
  take(text: string): CachedPiece | undefined {
    const list = this.previous.get(text);
    const piece = list?.pop();
    if (list && list.length === 0) this.previous.delete(text);
    return piece;
  }

  /** Records a piece of the current parse. */
  put(text: string, piece: CachedPiece): void {
    const list = this.current.get(text);
    if (list) list.push(piece);
    else this.current.set(text, [piece]);
  }

  /** Ends a parse: its pieces are what the next parse may reuse. */
  commit(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Number of cached pieces, for tests. */
  get size(): number {
    let n = 0;
    for (const list of this.previous.values()) n += list.length;
    return n;
  }
}
