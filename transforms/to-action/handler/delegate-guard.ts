// The auth checks a handler ran before it read its body (`const user = await currentUser();
// if (!user) return new Response('Unauthorized', { status: 401 });`). Its delegate route runs
// them first too, so a caller without a session still gets 401/403 and not the 400 of a body it
// could not parse; the action keeps its own copy, so nothing is skipped (docs/pipeline.md, "The
// route afterwards"). Only reads and early answers are taken: a rate limit (429) or anything
// else a second run would repeat ends the checks.
import type { IfStatement, Node, ReturnStatement, Statement } from '@babel/types';
import { boundNames, isIdent, memberProp, objectProp, patternNames, referencedNames, unwrap } from '../../ast/nodes.js';
import { walk } from '../../ast/walk.js';
import type { HandlerFunction } from './plan.js';

const RESPONSE = new Set(['Response', 'NextResponse']);
const GUARD_STATUS = new Set([401, 403]);

/**
 * The statements of the checks at the top of a handler (or of the `try` its body is): each
 * `if (...) return <401/403 response>` before anything else the handler does, and the
 * declarations its test needs. Empty when there is none.
 */
export function leadingGuards(fn: HandlerFunction): Statement[] {
  if (fn.body.type !== 'BlockStatement') return [];
  const [first] = fn.body.body;
  const scan = first?.type === 'TryStatement' ? first.block.body : fn.body.body;
  // Names of the handler itself (the request, params, the body it reads): a check reading one is not a plain session check.
  const local = boundNames(fn);
  const declared = new Set<string>();
  const run: Statement[] = [];
  for (const stmt of scan) {
    const uses = [...referencedNames(stmt)].filter((n) => local.has(n) && !declared.has(n) && !declaresName(stmt, n));
    if (uses.length > 0) break;
    if (stmt.type === 'VariableDeclaration' && stmt.declarations.every((d) => d.init)) {
      stmt.declarations.forEach((d) => patternNames(d.id).forEach((n) => declared.add(n)));
      run.push(stmt);
    } else if (isGuard(stmt)) run.push(stmt);
    else break;
  }
  const last = run.map((s) => s.type).lastIndexOf('IfStatement');
  if (last < 0) return [];
  // Backwards from the last check: the checks, and the declarations what they read comes from.
  const needed = new Set<string>();
  const kept: Statement[] = [];
  for (const stmt of run.slice(0, last + 1).reverse()) {
    if (stmt.type === 'IfStatement') {
      kept.unshift(stmt);
      referencedNames(stmt.test).forEach((n) => needed.add(n));
    } else if (
      stmt.type === 'VariableDeclaration' &&
      stmt.declarations.some((d) => patternNames(d.id).some((n) => needed.has(n)))
    ) {
      kept.unshift(stmt);
      stmt.declarations.forEach((d) => referencedNames(d.init!).forEach((n) => needed.add(n)));
    }
  }
  return kept;
}

function declaresName(stmt: Statement, name: string): boolean {
  return stmt.type === 'VariableDeclaration' && stmt.declarations.some((d) => patternNames(d.id).includes(name));
}

/** `if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });`, braces or not, no `else`. */
function isGuard(stmt: Statement): stmt is IfStatement {
  if (stmt.type !== 'IfStatement' || stmt.alternate) return false;
  const then =
    stmt.consequent.type === 'BlockStatement' && stmt.consequent.body.length === 1
      ? stmt.consequent.body[0]!
      : stmt.consequent;
  return then.type === 'ReturnStatement' && constantRefusal(then);
}

/** A response built from literals alone, whose status is 401 or 403. */
function constantRefusal(ret: ReturnStatement): boolean {
  const n = ret.argument ? unwrap(ret.argument) : null;
  if (!n) return false;
  const isNew = n.type === 'NewExpression' && n.callee.type === 'Identifier' && RESPONSE.has(n.callee.name);
  const isJson =
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    n.callee.object.type === 'Identifier' &&
    RESPONSE.has(n.callee.object.name) &&
    memberProp(n.callee) === 'json';
  if (!isNew && !isJson) return false;
  const init = (n as { arguments: Node[] }).arguments[1];
  const options = init ? unwrap(init) : null;
  const status = options?.type === 'ObjectExpression' ? objectProp(options, 'status') : null;
  const value = status ? unwrap(status) : null;
  if (value?.type !== 'NumericLiteral' || !GUARD_STATUS.has(value.value)) return false;
  let constant = true;
  walk(n, (p) => {
    if (p.node.type !== 'Identifier' || p.key === 'property' || p.key === 'key') return;
    if (!(RESPONSE.has(p.node.name) || isIdent(p.node, 'JSON') || isIdent(p.node, 'undefined'))) constant = false;
  });
  return constant;
}
