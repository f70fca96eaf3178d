// Which values inside an action come from its caller: the parameters, `formData.get(...)`, and
// what is destructured or built from them. Read by name, once per action, with no scope analysis:
// an action is one small function, and a shadowed name only makes the reading more cautious.
import type { Node } from '@babel/types';
import { visitNodes } from '../ast/walk.js';
import { memberProp, patternNames, unwrap } from '../ast/nodes.js';

/**
 * `controlled`: a value the caller chooses (`input.next.trim()`, `` `/${locale}/x` ``,
 * `Number(formData.get('n'))`), not what the app looks up or writes with it (`await getPost(slug)`).
 * `derived`: anything computed from an input, through any call: what a schema may be given to check.
 */
export type Flow = 'derived' | 'controlled';

/** Calls that hand back the value they were given, converted or copied. */
const PASS_THROUGH = new Set([
  'String',
  'Number',
  'Boolean',
  'parseInt',
  'parseFloat',
  'encodeURIComponent',
  'decodeURIComponent',
  'encodeURI',
  'decodeURI',
  'URL',
  'JSON.parse',
  'Object.fromEntries',
  'Object.assign',
  'Array.from',
  'structuredClone',
]);
/** Schema parses return the input they accept: a string schema lets `//evil.example` through. */
const SCHEMA_PARSE = new Set([
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
  'validate',
  'validateSync',
  'cast',
]);

/**
 * A location that starts with a scheme, a host and a `/` names its origin itself: what follows
 * cannot move it to another host. (Without the `/`, `https://app.example${x}` can: `@evil.example`.)
 */
const FIXED_ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#@\\]+\//i;

/** The constant text a `+` chain starts with (`'https://x/' + a + b`). */
function leadingText(n: Node): string {
  let left = unwrap(n);
  while (left.type === 'BinaryExpression' && left.operator === '+') left = unwrap(left.left);
  if (left.type === 'StringLiteral') return left.value;
  return left.type === 'TemplateLiteral' ? (left.quasis[0]!.value.cooked ?? '') : '';
}

/** `name` or `object.name` of a callee, else null. */
export const calleeName = (callee: Node): string | null => {
  const c = unwrap(callee);
  if (c.type === 'Identifier') return c.name;
  const prop = memberProp(c);
  return prop && (c as { object: Node }).object.type === 'Identifier'
    ? `${((c as { object: Node }).object as { name: string }).name}.${prop}`
    : null;
};

/** Whether an expression's value comes from the action's input, given the names that hold input. */
export function carriesInput(node: Node, names: Set<string>, flow: Flow): boolean {
  const n = unwrap(node);
  const carries = (x: Node | null | undefined): boolean => !!x && carriesInput(x, names, flow);
  switch (n.type) {
    case 'Identifier':
      return names.has(n.name);
    case 'AwaitExpression':
    case 'SpreadElement':
      return carries(n.argument);
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      // `LABELS[input]` is the app's own value; only what is derived may come through the key.
      return carries(n.object) || (flow === 'derived' && n.computed && carries(n.property));
    case 'TemplateLiteral':
      if (flow === 'controlled' && FIXED_ORIGIN.test(n.quasis[0]!.value.cooked ?? '')) return false;
      return n.expressions.some(carries);
    case 'BinaryExpression':
      if (flow === 'controlled' && n.operator === '+' && FIXED_ORIGIN.test(leadingText(n))) return false;
      return (flow === 'derived' || n.operator === '+') && (carries(n.left) || carries(n.right));
    case 'LogicalExpression':
      return carries(n.left) || carries(n.right);
    case 'ConditionalExpression':
      return carries(n.consequent) || carries(n.alternate) || (flow === 'derived' && carries(n.test));
    case 'ObjectExpression':
      return n.properties.some((p) =>
        p.type === 'ObjectProperty' ? carries(p.value) : p.type === 'SpreadElement' && carries(p.argument),
      );
    case 'ArrayExpression':
      return n.elements.some(carries);
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression': {
      const callee = unwrap(n.callee);
      // `formData.get('next')`, `input.next.trim()`: a method of an input hands back part of it.
      if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && carries(callee.object))
        return true;
      if (flow === 'derived') return n.arguments.some(carries);
      const name = calleeName(callee);
      const method = memberProp(callee) ?? (callee.type === 'Identifier' ? callee.name : null);
      return (
        ((!!name && PASS_THROUGH.has(name)) || (!!method && SCHEMA_PARSE.has(method))) && n.arguments.some(carries)
      );
    }
    default:
      return false;
  }
}

/** The names inside `fn` that hold its input (or values derived from it, as `flow` says). */
export function inputNames(fn: Node, flow: Flow): Set<string> {
  const params = (fn as { params?: Node[] }).params ?? [];
  const names = new Set(params.flatMap((p) => patternNames(p)));
  const body = (fn as { body?: Node }).body;
  if (!body) return names;
  const flows: Array<{ to: Node[]; from: Node }> = [];
  visitNodes(body, (n) => {
    if (n.type === 'VariableDeclarator' && n.init) flows.push({ to: [n.id], from: n.init });
    else if (n.type === 'AssignmentExpression') flows.push({ to: [n.left], from: n.right });
    else if ((n.type === 'ForOfStatement' || n.type === 'ForInStatement') && n.left.type === 'VariableDeclaration')
      flows.push({ to: n.left.declarations.map((d) => d.id), from: n.right });
    else if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') {
      // `input.items.every((item) => typeof item === 'string')`: the callback's parameters are input too.
      const callee = unwrap(n.callee);
      const callbacks = n.arguments.filter(
        (a) => a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression',
      );
      if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && callbacks.length > 0)
        flows.push({ to: callbacks.flatMap((c) => (c as { params: Node[] }).params), from: callee.object });
    }
  });
  // Declarations may come in any order (`let next; ... next = formData.get('next')`): repeat until nothing is added.
  for (let changed = true; changed;) {
    changed = false;
    for (const { to, from } of flows) {
      if (!carriesInput(from, names, flow)) continue;
      for (const name of to.flatMap((t) => patternNames(t))) {
        if (names.has(name)) continue;
        names.add(name);
        changed = true;
      }
    }
  }
  return names;
}
