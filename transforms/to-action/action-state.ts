// The useActionState rewrite (SPEC 4.4): a submit handler that only turns the action's result
// into component state becomes `(prevState, formData) => nextState`, and the pending flag
// becomes React's own, which a setState inside the transition could not show.
import type { Node, Statement } from '@babel/types';
import { enclosingFunction, replaceAt, walk, walkOwnBody, type Path } from '../ast/walk.js';
import { boundNames, freshName, isIdent, memberProp } from '../ast/nodes.js';
import type { FormContext, FormReading, SubmitHandler } from './rewire-form.js';

export interface StateVar {
  name: string;
  setter: string;
  init: Node | null;
  type: string;
  /** The `const [x, setX] = useState(...)` statement. */
  decl: Path;
  hookObject: string | null;
}

export interface StatePlan {
  vars: StateVar[];
  pending: StateVar | null;
  handlerName: string;
}

const PURE_CALLEES = new Set(['String', 'Number', 'Boolean', 'parseInt', 'parseFloat']);
const PURE_METHODS = new Set(['get', 'getAll', 'has', 'trim', 'toString', 'toLowerCase', 'toUpperCase', 'map', 'filter', 'join', 'includes', 'slice', 'split', 'fromEntries', 'entries', 'stringify', 'parse', 'from', 'keys', 'values']);

function literalType(init: Node | null): string {
  if (!init) return 'any';
  switch (init.type) {
    case 'StringLiteral':
    case 'TemplateLiteral':
      return 'string';
    case 'NumericLiteral':
      return 'number';
    case 'BooleanLiteral':
      return 'boolean';
    default:
      return 'any';
  }
}

/** `const [x, setX] = useState(init)` declarations of a component body. */
function componentState(component: Path, source: string): StateVar[] {
  const out: StateVar[] = [];
  const body = (component.node as { body: Node }).body;
  if (body.type !== 'BlockStatement') return out;
  body.body.forEach((stmt, index) => {
    if (stmt.type !== 'VariableDeclaration' || stmt.declarations.length !== 1) return;
    const d = stmt.declarations[0]!;
    const init = d.init;
    if (d.id.type !== 'ArrayPattern' || init?.type !== 'CallExpression') return;
    const callee = init.callee;
    const hookObject = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' ? callee.object.name : null;
    if (!(isIdent(callee, 'useState') || memberProp(callee) === 'useState')) return;
    const [value, setter] = d.id.elements;
    if (value?.type !== 'Identifier' || setter?.type !== 'Identifier') return;
    const typeArg = init.typeParameters?.params[0];
    const arg = (init.arguments[0] as Node | undefined) ?? null;
    out.push({
      name: value.name,
      setter: setter.name,
      init: arg,
      type: typeArg ? source.slice(typeArg.start!, typeArg.end!) : literalType(arg),
      decl: { node: stmt, parent: { node: body, parent: component, key: 'body', index: null }, key: 'body', index },
      hookObject,
    });
  });
  return out;
}

/** Whether every call in an expression is one that only computes a value. */
function onlyPureCalls(node: Node, actions: Set<string>, formData: Set<string>): boolean {
  let pure = true;
  walk(node, (p) => {
    const n = p.node;
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const c = n.callee;
      if (c.type === 'Identifier' && (PURE_CALLEES.has(c.name) || actions.has(c.name) || c.name === 'FormData')) return;
      const m = memberProp(c);
      if (m && PURE_METHODS.has(m)) return;
      if (m === 'preventDefault' || m === 'reset') return;
      pure = false;
    }
    if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression' || n.type === 'ThrowStatement') pure = false;
    void formData;
  });
  return pure;
}

export function findStateVars(handler: SubmitHandler, ctx: FormReading): StatePlan | null {
  const name = handler.fn.node.type === 'FunctionDeclaration' ? handler.fn.node.id?.name : handler.decl !== handler.fn ? ((handler.fn.parent!.node as { id: { name: string } }).id.name) : null;
  if (!name) return null;
  const all = componentState(handler.component, ctx.source);
  const fnBody = (handler.fn.node as { body: Node }).body;
  if (fnBody.type !== 'BlockStatement') return null;
  const setters = new Map(all.map((v) => [v.setter, v]));
  const called = new Map<StateVar, Node[]>();
  let shapeOk = true;
  walkOwnBody(handler.fn.node, (p) => {
    const n = p.node;
    if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && setters.has(n.callee.name)) {
      const v = setters.get(n.callee.name)!;
      const arg = n.arguments[0];
      if (p.parent?.node.type !== 'ExpressionStatement' || n.arguments.length !== 1 || !arg || arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') shapeOk = false;
      called.set(v, [...(called.get(v) ?? []), arg!]);
    }
  });
  // Setters used elsewhere (other handlers, effects, nested callbacks) keep their useState.
  let outside = false;
  walk(handler.component.node, (p) => {
    if (p.node.type === 'Identifier' && [...called.keys()].some((v) => v.setter === (p.node as { name: string }).name)) {
      const inHandler = isWithinOwnBody(p, handler.fn.node);
      if (!inHandler && p.parent?.node.type !== 'ArrayPattern') outside = true;
    }
  });
  if (!shapeOk || outside || called.size === 0) return null;
  let pending: StateVar | null = null;
  for (const [v, args] of called) {
    if (args.every((a) => a.type === 'BooleanLiteral') && args.some((a) => a.type === 'BooleanLiteral' && a.value) && v.init?.type === 'BooleanLiteral' && !v.init.value) pending = v;
  }
  const actions = ctx.actions;
  const formData = new Set<string>();
  for (const stmt of fnBody.body) if (!statementOk(stmt, actions, formData)) return null;
  const vars = all.filter((v) => called.has(v) && v !== pending);
  return { vars, pending, handlerName: name };
}

function isWithinOwnBody(path: Path, fn: Node): boolean {
  for (let p: Path | null = path; p; p = p.parent) {
    if (p.node === fn) return true;
    if (p !== path && (p.node.type === 'ArrowFunctionExpression' || p.node.type === 'FunctionExpression' || p.node.type === 'FunctionDeclaration')) return p.node === fn;
  }
  return false;
}

/** Statements a handler that "only turns the result into state" may hold. */
function statementOk(stmt: Statement, actions: Set<string>, formData: Set<string>): boolean {
  switch (stmt.type) {
    case 'ExpressionStatement':
    case 'VariableDeclaration':
      return onlyPureCalls(stmt, actions, formData) || isSetterOrAction(stmt, actions);
    case 'IfStatement':
      return onlyPureCalls(stmt.test, actions, formData) && statementOk(stmt.consequent, actions, formData) && (!stmt.alternate || statementOk(stmt.alternate, actions, formData));
    case 'BlockStatement':
      return stmt.body.every((s) => statementOk(s, actions, formData));
    case 'TryStatement':
      return statementOk(stmt.block, actions, formData) && (!stmt.handler || statementOk(stmt.handler.body, actions, formData)) && (!stmt.finalizer || statementOk(stmt.finalizer, actions, formData));
    case 'ReturnStatement':
      return stmt.argument === null || stmt.argument === undefined;
    case 'EmptyStatement':
      return true;
    default:
      return false;
  }
}

function isSetterOrAction(stmt: Statement, actions: Set<string>): boolean {
  if (stmt.type !== 'ExpressionStatement') return false;
  const e = stmt.expression.type === 'AwaitExpression' ? stmt.expression.argument : stmt.expression;
  if (e.type !== 'CallExpression') return false;
  if (e.callee.type === 'Identifier' && (/^set[A-Z]/.test(e.callee.name) || actions.has(e.callee.name))) return e.arguments.every((a) => onlyPureCalls(a, actions, new Set()));
  return false;
}

/** Applies the rewrite; the handler already takes `formData`. */
export function toActionState(handler: SubmitHandler, plan: StatePlan, formDataName: string, ctx: FormContext, react18: boolean): void {
  const fn = handler.fn.node as { params: Node[]; body: { body: Statement[] } };
  const taken = boundNames(handler.component.node);
  const multi = plan.vars.length > 1;
  const stateExpr = plan.vars.length === 0 ? 'null' : multi ? `{ ${plan.vars.map((v) => v.name).join(', ')} }` : plan.vars[0]!.name;
  const stateType = plan.vars.length === 0 ? 'null' : multi ? `{ ${plan.vars.map((v) => `${v.name}: ${v.type}`).join('; ')} }` : plan.vars[0]!.type;
  const semi = ctx.style.semi ? ';' : '';
  const prevName = freshName('prevState', taken);

  // Setter calls become assignments; the pending flag's calls go. Collected first: removing
  // statements while walking would skip their neighbours.
  const setterStatements: Path[] = [];
  const bareReturns: Path[] = [];
  walkOwnBody(handler.fn.node, (p) => {
    const n = p.node;
    if (n.type === 'ReturnStatement' && !n.argument) bareReturns.push(p);
    if (n.type === 'ExpressionStatement' && n.expression.type === 'CallExpression' && n.expression.callee.type === 'Identifier') setterStatements.push(p);
  });
  for (const p of bareReturns) (p.node as { argument: Node | null }).argument = stateSlot(ctx, stateExpr);
  for (const p of setterStatements) {
    const n = p.node as { expression: { callee: { name: string }; arguments: Node[] } };
    const setter = n.expression.callee.name;
    if (plan.pending && setter === plan.pending.setter) replaceAt(p, null);
    const v = plan.vars.find((x) => x.setter === setter);
    if (v) n.expression = { type: 'AssignmentExpression', operator: '=', left: { type: 'Identifier', name: v.name }, right: n.expression.arguments[0] } as never;
  }
  pruneEmptyTry(fn.body.body);
  const last = fn.body.body[fn.body.body.length - 1];
  if (last?.type !== 'ReturnStatement') fn.body.body.push({ type: 'ReturnStatement', argument: stateSlot(ctx, stateExpr) } as never);
  if (plan.vars.length > 0) fn.body.body.unshift(ctx.stmtSlot(`let ${stateExpr} = ${prevName}${semi}`));
  const typed = (name: string, type: string) => ({ type: 'Identifier', name, typeAnnotation: ctx.typescript ? { type: 'TSTypeAnnotation', typeAnnotation: ctx.typeSlot(type) } : null }) as Node;
  fn.params = [typed(plan.vars.length === 0 ? `_${prevName}` : prevName, stateType), fn.params[0]!];
  void formDataName;

  // The hook replaces the useState lines, after the handler when the handler is a const.
  const hookObject = plan.vars[0]?.hookObject ?? plan.pending?.hookObject ?? null;
  const hookName = react18 ? 'useFormState' : 'useActionState';
  const source = react18 ? 'react-dom' : 'react';
  // The name may already mean something else here (react-hook-form exports a useFormState too).
  const fileNames = boundNames(ctx.ast);
  const alreadyImported = ctx.ast.program.body.some((st) => st.type === 'ImportDeclaration' && st.source.value === source && st.specifiers.some((x) => x.local.name === hookName));
  const local = !alreadyImported && fileNames.has(hookName) ? freshName(react18 ? 'useReactDomFormState' : 'useReactActionState', fileNames) : hookName;
  const hook = hookObject && !react18 ? `${hookObject}.${hookName}` : local;
  if (!hookObject || react18) ctx.imports.add(source, hookName, local);
  const initial = plan.vars.length === 0 ? 'null' : multi ? `{ ${plan.vars.map((v) => `${v.name}: ${v.init ? ctx.source.slice(v.init.start!, v.init.end!) : 'undefined'}`).join(', ')} }` : plan.vars[0]!.init ? ctx.source.slice(plan.vars[0]!.init.start!, plan.vars[0]!.init.end!) : 'undefined';
  const formAction = freshName('formAction', taken);
  const pattern = [plan.vars.length === 0 ? '' : stateExpr, formAction, ...(plan.pending ? [plan.pending.name] : [])].join(', ');
  const hookStmt = ctx.stmtSlot(`const [${pattern}] = ${hook}(${plan.handlerName}, ${initial})${semi}`);
  const removed = [...plan.vars, ...(plan.pending ? [plan.pending] : [])].map((v) => v.decl.node);
  const body = (handler.component.node as { body: { body: Statement[] } }).body.body;
  const firstAt = Math.min(...removed.map((n) => body.indexOf(n as Statement)));
  for (const n of removed) body.splice(body.indexOf(n as Statement), 1);
  if (handler.fn.node.type === 'FunctionDeclaration') body.splice(firstAt, 0, hookStmt);
  else body.splice(body.indexOf(handler.decl.node as Statement) + 1, 0, hookStmt);
  const attr = handler.attribute.node as { name: unknown; value: unknown };
  attr.name = { type: 'JSXIdentifier', name: 'action' };
  attr.value = { type: 'JSXExpressionContainer', expression: { type: 'Identifier', name: formAction } };
  void enclosingFunction;
}

function stateSlot(ctx: FormContext, text: string): Node {
  return ctx.exprSlot(text);
}

/** `try { ... } finally { setPending(false) }` loses its finally; a bare try unwraps. */
function pruneEmptyTry(body: Statement[]): void {
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    if (s.type === 'TryStatement') {
      pruneEmptyTry(s.block.body);
      if (s.handler) pruneEmptyTry(s.handler.body.body);
      if (s.finalizer && s.finalizer.body.length === 0) s.finalizer = null;
      if (!s.handler && !s.finalizer) {
        body.splice(i, 1, ...s.block.body);
        i += s.block.body.length - 1;
      }
    } else if (s.type === 'IfStatement' && s.consequent.type === 'BlockStatement') pruneEmptyTry(s.consequent.body);
  }
}
