// Which files a `check` looks at: files as named, folders searched, globs expanded (tinyglobby); .gitignore and .barcampignore respected (ignore).
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { PLAN_FILE_NAME, SKIPPED_FOLDERS, isSessionFileName, readTextFile, statOf } from '../node/nodeFiles';

/** What the arguments named, sorted into what is checked and what is not. */
export interface CollectedFiles {
  sessions: string[];
  /** barcamp.json files named (or matched) themselves: checked as plans. */
  plans: string[];
  /** Markdown files that are no protocols: skipped, with a note. */
  skipped: string[];
  /** Arguments that name nothing. */
  notFound: string[];
  /** Folders and globs without a single protocol. */
  empty: string[];
}

/** Never searched: the folders every walk of the project skips (dependencies, version control, test caches). */
const SKIPPED_GLOBS = [...SKIPPED_FOLDERS].map((name) => `**/${name}/**`);

/** The files of one ignore file's folder that count: git's own list, and one for what is in git but no protocol to check. */
const IGNORE_FILES = ['.gitignore', '.barcampignore'];

/**
 * Sorts every argument's files. A file named as it is always counts (the user asked for it); files found
 * in a folder or by a glob are dropped when an ignore file above them says so.
 */
export async function collectFiles(args: readonly string[], cwd: string): Promise<CollectedFiles> {
  const found: CollectedFiles = { sessions: [], plans: [], skipped: [], notFound: [], empty: [] };
  const seen = new Set<string>();
  const ignored = ignoreRules();
  // True for a protocol or plan that is not ignored, also when an earlier argument already named it.
  const add = (path: string, named: boolean) => {
    const absolute = resolve(cwd, path);
    const list = kindOf(path, named);
    if (!named && ignored(absolute)) return false;
    if (list && !seen.has(absolute)) found[list].push(path);
    seen.add(absolute);
    return list === 'sessions' || list === 'plans';
  };
  for (const arg of args) {
    const info = statOf(resolve(cwd, arg));
    if (info?.isDirectory()) {
      const files = await glob('**/*.session.md', { cwd: resolve(cwd, arg), ignore: SKIPPED_GLOBS, followSymbolicLinks: false, dot: false });
      const added = files.sort().filter((file) => add(join(arg, ...file.split('/')), false));
      if (added.length === 0) found.empty.push(arg);
    } else if (info) add(arg, true);
    else if (isDynamicPattern(arg)) {
      const files = await glob(arg, { cwd, ignore: SKIPPED_GLOBS, followSymbolicLinks: false, expandDirectories: false, onlyFiles: true });
      const added = files.sort().filter((file) => add(file.split('/').join(sep), false));
      if (added.length === 0) found.empty.push(arg);
    } else found.notFound.push(arg);
  }
  return found;
}

/** A protocol, a plan, a Markdown file to skip; another file named as it is counts as a protocol (as it always did), one found by a glob does not. */
function kindOf(path: string, named: boolean): keyof Pick<CollectedFiles, 'sessions' | 'plans' | 'skipped'> | undefined {
  const name = basename(path);
  if (isSessionFileName(name)) return 'sessions';
  if (name === PLAN_FILE_NAME) return 'plans';
  if (/\.(md|markdown)$/iu.test(name)) return 'skipped';
  return named ? 'sessions' : undefined;
}

/**
 * Whether a path is ignored by a .gitignore or .barcampignore in its folder or any folder above it, up to
 * the repository's root (the folder holding .git) or the file system's. Each file's patterns count
 * relative to its own folder, as in git; each folder is read once.
 */
function ignoreRules(): (path: string) => boolean {
  const byFolder = new Map<string, Ignore | undefined>();
  const rulesOf = (folder: string) => {
    if (!byFolder.has(folder)) byFolder.set(folder, readRules(folder));
    return byFolder.get(folder);
  };
  // The deepest ignore file whose patterns speak of the path decides, as in git: a `!keep.session.md`
  // in a subfolder re-includes what a pattern further up ignores.
  return (path) => {
    for (let folder = dirname(path); ; folder = dirname(folder)) {
      const verdict = rulesOf(folder)?.test(relative(folder, path).split(sep).join('/'));
      if (verdict?.ignored) return true;
      if (verdict?.unignored) return false;
      if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return false;
    }
  };
}

function readRules(folder: string): Ignore | undefined {
  // Read like every other file (a regular file under the size limit): an ignore file that is a pipe must not stall the run.
  const texts = IGNORE_FILES.flatMap((name) => {
    const read = readTextFile(join(folder, name));
    return 'text' in read ? [read.text] : [];
  });
  return texts.length > 0 ? ignore().add(texts) : undefined;
}
