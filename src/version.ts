// The tool's own version and package root, read once from package.json (cheap: no heavy imports).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** src/ and dist/ both sit one level below the package root. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

let cached: string | null = null;

export function toolVersion(): string {
  if (cached === null) {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    cached = pkg.version;
  }
  return cached;
}
