// Runs --fix / --fix-dry-run over the checked protocols: reads each as UTF-8, fixes, writes atomically or shows a unified diff.
import { createTwoFilesPatch } from 'diff';
import { pathToFileURL } from 'node:url';
import type { DiagnosticCode, ValidationContext } from '../core';
import { readPathSync } from '../node/nodeFiles';
import { replaceFileAtomically } from '../node/writeFiles';
import type { FileReport } from './check';
import { fixText } from './fix';
import type { CliTexts } from './messages';
import { displayPath } from './report';

export interface FixRun {
  /** Files whose text changed (written, or shown in the diff). */
  changed: string[];
  /** The unified diff of every change (dry run only). */
  diff: string;
  /** What was fixed per file, and files left alone or not written: for stderr. */
  notes: string[];
  /** Files that could not be written: the run exits with 2. */
  failures: string[];
}

export interface FixOptions {
  mode: 'write' | 'dry-run';
  cwd: string;
  today: string;
  contextFor(path: string): ValidationContext;
}

const BOM = [0xef, 0xbb, 0xbf];

/** Fixes every protocol that has findings; the others have nothing a safe fix could change. */
export async function fixFiles(reports: readonly FileReport[], options: FixOptions, texts: CliTexts): Promise<FixRun> {
  const run: FixRun = { changed: [], diff: '', notes: [], failures: [] };
  for (const { path, diagnostics } of reports) {
    if (diagnostics.length === 0) continue;
    const shown = displayPath(path, options.cwd);
    const source = readUtf8(path);
    if (source === undefined) {
      run.notes.push(texts.fixNotUtf8(shown));
      continue;
    }
    const outcome = fixText(pathToFileURL(path).toString(), source.text, options.contextFor(path), options.today);
    if (outcome.text === source.text) continue;
    if (options.mode === 'dry-run') run.diff += createTwoFilesPatch(shown, shown, source.text, outcome.text);
    else {
      const failed = await replaceFileAtomically(path, source.bom + outcome.text);
      if (failed) {
        run.failures.push(texts.writeFailed(`${shown} (${failed})`));
        continue;
      }
    }
    run.changed.push(path);
    run.notes.push(texts.fixed(shown, summarize(outcome.fixed, outcome.headings, texts), options.mode === 'dry-run'));
  }
  return run;
}

/** `duplicate-section ×2, unknown-field`, and the headings when they were put into the event's language. */
function summarize(codes: readonly DiagnosticCode[], headings: boolean, texts: CliTexts): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const parts = [...counts].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code));
  if (headings) parts.push(texts.fixedHeadings());
  return parts.join(', ');
}

/**
 * The file's text when it is UTF-8 that survives decoding and encoding unchanged (a BOM kept apart);
 * undefined for UTF-16, broken bytes or a file that cannot be read: writing those back would change more than the fix.
 */
function readUtf8(path: string): { text: string; bom: string } | undefined {
  const read = readPathSync(path);
  if (!('ok' in read)) return undefined;
  const bytes = Buffer.from(read.ok);
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const text = body.toString('utf8');
  return Buffer.from(text, 'utf8').equals(body) ? { text, bom: hasBom ? '\uFEFF' : '' } : undefined;
}
