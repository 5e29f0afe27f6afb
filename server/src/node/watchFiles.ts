// Watches barcamp.json, event.md and *.session.md on disk for the server when the client does not: the platform's own events, polling where they fail.
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { EVENT_NOTES_FILE_NAME, PLAN_FILE_NAME, SESSION_SUFFIX } from '../app/workspace';
import type { Watching } from '../lsp/host';
import { SKIPPED_FOLDERS } from './nodeFiles';

export interface WatchOptions {
  /** Poll instead of using the platform's events (tests; the watcher falls back to it by itself). */
  poll?: boolean;
  /** How often polling looks at the known files' modification times. */
  intervalMs?: number;
  /** More folders than this are polled: each watched folder costs the system a watch (Linux: inotify). */
  maxFolders?: number;
}

/** Changes are reported once a burst is over: an editor's save is several events (a temporary file, a rename). */
const SETTLE_MS = 100;
const POLL_MS = 2000;
/** Polling looks for new files in every fifth round only: walking the folders costs more than looking at known files. */
const RESCAN_EVERY = 5;
const MAX_FOLDERS = 4000;

export function isWatchedName(name: string): boolean {
  return name === PLAN_FILE_NAME || name === EVENT_NOTES_FILE_NAME || name.endsWith(SESSION_SUFFIX);
}

/**
 * Watches the local folders among `rootUris`. macOS and Windows watch a tree natively; elsewhere every
 * folder gets its own watch (new folders too), skipping what the index skips (node_modules, .git …).
 * When watches cannot be had (too many folders, the system's limit), the known files are polled.
 * The folders are walked asynchronously, beside the first index, so the first diagnostics do not wait.
 */
export function watchFiles(rootUris: string[], onChange: (changes: FileEvent[]) => void, options: WatchOptions = {}): Watching & { ready: Promise<void> } {
  const watcher = new TreeWatcher(
    rootUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri)),
    onChange,
    options,
  );
  // `ready`: every folder walked and watched (or polling started); changes before it may go unseen.
  return { ready: watcher.start(), dispose: () => watcher.dispose() };
}

class TreeWatcher {
  /** Every watched file with its signature (modification time and size), to tell created from changed and to poll. */
  private readonly known = new Map<string, string>();
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly pending = new Set<string>();
  private settle: ReturnType<typeof setTimeout> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  private disposed = false;
  private readonly native = process.platform === 'darwin' || process.platform === 'win32';

  constructor(
    private readonly roots: string[],
    private readonly onChange: (changes: FileEvent[]) => void,
    private readonly options: WatchOptions,
  ) {}

  async start(): Promise<void> {
    const folders: string[] = [];
    for (const root of this.roots) await walk(root, folders, (path, signature) => this.known.set(path, signature));
    if (this.disposed) return;
    const watching = this.options.poll !== true && (this.native ? this.roots : folders).every((folder) => this.watchFolder(folder));
    if (!watching) this.startPolling();
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatching();
    if (this.poller) clearInterval(this.poller);
    if (this.settle) clearTimeout(this.settle);
  }

  /** Reports the path's change once the burst is over. */
  private noted(path: string): void {
    this.pending.add(path);
    this.settle ??= setTimeout(() => void this.flush(), SETTLE_MS);
  }

  private async flush(): Promise<void> {
    this.settle = undefined;
    const paths = [...this.pending];
    this.pending.clear();
    const changes = (await Promise.all(paths.map((path) => this.changeOf(path)))).flat();
    if (changes.length > 0 && !this.disposed) this.onChange(changes);
  }

  /** What happened to a file since it was last seen; nothing for a file that came and went unseen. */
  private async changeOf(path: string): Promise<FileEvent[]> {
    const signature = await signatureOf(path);
    const uri = pathToFileURL(path).toString();
    const before = this.known.get(path);
    if (signature === undefined) {
      this.known.delete(path);
      return before === undefined ? [] : [{ uri, type: FileChangeType.Deleted }];
    }
    this.known.set(path, signature);
    return [{ uri, type: before === undefined ? FileChangeType.Created : FileChangeType.Changed }];
  }

  private watchFolder(folder: string): boolean {
    if (this.watchers.has(folder) || this.disposed) return true;
    if (this.watchers.size >= (this.options.maxFolders ?? MAX_FOLDERS)) return false;
    try {
      const watcher = watch(folder, { recursive: this.native, persistent: false }, (_event, name) => name && void this.changedIn(folder, String(name)));
      // The folder was removed, or the system took the watch back: its files are looked at once more.
      watcher.on('error', () => this.forget(folder));
      this.watchers.set(folder, watcher);
      return true;
    } catch {
      return false;
    }
  }

  private async changedIn(folder: string, name: string): Promise<void> {
    const path = join(folder, name);
    if (isWatchedName(name.split(/[\\/]/u).at(-1) ?? '')) this.noted(path);
    if (this.native || SKIPPED_FOLDERS.has(name) || this.watchers.has(path)) return;
    if (!(await isFolder(path))) return this.forget(path);
    // A new folder (created, moved or copied in): watched from now on, and what it already holds counts as created.
    const added: string[] = [];
    await walk(path, added, (file) => this.noted(file));
    if (!this.disposed && !this.poller && !added.every((f) => this.watchFolder(f))) this.startPolling();
  }

  /** A folder moved away or removed: the files known below it are looked at again, its watches end. */
  private forget(folder: string): void {
    for (const file of this.known.keys()) if (file.startsWith(folder + sep)) this.noted(file);
    for (const [watched, watcher] of this.watchers) {
      if (watched !== folder && !watched.startsWith(folder + sep)) continue;
      watcher.close();
      this.watchers.delete(watched);
    }
  }

  private stopWatching(): void {
    this.watchers.forEach((w) => w.close());
    this.watchers.clear();
  }

  private startPolling(): void {
    this.stopWatching();
    let round = 0;
    let busy = false;
    this.poller ??= setInterval(async () => {
      if (busy) return; // a slow disk: one round at a time
      busy = true;
      if (++round % RESCAN_EVERY === 0) for (const root of this.roots) await walk(root, [], (path) => !this.known.has(path) && this.noted(path));
      for (const [path, signature] of this.known) if ((await signatureOf(path)) !== signature) this.noted(path);
      busy = false;
    }, this.options.intervalMs ?? POLL_MS);
    this.poller.unref?.();
  }
}

/** Walks a folder: every folder searched into `folders`, every watched file with its signature to `found`. */
async function walk(folder: string, folders: string[], found: (path: string, signature: string) => void): Promise<void> {
  folders.push(folder);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await walk(path, folders, found);
    else if (entry.isFile() && isWatchedName(entry.name)) found(path, (await signatureOf(path)) ?? '');
  }
}

/** Modification time and size of a regular file; undefined when there is none. */
async function signatureOf(path: string): Promise<string | undefined> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  return info?.isFile() ? `${info.mtimeNs}:${info.size}` : undefined;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
