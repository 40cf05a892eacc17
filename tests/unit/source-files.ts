import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, where these tests read the sources from. */
export const ROOT = join(import.meta.dirname, '..', '..');

const SHIPPED_DIRS = ['components', 'entrypoints', 'lib'];

/** Files that are tests, test kits or fixtures, not shipped code. */
function isTestFile(path: string): boolean {
  return /\.test\.tsx?$|test-kit|test-fixtures|\/eval\/|\/test-feeds\//.test(path);
}

/**
 * Shipped source files (relative paths) under components/, entrypoints/ and lib/ whose names end in
 * one of `extensions`, plus wxt.config.ts: no tests, test kits or fixtures.
 */
export function shippedFiles(extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext)) && !isTestFile(path)) found.push(path);
    }
  };
  for (const dir of SHIPPED_DIRS) walk(dir);
  if (extensions.includes('.ts')) found.push('wxt.config.ts');
  return found.sort();
}

/** A file's text, by its path relative to the repository's root. */
export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
