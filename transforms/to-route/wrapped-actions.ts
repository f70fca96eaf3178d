// Actions built by a call (`export const createBoard = createSafeAction(CreateBoard, handler)`):
// the handler the app passes in, and the function an app's own factory returns, read from the
// factory's declaration in the app's source so a route calls it the way it is declared.
import type { File, Node, Statement } from '@babel/types';
import { walkOwnBody } from '../ast/walk.js';
import { isIdent, unwrap } from '../ast/nodes.js';
import type { Modules } from './form-state.js';

export type Where = { file: string; ast: File; text: string };
const isFn = (n: Node | null | undefined): boolean =>
  n?.type === 'ArrowFunctionExpression' || n?.type === 'FunctionExpression' || n?.type === 'FunctionDeclaration';

/** A function declared at the top of a module under `name`: `function name() {}` or `const name = () => {}`. */
export function moduleFunction(ast: File, name: string): Node | null {
  for (const stmt of ast.program.body as Statement[]) {
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (d?.type === 'FunctionDeclaration' && d.id?.name === name) return d;
    if (d?.type !== 'VariableDeclaration') continue;
    for (const x of d.declarations) {
      const init = x.init && unwrap(x.init);
      if (isIdent(x.id, name) && init && isFn(init)) return init;
    }
  }
  return null;
}

/**
 * The functions a wrapper call is given, innermost chain call first: `.action(async ({ parsedInput }) => ...)`,
 * `validatedAction(schema, async (data) => ...)`, or `createSafeAction(Schema, handler)` with
 * `handler` declared in the module. These hold the code that runs with the caller's input.
 */
export function handlersOf(call: Node, ast: File): Node[] {
  const out: Node[] = [];
  for (let n: Node = unwrap(call); n.type === 'CallExpression';) {
    for (const arg of n.arguments) {
      const a = unwrap(arg);
      if (isFn(a)) out.push(a);
      else if (a.type === 'Identifier') {
        const fn = moduleFunction(ast, a.name);
        if (fn) out.push(fn);
      }
    }
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') break;
    n = unwrap(callee.object);
  }
  return out;
}

/** The function an app's own factory returns, from its declaration here or in the module it is imported from. */
export function factoryResult(
  factory: string,
  where: Where,
  modules: Modules,
): { fn: Node; where: Where; factory: Node } | null {
  let home = where;
  let fn = moduleFunction(where.ast, factory);
  if (!fn) {
    const from = modules.importOf(where.file, where.ast, factory);
    const target = from && modules.get(from.file);
    if (!from || !target) return null;
    home = { file: from.file, ...target };
    fn = moduleFunction(home.ast, from.name);
  }
  if (!fn) return null;
  const body = (fn as { body: Node }).body;
  let returned: Node | null = body.type === 'BlockStatement' ? null : unwrap(body);
  if (body.type === 'BlockStatement')
    walkOwnBody(fn, (p) => {
      if (p.node.type === 'ReturnStatement' && p.node.argument && !returned) returned = unwrap(p.node.argument);
    });
  return returned && isFn(returned) ? { fn: returned, where: home, factory: fn } : null;
}
