import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  importCycles,
  isShipped,
  isTestCode,
  packageOf,
  ROOT,
  type SourceFile,
  sourceFiles,
} from './source-tree';

/**
 * The house rules that can be checked, checked on the source tree (house style, rule 17; issue 14).
 * Each rule lists what breaks it, so a failure names the file and the import.
 */
const FILES = sourceFiles();
const shipped = FILES.filter((f) => isShipped(f.path));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** `file → specifier` for each import of `files` that `bad` picks. */
function offending(
  files: readonly SourceFile[],
  bad: (i: SourceFile['imports'][number]) => boolean,
): string[] {
  return files.flatMap((f) => f.imports.filter(bad).map((i) => `${f.path} → ${i.specifier}`));
}

/** Every repository file `path` imports, directly or through others, type imports included. */
function reachable(path: string): Set<string> {
  const byPath = new Map(FILES.map((f) => [f.path, f]));
  const seen = new Set<string>();
  const visit = (p: string): void => {
    for (const { file } of byPath.get(p)?.imports ?? []) {
      if (file === null || seen.has(file)) continue;
      seen.add(file);
      visit(file);
    }
  };
  visit(path);
  return seen;
}

/** Every import counted, type imports too: a cycle of types still ties the modules' shapes together. */
function withTypeImports(files: readonly SourceFile[]): SourceFile[] {
  return files.map((f) => ({ ...f, imports: f.imports.map((i) => ({ ...i, typeOnly: false })) }));
}

const SCHEMA = 'lib/db/schema.ts';
const UPGRADE = /^lib\/db\/upgrade-v\d+\.ts$/;
const FROZEN = /^lib\/db\/frozen\/[^/]+\.ts$/;
/** What an upgrade or a frozen copy may import: the row types, the frozen copies, and Dexie. */
const notFrozen = (i: SourceFile['imports'][number]) =>
  i.file === null ? i.specifier !== 'dexie' : i.file !== SCHEMA && !FROZEN.test(i.file);

/** Test runners, fakes and browsers drivers: what tests run on, never the extension. */
const TEST_KITS = [
  'vitest',
  '@vitest/',
  'fake-indexeddb',
  'happy-dom',
  '@faker-js/',
  'wxt/testing',
  '@playwright/',
  'playwright-core',
  'puppeteer-core',
  'axe-core',
];

describe('house rules', () => {
  test('the tree is read: shipped files and tests are both found', () => {
    expect(shipped.some((f) => f.path === 'entrypoints/background.ts')).toBe(true);
    expect(shipped.some((f) => f.path === 'lib/db/database.ts')).toBe(true);
    expect(FILES.some((f) => f.path === 'tests/unit/house-rules.test.ts')).toBe(true);
    expect(shipped.some((f) => isTestCode(f.path))).toBe(false);
  });

  test('lib/ imports nothing from wxt (rule 1: pure lib, runs in Node under Vitest)', () => {
    const lib = shipped.filter((f) => f.path.startsWith('lib/'));
    expect(offending(lib, (i) => /^(wxt|@wxt-dev|#imports)(\/|$)/.test(i.specifier))).toEqual([]);
  });

  test('shipped code imports no test kit and no test helper', () => {
    expect(
      offending(
        shipped,
        (i) =>
          TEST_KITS.some(
            (kit) => i.specifier === kit || i.specifier.startsWith(kit.endsWith('/') ? kit : `${kit}/`),
          ) ||
          (i.file !== null && isTestCode(i.file)),
      ),
    ).toEqual([]);
  });

  test('shipped code imports only the packages it ships with (package.json dependencies) and WXT', () => {
    const allowed = new Set([...Object.keys(manifest.dependencies), 'wxt']);
    expect(
      offending(shipped, (i) => {
        const name = packageOf(i.specifier);
        // A type import ships nothing (`@types/…`, a devDependency's types).
        return name !== null && !i.typeOnly && !allowed.has(name);
      }),
    ).toEqual([]);
  });

  test('shipped code imports no Node module (it runs in the browser; build-time code lives in scripts/)', () => {
    const builtins = new Set(builtinModules);
    expect(
      offending(
        shipped,
        (i) => i.specifier.startsWith('node:') || builtins.has(i.specifier.split('/')[0] ?? ''),
      ),
    ).toEqual([]);
  });

  test('the browser tsconfig, without Node types, checks every shipped file and no test (issue 14)', () => {
    const read = ts.readConfigFile(join(ROOT, 'tsconfig.browser.json'), ts.sys.readFile);
    const config = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT);
    expect(config.options.types).toEqual([]);
    const checked = new Set(config.fileNames.map((f) => f.slice(ROOT.length + 1)));
    expect(shipped.map((f) => f.path).filter((p) => !checked.has(p))).toEqual([]);
    expect([...checked].filter((p) => isTestCode(p))).toEqual([]);
  });

  test('the schema imports nothing of lib/db, not even through what it imports (rule 14)', () => {
    expect(shipped.some((f) => f.path === SCHEMA)).toBe(true);
    expect([...reachable(SCHEMA)].filter((p) => p.startsWith('lib/db/'))).toEqual([]);
  });

  test('each upgrade imports only the schema, its frozen copies and Dexie (rule 14)', () => {
    const upgrades = shipped.filter((f) => UPGRADE.test(f.path));
    expect(upgrades.map((f) => f.path)).toContain('lib/db/upgrade-v3.ts');
    expect(offending(upgrades, notFrozen)).toEqual([]);
  });

  test('frozen copies import only the schema, each other and Dexie: never the live lib (rule 14)', () => {
    const frozen = shipped.filter((f) => FROZEN.test(f.path));
    expect(frozen.length).toBeGreaterThan(0);
    expect(offending(frozen, notFrozen)).toEqual([]);
  });

  test('every upgrade the database runs is an upgrade-vN.ts, none written inline (rule 14)', () => {
    const database = FILES.find((f) => f.path === 'lib/db/database.ts')?.text ?? '';
    const upgrades = [...database.matchAll(/\.upgrade\(([^)]*)\)/g)].map((m) => m[1]);
    expect(upgrades.length).toBeGreaterThan(0);
    expect(upgrades.filter((u) => !/^upgradeToV\d+$/.test(u ?? ''))).toEqual([]);
  });

  test('no import cycle in shipped code, type imports included', () => {
    // Shared types live in a module that imports nothing back (lib/db/schema.ts, lib/detect/types.ts,
    // lib/detect/trie-types.ts, components/options/services.ts).
    expect(importCycles(withTypeImports(shipped))).toEqual([]);
  });

  test('no source file is over 300 lines (rule 8)', () => {
    // Generated word lists are data written by a script, one long line each.
    const long = FILES.filter((f) => f.lines > 300 && !f.path.endsWith('.generated.ts'));
    expect(long.map((f) => `${f.path}: ${f.lines} lines`)).toEqual([]);
  });
});
