// SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): every rule with its title and page, every finding at its place.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SEVERITIES, DIAGNOSTIC_CODES, isAbsoluteUrl, ruleHelp, ruleTitle, type DiagnosticCode, type Severity } from '../../core';
import type { FileReport } from '../check';
import { absoluteDocLink, docLink, fingerprinter, repoPath, type ReportContext } from './context';

type Level = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** One run of one tool, as the SARIF 2.1.0 schema has it; paths relative to %SRCROOT% (the working folder). */
export function toSarif(reports: readonly FileReport[], ctx: ReportContext): object {
  const fingerprint = fingerprinter();
  const results = reports.flatMap(({ path, diagnostics }) =>
    diagnostics.map((d) => {
      const uri = repoPath(path, ctx.cwd);
      return {
        ruleId: d.code,
        ruleIndex: DIAGNOSTIC_CODES.indexOf(d.code),
        level: LEVELS[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(uri), region: region(d.range) } }],
        partialFingerprints: { 'barcampLineHash/v1': fingerprint(uri, d.code, ctx.lineText(path, d.range.start.line)) },
      };
    }),
  );
  const driver = {
    name: 'barcamp',
    fullName: 'Barcamp Sessions',
    version: ctx.version,
    ...(isAbsoluteUrl(ctx.docsUrl) ? { informationUri: String(ctx.docsUrl) } : {}),
    rules: DIAGNOSTIC_CODES.map((code) => rule(code, ctx)),
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(ctx.cwd) } }, columnKind: 'utf16CodeUnits', results }],
  };
}

/**
 * A rule: id, a name, the short title, the help. helpUri must be an absolute URI, so it is there only
 * with an absolute --docs-url; the page's (relative) address is always in the help and the properties.
 */
function rule(code: DiagnosticCode, ctx: ReportContext) {
  const help = ruleHelp(code, ctx.language);
  const page = docLink(code, ctx);
  const helpUri = absoluteDocLink(code, ctx);
  return {
    id: code,
    name: code.replace(/(^|-)(\w)/gu, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: ruleTitle(code, ctx.language) },
    fullDescription: { text: help.when },
    help: { text: `${help.when} ${help.fix} (${page})`, markdown: `${help.when}\n\n${help.fix}\n\n[${page}](${page})` },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: DEFAULT_SEVERITIES[code] === 'off' ? 'none' : LEVELS[DEFAULT_SEVERITIES[code] as Severity] },
    properties: { documentation: page },
  };
}

/** A file inside the working folder by its relative URI (percent-encoded), one outside by its file: URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF counts lines and columns from 1; the end column is exclusive, like ours. */
function region(range: FileReport['diagnostics'][number]['range']) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** The working folder as a file: URI ending in `/` (`#`, `?` and drive letters encoded as URIs need). */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
