// A call's promise handed on in ways that only wait for it to settle: `toast.promise(p, {...})`
// whose callbacks ignore what it resolved to, a thunk (`const request = () => axios.delete(url)`)
// only called and awaited, or a variable holding the promise for either. The action's promise
// settles where the call's did (a library call's rejects as the library's did: see
// rewrite-call.ts), so the call is rewritten as if its result were unused.
import type { Node } from '@babel/types';
import { enclosingScope, isFunction, walk, type Path } from '../../ast/walk.js';
import { isIdent, memberProp, staticKey } from '../../ast/nodes.js';

/** Whether everything done with the promise at `outer` is waiting for it. */
export function onlySettled(outer: Path): boolean {
  const parent = outer.parent;
  if (!parent) return false;
  if (isToastPromise(parent, outer)) return true;
  // `() => axios.delete(url)` kept under a name.
  if (isFunction(parent.node) && outer.key === 'body') return thunkOnlyAwaited(parent);
  if (parent.node.type === 'ReturnStatement') {
    const fn = enclosingFunction(parent);
    return fn !== null && (fn.node as { body: { body?: Node[] } }).body.body?.length === 1 && thunkOnlyAwaited(fn);
  }
  // `const promise = fetch(...); toast.promise(promise, {...})`
  if (parent.node.type === 'VariableDeclarator' && outer.key === 'init' && parent.node.id.type === 'Identifier')
    return everyUse(parent, parent.node.id.name, (use) => isToastPromise(use.parent!, use));
  return false;
}

function enclosingFunction(p: Path): Path | null {
  for (let q = p.parent; q; q = q.parent) if (isFunction(q.node)) return q;
  return null;
}

/** `toast.promise(p, options)` with `p` first, and options whose callbacks read nothing of the result. */
function isToastPromise(call: Path, arg: Path): boolean {
  const node = call.node;
  if (node.type !== 'CallExpression' || arg.key !== 'arguments' || node.arguments[0] !== arg.node) return false;
  const callee = node.callee;
  if (
    memberProp(callee) !== 'promise' ||
    callee.type !== 'MemberExpression' ||
    !(callee.object.type === 'Identifier' && /toast/i.test(callee.object.name))
  )
    return false;
  const options = node.arguments[1];
  if (!options) return true;
  if (options.type !== 'ObjectExpression') return false;
  return options.properties.every((p) => {
    if (p.type !== 'ObjectProperty') return false;
    const key = staticKey(p);
    if (key !== 'success' && key !== 'error') return true;
    return !isFunction(p.value) || ignoresArgument(p.value);
  });
}

function ignoresArgument(fn: Node): boolean {
  const [param] = (fn as { params: Node[] }).params;
  if (!param) return true;
  if (param.type !== 'Identifier') return false;
  let used = false;
  walk((fn as { body: Node }).body, (p) => {
    if (isIdent(p.node, param.name) && !(p.key === 'property' && memberProp(p.parent?.node) !== null)) used = true;
  });
  return !used;
}

/** A function kept under a name (`const request = ...`, `request = ...`) that is only called as a statement. */
function thunkOnlyAwaited(fn: Path): boolean {
  if ((fn.node as { params: Node[] }).params.length > 0) return false;
  const holder = fn.parent;
  let name: string | null = null;
  if (holder?.node.type === 'VariableDeclarator' && fn.key === 'init' && holder.node.id.type === 'Identifier')
    name = holder.node.id.name;
  if (holder?.node.type === 'AssignmentExpression' && fn.key === 'right' && holder.node.left.type === 'Identifier')
    name = holder.node.left.name;
  if (!name) return false;
  return everyUse(holder!, name, (use) => {
    // Declarations and assignments of the name are not uses.
    if (
      (use.key === 'id' && use.parent?.node.type === 'VariableDeclarator') ||
      (use.key === 'left' && use.parent?.node.type === 'AssignmentExpression')
    )
      return 'skip';
    const call = use.parent;
    if (call?.node.type !== 'CallExpression' || use.key !== 'callee' || call.node.arguments.length > 0) return false;
    const settled = call.parent?.node.type === 'AwaitExpression' ? call.parent : call;
    return settled.parent?.node.type === 'ExpressionStatement';
  });
}

/** Every reference of `name` in the scope around `at` passes `test` (`skip`: not a use). */
function everyUse(at: Path, name: string, test: (use: Path) => boolean | 'skip'): boolean {
  const scope = enclosingScope(at);
  let uses = 0;
  let ok = true;
  walk(scope.node, (p) => {
    if (
      !ok ||
      !isIdent(p.node, name) ||
      (p.key === 'property' && memberProp(p.parent?.node) !== null) ||
      (p.key === 'key' && p.parent?.node.type === 'ObjectProperty')
    )
      return;
    if (p.node === (at.node as { id?: Node }).id) return;
    const verdict = test(p);
    if (verdict === 'skip') return;
    uses++;
    if (!verdict) ok = false;
  });
  return ok && uses > 0;
}
