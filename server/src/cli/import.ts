// `barcamp import <file> --event <folder> [--out <file>]`: a pad's notes as a new session protocol of the event, never over an existing file.
import { open, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importPadNotes, parseEventPlan, type EventPlan, type Language } from '../core';
import { PLAN_FILE_NAME, readTextFile } from '../node/nodeFiles';
import { planBrokenNote } from './aggregate';
import { problemOf } from './checkArgs';
import { printable } from './formats';
import { cliTexts, usage, type CliTexts } from './messages';
import { displayPath } from './report';
import type { UsageProblem } from './usage';

export interface ImportOptions {
  file: string;
  event: string;
  out?: string;
  language?: Language;
}

const TEXTS = {
  de: {
    oneFile: (v: string) => `Bitte genau eine Pad-Datei angeben, nicht: ${v}`,
    exists: (v: string) => `Nicht geschrieben, die Datei gibt es schon: ${v} (Barcamp Sessions überschreibt keine Datei; anderen Namen mit --out wählen)`,
    noPlan: (v: string) => `Keine barcamp.json in ${v}: importiert ohne Abgleich mit dem Veranstaltungsplan.`,
    notFolder: (v: string) => `Kein Ordner: ${v}`,
  },
  en: {
    oneFile: (v: string) => `Give exactly one pad file, not: ${v}`,
    exists: (v: string) => `Not written, the file exists already: ${v} (Barcamp Sessions never overwrites a file; choose another name with --out)`,
    noPlan: (v: string) => `No barcamp.json in ${v}: imported without matching against the event plan.`,
    notFolder: (v: string) => `Not a folder: ${v}`,
  },
};

/** Reads the arguments after `import` (node:util parseArgs, as `check` does): one pad file, `--event <folder>` (required), `--out <file>`, `--lang de|en`. */
export function parseImportArgs(rest: readonly string[]): ImportOptions | UsageProblem | { oneFile: string } {
  let values: { event?: string; out?: string; lang?: string };
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({ args: [...rest], options: IMPORT_OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    return problemOf(error, rest);
  }
  for (const flag of ['event', 'out', 'lang'] as const) if (values[flag] === '') return { key: 'missingValue', value: `--${flag}` };
  if (values.lang !== undefined && values.lang !== 'de' && values.lang !== 'en') return { key: 'badLanguage', value: values.lang };
  if (files.length === 0) return { key: 'noPaths' };
  if (files.length > 1) return { oneFile: files.join(' ') };
  if (!values.event) return { key: 'noFolder' };
  return { file: files[0]!, event: values.event, ...(values.out ? { out: values.out } : {}), ...(values.lang ? { language: values.lang as Language } : {}) };
}

const IMPORT_OPTIONS = { event: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } } as const;

/** Runs the command; the exit code: 0 written, 2 on a usage or read problem or when the target exists. */
export async function runImport(rest: readonly string[], environmentLanguage: Language): Promise<number> {
  const parsed = parseImportArgs(rest);
  const language = ('file' in parsed && parsed.language) || environmentLanguage;
  const texts = cliTexts(language);
  const own = TEXTS[language];
  if (rest.includes('--help') || rest.includes('-h')) return print(usage(language), 0);
  if ('oneFile' in parsed) return fail(`${own.oneFile(parsed.oneFile)}\n\n${usage(language)}`);
  if ('key' in parsed) return fail(`${texts[parsed.key](parsed.value)}\n\n${usage(language)}`);
  const pad = readTextFile(parsed.file);
  if (!('text' in pad)) return fail(readProblem(texts, parsed.file, pad));
  const event = resolve(parsed.event);
  const isFolder = await stat(event).then(
    (s) => s.isDirectory(),
    () => undefined,
  );
  if (isFolder === undefined) return fail(texts.notFound(parsed.event));
  if (!isFolder) return fail(own.notFolder(parsed.event));
  const plan = loadPlan(event, texts, own);
  const result = importPadNotes(pad.text, { plan, fileName: basename(parsed.file) });
  const written = parsed.out ? await writeNew(resolve(parsed.out), result.protocol) : await writeFree(event, result.fileStem, result.protocol);
  if (written.error === 'exists') return fail(own.exists(displayed(written.path)));
  if (written.error) return fail(texts.writeFailed(`${displayed(written.path)} (${written.error})`));
  return print(texts.wrote(displayed(written.path)), 0);
}

/** The event's barcamp.json, parsed; undefined (with a note on stderr) when there is none or it does not parse. */
function loadPlan(event: string, texts: CliTexts, own: (typeof TEXTS)['en']): EventPlan | undefined {
  const path = join(event, PLAN_FILE_NAME);
  const read = readTextFile(path);
  if (!('text' in read)) {
    process.stderr.write(`${printable(read.error === 'missing' ? own.noPlan(displayed(event)) : texts.planBroken(displayed(path)))}\n`);
    return undefined;
  }
  const { plan, error } = parseEventPlan(read.text, pathToFileURL(path).toString());
  if (!plan) process.stderr.write(`${printable(planBrokenNote(texts, displayed(path), error))}\n`);
  return plan;
}

type Written = { path: string; error?: string };

/** `<stem>.session.md` in the folder, else `<stem>-2.session.md`, `-3` …: the first name no file has. */
async function writeFree(folder: string, stem: string, text: string): Promise<Written> {
  for (let n = 1; n <= 1000; n++) {
    const written = await writeNew(join(folder, `${stem}${n === 1 ? '' : `-${n}`}.session.md`), text);
    if (written.error !== 'exists') return written;
  }
  return { path: join(folder, `${stem}.session.md`), error: 'exists' };
}

/** Creates the file; `exists` when anything stands there already (the `wx` flag: the check and the creation are one step). */
async function writeNew(path: string, text: string): Promise<Written> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
    return { path };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code ?? String(error);
    return { path, error: code === 'EEXIST' ? 'exists' : code };
  }
}

function readProblem(texts: CliTexts, file: string, read: { error: string; detail?: string }): string {
  if (read.error === 'missing') return texts.notFound(file);
  if (read.error === 'binary') return texts.binary(file);
  return texts.unreadable(`${file}${read.detail ? ` (${read.detail})` : ''}`);
}

function displayed(path: string): string {
  return displayPath(path, process.cwd());
}

// Paths in these lines come from the command line and the disk: printed with their control characters visible, as check and aggregate do.
function print(text: string, code: number): number {
  process.stdout.write(`${text.split('\n').map(printable).join('\n')}\n`);
  return code;
}

function fail(text: string): number {
  process.stderr.write(`${text.split('\n').map(printable).join('\n')}\n`);
  return 2;
}
