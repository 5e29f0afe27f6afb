// Watches barcamp.json, event.md and *.session.md on disk for the server when the client does not: the platform's own events, polling where they fail.
import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
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
  /** A walk of the folders stops after this many folders … */
  maxWalkedFolders?: number;
  /** … or this many watched files; no more files than this are known (each poll looks at every one). */
  maxFiles?: number;
  /** Where the watcher says that it stopped at a limit (once); the server's console.warn goes to the editor's log. */
  log?: (message: string) => void;
}

/** Changes are reported once a burst is over: an editor's save is several events (a temporary file, a rename). */
const SETTLE_MS = 100;
const POLL_MS = 2000;
/** Polling looks for new files in every fifth round only: walking the folders costs more than looking at known files. */
const RESCAN_EVERY = 5;
const MAX_FOLDERS = 4000;
/** Polling walks the whole tree again and again: bounded, so that a workspace opened on a home folder does not keep a core busy. */
const MAX_WALKED_FOLDERS = 5 * MAX_FOLDERS;
const MAX_FILES = 20_000;

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

/** What one walk may still visit; `cut` once it stopped at a limit. */
interface Budget {
  folders: number;
  files: number;
  cut: boolean;
}

class TreeWatcher {
  /** Every watched file with its signature (modification time and size), to tell created from changed and to poll. */
  private readonly known = new Map<string, string>();
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly pending = new Set<string>();
  /** Folder events are handled one after the other: two walks of one folder must not close each other's watches. */
  private folderWork: Promise<void> = Promise.resolve();
  private settle: ReturnType<typeof setTimeout> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  private disposed = false;
  private limitLogged = false;
  private readonly native = process.platform === 'darwin' || process.platform === 'win32';

  constructor(
    private readonly roots: string[],
    private readonly onChange: (changes: FileEvent[]) => void,
    private readonly options: WatchOptions,
  ) {}

  async start(): Promise<void> {
    const folders: string[] = [];
    const budget = this.budget();
    for (const root of this.roots)
      await walk(
        root,
        budget,
        (folder) => folders.push(folder),
        (path, signature) => this.known.set(path, signature),
      );
    if (budget.cut) this.limitReached();
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

  /** What happened to a file since it was last seen; nothing for a file that came and went unseen, or one past the limit. */
  private async changeOf(path: string): Promise<FileEvent[]> {
    const signature = await signatureOf(path);
    const uri = pathToFileURL(path).toString();
    const before = this.known.get(path);
    if (signature === undefined) {
      this.known.delete(path);
      return before === undefined ? [] : [{ uri, type: FileChangeType.Deleted }];
    }
    if (before === undefined && this.known.size >= (this.options.maxFiles ?? MAX_FILES)) {
      this.limitReached();
      return [];
    }
    this.known.set(path, signature);
    return [{ uri, type: before === undefined ? FileChangeType.Created : FileChangeType.Changed }];
  }

  private watchFolder(folder: string): boolean {
    if (this.watchers.has(folder) || this.disposed) return true;
    if (this.watchers.size >= (this.options.maxFolders ?? MAX_FOLDERS)) return false;
    try {
      const watcher = watch(folder, { recursive: this.native, persistent: false }, (event, name) => name && this.changedIn(folder, event, String(name)));
      // The system ended the watch (Windows: its folder was removed): polling needs no watches.
      watcher.on('error', () => this.startPolling());
      this.watchers.set(folder, watcher);
      return true;
    } catch {
      return false;
    }
  }

  private changedIn(folder: string, event: string, name: string): void {
    const parts = name.split(/[\\/]/u);
    if (parts.some((part) => SKIPPED_FOLDERS.has(part))) return;
    const path = join(folder, name);
    if (isWatchedName(parts.at(-1) ?? '')) this.noted(path);
    // Only an entry that appeared or went ('rename') can be a folder that came, went or was replaced; a 'change' is content or attributes.
    else if (event === 'rename') this.folderWork = this.folderWork.then(() => this.folderChanged(path)).catch((error) => this.log(`Barcamp Sessions: watching ${path} failed: ${String(error)}`));
  }

  /**
   * A folder (or what stands at its name now) moved in, moved away, removed or re-created. Its old watches
   * end either way: Linux watches a folder, not its name, so a moved or re-created folder needs a new one.
   * A folder is walked (and watched) again; what was known below it and is not found is reported deleted.
   */
  private async folderChanged(path: string): Promise<void> {
    if (this.disposed || this.poller) return;
    // lstat: a link to a folder is not followed, as the walk follows none (`ln -s . loop` would report every file again).
    const info = await lstat(path).catch(() => undefined);
    if (this.disposed || this.poller) return;
    if (!this.native) this.unwatch(path);
    const found = new Set<string>();
    if (info?.isDirectory()) {
      let watching = true;
      const budget = this.budget();
      // Each folder is watched before it is read: a file written meanwhile is seen by the one or the other.
      const watchIt = (folder: string) => {
        if (watching && !this.native) watching = this.watchFolder(folder);
      };
      await walk(path, budget, watchIt, (file, signature) => {
        found.add(file);
        if (this.known.get(file) !== signature) this.noted(file);
      });
      if (budget.cut) this.limitReached();
      if (!watching && !this.disposed) this.startPolling();
    }
    for (const file of this.known.keys()) if (file.startsWith(path + sep) && !found.has(file)) this.noted(file);
  }

  /** Ends the watches of a folder and of the folders below it. */
  private unwatch(folder: string): void {
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
    if (this.disposed) return;
    let round = 0;
    let busy = false;
    this.poller ??= setInterval(async () => {
      if (busy) return; // a slow disk: one round at a time
      busy = true;
      if (++round % RESCAN_EVERY === 0) {
        const budget = this.budget();
        for (const root of this.roots)
          await walk(
            root,
            budget,
            () => undefined,
            (path) => !this.known.has(path) && this.noted(path),
          );
        if (budget.cut) this.limitReached();
      }
      for (const [path, signature] of this.known) if ((await signatureOf(path)) !== signature) this.noted(path);
      busy = false;
    }, this.options.intervalMs ?? POLL_MS);
    this.poller.unref?.();
  }

  private budget(): Budget {
    return { folders: this.options.maxWalkedFolders ?? MAX_WALKED_FOLDERS, files: this.options.maxFiles ?? MAX_FILES, cut: false };
  }

  /** Said once: after that the log would fill with every poll. */
  private limitReached(): void {
    if (this.limitLogged || this.disposed) return;
    this.limitLogged = true;
    const folders = this.options.maxWalkedFolders ?? MAX_WALKED_FOLDERS;
    const files = this.options.maxFiles ?? MAX_FILES;
    this.log(`Barcamp Sessions: the file watcher stops at ${folders} folders and ${files} files; changes beyond them are not seen.`);
  }

  private log(message: string): void {
    (this.options.log ?? console.warn)(message);
  }
}

/** Walks a folder within the budget: every folder to `onFolder` (before it is read), every watched file with its signature to `found`; links are not followed. */
async function walk(folder: string, budget: Budget, onFolder: (path: string) => void, found: (path: string, signature: string) => void): Promise<void> {
  if (budget.folders-- <= 0) {
    budget.cut = true;
    return;
  }
  onFolder(folder);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (budget.cut) return;
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await walk(path, budget, onFolder, found);
    else if (entry.isFile() && isWatchedName(entry.name)) {
      if (budget.files-- <= 0) {
        budget.cut = true;
        return;
      }
      found(path, (await signatureOf(path)) ?? '');
    }
  }
}

/** Modification time and size of a regular file; undefined when there is none. */
async function signatureOf(path: string): Promise<string | undefined> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  return info?.isFile() ? `${info.mtimeNs}:${info.size}` : undefined;
}
