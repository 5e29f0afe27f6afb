// Copies the README's pictures, taken by the UI tests from the real extension (test-artifacts/readme/), into media/readme/.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const from = join(ROOT, 'test-artifacts', 'readme');
const to = join(ROOT, 'media', 'readme');
if (!existsSync(from)) {
  console.error('No pictures yet: run the UI tests first (npm test -- --only package,provision,ui).');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((n) => n.endsWith('.jpg'))) {
  copyFileSync(join(from, name), join(to, name));
  console.log(`media/readme/${name}`);
}
