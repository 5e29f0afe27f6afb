// What every report format is told besides the findings: where paths are relative to, the language, the rule pages' base, the source lines.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isAbsoluteUrl, ruleDocUrl, type DiagnosticCode, type Language } from '../../core';

export interface ReportContext {
  /** Paths in reports are relative to this folder (the repository root in CI). */
  cwd: string;
  language: Language;
  /** `--docs-url` / BARCAMP_DOCS_URL; absent: the relative docs/rules pages. */
  docsUrl?: string;
  /** Colour on a terminal (text format only). */
  colour: boolean;
  /** The text of a 0-based line of a file, '' when unknown: for fingerprints that survive edits elsewhere. */
  lineText(path: string, line: number): string;
  version: string;
}

/**
 * A path as CI systems want it: relative to the working folder, with `/`; absolute when outside it. The
 * same however it was typed (`./a`, `a//b`, `../here/a`), so paths and fingerprints stay put.
 */
export function repoPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return (outside ? absolute : rel).split(sep).join('/');
}

/** A path or message on one terminal line: line breaks and other control characters (ANSI escapes, a workflow command smuggled into a file name) become visible escapes. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (c) => (c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The page of a rule under the configured base, or the relative docs/rules page. */
export function docLink(code: DiagnosticCode, ctx: Pick<ReportContext, 'docsUrl'>): string {
  return ruleDocUrl(code, ctx.docsUrl);
}

/** The link only where it is an absolute URI (SARIF's helpUri, GitHub's annotations need one). */
export function absoluteDocLink(code: DiagnosticCode, ctx: Pick<ReportContext, 'docsUrl'>): string | undefined {
  return isAbsoluteUrl(ctx.docsUrl) ? ruleDocUrl(code, ctx.docsUrl) : undefined;
}

/**
 * Fingerprints that stay when lines are added above a finding: a hash of the file, the code and the
 * line's own text (trimmed), and the how-many-th such finding it is (two equal lines stay apart).
 */
export function fingerprinter(): (path: string, code: string, lineText: string) => string {
  const seen = new Map<string, number>();
  return (path, code, lineText) => {
    const key = `${path}\0${code}\0${lineText.trim()}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex');
  };
}
