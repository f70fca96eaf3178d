// Answers a route builds with the app's own code: `new AppError('unauthorized').toResponse()`,
// `AppError.toResponse(...)`, `errorResponse('Not found', 404)`. The method or function is read
// in the app's module: when every `return` of it is a JSON response, the action returns that
// response's JSON (and its status), so callers reading `ok`, `status` or the body see what they
// saw (docs/pipeline.md, step 4). Its status is known before the run when the arguments lead to
// it through literals: a table, a `switch`, a default.
import type { CallExpression, ClassDeclaration, ClassMethod, Expression, File, Node, Statement } from '@babel/types';
import type { ProjectModel } from '../../model/model.js';
import type { Reason, RouteFile } from '../../model/types.js';
import { isIdent, memberProp, patternNames, staticKey, unwrap } from '../../ast/nodes.js';
import { isFunction, visitNodes, walkOwnBody } from '../../ast/walk.js';
import { exportedFunction, importedModule, localFunction } from './handler-wrapper.js';
import type { HandlerFunction } from './plan.js';

/** Where a route handler's answers are read: its module, and the app's modules behind its imports. */
export interface AnswerContext {
  route: RouteFile;
  ast: File;
  model: ProjectModel | undefined;
}

const contexts = new WeakMap<Node, AnswerContext>();

/**
 * Lets the answers of every function of a route module be read through the app's modules. Called
 * once per parsed route before its handlers are analysed; a handler of a module not registered
 * is read as before (an app's own answer stays `unsupported-handler`).
 */
export function readAnswersThrough(route: RouteFile, ast: File, model: ProjectModel | undefined): void {
  const context: AnswerContext = { route, ast, model };
  visitNodes(ast, (node) => void (isFunction(node) && contexts.set(node, context)));
}

export function answerContextOf(fn: Node): AnswerContext | null {
  return contexts.get(fn) ?? null;
}

/** What one `return` of the app's method or function answers, as responses.ts reads it. */
export type ReturnReader = (
  value: Expression,
  fn: Node,
) =>
  | {
      kind: 'json';
      body: Expression | null;
      status: number | null;
      statusExpr: Expression | null;
      text?: boolean;
      headers: unknown[];
      cookieWrites: unknown[];
    }
  | { kind: 'skip'; reason: Reason; message: string };

/** The answer's status (null: known at run time only), or why the route stays (`unsupported-handler` unless the method's answer says more). */
export type AppAnswer = { status: number | null } | { failure: string; reason?: Reason };

/**
 * Reads `call` as an answer the app's own code builds; null when it is not a call of the app's
 * code (a package's helper, a name not found), so the caller keeps its own message.
 */
export function readAppAnswer(
  call: CallExpression | Expression,
  context: AnswerContext,
  readReturn: ReturnReader,
): AppAnswer | null {
  const n = unwrap(call);
  if (n.type !== 'CallExpression') return null;
  const callee = unwrap(n.callee);
  const routeScope = moduleScope(context.ast);
  const args = n.arguments.map((a) =>
    a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' ? UNKNOWN : evaluate(a as Expression, routeScope),
  );
  if (callee.type === 'Identifier') {
    const found = definition(
      context,
      callee.name,
      (ast, name) => localFunction(ast, name),
      (ast, name) => exportedFunction(ast, name),
    );
    if (!found) return null;
    if ('failure' in found) return found;
    return readCallable(`${callee.name}()`, found, args, null, readReturn);
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return null;
  const method = callee.property.name;
  const owner = unwrap(callee.object);
  // `new AppError(...).toResponse()`, or the static `AppError.toResponse(...)`.
  const created = owner.type === 'NewExpression' && owner.callee.type === 'Identifier' ? owner : null;
  const className = created
    ? (created.callee as { name: string }).name
    : owner.type === 'Identifier'
      ? owner.name
      : null;
  if (!className) return null;
  const found = definition(context, className, localClass, exportedClass);
  if (!found) return null;
  if ('failure' in found) return found;
  const label = created ? `new ${className}(...).${method}()` : `${className}.${method}()`;
  const fn = found.def.body.body.find(
    (m): m is ClassMethod =>
      m.type === 'ClassMethod' && m.kind === 'method' && !m.computed && isIdent(m.key, method) && m.static === !created,
  );
  if (!fn)
    return { failure: `answers through \`${label}\`, a method ${className} does not define itself (${found.file})` };
  let fields: Map<string, Value> | null = null;
  if (created) {
    const constructorArgs = created.arguments.map((a) =>
      a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' ? UNKNOWN : evaluate(a as Expression, routeScope),
    );
    fields = construct(found.def, constructorArgs, found.ast);
  }
  return readCallable(label, { def: fn, ast: found.ast, file: found.file }, args, fields, readReturn);
}

type Definition<T> = { def: T; ast: File; file: string } | { failure: string } | null;

/** A name of the route's module, defined there or in the app module it is imported from. */
function definition<T>(
  context: AnswerContext,
  name: string,
  local: (ast: File, name: string) => T | null,
  exported: (ast: File, name: string) => T | null,
): Definition<T> {
  const here = local(context.ast, name);
  if (here) return { def: here, ast: context.ast, file: context.route.file };
  const mod = importedModule(context.route, context.ast, name, context.model, 'answers with');
  if (!mod || 'reason' in mod) return null;
  const def = exported(mod.ast, mod.exported);
  return def ? { def, ast: mod.ast, file: mod.file } : null;
}

function localClass(ast: File, name: string): ClassDeclaration | null {
  for (const stmt of ast.program.body) {
    const d =
      stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (d?.type === 'ClassDeclaration' && d.id?.name === name) return d;
  }
  return null;
}

function exportedClass(ast: File, name: string): ClassDeclaration | null {
  for (const stmt of ast.program.body) {
    if (stmt.type === 'ExportDefaultDeclaration' && name === 'default')
      return stmt.declaration.type === 'ClassDeclaration'
        ? stmt.declaration
        : stmt.declaration.type === 'Identifier'
          ? localClass(ast, stmt.declaration.name)
          : null;
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    if (stmt.declaration?.type === 'ClassDeclaration' && stmt.declaration.id?.name === name) return stmt.declaration;
    for (const s of stmt.specifiers)
      if (
        s.type === 'ExportSpecifier' &&
        (s.exported.type === 'Identifier' ? s.exported.name : s.exported.value) === name
      )
        return localClass(ast, s.local.name);
  }
  return null;
}

/** Every `return` of the method or function must answer a JSON body; the status is what they agree on. */
function readCallable(
  label: string,
  found: { def: HandlerFunction | ClassMethod; ast: File; file: string },
  args: Value[],
  fields: Map<string, Value> | null,
  readReturn: ReturnReader,
): AppAnswer {
  const { def: fn, ast } = found;
  const through = `answers through \`${label}\` (${found.file})`;
  if (fn.async || fn.generator) return { failure: `${through}, which is asynchronous` };
  const returns: Array<Expression | null> = [];
  if (fn.body.type !== 'BlockStatement') returns.push(fn.body);
  else walkOwnBody(fn, (p) => void (p.node.type === 'ReturnStatement' && returns.push(p.node.argument ?? null)));
  if (returns.length === 0) return { failure: `${through}, which returns no response` };
  const scope = functionScope(fn, args, fields, ast);
  const statuses = new Set<Value>();
  for (const value of returns) {
    const shape = value ? readReturn(value, fn) : null;
    if (!shape) return { failure: `${through}, which returns without a response` };
    if (shape.kind !== 'json') return { failure: `${through}, which ${shape.message}`, reason: shape.reason };
    if (shape.body === null || shape.text) return { failure: `${through}, whose response has no JSON body` };
    if (shape.headers.length > 0 || shape.cookieWrites.length > 0)
      return { failure: `${through}, whose response sets headers` };
    statuses.add(shape.status ?? (shape.statusExpr ? evaluate(shape.statusExpr, scope) : UNKNOWN));
  }
  const [only] = statuses;
  return { status: statuses.size === 1 && typeof only === 'number' ? only : null };
}

// A small evaluator of literals: enough to follow a constructor argument to the status a table,
// a `switch` or a default gives it. Anything else is UNKNOWN.
const UNKNOWN = Symbol('unknown');
type Value = string | number | boolean | null | undefined | Value[] | typeof UNKNOWN;

interface Scope {
  vars: Map<string, Value>;
  fields: Map<string, Value> | null;
  ast: File;
  depth: number;
}

const moduleScope = (ast: File): Scope => ({ vars: new Map(), fields: null, ast, depth: 0 });

/** The object's fields once its constructor ran: initialisers, parameter properties, `this.x = ...`. */
function construct(cls: ClassDeclaration, args: Value[], ast: File): Map<string, Value> {
  const fields = new Map<string, Value>();
  const scope: Scope = { vars: new Map(), fields, ast, depth: 0 };
  for (const m of cls.body.body)
    if (m.type === 'ClassProperty' && !m.static && !m.computed && m.key.type === 'Identifier')
      fields.set(m.key.name, m.value ? evaluate(m.value, scope) : undefined);
  const ctor = cls.body.body.find((m): m is ClassMethod => m.type === 'ClassMethod' && m.kind === 'constructor');
  if (!ctor) return fields;
  ctor.params.forEach((p, i) => {
    if (p.type === 'TSParameterProperty' && p.parameter.type === 'Identifier') fields.set(p.parameter.name, args[i]);
  });
  const inner = { ...scope, vars: bindParams(ctor.params, args, scope) };
  run(ctor.body.body, inner);
  return fields;
}

function bindParams(params: Node[], args: Value[], scope: Scope): Map<string, Value> {
  const vars = new Map<string, Value>();
  params.forEach((p, i) => {
    const param = p.type === 'TSParameterProperty' ? p.parameter : p;
    if (param.type === 'Identifier') vars.set(param.name, args[i]);
    else if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier')
      vars.set(param.left.name, args[i] === undefined ? evaluate(param.right, scope) : args[i]);
    else patternNames(param).forEach((n) => vars.set(n, UNKNOWN));
  });
  return vars;
}

/**
 * The names a method's returns read: its parameters, then its top-level declarations in order
 * (`const { statusCode } = this`). A name declared deeper, or assigned again, is UNKNOWN.
 */
function functionScope(
  fn: HandlerFunction | ClassMethod,
  args: Value[],
  fields: Map<string, Value> | null,
  ast: File,
): Scope {
  const scope: Scope = { vars: new Map(), fields, ast, depth: 0 };
  scope.vars = bindParams(fn.params, args, scope);
  if (fn.body.type !== 'BlockStatement') return scope;
  const top = new Set(fn.body.body);
  walkOwnBody(fn, (p) => {
    const n = p.node;
    if (n.type === 'VariableDeclaration' && !top.has(n))
      n.declarations.forEach((d) => patternNames(d.id).forEach((x) => scope.vars.set(x, UNKNOWN)));
  });
  for (const stmt of fn.body.body) if (stmt.type === 'VariableDeclaration') declare(stmt, scope);
  walkOwnBody(fn, (p) => {
    const n = p.node;
    if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier') scope.vars.set(n.left.name, UNKNOWN);
    if (n.type === 'UpdateExpression' && n.argument.type === 'Identifier') scope.vars.set(n.argument.name, UNKNOWN);
  });
  return scope;
}

function declare(stmt: Statement & { type: 'VariableDeclaration' }, scope: Scope): void {
  for (const d of stmt.declarations) {
    const init = d.init ? unwrap(d.init) : null;
    if (d.id.type === 'Identifier') scope.vars.set(d.id.name, init ? evaluate(init as Expression, scope) : undefined);
    else if (d.id.type === 'ObjectPattern' && init?.type === 'ThisExpression' && scope.fields) {
      for (const p of d.id.properties) {
        const key = p.type === 'ObjectProperty' ? staticKey(p as never) : null;
        if (p.type === 'ObjectProperty' && key && p.value.type === 'Identifier')
          scope.vars.set(p.value.name, scope.fields.has(key) ? scope.fields.get(key) : UNKNOWN);
        else patternNames(p).forEach((n) => scope.vars.set(n, UNKNOWN));
      }
    } else if (d.id.type === 'ArrayPattern') {
      const value = init ? evaluate(init as Expression, scope) : UNKNOWN;
      d.id.elements.forEach((el, i) => {
        if (el?.type === 'Identifier') scope.vars.set(el.name, Array.isArray(value) ? value[i] : UNKNOWN);
        else if (el) patternNames(el).forEach((n) => scope.vars.set(n, UNKNOWN));
      });
    } else patternNames(d.id).forEach((n) => scope.vars.set(n, UNKNOWN));
  }
}

const RETURNED = Symbol('returned');
type Outcome = { [RETURNED]: Value } | 'break' | null;

/** Runs statements; a statement not understood makes what it may assign, and any answer, UNKNOWN. */
function run(statements: Statement[], scope: Scope): Outcome {
  for (const stmt of statements) {
    const out = step(stmt, scope);
    if (out) return out;
  }
  return null;
}

function step(stmt: Statement, scope: Scope): Outcome {
  switch (stmt.type) {
    case 'VariableDeclaration':
      declare(stmt, scope);
      return null;
    case 'ReturnStatement':
      return { [RETURNED]: stmt.argument ? evaluate(stmt.argument, scope) : undefined };
    case 'BreakStatement':
      return stmt.label ? poison(stmt, scope) : 'break';
    case 'BlockStatement':
      return run(stmt.body, scope);
    case 'EmptyStatement':
      return null;
    case 'ExpressionStatement': {
      const e = unwrap(stmt.expression);
      if (e.type === 'AssignmentExpression' && e.operator === '=') {
        const target =
          e.left.type === 'MemberExpression' && e.left.object.type === 'ThisExpression' ? memberProp(e.left) : null;
        if (target && scope.fields) scope.fields.set(target, evaluate(e.right, scope));
        else if (e.left.type === 'Identifier') scope.vars.set(e.left.name, evaluate(e.right, scope));
        else return poison(stmt, scope);
        return null;
      }
      // `super(message)`, `console.error(...)`: what they change is not read here.
      if (e.type === 'CallExpression') return null;
      return poison(stmt, scope);
    }
    case 'IfStatement': {
      const test = evaluate(stmt.test, scope);
      if (test === UNKNOWN) return poison(stmt, scope);
      return test ? step(stmt.consequent, scope) : stmt.alternate ? step(stmt.alternate, scope) : null;
    }
    case 'SwitchStatement': {
      const on = evaluate(stmt.discriminant, scope);
      if (on === UNKNOWN) return poison(stmt, scope);
      let at = -1;
      for (let i = 0; i < stmt.cases.length && at < 0; i++) {
        const test = stmt.cases[i]!.test;
        if (!test) continue;
        const value = evaluate(test, scope);
        if (value === UNKNOWN) return poison(stmt, scope);
        if (value === on) at = i;
      }
      if (at < 0) at = stmt.cases.findIndex((c) => c.test === null);
      if (at < 0) return null;
      const out = run(
        stmt.cases.slice(at).flatMap((c) => c.consequent),
        scope,
      );
      return out === 'break' ? null : out;
    }
    default:
      return poison(stmt, scope);
  }
}

/** What a statement not understood may assign becomes UNKNOWN; if it may return, so does the answer. */
function poison(stmt: Statement, scope: Scope): Outcome {
  let returns = false;
  visitNodes(stmt, (n) => {
    if (isFunction(n)) return false;
    if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement') returns = true;
    if (n.type === 'VariableDeclarator') patternNames(n.id).forEach((x) => scope.vars.set(x, UNKNOWN));
    if (n.type === 'AssignmentExpression') {
      const target =
        n.left.type === 'MemberExpression' && n.left.object.type === 'ThisExpression' ? memberProp(n.left) : null;
      if (target && scope.fields) scope.fields.set(target, UNKNOWN);
      if (n.left.type === 'Identifier') scope.vars.set(n.left.name, UNKNOWN);
    }
    if (n.type === 'UpdateExpression') {
      if (n.argument.type === 'Identifier') scope.vars.set(n.argument.name, UNKNOWN);
      const target =
        n.argument.type === 'MemberExpression' && n.argument.object.type === 'ThisExpression'
          ? memberProp(n.argument)
          : null;
      if (target && scope.fields) scope.fields.set(target, UNKNOWN);
    }
    return undefined;
  });
  return returns ? { [RETURNED]: UNKNOWN } : null;
}

/** A module-level `const` of the scope's module, by name. */
function moduleConst(ast: File, name: string): Expression | null {
  for (const stmt of ast.program.body) {
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (d?.type !== 'VariableDeclaration' || d.kind !== 'const') continue;
    for (const x of d.declarations) if (isIdent(x.id, name) && x.init) return x.init;
  }
  return null;
}

function evaluate(node: Node, scope: Scope): Value {
  const n = unwrap(node);
  switch (n.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return n.value;
    case 'NullLiteral':
      return null;
    case 'TemplateLiteral': {
      let text = n.quasis[0]!.value.cooked ?? UNKNOWN;
      for (let i = 0; i < n.expressions.length && text !== UNKNOWN; i++) {
        const v = evaluate(n.expressions[i]!, scope);
        text =
          typeof v === 'string' || typeof v === 'number'
            ? text + String(v) + (n.quasis[i + 1]!.value.cooked ?? '')
            : UNKNOWN;
      }
      return text;
    }
    case 'Identifier': {
      if (n.name === 'undefined') return undefined;
      if (scope.vars.has(n.name)) return scope.vars.get(n.name);
      const init = scope.depth < 8 ? moduleConst(scope.ast, n.name) : null;
      return init ? evaluate(init, { vars: new Map(), fields: null, ast: scope.ast, depth: scope.depth + 1 }) : UNKNOWN;
    }
    case 'MemberExpression': {
      if (n.object.type === 'ThisExpression') {
        const key = memberProp(n);
        return key && scope.fields?.has(key) ? scope.fields.get(key) : UNKNOWN;
      }
      const key = n.computed
        ? evaluate(n.property, scope)
        : n.property.type === 'Identifier'
          ? n.property.name
          : UNKNOWN;
      if (key === UNKNOWN) return UNKNOWN;
      const object = unwrap(n.object);
      const table =
        object.type === 'Identifier' && !scope.vars.has(object.name) ? moduleConst(scope.ast, object.name) : null;
      if (table && unwrap(table).type === 'ObjectExpression')
        return tableEntry(unwrap(table) as Node & { type: 'ObjectExpression' }, String(key), scope);
      const value = evaluate(object, scope);
      return Array.isArray(value) && typeof key === 'number' ? value[key] : UNKNOWN;
    }
    case 'CallExpression': {
      const args = n.arguments.map((a) =>
        a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' ? UNKNOWN : evaluate(a as Expression, scope),
      );
      if (memberProp(n.callee) === 'split' && n.callee.type === 'MemberExpression') {
        const on = evaluate(n.callee.object, scope);
        return typeof on === 'string' && typeof args[0] === 'string' ? on.split(args[0]) : UNKNOWN;
      }
      if (n.callee.type !== 'Identifier' || scope.depth >= 8) return UNKNOWN;
      const fn = localFunction(scope.ast, n.callee.name);
      if (!fn || fn.async || fn.generator) return UNKNOWN;
      const inner: Scope = { vars: new Map(), fields: null, ast: scope.ast, depth: scope.depth + 1 };
      inner.vars = bindParams(fn.params, args, inner);
      if (fn.body.type !== 'BlockStatement') return evaluate(fn.body, inner);
      const out = run(fn.body.body, inner);
      return out && out !== 'break' ? out[RETURNED] : UNKNOWN;
    }
    case 'LogicalExpression': {
      const left = evaluate(n.left, scope);
      if (left === UNKNOWN) return UNKNOWN;
      if (n.operator === '??') return left === null || left === undefined ? evaluate(n.right, scope) : left;
      if (n.operator === '||') return left ? left : evaluate(n.right, scope);
      return left ? evaluate(n.right, scope) : left;
    }
    case 'ConditionalExpression': {
      const test = evaluate(n.test, scope);
      return test === UNKNOWN ? UNKNOWN : evaluate(test ? n.consequent : n.alternate, scope);
    }
    case 'BinaryExpression': {
      if (!['===', '!==', '==', '!='].includes(n.operator) || n.left.type === 'PrivateName') return UNKNOWN;
      const a = evaluate(n.left, scope);
      const b = evaluate(n.right, scope);
      if (a === UNKNOWN || b === UNKNOWN || Array.isArray(a) || Array.isArray(b)) return UNKNOWN;
      return n.operator.startsWith('!') ? a !== b : a === b;
    }
    case 'UnaryExpression':
      if (n.operator !== '!') return UNKNOWN;
      {
        const v = evaluate(n.argument, scope);
        return v === UNKNOWN ? UNKNOWN : !v;
      }
    default:
      return UNKNOWN;
  }
}

/** `STATUS[type]` of a literal table: the entry, undefined when it has none, UNKNOWN when it cannot tell. */
function tableEntry(table: Node & { type: 'ObjectExpression' }, key: string, scope: Scope): Value {
  for (const p of table.properties) {
    const name = staticKey(p);
    if (name === null) return UNKNOWN;
    if (name === key)
      return evaluate((p as { value: Node }).value, {
        ...scope,
        vars: new Map(),
        fields: null,
        depth: scope.depth + 1,
      });
  }
  return undefined;
}
