// Runs a migrated app's modules in-process, as CommonJS transpiled by TypeScript: `@/` and
// relative imports from the tree, packages and chosen files from stubs. Each loader loads a module
// once, so a fresh loader is a fresh app.
import { join } from 'node:path';
import ts from 'typescript';

export type ModuleExports = Record<string, unknown>;

/** next/server's NextResponse as far as route handlers use it. */
export class NextResponse extends Response {
  static override json(body: unknown, init?: ResponseInit): Response {
    return Response.json(body, init);
  }
}

/**
 * A loader of `files` (path to source): `modules` answers package imports, `stubFiles` stands in
 * for files of the tree (a session store, say) without running them.
 */
export function moduleLoader(
  files: Map<string, string>,
  modules: Record<string, unknown>,
  stubFiles: Record<string, ModuleExports> = {},
): (file: string) => ModuleExports {
  const loaded = new Map<string, ModuleExports>();
  const load = (file: string): ModuleExports => {
    const cached = loaded.get(file);
    if (cached) return cached;
    const exports: ModuleExports = {};
    loaded.set(file, exports);
    if (file in stubFiles) return Object.assign(exports, stubFiles[file]);
    const js = ts.transpileModule(files.get(file)!, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    const require = (spec: string) => {
      if (spec in modules) return modules[spec];
      const base = spec.startsWith('@/') ? spec.slice(2) : join(file, '..', spec);
      const target = [`${base}.ts`, `${base}.tsx`].find((f) => files.has(f));
      if (!target) throw new Error(`${file} imports ${spec}, which the test does not provide`);
      return load(target);
    };
    new Function('exports', 'require', js)(exports, require);
    return exports;
  };
  return load;
}
