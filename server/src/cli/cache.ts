// The `--cache` file of `barcamp check`: per protocol its content hash, facts and local problems, so a rerun parses only changed files.
import { createHash } from 'node:crypto';
import { appendFileSync, lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DIAGNOSTIC_CODES, type Problem, type Range, type SessionFacts } from '../core';

const FORMAT = 'barcamp-check-cache';
/**
 * 2: facts instead of whole summaries (a quarter of the size; reading the cache is most of a rerun).
 * 3: problems carry no words (a heading is named by its kind), and the limits' codes exist.
 * 4: facts carry the protocol's images (checked against the files on every run, never cached as problems).
 */
const FORMAT_VERSION = 4;

/**
 * The most a cache file may hold: 10,000 protocols take well under 1 MB. A larger file is not one this
 * tool wrote (or is no file at all, such as a link to a device); it is neither read nor written.
 */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * What is remembered of one protocol. `plan` is the content hash of the barcamp.json it was checked
 * against ('' for none); `problems` are its local problems (before severities and messages).
 */
export interface CacheEntry {
  hash: string;
  plan: string;
  facts: SessionFacts;
  problems: Problem[];
  /** The file's size, inode and times when it was hashed (see FileStamp). */
  stamp?: FileStamp;
}

/**
 * What git's index also trusts: while size, inode, modification and change time are all the same, so
 * is the content, and the file need not even be read. Any other stamp falls back to the content hash.
 * The change time cannot be set by tools that preserve modification times (`cp -p`, `touch -r`).
 */
export interface FileStamp {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** The first line of the file. `key` names the tool build and language the entries were made with; another key discards them all. */
interface CacheHeader {
  format: typeof FORMAT;
  version: number;
  key: string;
}

/** One entry and its line in the file (written back unchanged when the file is compacted). */
interface Stored {
  entry: CacheEntry;
  line: string;
}

/** SHA-1 of a file's bytes (or a text's UTF-8): only equality matters, and SHA-1 is the fastest hash Node ships. */
export function contentHash(content: Uint8Array | string): string {
  return createHash('sha1').update(content).digest('hex');
}

/**
 * The entries of one cache file, read at the start of a run and written at its end. The file is JSON
 * lines: a header, then one `{"path", "hash", "plan", "facts", "problems", "stamp"}` object per protocol;
 * a rerun appends the entries it made, and a later line for a path replaces earlier ones.
 */
export class CheckCache {
  /** Entries stored since loading; a rerun after a few edits appends just these lines. */
  private readonly added: string[] = [];
  /** Set when the file must be written anew: it was missing, corrupt, of another key, or has grown too stale. */
  private rewrite = false;
  /** Set when the path is no regular file (or too large): the cache is used for this run only and never written. */
  private refused = false;

  private constructor(
    private readonly entries: Map<string, Stored>,
    private readonly key: string,
  ) {}

  /**
   * Reads the cache file. A missing file is an empty cache; an unreadable or corrupt one too, with
   * `corrupt` set so the caller can say so; entries of another tool build or language are dropped silently.
   */
  static load(path: string, key: string): { cache: CheckCache; corrupt: boolean; notAFile?: boolean } {
    const info = lstatOf(path);
    if (info && (!info.isFile() || info.size > MAX_CACHE_BYTES)) {
      const cache = new CheckCache(new Map(), key);
      cache.refused = true;
      return { cache, corrupt: false, notAFile: true };
    }
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const cache = new CheckCache(new Map(), key);
      cache.rewrite = true;
      return { cache, corrupt: (error as NodeJS.ErrnoException).code !== 'ENOENT' };
    }
    const parsed = parseCacheFile(text, key);
    const cache = new CheckCache(parsed?.entries ?? new Map(), key);
    // Superseded lines pile up with every append; once they outnumber the live ones, the file is compacted.
    cache.rewrite = !parsed || parsed.entries.size === 0 || parsed.lines > 2 * parsed.entries.size + 16;
    return { cache, corrupt: parsed === undefined };
  }

  /** The entry of `path` if its content and its plan are unchanged. */
  lookup(path: string, hash: string, plan: string): CacheEntry | undefined {
    const entry = this.entries.get(path)?.entry;
    return entry && entry.hash === hash && entry.plan === plan ? entry : undefined;
  }

  /** The entry of `path` if the file's stamp and its plan are unchanged (then its content is too). */
  lookupByStamp(path: string, stamp: FileStamp, plan: string): CacheEntry | undefined {
    const entry = this.entries.get(path)?.entry;
    const same = entry?.stamp && entry.plan === plan && (['size', 'ino', 'mtimeMs', 'ctimeMs'] as const).every((k) => entry.stamp?.[k] === stamp[k]);
    return same ? entry : undefined;
  }

  store(path: string, entry: CacheEntry): void {
    const line = JSON.stringify({ path, ...entry });
    this.entries.set(path, { entry, line });
    this.added.push(line);
  }

  /**
   * Writes what changed; returns the error code on failure. New entries are appended (a later line for
   * the same path wins), which costs a rerun almost nothing; a new or compacted file is written through
   * a temporary file and a rename, so a crash never leaves half a cache. Synchronous: a CLI waits anyway.
   */
  save(path: string): string | undefined {
    if (this.refused) return undefined;
    try {
      // Looked at again right before writing: the path may have become a link to a device meanwhile.
      const info = lstatOf(path);
      if (info && !info.isFile()) return 'not a regular file';
      const appended = this.added.reduce((n, line) => n + line.length + 1, 0);
      if (Number(info?.size ?? 0) + appended > MAX_CACHE_BYTES && !this.rewrite) this.rewrite = true;
      if (this.rewrite) this.writeAll(path);
      else if (this.added.length > 0) appendFileSync(path, `${this.added.join('\n')}\n`);
      return undefined;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? String(error);
    }
  }

  private writeAll(path: string): void {
    const header: CacheHeader = { format: FORMAT, version: FORMAT_VERSION, key: this.key };
    const lines = [JSON.stringify(header), ...[...this.entries.values()].map((stored) => stored.line)];
    if (lines.reduce((n, line) => n + line.length + 1, 0) > MAX_CACHE_BYTES) throw Object.assign(new Error('cache too large'), { code: 'EFBIG' });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, `${lines.join('\n')}\n`);
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
}

/** The file's own status (a link is not followed), or undefined when there is none. */
function lstatOf(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The entries of a cache file and its number of entry lines; no entries for another key or format
 * version (an older build's cache is simply rebuilt), undefined when the file is not a cache (corrupt).
 * A later line for the same path replaces an earlier one.
 */
function parseCacheFile(text: string, key: string): { entries: Map<string, Stored>; lines: number } | undefined {
  const lines = text.split('\n');
  const header = parseJson(lines[0]) as Partial<CacheHeader> | undefined;
  if (header?.format !== FORMAT || typeof header.version !== 'number' || typeof header.key !== 'string') return undefined;
  const entries = new Map<string, Stored>();
  if (header.key !== key || header.version !== FORMAT_VERSION) return { entries, lines: 0 };
  const body = lines.slice(1).filter((line) => line !== '');
  for (const line of body) {
    const value = parseJson(line) as (CacheEntry & { path?: unknown }) | undefined;
    if (!value || typeof value.path !== 'string' || !isEntry(value)) return undefined;
    const entry: CacheEntry = { hash: value.hash, plan: value.plan, facts: value.facts, problems: value.problems };
    if (value.stamp) entry.stamp = value.stamp;
    entries.set(value.path, { entry, line });
  }
  return { entries, lines: body.length };
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Checks the shape of an entry deeply enough that a hand-edited cache cannot crash validation or the report. */
function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || typeof value.hash !== 'string' || typeof value.plan !== 'string') return false;
  if (value.stamp !== undefined && !(isRecord(value.stamp) && ['size', 'ino', 'mtimeMs', 'ctimeMs'].every((k) => typeof (value.stamp as Record<string, unknown>)[k] === 'number'))) return false;
  if (!isFacts(value.facts)) return false;
  return Array.isArray(value.problems) && value.problems.every(isProblem);
}

function isFacts(value: unknown): value is SessionFacts {
  if (!isRecord(value) || typeof value.uri !== 'string' || !isRange(value.anchor)) return false;
  const optional = (key: string, type: 'string' | 'number') => value[key] === undefined || typeof value[key] === type;
  return optional('topic', 'string') && optional('day', 'number') && optional('date', 'string') && optional('slot', 'string') && optional('room', 'string');
}

const CODES = new Set<string>(DIAGNOSTIC_CODES);

function isProblem(value: unknown): value is Problem {
  if (!isRecord(value) || typeof value.code !== 'string' || !CODES.has(value.code) || !isRange(value.range) || !isRecord(value.args)) return false;
  if (value.suggestion !== undefined && typeof value.suggestion !== 'string') return false;
  return value.related === undefined || (Array.isArray(value.related) && value.related.every((r) => isRecord(r) && typeof r.uri === 'string' && isRange(r.range)));
}

function isRange(value: unknown): value is Range {
  const r = value as Range | undefined;
  return isRecord(r) && isRecord(r.start) && isRecord(r.end) && [r.start.line, r.start.character, r.end.line, r.end.character].every(Number.isInteger);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
