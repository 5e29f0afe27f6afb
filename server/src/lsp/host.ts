// What a platform entry point (Node, browser) lends the language server: files, threads, watching, writing, the rule pages.
import type { FileEvent } from 'vscode-languageserver';
import type { JobService } from '../app/jobs';
import type { Workspace } from '../app/workspace';

/** The documentation's files to write, as the aggregate planned them (marker checked, nothing refused). */
export interface OutputToWrite {
  /** The event folder: images are copied only from inside it. */
  eventFolderUri: string;
  files: Array<{ uri: string; content: string | Uint8Array }>;
  /** Images to copy into the output folders' `assets`, once the files are written. */
  assets: Array<{ sourceUri: string; uri: string }>;
}

/** What writing did, by URI. */
export interface OutputWritten {
  written: string[];
  unchanged: string[];
  /** Targets a person wrote (no generated marker), or no regular file: then nothing at all was written. */
  refused: string[];
  failed: Array<{ uri: string; detail: string }>;
}

/** Stops a watcher. */
export interface Watching {
  dispose(): void;
}

/** What the platform entry point provides; every part is optional, a browser provides none. */
export interface ServerHost {
  /** File access for clients that cannot serve files themselves. */
  fallbackFiles?: Workspace;
  /** Parses closed files off the editor's thread (Node: a worker thread) for the index, the views and the report; without it, in slices here. */
  jobs?: () => JobService;
  /** Gives memory back after a large document was closed (Node: a full garbage collection); absent where the host cannot. */
  releaseMemory?: () => void;
  /**
   * Watches barcamp.json, event.md and *.session.md below the roots, for clients that neither send file
   * events themselves nor let the server register a watcher (Neovim 0.7). Reports changes in bursts.
   */
  watch?: (rootUris: string[], onChange: (changes: FileEvent[]) => void) => Watching;
  /** Writes the documentation for `workspace/executeCommand` (clients that have no writer of their own). */
  writeOutput?: (output: OutputToWrite) => Promise<OutputWritten>;
  /** The folder of the rule pages shipped with the server (a file: URI), for links from diagnostics. */
  ruleDocsBase?: string;
}
