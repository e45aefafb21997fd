// Loads one of the workbench's TypeScript modules in node's test runner: TypeScript (the compiler vue-tsc uses)
// transpiles it next to node_modules, so its package imports resolve; type-only imports disappear.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const web = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function load(path) {
  const source = readFileSync(join(web, 'src', path), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
  const out = join(web, 'node_modules', '.unit', path.replace(/\.ts$/, '.mjs'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, outputText);
  return import(pathToFileURL(out).href);
}
