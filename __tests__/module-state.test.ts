// `module-state-split`: which module state a moved action would split from the page reading it,
// and that a real run reads the state module although the cheap filter passes over it.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleState } from '../transforms/to-action/handler/module-state.js';
import { scan, toAction } from '../index.js';
import { readTree, writeTree } from './helpers/tree.js';
import { removeTempDirs, tempDir } from './helpers/cli.js';

afterAll(removeTempDirs);

const state = (text: string) => moduleState('lib/store.ts', text);

describe('moduleState', () => {
  it('finds a Map, an array and a let that functions change', () => {
    const text = [
      'const todos = new Map<number, string>();',
      'export const log: string[] = [];',
      'let count = 0;',
      'export function add(id: number, title: string) {',
      '  todos.set(id, title);',
      '  log.push(title);',
      '  count++;',
      '}',
    ].join('\n');
    expect(state(text)).toEqual(['todos', 'log', 'count']);
  });

  it('finds an element changed in place through a lookup', () => {
    expect(
      state(
        'const todos = new Map<number, { done: boolean }>();\nexport const toggle = (id: number) => {\n  todos.get(id)!.done = true;\n};\n',
      ),
    ).toEqual(['todos']);
  });

  it('finds an object keyed at run time, typed with a function type', () => {
    expect(
      state(
        'export const handlers: Record<string, () => void> = {};\nexport function on(name: string, fn: () => void) {\n  handlers[name] = fn;\n}\n',
      ),
    ).toEqual(['handlers']);
  });

  it('leaves out state only seeded at the top, or read', () => {
    expect(
      state(
        "const todos = new Map<number, string>();\ntodos.set(1, 'seed');\nexport const list = () => [...todos.values()];\n",
      ),
    ).toEqual([]);
  });

  it('leaves out a sorted copy and a parameter of the same name', () => {
    const text =
      'const items: number[] = [];\nexport const sorted = () => items.filter((n) => n > 0).sort();\nexport function add(items: number[]) {\n  items.push(1);\n}\n';
    expect(state(text)).toEqual([]);
  });

  it('leaves out state on globalThis and a lazily made database client', () => {
    expect(
      state(
        'const g = globalThis as typeof globalThis & { __todos?: Map<number, string> };\nconst todos = (g.__todos ??= new Map());\nexport const add = (id: number) => todos.set(id, "x");\n',
      ),
    ).toEqual([]);
    expect(
      state(
        "import { Pool } from 'pg';\nlet pool: Pool | null = null;\nexport function db() {\n  if (!pool) pool = new Pool();\n  return pool;\n}\n",
      ),
    ).toEqual([]);
  });
});

describe('a run over files on disk', () => {
  const fixture = join(
    import.meta.dirname,
    '..',
    '__testfixtures__',
    'to-action',
    'module-state-map-read-by-page-warns',
    'input',
  );
  const app = () => {
    const dir = tempDir();
    writeTree(dir, readTree(fixture));
    return dir;
  };

  it('reads the store module and warns on the moved call, also when only the caller is given', async () => {
    const dir = app();
    for (const paths of [['.'], ['app/add-todo.tsx']]) {
      const report = await toAction({ cwd: dir, paths });
      expect(report.sites.find((s) => s.kind === 'fetch-call')).toMatchObject({
        status: 'planned',
        warnings: ['module-state-split'],
      });
    }
  });

  it('shows the warning in scan, on the call and on the route', async () => {
    const report = await scan({ cwd: app() });
    expect(report.sites.filter((s) => s.warnings?.includes('module-state-split')).map((s) => s.kind)).toEqual([
      'fetch-call',
      'route',
    ]);
  });
});
