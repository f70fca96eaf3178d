// The walker follows babel's list of child keys; that list is a copy, so it must match
// @babel/types, and following it must reach every node a scan of all keys reaches.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureSources } from './helpers/sources.js';
import type { Node } from '@babel/types';
import { parseForAnalysis } from '../transforms/ast/parse.js';
import { parseForPrint } from '../transforms/ast/print.js';
import { VISITOR_KEYS } from '../transforms/ast/visitor-keys.js';
import { contains, findAll, findAllSpelling, isNode, visitNodes, walk } from '../transforms/ast/walk.js';

const SKIP = new Set([
  'loc',
  'tokens',
  'comments',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'extra',
  'original',
]);

/** Every node reachable through any key at all. */
function everyNode(root: unknown, out = new Set<unknown>()): Set<unknown> {
  if (!isNode(root) || out.has(root)) return out;
  out.add(root);
  for (const [key, value] of Object.entries(root)) {
    if (SKIP.has(key)) continue;
    for (const child of Array.isArray(value) ? value : [value]) everyNode(child, out);
  }
  return out;
}

function walked(root: Node): Set<unknown> {
  const out = new Set<unknown>();
  walk(root, (p) => void out.add(p.node));
  return out;
}

describe('walk', () => {
  it('uses the child keys @babel/types lists', () => {
    const babel = createRequire(import.meta.url)('@babel/types') as { VISITOR_KEYS: Record<string, string[]> };
    expect(VISITOR_KEYS).toEqual(babel.VISITOR_KEYS);
  });

  const files = fixtureSources();
  it('has sources to walk', () => expect(files.length).toBeGreaterThan(100));

  it('reaches every node of every fixture source, on both kinds of tree', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const ast of [parseForAnalysis(file, text), parseForPrint(file, text)]) {
        const all = everyNode(ast);
        const seen = walked(ast as unknown as Node);
        expect(seen.size, path.relative(FIXTURES, file)).toBe(all.size);
      }
    }
  });

  it('visitNodes sees what walk sees, in the same order, with the same parents and keys', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const ast = parseForPrint(file, text) as unknown as Node;
      const fromWalk: string[] = [];
      const nodes: Node[] = [];
      walk(
        ast,
        (p) =>
          void (
            nodes.push(p.node),
            fromWalk.push(`${p.node.type}<${p.parent ? nodes.indexOf(p.parent.node) : -1}.${p.key}`)
          ),
      );
      const fromVisit: string[] = [];
      visitNodes(
        ast,
        (node, parent, key) => void fromVisit.push(`${node.type}<${parent ? nodes.indexOf(parent) : -1}.${key}`),
      );
      expect(fromVisit, path.relative(FIXTURES, file)).toEqual(fromWalk);
    }
  });

  it('findAllSpelling finds the calls findAll finds whose callee spells a word, with the same parents', () => {
    const callee = (p: { node: { callee: Node } }) =>
      p.node.callee.type === 'Identifier'
        ? p.node.callee.name
        : p.node.callee.type === 'MemberExpression' && p.node.callee.property.type === 'Identifier'
          ? p.node.callee.property.name
          : null;
    const chain = (p: { node: Node; parent: unknown }) => {
      const out: string[] = [];
      for (let at: { node: Node; parent: unknown } | null = p; at; at = at.parent as typeof at)
        out.push(`${at.node.type}@${at.node.start}`);
      return out.join('<');
    };
    let found = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const ast = parseForAnalysis(file, text) as unknown as Node;
      for (const words of [['fetch'], ['json', 'then'], ['useState', 'submit']]) {
        const all = findAll(ast, 'CallExpression').filter((p) => words.includes(callee(p) ?? ''));
        const spelled = findAllSpelling(ast, 'CallExpression', text, words).filter((p) =>
          words.includes(callee(p) ?? ''),
        );
        expect(spelled.map(chain), `${path.relative(FIXTURES, file)} ${words}`).toEqual(all.map(chain));
        found += all.length;
      }
    }
    expect(found).toBeGreaterThan(500);
    // Written with an escape, the name is not spelled in the text; the walk then enters everything.
    const escaped = "f\\u0065tch('/api/x');\n";
    const ast = parseForAnalysis('m.ts', escaped) as unknown as Node;
    expect(findAllSpelling(ast, 'CallExpression', escaped, ['fetch'])).toHaveLength(1);
  });

  it('contains: a node is inside its ancestors and itself, not inside a sibling', () => {
    const ast = parseForAnalysis('m.ts', 'export function a() { return 1; }\nfunction b() {}\n');
    const [a, b] = ast.program.body as Node[];
    const ret = (a as unknown as { declaration: { body: { body: Node[] } } }).declaration.body.body[0]!;
    expect(contains(a!, ret)).toBe(true);
    expect(contains(ret, ret)).toBe(true);
    expect(contains(b!, ret)).toBe(false);
  });

  it('visits children in source order', () => {
    const ast = parseForAnalysis(
      'm.tsx',
      "const a = f(1, 'two', x ? 3 : 4);\nfunction g<T>(p: T): T { return <b>{p}</b> as T; }\n",
    );
    const starts: number[] = [];
    walk(ast as unknown as Node, (p) => void starts.push(p.node.start ?? -1));
    const visited = starts.filter((s) => s >= 0);
    expect(visited).toEqual([...visited].sort((x, y) => x - y));
  });
});
