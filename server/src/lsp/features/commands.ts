// workspace/executeCommand for editors without the extension's UI: aggregate, check all, new session — the custom requests' logic, reached by command.
import { ErrorCodes, MessageType, ResponseError, ShowMessageNotification, type CancellationToken } from 'vscode-languageserver';
import { isSessionUri, SESSION_SUFFIX, type FileContent } from '../../app/workspace';
import type { CheckAllResult, NewSessionParams } from '../../protocol';
import { commandTexts, type CommandTexts } from '../commandTexts';
import type { Feature, ServerContext } from '../context';
import { newFileEdit } from '../convertOrganizer';
import { eventSessionsOf, type EventRef } from '../eventSessions';
import { plannedOutput } from './aggregate';
import { closedFileCheckerOf } from './checkAll';
import { newSessionOf } from './eventEdits';
import { today as todayLocal } from '../editingSupport';
import { cancellable } from './eventViews';

/**
 * Named apart from the extension's own commands (barcamp.aggregate …): vscode-languageclient registers a
 * server's commands as VS Code commands, and a second registration of an id would fail.
 */
export const SERVER_COMMANDS = { aggregate: 'barcamp.server.aggregate', checkAll: 'barcamp.server.checkAll', newSession: 'barcamp.server.newSession' } as const;

type Handler = (ctx: ServerContext, args: unknown[], token: CancellationToken) => Promise<unknown>;

const HANDLERS: Record<string, Handler> = {
  [SERVER_COMMANDS.aggregate]: aggregate,
  [SERVER_COMMANDS.checkAll]: checkAll,
  [SERVER_COMMANDS.newSession]: newSession,
};

export const commandsFeature: Feature = {
  capabilities: { executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) } },
  register(ctx) {
    ctx.connection.onExecuteCommand((params, token) =>
      cancellable(async () => {
        const handler = HANDLERS[params.command];
        if (!handler) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command: ${params.command}`);
        return handler(ctx, params.arguments ?? [], token);
      }),
    );
  },
};

/** Arguments: none, an event, session or folder URI, or `{ eventUri?, today? }`. Writes through the host, as the CLI does. */
async function aggregate(ctx: ServerContext, args: unknown[], token: CancellationToken) {
  const texts = textsOf(ctx);
  const write = ctx.host.writeOutput;
  if (!write) throw failure(texts.cannotWrite);
  const { eventUri, today } = optionsOf(args[0]);
  const event = await eventFor(ctx, eventUri, texts);
  const planned = await plannedOutput(ctx, event, token, { today: today ?? todayLocal() });
  if (planned.error) throw failure(texts.outputOutside(planned.error.detail));
  if (planned.refused.length > 0) throw failure(texts.refused(planned.refused));
  const outcome = await write({ eventFolderUri: event.folderUri, files: planned.files, assets: planned.assets });
  if (outcome.refused.length > 0) throw failure(texts.refused(outcome.refused));
  if (outcome.failed.length > 0) throw failure(texts.failed(outcome.failed.map((f) => `${f.uri} (${f.detail})`)));
  inform(ctx, texts.written(outcome.written.length, outcome.unchanged.length, planned.outputFolderUri ?? event.folderUri));
  return { outputFolderUri: planned.outputFolderUri, written: outcome.written, unchanged: [...planned.unchanged, ...outcome.unchanged], stats: planned.stats };
}

/** Arguments: none (on) or `false` / `{ enabled: false }` (off). Diagnostics of closed files are pushed, as for the extension. */
async function checkAll(ctx: ServerContext, args: unknown[], token: CancellationToken): Promise<CheckAllResult> {
  const off = args[0] === false || (isObject(args[0]) && args[0].enabled === false);
  const checker = closedFileCheckerOf(ctx);
  const result = off ? await checker.disable() : await checker.enable(token);
  const texts = textsOf(ctx);
  inform(ctx, off ? texts.checkAllOff : texts.checked(result.sessions, result.errors, result.warnings));
  return result;
}

/**
 * Arguments: `topic, room, slot` or `{ topic, eventUri?, day?, slot?, room? }`. Answers the new file's URI
 * and text; a client that can create files through an edit gets it applied (and shown, where it can).
 */
async function newSession(ctx: ServerContext, args: unknown[], token: CancellationToken) {
  const texts = textsOf(ctx);
  const { topic, ...params } = newSessionParams(args);
  if (!topic?.trim()) throw failure(texts.noTopic);
  const event = await eventFor(ctx, params.eventUri, texts);
  const created = await newSessionOf(ctx, { ...params, topic, eventUri: event.eventUri }, token);
  if (!created) throw failure(texts.unknownEvent(event.eventUri));
  const uri = await freeUri(ctx, created.folderUri, created.fileStem, texts);
  const applied =
    canCreateFiles(ctx) &&
    (await ctx.connection.workspace.applyEdit({ label: texts.created(uri), edit: newFileEdit(uri, created.text) }).then(
      (r) => r.applied,
      () => false,
    ));
  if (applied && ctx.clientCapabilities().window?.showDocument?.support) {
    await ctx.connection.window.showDocument({ uri, takeFocus: true, selection: { start: created.cursor, end: created.cursor } }).catch(() => undefined);
  }
  return { uri, text: created.text, cursor: created.cursor, applied };
}

/** The event a command is about: the one named (its URI, folder, or one of its protocols), else the workspace's only one. */
async function eventFor(ctx: ServerContext, uri: string | undefined, texts: CommandTexts): Promise<EventRef> {
  await ctx.indexed();
  const sessions = eventSessionsOf(ctx);
  if (uri !== undefined) {
    const event = sessions.event(uri) ?? (isSessionUri(uri) ? sessions.eventOfSession(uri) : undefined);
    if (!event) throw failure(texts.unknownEvent(uri));
    return event;
  }
  const events = sessions.events();
  if (events.length === 0) throw failure(texts.noEvent);
  if (events.length > 1) throw failure(texts.severalEvents(events.map((e) => e.eventUri)));
  return events[0];
}

/** As many names as the CLI (`barcamp import`) and the editor try: a folder the server cannot look into ends the search with an answer. */
const MAX_NAMES = 1000;

/**
 * `<stem>.session.md`, else `<stem>-2.session.md` …: the first name neither the index nor the disk knows.
 * A name that cannot be checked counts as taken (nothing is ever overwritten).
 */
async function freeUri(ctx: ServerContext, folderUri: string, stem: string, texts: CommandTexts): Promise<string> {
  const files = ctx.files();
  let why = '';
  for (let n = 1; n <= MAX_NAMES; n++) {
    const uri = `${folderUri}/${encodeURIComponent(`${stem}${n === 1 ? '' : `-${n}`}`)}${SESSION_SUFFIX}`;
    if (ctx.analyzer.index.hasSession(uri) || ctx.documents.get(uri)) continue;
    // A client that does not answer stat (older ones) still answers read.
    const existing = (await files.stat?.(uri).catch(() => undefined)) ?? (await files.read(uri).catch((): FileContent => ({ error: 'unreadable' })));
    if (!('error' in existing)) continue;
    if (existing.error === 'missing') return uri;
    why = existing.detail ?? existing.error;
  }
  throw failure(texts.noFreeName(`${folderUri}/${stem}${SESSION_SUFFIX}`, MAX_NAMES, why));
}

function canCreateFiles(ctx: ServerContext): boolean {
  const workspace = ctx.clientCapabilities().workspace;
  return workspace?.applyEdit === true && workspace.workspaceEdit?.documentChanges === true && (workspace.workspaceEdit.resourceOperations ?? []).includes('create');
}

function newSessionParams(args: unknown[]): Partial<NewSessionParams> {
  const [first, room, slot] = args;
  if (isObject(first)) return { topic: text(first.topic), eventUri: text(first.eventUri), day: text(first.day), slot: text(first.slot), room: text(first.room) };
  return { topic: text(first), room: text(room), slot: text(slot) };
}

function optionsOf(arg: unknown): { eventUri?: string; today?: string } {
  if (typeof arg === 'string') return { eventUri: arg };
  return isObject(arg) ? { eventUri: text(arg.eventUri), today: text(arg.today) } : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function textsOf(ctx: ServerContext): CommandTexts {
  return commandTexts(ctx.analyzer.language);
}

/** A notification (window/showMessage), not connection.window.showInformationMessage: that is a request, which Neovim answers with a prompt that waits for a key. */
function inform(ctx: ServerContext, message: string): void {
  void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }).catch(() => undefined);
}

/** An answer the client shows as the command's error. */
function failure(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}
