// Which files make up the event in a folder: its barcamp.json and every session below, except those of another event's barcamp.json.
import { folderOf } from '../core';
import { isPlanUri, isSessionUri, PLAN_FILE_NAME, type Workspace } from './workspace';

export interface EventFiles {
  planUri: string;
  /** The event's sessions, sorted. */
  sessionUris: string[];
  /** Sessions below the folder that another barcamp.json governs: they belong to that event. */
  foreign: string[];
}

/** The files of the event whose folder is `folderUri` (its barcamp.json need not exist). */
export async function eventFiles(workspace: Workspace, folderUri: string): Promise<EventFiles> {
  const folder = folderUri.replace(/\/+$/u, '');
  const planUri = `${folder}/${PLAN_FILE_NAME}`;
  const uris = await workspace.findFiles([folder]);
  const otherEvents = uris.filter((uri) => isPlanUri(uri) && uri !== planUri).map((uri) => `${folderOf(uri)}/`);
  const sessionUris: string[] = [];
  const foreign: string[] = [];
  for (const uri of uris.filter(isSessionUri).sort()) {
    if (otherEvents.some((prefix) => uri.startsWith(prefix))) foreign.push(uri);
    else sessionUris.push(uri);
  }
  return { planUri, sessionUris, foreign };
}
