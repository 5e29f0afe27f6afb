// "New session protocol" and "New event (barcamp.json)": quick picks (or the event form) here, the texts from the server, never overwriting a file.
import * as vscode from 'vscode';
import { NewEventPlanRequest, NewSessionRequest, SessionsListRequest, type EventInfo, type NewEventPlanResult, type NewSessionResult, type SessionsListResult } from '../../server/src/protocol';
import type { EventForms } from './eventForm';
import { pickEvent, type EventList } from './events';
import { localToday, type ServerApi } from './serverApi';

/** The picks, passed as the command's argument to skip the quick picks (tests, keybindings). */
export interface NewSessionArgs {
  eventUri?: string;
  topic: string;
  day?: string;
  slot?: string;
  room?: string;
}

/** Asks for day, slot, room and topic, creates `<slug>.session.md` and puts the cursor into the first findings bullet. */
export async function newSessionCommand(api: ServerApi, events: EventList, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given = typeof (arg as NewSessionArgs | undefined)?.topic === 'string' ? (arg as NewSessionArgs) : undefined;
  const event = await pickEvent(events, arg, vscode.l10n.t('For which event is the new session?'));
  if (!event) return undefined;
  const picks = given ?? (await askPicks(api, event));
  if (!picks) return undefined;
  const result = await api.request<NewSessionResult | null>(NewSessionRequest, { eventUri: event.eventUri, topic: picks.topic, day: picks.day, slot: picks.slot, room: picks.room });
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The new session could not be created: the event is no longer in the workspace.'));
    return undefined;
  }
  const uri = await freeName(vscode.Uri.parse(result.folderUri), result.fileStem);
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  const editor = await vscode.window.showTextDocument(uri);
  const cursor = new vscode.Position(result.cursor.line, result.cursor.character);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor));
  return uri;
}

/** As many names as the CLI and the server try before giving up. */
const MAX_NAMES = 1000;

/**
 * `<stem>.session.md`, or `<stem>-2.session.md`, `-3` … when taken: an existing file is never
 * overwritten. Only a name the file system says is not found counts as free (a stat that fails for
 * another reason, say no permission, might hide a file); undefined when no name is free.
 */
export async function freeName(folder: vscode.Uri, stem: string): Promise<vscode.Uri | undefined> {
  for (let n = 1; n <= MAX_NAMES; n++) {
    const uri = vscode.Uri.joinPath(folder, `${stem}${n === 1 ? '' : `-${n}`}.session.md`);
    const free = await vscode.workspace.fs.stat(uri).then(
      () => false,
      (error: unknown) => error instanceof vscode.FileSystemError && error.code === 'FileNotFound',
    );
    if (free) return uri;
  }
  void vscode.window.showErrorMessage(vscode.l10n.t('No free file name for {0} in {1}: nothing was written.', `${stem}.session.md`, vscode.workspace.asRelativePath(folder)));
  return undefined;
}

async function askPicks(api: ServerApi, event: EventInfo): Promise<NewSessionArgs | undefined> {
  const day = await pickOrType(
    event.days.map((d) => ({ label: d.label, value: String(d.day) })),
    vscode.l10n.t('Day of the session: pick one or type a day number or date'),
  );
  if (day === undefined) return undefined;
  const slot = await pickOrType(
    event.slots.map((s) => ({ label: s, value: s })),
    vscode.l10n.t('Time slot: pick one or type it'),
  );
  if (slot === undefined) return undefined;
  const room = await pickOrType(await roomOptions(api, event, day, slot), vscode.l10n.t('Room: pick one or type it'));
  if (room === undefined) return undefined;
  const topic = await vscode.window.showInputBox({
    title: vscode.l10n.t('New session protocol'),
    prompt: vscode.l10n.t('Topic of the session'),
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Please enter the topic.') : undefined),
  });
  return topic === undefined ? undefined : { topic, day, slot, room };
}

/**
 * The rooms for a day and slot: the free ones first, then those another session of that day and slot
 * already has, marked with its topic — a new protocol should not be born double-booked.
 */
export async function roomOptions(api: ServerApi, event: EventInfo, day: string, slot: string): Promise<Array<{ label: string; value: string; description?: string }>> {
  const taken = new Map<string, string>();
  if (/^\d+$/u.test(day) && slot !== '') {
    const list = await api.request<SessionsListResult>(SessionsListRequest, { eventUri: event.eventUri }).catch(() => undefined);
    const sessions = list?.events[0]?.days.find((d) => d.day === Number(day))?.slots.find((s) => s.slot === slot)?.sessions ?? [];
    for (const session of sessions) if (session.room && !taken.has(session.room)) taken.set(session.room, session.label);
  }
  const free = event.rooms.filter((r) => !taken.has(r)).map((r) => ({ label: r, value: r }));
  const busy = event.rooms.filter((r) => taken.has(r)).map((r) => ({ label: r, value: r, description: vscode.l10n.t('taken: {0}', taken.get(r)!) }));
  return [...free, ...busy];
}

/**
 * A quick pick that also takes free input: the typed text wins when no item matches it. Resolves with
 * the value, '' for "not set", undefined when the user pressed Escape.
 */
function pickOrType(options: Array<{ label: string; value: string; description?: string }>, placeholder: string): Promise<string | undefined> {
  const notSet = vscode.l10n.t('(not set)');
  const items: Array<{ label: string; value: string; description?: string }> = [...options, { label: notSet, value: '' }];
  const pick = vscode.window.createQuickPick<{ label: string; value: string; description?: string }>();
  pick.title = vscode.l10n.t('New session protocol');
  pick.placeholder = placeholder;
  pick.items = items;
  return new Promise((resolve) => {
    let done = false;
    pick.onDidChangeValue((value) => {
      // Offer the typed text as an item of its own, so Enter takes it.
      const typed = value.trim();
      pick.items = typed && !items.some((i) => i.label === typed) ? [{ label: typed, value: typed }, ...items] : items;
    });
    pick.onDidAccept(() => {
      done = true;
      resolve(pick.selectedItems[0]?.value ?? pick.value.trim());
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** The values of a new barcamp.json, passed as the command's argument to skip the questions. */
interface NewEventArgs {
  folder?: string;
  name?: string;
  language?: 'de' | 'en';
  date?: string;
}

/**
 * Creates a barcamp.json in a folder that has none yet (the explorer's folder, the only workspace folder, or a pick):
 * through the event form, or at once from the answers in the argument (`{ folder, name, language, date }`).
 */
export async function newEventCommand(api: ServerApi, forms: EventForms, arg?: unknown): Promise<vscode.Uri | undefined> {
  const given = (arg instanceof vscode.Uri ? { folder: arg.toString() } : (arg ?? {})) as NewEventArgs;
  const folder = given.folder ? vscode.Uri.parse(given.folder) : await pickFolder();
  if (!folder) return undefined;
  const target = vscode.Uri.joinPath(folder, 'barcamp.json');
  const exists = await vscode.workspace.fs.stat(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(vscode.l10n.t('This folder already has a barcamp.json; it was opened, not changed.'));
    return target;
  }
  if (given.name === undefined) {
    // No answers given: the guided form asks for everything; it writes the file when saved.
    forms.openNew(folder, {
      name: folder.path.slice(folder.path.lastIndexOf('/') + 1),
      language: given.language ?? (vscode.env.language.startsWith('de') ? 'de' : 'en'),
      days: [{ date: given.date ?? '' }],
      rooms: '',
      slots: '',
      people: '',
      attendees: '',
      outputFolder: 'dokumentation',
      formats: ['md', 'html', 'json', 'csv', 'docx'],
      publish: 'all',
      privacyNames: 'consent',
    });
    return undefined;
  }
  const { name } = given;
  const language = given.language ?? (await pickLanguage());
  if (language === undefined) return undefined;
  const { text } = await api.request<NewEventPlanResult>(NewEventPlanRequest, { name, language, date: given.date ?? localToday() });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target);
  return target;
}

/** The event's language: headings of new protocols and the documentation follow it. The editor's language comes first. */
async function pickLanguage(): Promise<'de' | 'en' | undefined> {
  const items: Array<vscode.QuickPickItem & { value: 'de' | 'en' }> = [
    { label: 'Deutsch', description: vscode.l10n.t('German'), value: 'de' },
    { label: 'English', description: vscode.l10n.t('English'), value: 'en' },
  ];
  if (!vscode.env.language.startsWith('de')) items.reverse();
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Language of the event') }))?.value;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Create barcamp.json here') });
  return picked?.[0];
}
