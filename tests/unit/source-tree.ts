import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Folders holding our own source; everything else at the root is configuration, data or output. */
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'scripts', 'tests'];
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

/** One import or re-export of a module. */
export interface Import {
  specifier: string;
  /** `import type` / `export type`, or every name imported as a type: gone at run time. */
  typeOnly: boolean;
  /** The repository file it names (relative, `/`-separated), or null for a package. */
  file: string | null;
}

export interface SourceFile {
  /** Relative to the root, `/`-separated. */
  path: string;
  text: string;
  lines: number;
  imports: Import[];
}

/** Every source file of ours: entrypoints, components, lib, scripts and tests, and the root configs. */
export function sourceFiles(): SourceFile[] {
  const paths = SOURCE_DIRS.flatMap((dir) => walk(join(ROOT, dir)));
  for (const name of readdirSync(ROOT)) if (SOURCE.test(name)) paths.push(join(ROOT, name));
  return paths.map((full) => {
    const text = readFileSync(full, 'utf8');
    const path = relative(ROOT, full).split('\\').join('/');
    // Lines as `wc -l` counts them: a final newline ends the last line, it does not start another.
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    return { path, text, lines, imports: importsOf(path, text) };
  });
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : walk(full);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** A test, or a file only tests use: `*.test.*`, `*.e2e.ts`, `test-*`, `*-test-kit.*`, `tests/`. */
export function isTestCode(path: string): boolean {
  return (
    path.startsWith('tests/') ||
    /\.(test|e2e)\.tsx?$/.test(path) ||
    /(^|\/)test-[^/]*$/.test(path) ||
    /-test-kit\.tsx?$/.test(path)
  );
}

/** Code that runs in the extension (or may: everything in lib/ that is not a test). */
export function isShipped(path: string): boolean {
  return /^(entrypoints|components|lib)\//.test(path) && !isTestCode(path);
}

function importsOf(path: string, text: string): Import[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kindOf(path));
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    found.push({ specifier, typeOnly, file: resolveSpecifier(path, specifier) });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, importIsTypeOnly(node.importClause));
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause : null;
      add(node.moduleSpecifier.text, node.isTypeOnly || named?.elements.every((e) => e.isTypeOnly) === true);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) add(literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function importIsTypeOnly(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // `import './x'`: run for its effects
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0
    ? bindings.elements.every((e) => e.isTypeOnly)
    : false;
}

function kindOf(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  return path.endsWith('.js') || path.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
}

/** The repository file a specifier names (`./x`, `../x`, `@/x`, `~/x`), or null for a package. */
function resolveSpecifier(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('.')) base = join(ROOT, dirname(from), specifier);
  else if (/^(@|~|@@|~~)\//.test(specifier)) base = join(ROOT, specifier.slice(specifier.indexOf('/') + 1));
  else return null;
  for (const candidate of [
    base,
    ...['.ts', '.tsx', '.mts', '.js', '.mjs'].map((ext) => base + ext),
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile())
      return relative(ROOT, candidate).split('\\').join('/');
  }
  return relative(ROOT, base).split('\\').join('/');
}

/** The package an import names (`@scope/name` or `name`), or null for one of our files or a builtin. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || /^(@|~|@@|~~)\//.test(specifier) || specifier.startsWith('node:'))
    return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/**
 * Every cycle of run-time imports among `files` (type-only imports are gone at run time), each as the
 * files of one strongly connected component, sorted. Tarjan's algorithm.
 */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const graph = new Map(
    files.map((f) => [f.path, f.imports.flatMap((i) => (i.typeOnly || i.file === null ? [] : [i.file]))]),
  );
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}
