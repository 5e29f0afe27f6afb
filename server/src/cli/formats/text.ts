// The format for people: `file:line:col severity code message`, coloured on a terminal.
import type { Severity } from '../../core';
import type { FileReport } from '../check';
import { toJsonReport } from '../report';
import { printable, type ReportContext } from './context';

/** ANSI colours; only used when the context says the terminal wants them. */
const PAINT: Record<Severity | 'dim', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  information: ['\x1b[36m', '\x1b[39m'],
  hint: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
};

export function toTextReport(reports: readonly FileReport[], ctx: ReportContext): string[] {
  const paint = (style: keyof typeof PAINT, text: string) => (ctx.colour ? `${PAINT[style][0]}${text}${PAINT[style][1]}` : text);
  return toJsonReport([...reports], ctx.cwd).diagnostics.map(
    (d) => `${printable(d.file)}:${d.line}:${d.column} ${paint(d.severity, d.severity)} ${paint('dim', d.code)} ${printable(d.message.replace(/\r?\n/g, ' '))}`,
  );
}
