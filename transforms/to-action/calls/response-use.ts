// How a call site uses what its call resolves to (docs/caller-rewrite.md): a fetch Response (also ky's), or
// an axios response, read into the uses the rewrite replaces, or why it is used beyond them.
import type { CallExpression, Node } from '@babel/types';
import { enclosingScope, walk, type Path } from '../../ast/walk.js';
import { isIdent } from '../../ast/nodes.js';
import type { HttpClient, ResponseRef, ResponseUse } from './fetch-call.js';
import { onlySettled } from './promise-handoff.js';

const isMember = (n: Node): boolean => n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression';
const isCall = (n: Node | undefined): boolean => n?.type === 'CallExpression' || n?.type === 'OptionalCallExpression';
const memberName = (n: Node): string | null =>
  isMember(n) && !(n as { computed: boolean }).computed && (n as { property: Node }).property.type === 'Identifier'
    ? (n as { property: { name: string } }).property.name
    : null;

/**
 * The property a reference reads (`res.ok` -> `ok`), or null when it is not a member read.
 * `res?.ok` reads the same: the response is never nullish once awaited.
 */
function propertyRead(path: Path): string | null {
  const parent = path.parent!;
  return isMember(parent.node) && parent.key !== 'property' && (parent.node as { object: Node }).object === path.node
    ? memberName(parent.node)
    : null;
}

/** Logging a response (`console.error('failed', res)`): the log shows the action's result instead. */
function isLogged(path: Path): boolean {
  const call = path.parent;
  if (path.key !== 'arguments' || call?.node.type !== 'CallExpression') return false;
  const callee = call.node.callee;
  return callee.type === 'MemberExpression' && isIdent(callee.object, 'console') && memberName(callee) !== null;
}

/** The await around a body read, where there is one: what its value replaces. */
const settled = (read: Path): Path => (read.parent?.node.type === 'AwaitExpression' ? read.parent : read);

/** Classifies one reference to a Response (fetch, ky). */
function classifyRef(path: Path): ResponseRef | string {
  const parent = path.parent!;
  const prop = propertyRead(path);
  if (prop === 'ok' || prop === 'status') return { path, use: prop, target: parent, awaited: false };
  if (prop === 'json' && isCall(parent.parent?.node) && parent.parent!.key !== 'arguments') {
    const read = parent.parent!;
    const target = settled(read);
    return { path, use: 'json', target, awaited: target !== read };
  }
  if (!prop && isLogged(path)) return { path, use: 'log', target: path, awaited: false };
  return prop ? `reads \`response.${prop}\`` : 'passes the response object on';
}

function referencesIn(scope: Node, name: string, exclude: Node): Path[] {
  const out: Path[] = [];
  walk(scope, (p) => {
    const n = p.node;
    if (n.type !== 'Identifier' || n.name !== name || n === exclude) return;
    const parent = p.parent?.node;
    if (
      (parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') &&
      p.key === 'property' &&
      !parent.computed
    )
      return;
    if (parent?.type === 'ObjectProperty' && p.key === 'key' && !parent.computed) return;
    out.push(p);
  });
  return out;
}

function collectRefs(scope: Node, name: string, exclude: Node, axios: boolean): ResponseRef[] | string {
  const refs: ResponseRef[] = [];
  for (const p of referencesIn(scope, name, exclude)) {
    const ref = axios ? classifyAxiosRef(p) : classifyRef(p);
    if (typeof ref === 'string') return ref;
    refs.push(ref);
  }
  return refs;
}

/** How the code uses what the call resolves to: a Response (fetch, ky), or an axios response. */
export function readUse(call: Path, client: HttpClient): { outer: Path; use: ResponseUse } {
  const axios = client === 'axios';
  let outer = call;
  while (
    outer.parent &&
    (outer.parent.node.type === 'ParenthesizedExpression' || outer.parent.node.type === 'TSAsExpression')
  )
    outer = outer.parent;
  const parent = outer.parent!;
  // ky's promise has the body readers itself: `await ky.post(...).json()`.
  const kyReader =
    client === 'ky' && parent.key === 'callee' && parent.parent?.node.type === 'CallExpression'
      ? memberName(parent.node)
      : null;
  if (kyReader === 'json') return { outer, use: { kind: 'direct-json', target: settled(parent.parent!) } };
  if (kyReader && kyReader !== 'then')
    return { outer, use: { kind: 'beyond', why: `reads the response through \`.${kyReader}()\`` } };
  if (parent.node.type === 'AwaitExpression') {
    const awaited = parent;
    const up = awaited.parent!;
    if (up.node.type === 'ExpressionStatement') return { outer: awaited, use: { kind: 'ignored' } };
    if (up.node.type === 'VariableDeclarator' && up.node.id.type === 'Identifier') {
      const name = up.node.id.name;
      const fn = enclosingScope(up);
      const refs = collectRefs(fn.node, name, up.node.id, axios);
      if (typeof refs === 'string') return { outer: awaited, use: { kind: 'beyond', why: refs } };
      return { outer: awaited, use: { kind: 'variable', name, declarator: up, refs } };
    }
    if (axios && up.node.type === 'VariableDeclarator') {
      const local = dataPatternLocal(up.node.id);
      if (local) return { outer: awaited, use: { kind: 'data-pattern', declarator: up, local } };
      return { outer: awaited, use: { kind: 'beyond', why: 'destructures more of the response than its data' } };
    }
    // `(await axios.post(...)).data`
    if (axios && up.node.type === 'MemberExpression' && memberName(up.node) === 'data' && up.key !== 'property')
      return { outer: awaited, use: { kind: 'direct-json', target: up, value: true } };
    // `(await fetch(...)).json()`
    if (
      !axios &&
      up.node.type === 'MemberExpression' &&
      memberName(up.node) === 'json' &&
      up.parent?.node.type === 'CallExpression'
    )
      return { outer: awaited, use: { kind: 'direct-json', target: settled(up.parent) } };
    return { outer: awaited, use: { kind: 'beyond', why: 'uses the awaited response in an expression' } };
  }
  if (parent.node.type === 'ExpressionStatement') return { outer, use: { kind: 'ignored' } };
  // `onClick={() => fetch(...)}`: React ignores what an event handler returns.
  if (parent.node.type === 'ArrowFunctionExpression' && outer.key === 'body' && isEventHandlerValue(parent))
    return { outer, use: { kind: 'ignored' } };
  if (
    parent.node.type === 'MemberExpression' &&
    memberName(parent.node) === 'then' &&
    parent.parent?.node.type === 'CallExpression'
  ) {
    const then = parent.parent;
    const cb = (then.node as CallExpression).arguments[0];
    if (
      then.node.type === 'CallExpression' &&
      then.node.arguments.length === 1 &&
      cb &&
      (cb.type === 'ArrowFunctionExpression' || cb.type === 'FunctionExpression')
    ) {
      const param = cb.params[0];
      if (!param) return { outer, use: { kind: 'then', then, param: null, refs: [] } };
      const pattern = axios && param.type === 'ObjectPattern' ? responsePattern(param) : null;
      if (pattern)
        return {
          outer,
          use: {
            kind: 'then',
            then,
            param: null,
            refs: [],
            pattern: { path: { node: param, parent: null, key: 'params', index: 0 }, ...pattern },
          },
        };
      if (param.type !== 'Identifier') return { outer, use: { kind: 'beyond', why: 'destructures the response' } };
      const refs = collectRefs(cb, param.name, param, axios);
      if (typeof refs === 'string') return { outer, use: { kind: 'beyond', why: refs } };
      return { outer, use: { kind: 'then', then, param: param.name, refs } };
    }
  }
  if (onlySettled(outer)) return { outer, use: { kind: 'ignored' } };
  return { outer, use: { kind: 'beyond', why: 'hands the response promise to other code' } };
}

function isEventHandlerValue(fn: Path): boolean {
  const container = fn.parent;
  const attr = container?.node.type === 'JSXExpressionContainer' ? container.parent?.node : null;
  return attr?.type === 'JSXAttribute' && attr.name.type === 'JSXIdentifier' && /^on[A-Z]/.test(attr.name.name);
}

/** One reference to an axios response: `res.data`, or `res.status` (axios has no `ok`). */
function classifyAxiosRef(path: Path): ResponseRef | string {
  const parent = path.parent!;
  const prop = propertyRead(path);
  if (prop === 'data') return { path, use: 'data', target: parent, awaited: true };
  if (prop === 'status') return { path, use: 'status', target: parent, awaited: false };
  if (!prop && isLogged(path)) return { path, use: 'log', target: path, awaited: false };
  return prop ? `reads \`response.${prop}\`` : 'passes the response object on';
}

/** `{ data, status }`, `{ data: name }`: the keys taken and the name the data is bound to; null for any other pattern. */
function responsePattern(pattern: Node): { keys: string[]; data: string | null } | null {
  if (pattern.type !== 'ObjectPattern') return null;
  const keys: string[] = [];
  let data: string | null = null;
  for (const prop of pattern.properties) {
    if (
      prop.type !== 'ObjectProperty' ||
      prop.computed ||
      prop.key.type !== 'Identifier' ||
      prop.value.type !== 'Identifier' ||
      !['data', 'status'].includes(prop.key.name)
    )
      return null;
    keys.push(prop.key.name);
    if (prop.key.name === 'data') data = prop.value.name;
  }
  return keys.length > 0 ? { keys, data } : null;
}

/** `{ data }` or `{ data: name }`, and nothing else: the name the body is bound to. */
function dataPatternLocal(pattern: Node): string | null {
  if (pattern.type !== 'ObjectPattern' || pattern.properties.length !== 1) return null;
  const prop = pattern.properties[0]!;
  if (prop.type !== 'ObjectProperty' || prop.computed || !isIdent(prop.key, 'data')) return null;
  return prop.value.type === 'Identifier' ? prop.value.name : null;
}
