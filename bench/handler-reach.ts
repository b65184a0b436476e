/**
 * How much of the project each Lambda handler pulls in: for every `functions/**\/*.handler.ts` (and
 * every concept's function, `*.function.ts`, the entry that is bundled), the project modules (not
 * node_modules) reachable through its imports, as the TypeScript compiler resolves them. "all" follows every import; "runtime" skips `import type` and imports that name
 * types only, which the bundler leaves out.
 *
 *   npm run reach            a table per handler, then min / median / max
 *   npm run reach -- --json  the same as JSON
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface HandlerReach {
  /** The entry: a handler, or a concept's function. */
  handler: string;
  /** Project modules reachable through any import, the handler itself included. */
  all: number;
  /** The same, following only imports that stay in the bundle. */
  runtime: number;
  /** The reachable modules, repository-relative, sorted. */
  modules: string[];
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

const importsOf = (file: string): Import[] => {
  const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const namedTypesOnly =
        clause !== undefined &&
        clause.name === undefined &&
        clause.namedBindings !== undefined &&
        ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((element) => element.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: (clause?.isTypeOnly ?? false) || namedTypesOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

const compilerOptionsOf = (root: string): ts.CompilerOptions => {
  const configFile = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configFile).options;
};

const entriesUnder = (dir: string, suffix: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entriesUnder(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });

/** Every handler under `functions/` with the project modules it reaches. */
export const measureHandlerReach = (root: string): HandlerReach[] => measureReach(root, '.handler.ts');

/** Every concept's function (`functions/<concept>/<concept>.function.ts`) with the project modules it reaches. */
export const measureFunctionReach = (root: string): HandlerReach[] => measureReach(root, '.function.ts');

function measureReach(root: string, suffix: string): HandlerReach[] {
  const options = compilerOptionsOf(root);
  const resolved = new Map<string, { file: string; typeOnly: boolean }[]>();
  const dependenciesOf = (file: string) => {
    let dependencies = resolved.get(file);
    if (!dependencies) {
      dependencies = importsOf(file).flatMap(({ specifier, typeOnly }) => {
        const module = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule;
        if (!module || module.isExternalLibraryImport || module.resolvedFileName.endsWith('.d.ts')) return [];
        return [{ file: resolve(module.resolvedFileName), typeOnly }];
      });
      resolved.set(file, dependencies);
    }
    return dependencies;
  };
  const reach = (entry: string, followTypes: boolean): Set<string> => {
    const seen = new Set<string>([entry]);
    const queue = [entry];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      for (const dependency of dependenciesOf(file)) {
        if ((followTypes || !dependency.typeOnly) && !seen.has(dependency.file)) {
          seen.add(dependency.file);
          queue.push(dependency.file);
        }
      }
    }
    return seen;
  };
  return entriesUnder(join(root, 'functions'), suffix)
    .sort()
    .map((entry) => {
      const all = reach(entry, true);
      return {
        handler: relative(root, entry),
        all: all.size,
        runtime: reach(entry, false).size,
        modules: [...all].map((file) => relative(root, file)).sort(),
      };
    });
}

/** Smallest, median and largest of some counts. */
export function spread(counts: number[]): { min: number; median: number; max: number } {
  const sorted = [...counts].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted.at(-1) ?? 0 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const reaches = measureHandlerReach(root);
  const functions = measureFunctionReach(root);
  const counts = (list: HandlerReach[]) => list.map(({ modules: _modules, ...rest }) => rest);
  const all = spread(reaches.map((r) => r.all));
  const runtime = spread(reaches.map((r) => r.runtime));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ handlers: counts(reaches), all, runtime, functions: counts(functions) }, null, 2));
  } else {
    const width = Math.max(...[...reaches, ...functions].map((r) => r.handler.length));
    const table = (title: string, list: HandlerReach[]) => {
      console.log(`${title.padEnd(width)}    all  runtime`);
      for (const r of list) console.log(`${r.handler.padEnd(width)}  ${String(r.all).padStart(5)}  ${String(r.runtime).padStart(7)}`);
    };
    table('handler', reaches);
    console.log(`\n${reaches.length} handlers; modules reachable per handler:`);
    console.log(`  all:     min ${all.min}, median ${all.median}, max ${all.max}`);
    console.log(`  runtime: min ${runtime.min}, median ${runtime.median}, max ${runtime.max}\n`);
    table('function (one per concept, what is bundled)', functions);
  }
}
