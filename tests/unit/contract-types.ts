import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './source-tree';

/** One field of a request, as the contract declares it. */
export interface Field {
  key: string;
  optional: boolean;
}

/**
 * Per method of the interface `name` in lib/messaging/contract.ts, the fields of its request, read
 * with the TypeScript checker (the contract is types only: nothing of it exists at run time).
 */
export function requestFields(name: string): Map<string, Field[]> {
  const file = join(ROOT, 'lib/messaging/contract.ts');
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  const methods = module && checker.getExportsOfModule(module).find((s) => s.name === name);
  if (!methods) throw new Error(`No ${name} in ${file}`);
  const fields = new Map<string, Field[]>();
  for (const method of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(methods))) {
    const request = checker.getTypeOfSymbol(method).getProperty('request');
    if (!request) throw new Error(`${name}.${method.name} declares no request`);
    fields.set(
      method.name,
      checker
        .getPropertiesOfType(checker.getTypeOfSymbol(request))
        .map((p) => ({ key: p.name, optional: (p.flags & ts.SymbolFlags.Optional) !== 0 }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
  }
  return fields;
}
