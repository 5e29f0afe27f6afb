// Parses `aggregate <folder> [--out <folder>] [--format md,html,json,csv,docx] [--lang de|en] [--today YYYY-MM-DD] [--require <status>]`.
import { parseArgs } from 'node:util';
import { readReviewStatus, type Language, type ReviewStatus } from '../core';
import { parseFormats, type ExportFormat } from '../core/report';
import { problemOf } from './checkArgs';
import type { UsageProblem } from './usage';

export interface AggregateOptions {
  command: 'aggregate';
  folder: string;
  /** Output folder, relative to the working folder; else barcamp.json `output.folder` or `dokumentation`. */
  out?: string;
  /** Formats to write; else barcamp.json `output.formats`, else all. */
  formats?: ExportFormat[];
  language?: Language;
  /** Reference date for overdue next steps; the CLI uses the current date when absent. */
  today?: string;
  /** `--require`: the lowest review status every session must have; below it, nothing is written. */
  require?: ReviewStatus;
}

type Result = AggregateOptions | { command: 'usage-error'; problem: UsageProblem };

const OPTIONS = { out: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' }, today: { type: 'string' }, require: { type: 'string' } } as const;

/** Reads the arguments after `aggregate` with node:util parseArgs, as `check` does: exactly one folder, every flag with a value. */
export function parseAggregateArgs(rest: string[]): Result {
  let values: Partial<Record<keyof typeof OPTIONS, string>>;
  let folders: string[];
  try {
    ({ values, positionals: folders } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    return { command: 'usage-error', problem: problemOf(error, rest) };
  }
  const options: AggregateOptions = { command: 'aggregate', folder: '' };
  for (const [name, value] of Object.entries(values)) {
    const problem = applyValue(options, `--${name}`, value);
    if (problem) return { command: 'usage-error', problem };
  }
  if (folders.length === 0) return { command: 'usage-error', problem: { key: 'noFolder' } };
  if (folders.length > 1) return { command: 'usage-error', problem: { key: 'tooManyFolders', value: folders.join(' ') } };
  options.folder = folders[0]!;
  return options;
}

function applyValue(options: AggregateOptions, flag: string, value: string | undefined): UsageProblem | undefined {
  if (value === undefined || value === '') return { key: 'missingValue', value: flag };
  if (flag === '--out') options.out = value;
  else if (flag === '--format') {
    const { formats, unknown } = parseFormats(value.split(','));
    if (unknown.length > 0 || formats.length === 0) return { key: 'badExportFormat', value };
    options.formats = formats;
  } else if (flag === '--lang') {
    if (value !== 'de' && value !== 'en') return { key: 'badLanguage', value };
    options.language = value;
  } else if (flag === '--require') {
    // The words the frontmatter takes, German or English: `geprüft`, `reviewed`, `freigegeben`, …
    const status = readReviewStatus(value);
    if (!status) return { key: 'badStatus', value };
    options.require = status;
  } else {
    if (!isRealDate(value)) return { key: 'badDate', value };
    options.today = value;
  }
  return undefined;
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}
