// "New event" and "Edit event" as a form in a webview: the form's values go to the server, which builds the
// barcamp.json (or names the problems, shown next to their fields); the client writes the new file or
// replaces the text of the existing one with one undoable edit.
import * as vscode from 'vscode';
import { EventFormOfRequest, EventPlanFromFormRequest, type EventFormData, type EventFormOfResult, type EventFormProblemData, type EventPlanFromFormResult } from '../../server/src/protocol';
import { pickEvent, type EventList } from './events';
import type { ServerApi } from './serverApi';

export const EVENT_FORM_VIEW_TYPE = 'barcamp.eventForm';
const FORMATS = ['md', 'html', 'json', 'csv', 'docx'] as const;

/** Where the form's barcamp.json goes: a new file in a folder, or the existing file. */
type Target = { kind: 'new'; folder: vscode.Uri } | { kind: 'edit'; uri: vscode.Uri };

/** What a submit gives: the file written, or the problems shown in the form (worded). */
export interface SubmitResult {
  uri?: string;
  problems: Array<{ field: string; row?: number; message: string }>;
}

/** One form at a time: opening it again for another target replaces it. */
export class EventForms implements vscode.Disposable {
  private current?: { panel: vscode.WebviewPanel; target: Target; html: string };

  constructor(
    private readonly api: ServerApi,
    private readonly events: EventList,
  ) {}

  /** The form for a new barcamp.json in `folder`, filled with a name and the editor's language. */
  openNew(folder: vscode.Uri, initial: EventFormData): void {
    this.open({ kind: 'new', folder }, initial);
  }

  /** The form of an existing barcamp.json: the one the argument names (explorer, editor title), the active editor's, or a pick. */
  async openEdit(arg?: unknown): Promise<vscode.Uri | undefined> {
    const uri = await this.planUriOf(arg);
    if (!uri) return undefined;
    const document = await vscode.workspace.openTextDocument(uri);
    const form = await this.api.request<EventFormOfResult>(EventFormOfRequest, { text: document.getText() });
    if (!form) {
      await vscode.window.showTextDocument(document);
      void vscode.window.showErrorMessage(vscode.l10n.t('This barcamp.json is no valid JSON object, or it holds comments, which the form would lose; please edit it in the editor.'));
      return undefined;
    }
    this.open({ kind: 'edit', uri }, form);
    return uri;
  }

  /**
   * Builds the barcamp.json of the form's values and writes it — the handler of the webview's message and
   * of the test command. Nothing is written while there are problems; they go back into the form.
   */
  async submit(form: EventFormData): Promise<SubmitResult> {
    const entry = this.current;
    if (!entry) return { problems: [{ field: 'form', message: vscode.l10n.t('The event form is no longer open.') }] };
    const result = await this.save(entry.target, form);
    if (result.problems.length > 0) {
      void entry.panel.webview.postMessage({ type: 'problems', problems: result.problems });
    } else if (this.current === entry) {
      entry.panel.dispose();
    }
    return result;
  }

  /** The HTML of the open form, for the tests. */
  snapshot(): string | undefined {
    return this.current?.html;
  }

  private async save(target: Target, form: EventFormData): Promise<SubmitResult> {
    if (target.kind === 'new') {
      const uri = vscode.Uri.joinPath(target.folder, 'barcamp.json');
      if (await exists(uri)) return { problems: [{ field: 'form', message: vscode.l10n.t('This folder already has a barcamp.json; use Edit Event to change it.') }] };
      const result = await this.api.request<EventPlanFromFormResult>(EventPlanFromFormRequest, { form });
      if (!result.text) return { problems: result.problems.map(worded) };
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
      await vscode.window.showTextDocument(uri);
      return { uri: uri.toString(), problems: [] };
    }
    // The text as the editor holds it now, so what was typed there meanwhile stays.
    const document = await vscode.workspace.openTextDocument(target.uri);
    const result = await this.api.request<EventPlanFromFormResult>(EventPlanFromFormRequest, { form, base: document.getText() });
    if (!result.text) return { problems: result.problems.map(worded) };
    if (result.text !== document.getText()) {
      // One edit of the whole text: Undo in the editor takes it back. Saved at once unless the editor held unsaved changes of its own.
      const unsaved = document.isDirty;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), result.text);
      if (!(await vscode.workspace.applyEdit(edit))) return { problems: [{ field: 'form', message: vscode.l10n.t('The barcamp.json could not be changed.') }] };
      if (!unsaved) await document.save();
    }
    await vscode.window.showTextDocument(document);
    return { uri: document.uri.toString(), problems: [] };
  }

  private open(target: Target, form: EventFormData): void {
    this.current?.panel.dispose();
    const title = target.kind === 'new' ? vscode.l10n.t('New Event') : vscode.l10n.t('Edit Event – {0}', form.name || 'barcamp.json');
    const panel = vscode.window.createWebviewPanel(EVENT_FORM_VIEW_TYPE, title, vscode.ViewColumn.Active, { enableScripts: true, enableForms: true, localResourceRoots: [] });
    const entry = { panel, target, html: eventFormHtml(panel.webview.cspSource, nonce(), form, target.kind) };
    panel.webview.html = entry.html;
    panel.webview.onDidReceiveMessage((message: { type?: string; form?: EventFormData }) => {
      if (message?.type === 'save' && message.form && this.current === entry) void this.submit(message.form);
      if (message?.type === 'cancel' && this.current === entry) panel.dispose();
    });
    panel.onDidDispose(() => {
      if (this.current === entry) this.current = undefined;
    });
    this.current = entry;
  }

  private async planUriOf(arg: unknown): Promise<vscode.Uri | undefined> {
    const named =
      arg instanceof vscode.Uri
        ? arg
        : typeof arg === 'string'
          ? vscode.Uri.parse(arg)
          : typeof (arg as { uri?: unknown })?.uri === 'string'
            ? vscode.Uri.parse((arg as { uri: string }).uri)
            : undefined;
    if (named) return named.path.endsWith('/barcamp.json') ? named : vscode.Uri.joinPath(named, 'barcamp.json');
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active?.path.endsWith('/barcamp.json')) return active;
    const event = await pickEvent(this.events, arg, vscode.l10n.t('Which event do you want to edit?'));
    if (event && !event.planUri) void vscode.window.showInformationMessage(vscode.l10n.t('This event has no barcamp.json yet: create one with New Event.'));
    return event?.planUri ? vscode.Uri.parse(event.planUri) : undefined;
  }

  dispose(): void {
    this.current?.panel.dispose();
  }
}

/** A problem of the form in the editor's language. */
function worded(problem: EventFormProblemData): { field: string; row?: number; message: string } {
  const message =
    problem.code === 'missingName'
      ? vscode.l10n.t('Please enter the name of the event.')
      : problem.code === 'invalidDate'
        ? vscode.l10n.t('"{0}" is no date: write YYYY-MM-DD or DD.MM.YYYY, a day that exists.', problem.value ?? '')
        : problem.code === 'invalidAttendees'
          ? vscode.l10n.t('"{0}" is no whole number.', problem.value ?? '')
          : problem.code === 'noFormats'
            ? vscode.l10n.t('Pick at least one format.')
            : vscode.l10n.t('The barcamp.json is no valid JSON object, or it holds comments, which the form would lose; please edit it in the editor.');
  return { field: problem.field === 'base' ? 'form' : problem.field, row: problem.row, message };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/gu, '');
}

/** Text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The form's page: a strict policy (nothing loads; style and script only with the nonce), every value
 * escaped, every input labelled, native controls only (keyboard as everywhere). The script only
 * collects the values, posts them, adds and removes day rows and shows the problems it is sent.
 */
export function eventFormHtml(cspSource: string, nonceValue: string, form: EventFormData, kind: 'new' | 'edit'): string {
  const e = escapeHtml;
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonceValue}'; script-src 'nonce-${nonceValue}'`;
  const dayRow = (date: string, i: number) =>
    `<li class="day"><label for="day-${i}">${e(vscode.l10n.t('Day {0}', i + 1))}</label> <input type="date" id="day-${i}" name="date" value="${e(date)}"> <button type="button" class="remove-day">${e(vscode.l10n.t('Remove day'))}</button> <span class="error" role="alert"></span></li>`;
  const radio = (name: string, value: string, label: string, checked: boolean) => `<label><input type="radio" name="${name}" value="${value}"${checked ? ' checked' : ''}> ${e(label)}</label>`;
  const days = form.days.length > 0 ? form.days : [{ date: '' }];
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.startsWith('de') ? 'de' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${e(kind === 'new' ? vscode.l10n.t('New Event') : vscode.l10n.t('Edit Event – {0}', form.name))}</title>
<style nonce="${nonceValue}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); max-width: 46rem; padding: 0 1rem 2rem; }
fieldset { border: 1px solid var(--vscode-panel-border, #8886); margin: 1rem 0; padding: 0.5rem 1rem; }
label { display: inline-block; margin: 0.25rem 0; }
.field > label { display: block; font-weight: 600; }
input[type=text], input[type=number], textarea, select { width: 100%; box-sizing: border-box; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #8886); padding: 0.25rem; font: inherit; }
input[type=date] { color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #8886); font: inherit; }
textarea { min-height: 6rem; }
.hint { opacity: 0.8; margin: 0.2rem 0; }
.error { color: var(--vscode-errorForeground); display: block; }
.days { list-style: none; padding: 0; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 0.35rem 0.8rem; cursor: pointer; }
button.secondary, button.remove-day { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
</style>
</head>
<body>
<h1>${e(kind === 'new' ? vscode.l10n.t('New Event') : vscode.l10n.t('Edit Event – {0}', form.name))}</h1>
<form id="event" novalidate>
<p class="error" id="error-form" role="alert"></p>
<div class="field"><label for="name">${e(vscode.l10n.t('Name of the event'))}</label><input type="text" id="name" name="name" value="${e(form.name)}" required aria-describedby="error-name"><span class="error" id="error-name" role="alert"></span></div>
<fieldset><legend>${e(vscode.l10n.t('Language of the event'))}</legend>
${radio('language', 'de', 'Deutsch', form.language !== 'en')}
${radio('language', 'en', 'English', form.language === 'en')}
<p class="hint">${e(vscode.l10n.t('Headings of new protocols and the documentation follow it.'))}</p></fieldset>
<fieldset><legend>${e(vscode.l10n.t('Days'))}</legend>
<ol class="days" id="days">${days.map((d, i) => dayRow(d.date, i)).join('')}</ol>
<template id="day-template">${dayRow('', 0)}</template>
<button type="button" id="add-day" class="secondary">${e(vscode.l10n.t('Add day'))}</button>
<p class="hint">${e(vscode.l10n.t('The days are numbered in date order when saved.'))}</p></fieldset>
<div class="field"><label for="rooms">${e(vscode.l10n.t('Rooms, one per line'))}</label><textarea id="rooms" name="rooms">${e(form.rooms)}</textarea></div>
<div class="field"><label for="slots">${e(vscode.l10n.t('Time slots, one per line, e.g. 10:30'))}</label><textarea id="slots" name="slots">${e(form.slots)}</textarea></div>
<div class="field"><label for="people">${e(vscode.l10n.t('People, one per line: Name (Organisation)'))}</label><textarea id="people" name="people" aria-describedby="people-hint">${e(form.people)}</textarea>
<p class="hint" id="people-hint">${e(vscode.l10n.t('Put a * at the end of the line of everyone who agreed to be named in the published documentation, e.g. Anna Schmidt (Kreis Pinneberg) *'))}</p></div>
<fieldset><legend>${e(vscode.l10n.t('Whom the published documentation names'))}</legend>
${radio('privacyNames', 'consent', vscode.l10n.t('only people marked with * (consent)'), form.privacyNames === 'consent')}<br>
${radio('privacyNames', 'all', vscode.l10n.t('everybody (all agreed)'), form.privacyNames === 'all')}<br>
${radio('privacyNames', 'none', vscode.l10n.t('nobody'), form.privacyNames === 'none')}</fieldset>
<div class="field"><label for="attendees">${e(vscode.l10n.t('Number of attendees (optional)'))}</label><input type="number" id="attendees" name="attendees" min="0" step="1" value="${e(form.attendees)}" aria-describedby="error-attendees"><span class="error" id="error-attendees" role="alert"></span></div>
<fieldset><legend>${e(vscode.l10n.t('Documentation'))}</legend>
<div class="field"><label for="outputFolder">${e(vscode.l10n.t('Folder, relative to the barcamp.json'))}</label><input type="text" id="outputFolder" name="outputFolder" value="${e(form.outputFolder)}"></div>
<fieldset><legend>${e(vscode.l10n.t('Formats'))}</legend>
${FORMATS.map((f) => `<label><input type="checkbox" name="formats" value="${f}"${form.formats.includes(f) ? ' checked' : ''}> ${f}</label>`).join('\n')}
<span class="error" id="error-formats" role="alert"></span></fieldset>
<fieldset><legend>${e(vscode.l10n.t('Which sessions are published'))}</legend>
${radio('publish', 'all', vscode.l10n.t('all'), form.publish === 'all')}<br>
${radio('publish', 'reviewed', vscode.l10n.t('reviewed and approved ones'), form.publish === 'reviewed')}<br>
${radio('publish', 'approved', vscode.l10n.t('approved ones only'), form.publish === 'approved')}</fieldset>
</fieldset>
<p><button type="submit">${e(kind === 'new' ? vscode.l10n.t('Create barcamp.json') : vscode.l10n.t('Save barcamp.json'))}</button> <button type="button" id="cancel" class="secondary">${e(vscode.l10n.t('Cancel'))}</button></p>
</form>
<script nonce="${nonceValue}">
(function () {
  const vscode = acquireVsCodeApi();
  const form = document.getElementById('event');
  const days = document.getElementById('days');
  const template = document.getElementById('day-template');
  const dayLabel = ${JSON.stringify(vscode.l10n.t('Day {0}', '#')).replace(/</gu, '\\u003c').replace(/>/gu, '\\u003e')};
  function renumber() {
    Array.from(days.children).forEach(function (row, i) {
      row.querySelector('label').textContent = dayLabel.replace('#', String(i + 1));
      row.querySelector('label').htmlFor = 'day-' + i;
      row.querySelector('input').id = 'day-' + i;
    });
  }
  document.getElementById('add-day').addEventListener('click', function () {
    days.appendChild(template.content.firstElementChild.cloneNode(true));
    renumber();
    days.lastElementChild.querySelector('input').focus();
  });
  days.addEventListener('click', function (event) {
    const button = event.target.closest('.remove-day');
    if (!button) return;
    button.closest('li').remove();
    if (days.children.length === 0) days.appendChild(template.content.firstElementChild.cloneNode(true));
    renumber();
    days.querySelector('input').focus();
  });
  document.getElementById('cancel').addEventListener('click', function () { vscode.postMessage({ type: 'cancel' }); });
  function checked(name) { const input = form.querySelector('input[name="' + name + '"]:checked'); return input ? input.value : ''; }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    vscode.postMessage({ type: 'save', form: {
      name: form.elements.name.value,
      language: checked('language'),
      days: Array.from(days.querySelectorAll('input')).map(function (input) { return { date: input.value }; }),
      rooms: form.elements.rooms.value,
      slots: form.elements.slots.value,
      people: form.elements.people.value,
      attendees: form.elements.attendees.value,
      outputFolder: form.elements.outputFolder.value,
      formats: Array.from(form.querySelectorAll('input[name="formats"]:checked')).map(function (input) { return input.value; }),
      publish: checked('publish'),
      privacyNames: checked('privacyNames'),
    } });
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'problems') return;
    document.querySelectorAll('.error').forEach(function (element) { element.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach(function (element) { element.removeAttribute('aria-invalid'); });
    let first;
    message.problems.forEach(function (problem) {
      let target, input;
      if (problem.field === 'days') {
        const row = days.children[problem.row || 0];
        target = row && row.querySelector('.error');
        input = row && row.querySelector('input');
      } else {
        target = document.getElementById('error-' + problem.field) || document.getElementById('error-form');
        input = document.getElementById(problem.field);
      }
      if (target) target.textContent = problem.message;
      if (input) { input.setAttribute('aria-invalid', 'true'); first = first || input; }
    });
    if (first) first.focus();
  });
})();
</script>
</body>
</html>`;
}
