// The useActionState rewrite (docs/caller-rewrite.md): a submit handler that only turns the action's result
// into component state becomes `(prevState, formData) => nextState`, and the pending flag
// becomes React's own, which a setState inside the transition could not show.
import type { Node, Statement } from '@babel/types';
import { walk, walkOwnBody, type Path } from '../../ast/walk.js';
import { indentAt, lineStart, moveText, nextLineStart } from '../../ast/text-edits.js';
import { boundNames, freshName, isIdent, mayBind, memberProp } from '../../ast/nodes.js';
import { writeParams, type FormContext, type FormReading, type SubmitHandler } from './form-handler.js';

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
const PURE_METHODS = new Set([
  'get',
  'getAll',
  'has',
  'trim',
  'toString',
  'toLowerCase',
  'toUpperCase',
  'map',
  'filter',
  'join',
  'includes',
  'slice',
  'split',
  'fromEntries',
  'entries',
  'stringify',
  'parse',
  'from',
  'keys',
  'values',
]);

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
    const hookObject =
      callee.type === 'MemberExpression' && callee.object.type === 'Identifier' ? callee.object.name : null;
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
  const name =
    handler.fn.node.type === 'FunctionDeclaration'
      ? handler.fn.node.id?.name
      : handler.decl !== handler.fn
        ? (handler.fn.parent!.node as { id: { name: string } }).id.name
        : null;
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
      if (
        p.parent?.node.type !== 'ExpressionStatement' ||
        n.arguments.length !== 1 ||
        !arg ||
        arg.type === 'ArrowFunctionExpression' ||
        arg.type === 'FunctionExpression'
      )
        shapeOk = false;
      called.set(v, [...(called.get(v) ?? []), arg!]);
    }
  });
  // Setters used elsewhere (other handlers, effects, nested callbacks) keep their useState.
  let outside = false;
  walk(handler.component.node, (p) => {
    if (
      p.node.type === 'Identifier' &&
      [...called.keys()].some((v) => v.setter === (p.node as { name: string }).name)
    ) {
      const inHandler = isWithinOwnBody(p, handler.fn.node);
      if (!inHandler && p.parent?.node.type !== 'ArrayPattern') outside = true;
    }
  });
  if (!shapeOk || outside || called.size === 0) return null;
  let pending: StateVar | null = null;
  for (const [v, args] of called) {
    if (
      args.every((a) => a.type === 'BooleanLiteral') &&
      args.some((a) => a.type === 'BooleanLiteral' && a.value) &&
      v.init?.type === 'BooleanLiteral' &&
      !v.init.value
    )
      pending = v;
  }
  const actions = ctx.actions;
  const formData = new Set<string>();
  for (const stmt of fnBody.body) if (!statementOk(stmt, actions, formData)) return null;
  const vars = all.filter((v) => called.has(v) && v !== pending);
  // The handler gets `let <state> = prevState`: a name of its own like a state's would clash with it.
  const own = boundNames(fnBody);
  if (vars.some((v) => own.has(v.name))) return null;
  return { vars, pending, handlerName: name };
}

function isWithinOwnBody(path: Path, fn: Node): boolean {
  for (let p: Path | null = path; p; p = p.parent) {
    if (p.node === fn) return true;
    if (
      p !== path &&
      (p.node.type === 'ArrowFunctionExpression' ||
        p.node.type === 'FunctionExpression' ||
        p.node.type === 'FunctionDeclaration')
    )
      return p.node === fn;
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
      return (
        onlyPureCalls(stmt.test, actions, formData) &&
        statementOk(stmt.consequent, actions, formData) &&
        (!stmt.alternate || statementOk(stmt.alternate, actions, formData))
      );
    case 'BlockStatement':
      return stmt.body.every((s) => statementOk(s, actions, formData));
    case 'TryStatement':
      return (
        statementOk(stmt.block, actions, formData) &&
        (!stmt.handler || statementOk(stmt.handler.body, actions, formData)) &&
        (!stmt.finalizer || statementOk(stmt.finalizer, actions, formData))
      );
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
  if (e.callee.type === 'Identifier' && (/^set[A-Z]/.test(e.callee.name) || actions.has(e.callee.name)))
    return e.arguments.every((a) => onlyPureCalls(a, actions, new Set()));
  return false;
}

/**
 * Applies the rewrite as text edits. `formData` is the handler's FormData parameter as written,
 * which follows the state parameter.
 */
export function toActionState(
  handler: SubmitHandler,
  plan: StatePlan,
  formData: string,
  ctx: FormContext,
  react18: boolean,
): void {
  const { edits, source } = ctx;
  const fn = handler.fn.node as Node & { body: Node & { body: Statement[] } };
  // The walks for bound names only when a name may be bound: over every form they cost a bench run dearly.
  let taken: Set<string> | undefined;
  const free = (base: string) =>
    mayBind(source, base) ? freshName(base, (taken ??= boundNames(handler.component.node))) : base;
  const multi = plan.vars.length > 1;
  const stateExpr =
    plan.vars.length === 0 ? 'null' : multi ? `{ ${plan.vars.map((v) => v.name).join(', ')} }` : plan.vars[0]!.name;
  const stateType =
    plan.vars.length === 0
      ? 'null'
      : multi
        ? `{ ${plan.vars.map((v) => `${v.name}: ${v.type}`).join('; ')} }`
        : plan.vars[0]!.type;
  const semi = ctx.style.semi ? ';' : '';
  const eol = ctx.style.eol;
  const prevName = free('prevState');

  // Setter calls become assignments; the pending flag's calls go.
  walkOwnBody(handler.fn.node, (p) => {
    const n = p.node;
    if (n.type === 'ReturnStatement' && !n.argument) edits.insert(n.start! + 'return'.length, ` ${stateExpr}`);
    if (
      n.type !== 'ExpressionStatement' ||
      n.expression.type !== 'CallExpression' ||
      n.expression.callee.type !== 'Identifier'
    )
      return;
    const setter = n.expression.callee.name;
    if (plan.pending && setter === plan.pending.setter) edits.removeStatement(n);
    const v = plan.vars.find((x) => x.setter === setter);
    if (v)
      edits.replaceNode(n.expression, [
        `${v.name} = `,
        moveText(n.expression.arguments[0]!, indentAt(source, n.start!)),
      ]);
  });
  const kept = pruneEmptyTry(fn.body.body, ctx);
  // New first and last lines go on lines of their own, at the body's indentation.
  const first = fn.body.body[0]!;
  const indent = indentAt(source, first.start!);
  const closing = fn.body.end! - 1;
  const lastEnd = fn.body.body[fn.body.body.length - 1]!.end!;
  const ownLine = source.slice(lastEnd, closing).includes('\n');
  if (kept[kept.length - 1]?.type !== 'ReturnStatement')
    edits.insert(
      ownLine ? lineStart(source, closing) : closing,
      ownLine ? `${indent}return ${stateExpr}${semi}${eol}` : ` return ${stateExpr}${semi} `,
    );
  const firstStart = Math.min(first.start!, ...(first.leadingComments ?? []).map((c) => c.start!));
  const letLine = `let ${stateExpr} = ${prevName}${semi}`;
  if (plan.vars.length > 0) {
    if (source.slice(fn.body.start!, firstStart).includes('\n'))
      edits.insert(lineStart(source, firstStart), `${indent}${letLine}${eol}`);
    else edits.insert(fn.body.start! + 1, ` ${letLine}`);
  }
  const typed = (name: string, type: string) => (ctx.typescript ? `${name}: ${type}` : name);
  writeParams(edits, fn, `${typed(plan.vars.length === 0 ? `_${prevName}` : prevName, stateType)}, ${formData}`);

  // The hook replaces the useState lines, after the handler when the handler is a const.
  const hookObject = plan.vars[0]?.hookObject ?? plan.pending?.hookObject ?? null;
  const hookName = react18 ? 'useFormState' : 'useActionState';
  const from = react18 ? 'react-dom' : 'react';
  // The name may already mean something else here (react-hook-form exports a useFormState too).
  const alreadyImported = ctx.ast.program.body.some(
    (st) =>
      st.type === 'ImportDeclaration' &&
      st.source.value === from &&
      st.specifiers.some((x) => x.local.name === hookName),
  );
  const fileNames = !alreadyImported && mayBind(source, hookName) ? boundNames(ctx.ast) : null;
  const local = fileNames?.has(hookName)
    ? freshName(react18 ? 'useReactDomFormState' : 'useReactActionState', fileNames)
    : hookName;
  const hook = hookObject && !react18 ? `${hookObject}.${hookName}` : local;
  if (!hookObject || react18) ctx.imports.add(from, hookName, local);
  const initialOf = (v: StateVar) => (v.init ? source.slice(v.init.start!, v.init.end!) : 'undefined');
  const initial =
    plan.vars.length === 0
      ? 'null'
      : multi
        ? `{ ${plan.vars.map((v) => `${v.name}: ${initialOf(v)}`).join(', ')} }`
        : initialOf(plan.vars[0]!);
  const formAction = free('formAction');
  const pattern = [
    plan.vars.length === 0 ? '' : stateExpr,
    formAction,
    ...(plan.pending ? [plan.pending.name] : []),
  ].join(', ');
  const hookStmt = `const [${pattern}] = ${hook}(${plan.handlerName}, ${initial})${semi}`;
  const body = (handler.component.node as { body: { body: Statement[] } }).body.body;
  const states = [...plan.vars, ...(plan.pending ? [plan.pending] : [])]
    .map((v) => v.decl.node as Statement)
    .sort((a, b) => body.indexOf(a) - body.indexOf(b));
  if (handler.fn.node.type === 'FunctionDeclaration') {
    edits.replaceNode(states[0]!, hookStmt);
    edits.removeStatements(states.slice(1));
  } else {
    edits.removeStatements(states);
    edits.insert(handler.decl.node.end!, `${eol}${eol}${indentAt(source, handler.decl.node.start!)}${hookStmt}`);
  }
  const attr = handler.attribute.node as Node & { name: Node; value: Node };
  edits.replaceNode(attr.name, 'action');
  edits.replaceNode(attr.value, `{${formAction}}`);
}

/**
 * `try { ... } finally { setPending(false) }` loses its emptied finally, and a try left bare is
 * unwrapped. Returns the statements the list holds afterwards, the unwrapped ones included.
 * What is emptied is read from the statements the edits removed whole.
 */
function pruneEmptyTry(list: Statement[], ctx: FormContext): Statement[] {
  const { edits, source } = ctx;
  const removed = edits.removed;
  const out: Statement[] = [];
  for (const s of list) {
    if (removed.has(s)) continue;
    if (s.type === 'IfStatement' && s.consequent.type === 'BlockStatement') pruneEmptyTry(s.consequent.body, ctx);
    if (s.type !== 'TryStatement') {
      out.push(s);
      continue;
    }
    const inner = pruneEmptyTry(s.block.body, ctx);
    if (s.handler) pruneEmptyTry(s.handler.body.body, ctx);
    const finalizerEmpty =
      s.finalizer !== null && s.finalizer !== undefined && s.finalizer.body.every((x) => removed.has(x));
    if (!finalizerEmpty) {
      out.push(s);
      continue;
    }
    if (s.handler) {
      edits.replace(s.handler.end!, s.finalizer!.end!, '', true);
      out.push(s);
      continue;
    }
    // A bare try: its statements take its place, one level out.
    const first = s.block.body[0];
    if (!first) edits.removeStatement(s);
    else
      edits.replace(
        lineStart(source, s.start!),
        nextLineStart(source, s.end!),
        {
          start: lineStart(source, first.start!),
          end: lineStart(source, s.block.end! - 1),
          indent: indentAt(source, s.start!),
          lines: true,
        },
        true,
      );
    out.push(...inner);
  }
  return out;
}
