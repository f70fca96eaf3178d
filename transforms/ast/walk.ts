// A small walker over Babel ASTs (plain or recast-wrapped): parents included, no dependency.
import type { Node } from '@babel/types';
import { VISITOR_KEYS } from './visitor-keys.js';

const SKIP = new Set([
  'loc',
  'start',
  'end',
  'tokens',
  'comments',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'extra',
  'original',
  'range',
]);

export interface Path {
  node: Node;
  parent: Path | null;
  key: string | null;
  index: number | null;
}

/** Visits every node depth-first; return false from `visit` to skip a node's children. */
export function walk(root: Node, visit: (path: Path) => boolean | void, parent: Path | null = null): void {
  traverse<Path | null>(root, parent, null, null, (node, parentPath, key, index) => {
    const path: Path = { node, parent: parentPath, key, index };
    return visit(path) === false ? SKIP_CHILDREN : path;
  });
}

/**
 * Visits every node depth-first with its parent and key, making no path objects: for the
 * whole-file reads (names bound, names used) that keep nothing, where a path per node was most
 * of what a walk allocated. Return false from `visit` to skip a node's children.
 */
export function visitNodes(
  root: Node,
  visit: (node: Node, parent: Node | null, key: string | null) => boolean | void,
): void {
  traverse<Node | null>(root, null, null, null, (node, parent, key) =>
    visit(node, parent, key) === false ? SKIP_CHILDREN : node,
  );
}

const SKIP_CHILDREN = Symbol('skip children');

/**
 * The one depth-first traversal: `enter` sees each node with what its parent's `enter` returned,
 * and returns what the node's children see, or SKIP_CHILDREN.
 */
function traverse<C>(
  node: Node,
  context: C,
  key: string | null,
  index: number | null,
  enter: (node: Node, context: C, key: string | null, index: number | null) => C | typeof SKIP_CHILDREN,
): void {
  const inner = enter(node, context, key, index);
  if (inner === SKIP_CHILDREN) return;
  const record = node as unknown as Record<string, unknown>;
  // Babel's list of child keys when the type has one: a node holds three times as many keys.
  const childKeys = VISITOR_KEYS[node.type];
  for (const k of childKeys ?? Object.keys(record)) {
    if (!childKeys && SKIP.has(k)) continue;
    const value = record[k];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = value[i];
        if (isNode(child)) traverse(child, inner, k, i, enter);
      }
    } else if (isNode(value)) traverse(value, inner, k, null, enter);
  }
}

/** Whether `target` is `root` or lies below it. */
export function contains(root: Node, target: Node): boolean {
  let hit = false;
  visitNodes(root, (node) => {
    if (node === target) hit = true;
    return !hit;
  });
  return hit;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** All nodes of a type below root, in source order; `enters` can keep the walk out of a subtree. */
export function findAll<T extends Node['type']>(
  root: Node,
  type: T,
  enters: (node: Node) => boolean = () => true,
): Array<Path & { node: Extract<Node, { type: T }> }> {
  const out: Array<Path & { node: Extract<Node, { type: T }> }> = [];
  walk(root, (p) => {
    if (!enters(p.node)) return false;
    if (p.node.type === type) out.push(p as Path & { node: Extract<Node, { type: T }> });
  });
  return out;
}

/**
 * findAll for nodes whose source spells one of `words` (a call of `fetch`, of an action): a
 * subtree whose range holds none of them is not entered, so a walk of a large module visits
 * little more than the paths down to those words. `text` is what `root` was parsed from.
 */
export function findAllSpelling<T extends Node['type']>(
  root: Node,
  type: T,
  text: string,
  words: Iterable<string>,
): Array<Path & { node: Extract<Node, { type: T }> }> {
  // An identifier written with a unicode escape names a word without spelling it.
  if (text.includes('\\u')) return findAll<T>(root, type);
  const starts: number[] = [];
  for (const word of words) for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) starts.push(i);
  starts.sort((a, b) => a - b);
  // Whether an occurrence starts within the node's range; none straddles a node's edge, which
  // lies between tokens, and a word lies inside one token.
  return findAll<T>(root, type, (node) => {
    const { start, end } = node as { start?: number | null; end?: number | null };
    if (typeof start !== 'number' || typeof end !== 'number') return true;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo]! < end;
  });
}

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);
export const isFunction = (node: Node): boolean => FUNCTION_TYPES.has(node.type);

/** Walks a function body without entering nested functions (their `return`s are not ours). */
export function walkOwnBody(fn: Node, visit: (path: Path) => boolean | void): void {
  const body = (fn as { body?: Node }).body;
  if (!body) return;
  walk(body, (p) => (p.node !== body && isFunction(p.node) ? false : visit(p)));
}

/** The innermost enclosing function of a path. */
export function enclosingFunction(path: Path): Path | null {
  for (let p = path.parent; p; p = p.parent) if (isFunction(p.node)) return p;
  return null;
}

/** The innermost enclosing function of a path, else the root it hangs from (the module). */
export function enclosingScope(path: Path): Path {
  const fn = enclosingFunction(path);
  if (fn) return fn;
  let p = path;
  while (p.parent) p = p.parent;
  return p;
}

/** Replaces the node at a path in its parent. */
export function replaceAt(path: Path, replacement: Node | Node[] | null): void {
  const parent = path.parent!.node as unknown as Record<string, unknown>;
  const key = path.key!;
  if (path.index !== null) {
    // Earlier edits may have shifted the array, so find the node by identity.
    const list = parent[key] as Node[];
    const at = list.indexOf(path.node);
    if (at < 0) return;
    const nodes = replacement === null ? [] : Array.isArray(replacement) ? replacement : [replacement];
    list.splice(at, 1, ...nodes);
  } else parent[key] = replacement;
}
