// The layer rules of docs/README.md ("Layers"), checked on the import lines of transforms/:
// no import cycle between its modules (type-only imports count: a cycle of types still ties the
// modules together), and no transform reaches the disk, a process, runner/ or cli/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const TRANSFORMS = path.join(ROOT, 'transforms');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module specifier a file names: static imports, re-exports and `import(...)` (code or type). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm))
    found.push(match[2]!);
  return found;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

const files = sourceFiles(TRANSFORMS);
const graph = new Map<string, string[]>();
for (const file of files) {
  const targets = specifiers(readFileSync(file, 'utf8'))
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
  graph.set(file, [...new Set(targets)]);
}

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(rel(member));
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) out.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return out;
}

describe('transforms/ imports', () => {
  it('finds the modules it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('every relative import names a file that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !graph.has(target)).map((target) => `${rel(file)} -> ${rel(target)}`),
    );
    expect(missing).toEqual([]);
  });

  it('imports neither runner/, cli/, the disk, a child process nor `process`', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const spec of specifiers(text)) {
        const target = spec.startsWith('.') ? rel(path.resolve(path.dirname(file), spec)) : spec;
        if (/^(runner|cli)\//.test(target) || target === 'index.js') broken.push(`${rel(file)} imports ${spec}`);
        if (/^(node:)?(fs|fs\/promises|child_process|worker_threads)$/.test(spec))
          broken.push(`${rel(file)} imports ${spec}`);
      }
      // `process.` outside comments and strings is close enough: a transform has no reason to name it.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      if (/(?<![\w.$'"`])process\.\w/.test(code)) broken.push(`${rel(file)} uses process`);
    }
    expect(broken).toEqual([]);
  });
});
