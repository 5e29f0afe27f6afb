// Who tells the server that barcamp.json, event.md or a protocol changed on disk: the client by itself, a watcher the server registers with it, or the host.
import { DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection, type FileEvent } from 'vscode-languageserver';
import type { InitializationOptions } from '../protocol';
import type { ServerHost, Watching } from './host';

/** The files whose changes matter: the event plans, the event's notes (documentation, preview) and the protocols. */
export const WATCHED_GLOBS = ['**/barcamp.json', '**/event.md', '**/*.session.md'];

export interface WatchOptions {
  capabilities: ClientCapabilities;
  options: InitializationOptions;
  host: ServerHost;
  rootUris: string[];
  onChange: (changes: FileEvent[]) => void;
}

/**
 * Sees to it that changes on disk arrive exactly once: a client that watches by itself (VS Code says so
 * with `watchesFiles`) gets nothing; one that accepts a dynamic registration gets a watcher; otherwise
 * the host watches, when it can. What the host starts is returned, to be stopped at shutdown.
 */
export async function watchWorkspace(connection: Connection, { capabilities, options, host, rootUris, onChange }: WatchOptions): Promise<Watching | undefined> {
  if (options.watchesFiles === true) return undefined;
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true) {
    const registered = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) }).then(
      () => true,
      () => false,
    );
    if (registered) return undefined;
  }
  return host.watch?.(rootUris, onChange);
}
