// What the Node host lends the language server beyond files and threads: watching the disk, writing the documentation, the shipped rule pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerHost } from '../lsp/host';
import { watchFiles } from './watchFiles';
import { writeOutput } from './writeOutput';

export function nodeHostServices(): Pick<ServerHost, 'watch' | 'writeOutput' | 'ruleDocsBase'> {
  return { watch: (rootUris, onChange) => watchFiles(rootUris, onChange), writeOutput, ruleDocsBase: shippedRuleDocs() };
}

/** The rule pages beside the bundle (dist/server.js → docs/rules), where the repository and the npm package keep them (VS Code passes the .vsix's own copy as `docsUrl`). */
function shippedRuleDocs(): string | undefined {
  const folder = join(__dirname, '..', 'docs', 'rules');
  return existsSync(join(folder, 'README.md')) ? pathToFileURL(folder).toString() : undefined;
}
