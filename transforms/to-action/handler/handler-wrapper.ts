// A route handler wrapped by the app's own helper (`export const POST = withAuth(async (req, ctx) => ...)`):
// finds the helper, in the route file or a module of the app, and reads it as a guard around the
// handler. Only a helper that returns a function whose one call of the handler is its answer is
// understood (checks and early answers before it, a try/catch around it); the action then runs
// the guard's statements with the handler's in place of that call, so no check is dropped.
import type { CallExpression, File, Node, ReturnStatement, Statement } from '@babel/types';
import type { Reason, RouteFile } from '../../model/types.js';
import type { ProjectModel } from '../../model/model.js';
import { parseForAnalysis } from '../../ast/parse.js';
import { boundNames, declaredNames, isIdent, patternNames, referencedNames, unwrap } from '../../ast/nodes.js';
import { walk, walkOwnBody, type Path } from '../../ast/walk.js';
import type { Guard, HandlerFunction } from './plan.js';

export interface WrapperCall {
  name: string;
  call: CallExpression;
}

type Failure = { reason: Reason; message: string };
const skip = (message: string): Failure => ({ reason: 'unsupported-handler', message });

/** Modules of the app read for their helpers, parsed once per run. */
const parsedHelpers = new WeakMap<object, Map<string, File | null>>();

function parseHelperModule(model: ProjectModel, file: string, text: string): File | null {
  let cache = parsedHelpers.get(model.snapshot);
  if (!cache) parsedHelpers.set(model.snapshot, (cache = new Map()));
  if (!cache.has(file)) {
    try {
      cache.set(file, parseForAnalysis(file, text));
    } catch {
      cache.set(file, null);
    }
  }
  return cache.get(file)!;
}

const isFn = (n: Node | null | undefined): n is HandlerFunction =>
  n?.type === 'FunctionDeclaration' || n?.type === 'FunctionExpression' || n?.type === 'ArrowFunctionExpression';

/** A top-level function of a module by its local name: `function n() {}` or `const n = () => ...`. */
export function localFunction(ast: File, name: string): HandlerFunction | null {
  for (const stmt of ast.program.body) {
    const d =
      stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (d?.type === 'FunctionDeclaration' && d.id?.name === name) return d;
    if (d?.type === 'VariableDeclaration')
      for (const x of d.declarations)
        if (isIdent(x.id, name) && x.init && isFn(unwrap(x.init))) return unwrap(x.init) as HandlerFunction;
  }
  return null;
}

/** What a module exports as `name` (`default` for its default export), when it is a function of its own. */
export function exportedFunction(ast: File, name: string): HandlerFunction | null {
  for (const stmt of ast.program.body) {
    if (stmt.type === 'ExportDefaultDeclaration' && name === 'default') {
      const d = stmt.declaration;
      if (isFn(d)) return d;
      if (d.type === 'Identifier') return localFunction(ast, d.name);
    }
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    if (stmt.declaration && declaredNames(stmt).includes(name)) return localFunction(ast, name);
    for (const s of stmt.specifiers) {
      if (
        s.type === 'ExportSpecifier' &&
        (s.exported.type === 'Identifier' ? s.exported.name : s.exported.value) === name
      )
        return localFunction(ast, s.local.name);
    }
  }
  return null;
}

/** The helper's definition, in the route's module or the app module it is imported from. */
function findDefinition(
  route: RouteFile,
  ast: File,
  source: string,
  name: string,
  model: ProjectModel | undefined,
): { def: HandlerFunction; file: string; source: string; ast: File } | Failure {
  const local = localFunction(ast, name);
  if (local) return { def: local, file: route.file, source, ast };
  const found = importedModule(route, ast, name, model, 'the handler is wrapped by');
  if (!found) return skip(`${name} wraps the handler, and is not a function of this file or an import`);
  if ('reason' in found) return found;
  const def = exportedFunction(found.ast, found.exported);
  if (!def)
    return skip(`the handler is wrapped by \`${name}\`, which ${found.file} does not define as a function of its own`);
  return { def, file: found.file, source: found.source, ast: found.ast };
}

export interface AppModule {
  file: string;
  source: string;
  ast: File;
  /** The name the module exports it as (`default` for its default export). */
  exported: string;
}

/**
 * The app module a name of the route's module is imported from, parsed, or why it cannot be read;
 * null when the name is not imported. `role` says what the name does, for messages (`the handler is wrapped by`).
 */
export function importedModule(
  route: RouteFile,
  ast: File,
  name: string,
  model: ProjectModel | undefined,
  role: string,
): AppModule | Failure | null {
  const imported = ast.program.body
    .flatMap((s) =>
      s.type === 'ImportDeclaration' && s.importKind !== 'type'
        ? s.specifiers.map((x) => ({ s: x, from: s.source.value }))
        : [],
    )
    .find((x) => x.s.local.name === name);
  if (!imported) return null;
  if (imported.s.type === 'ImportNamespaceSpecifier') return skip(`\`${name}\` is a namespace import`);
  const target = model?.graph.resolve(route.file, imported.from, route.app) ?? null;
  if (!target) {
    const own =
      imported.from.startsWith('.') ||
      route.app.aliases.some((a) => (a.wildcard ? imported.from.startsWith(a.prefix) : imported.from === a.prefix));
    return skip(
      own
        ? `${role} \`${name}\` from ${imported.from}, which could not be found`
        : `${role} \`${name}\` from the package ${imported.from}, whose behaviour is not known`,
    );
  }
  const text = model!.snapshot.files.get(target);
  const helperAst = text === undefined ? null : parseHelperModule(model!, target, text);
  if (text === undefined || !helperAst) return skip(`${role} \`${name}\`, whose module ${target} could not be read`);
  const exported =
    imported.s.type === 'ImportDefaultSpecifier'
      ? 'default'
      : imported.s.imported.type === 'Identifier'
        ? imported.s.imported.name
        : imported.s.imported.value;
  return { file: target, source: text, ast: helperAst, exported };
}

/** `(handler) => async (req, ctx) => {...}`, or a function returning that function: the inner function. */
function returnedFunction(def: HandlerFunction): HandlerFunction | null {
  let value: Node | null | undefined = def.body;
  if (def.body.type === 'BlockStatement') {
    const [only, ...rest] = def.body.body;
    value = rest.length === 0 && only?.type === 'ReturnStatement' ? only.argument : null;
  }
  const inner = value ? unwrap(value) : null;
  return isFn(inner) ? inner : null;
}

/** Names a statement list declares for the whole block: what the handler's statements would see once inlined there. */
function blockNames(statements: Statement[]): string[] {
  return statements.flatMap((s) =>
    s.type === 'VariableDeclaration'
      ? s.declarations.flatMap((d) => patternNames(d.id))
      : (s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration') && s.id
        ? [s.id.name]
        : [],
  );
}

/**
 * Reads `wrapper(handler)` as a guard around `handler`, or says why not. Null when the helper
 * only calls the handler (`(req, ctx) => handler(req, ctx)`): the handler alone is the action.
 */
export function readWrapper(
  route: RouteFile,
  ast: File,
  source: string,
  wrapper: WrapperCall,
  handler: HandlerFunction,
  model: ProjectModel | undefined,
): Guard | Failure | null {
  const { name } = wrapper;
  const found = findDefinition(route, ast, source, name, model);
  if ('reason' in found) return found;
  const { def } = found;
  const [handlerParam] = def.params;
  if (def.params.length !== 1 || handlerParam?.type !== 'Identifier')
    return skip(`\`${name}\` takes more than the handler, and what it does with the rest is not known`);
  const inner = returnedFunction(def);
  if (!inner) return skip(`\`${name}\` does more than return a function around the handler`);
  if (inner.params.length > 2 || inner.params.some((p) => p.type !== 'Identifier'))
    return skip(`the function \`${name}\` returns takes other than (request, context)`);
  const [req, ctx] = inner.params.map((p) => (p as { name: string }).name);

  // Its one use of the handler: the call whose result it answers with.
  const uses: Path[] = [];
  walk(inner.body, (p) => void (isIdent(p.node, handlerParam.name) && p.key !== 'property' && uses.push(p)));
  const callPath = uses.length === 1 && uses[0]!.key === 'callee' ? uses[0]!.parent! : null;
  if (!callPath || callPath.node.type !== 'CallExpression')
    return skip(`\`${name}\` uses the handler other than by calling it once`);
  const call = callPath.node;
  let answer = callPath.parent;
  if (answer?.node.type === 'AwaitExpression') answer = answer.parent;
  if (inner.body.type !== 'BlockStatement') {
    // `(req, ctx) => handler(req, ctx)`: nothing around the call.
    if (answer !== null && !(answer.node === inner.body))
      return skip(`\`${name}\` does more with the handler's answer than return it`);
    const mapped = mapArguments(name, call, handler, req, ctx, new Set());
    return 'reason' in mapped ? mapped : null;
  }
  if (answer?.node.type !== 'ReturnStatement')
    return skip(`\`${name}\` does more with the handler's answer than return it`);
  const ret = answer.node;

  // The return must end a block that runs straight down from the function's body, through `try` blocks at most.
  const enclosing: Statement[][] = [];
  for (let at: Path = answer; at.node !== inner.body;) {
    const block = at.parent!;
    if (block.node.type !== 'BlockStatement' || block.node.body[block.node.body.length - 1] !== at.node)
      return skip(`\`${name}\` calls the handler conditionally or in a loop`);
    enclosing.push(block.node.body);
    if (block.node === inner.body) break;
    const holder = block.parent!;
    if (holder.node.type !== 'TryStatement' || block.key !== 'block')
      return skip(`\`${name}\` calls the handler conditionally or in a loop`);
    at = holder;
  }
  const guardNames = new Set(enclosing.flatMap(blockNames));
  const mapped = mapArguments(name, call, handler, req, ctx, new Set([...blockNames(inner.body.body), ...guardNames]));
  if ('reason' in mapped) return mapped;

  // Inlined, the handler's statements see the guard's names: none may take the place of one the handler means.
  const handlerUses = referencedNames(handler.body);
  const passedAsIs = new Set(mapped.filter(([p, v]) => p === v).map(([p]) => p));
  for (const n of guardNames)
    if (handlerUses.has(n) && !passedAsIs.has(n))
      return skip(`\`${name}\` declares \`${n}\`, a name the handler uses too`);
  for (const [param] of mapped)
    if (guardNames.has(param) && !passedAsIs.has(param))
      return skip(`\`${name}\` declares \`${param}\`, a name the handler takes as a parameter`);

  // The route context goes to the handler only.
  let readsContext = false;
  if (ctx)
    walk(inner.body, (p) =>
      p.node === ret ? false : void (isIdent(p.node, ctx) && p.key !== 'property' && (readsContext = true)),
    );
  if (readsContext) return skip(`\`${name}\` reads the route context itself`);

  let returnsOther = false;
  walkOwnBody(
    inner,
    (p) => void (p.node.type === 'ReturnStatement' && p.node !== ret && !p.node.argument && (returnsOther = true)),
  );
  if (returnsOther) return skip(`\`${name}\` returns without a response`);

  const exports = found.file === route.file ? [] : moduleNamesOf(found.ast, inner, ret);
  if (!Array.isArray(exports)) return skip(`\`${name}\` uses \`${exports.private}\`, which its module does not export`);
  return {
    wrapper: name,
    file: found.file,
    source: found.source,
    ast: found.ast,
    fn: inner,
    call: ret,
    bindings: mapped.filter(([p, v]) => p !== v),
    exports,
    edits: [],
    responses: [],
  };
}

/**
 * The handler's arguments must be the request and context the helper was given, in order; past
 * those, names the guard declared (`handler(req, ctx, user)`), bound to the handler's own
 * parameter names. Anything else is a value the action cannot be given.
 */
function mapArguments(
  name: string,
  call: CallExpression,
  handler: HandlerFunction,
  req: string | undefined,
  ctx: string | undefined,
  guardLocals: Set<string>,
): Array<[string, string]> | Failure {
  const bindings: Array<[string, string]> = [];
  const passes = (i: number, expected: string | undefined) =>
    expected !== undefined && isIdent(call.arguments[i], expected);
  for (let i = 0; i < handler.params.length; i++) {
    const param = handler.params[i]!;
    if (i === 0 && !passes(0, req)) return skip(`\`${name}\` does not hand the handler its request`);
    if (i === 1 && !passes(1, ctx)) return skip(`\`${name}\` hands the handler a route context of its own making`);
    if (i < 2) continue;
    const arg = call.arguments[i];
    if (param.type !== 'Identifier' || arg?.type !== 'Identifier' || !guardLocals.has(arg.name))
      return skip(`\`${name}\` hands the handler values that cannot be mapped (argument ${i + 1})`);
    bindings.push([param.name, arg.name]);
  }
  if (call.arguments.some((a) => a.type === 'SpreadElement'))
    return skip(`\`${name}\` spreads arguments into the handler`);
  return bindings;
}

/**
 * The module-level names of the helper's module that the guard uses: exported ones are imported
 * from it; one it keeps to itself cannot be reached from the action (returned as `private`).
 */
function moduleNamesOf(ast: File, inner: HandlerFunction, ret: ReturnStatement): string[] | { private: string } {
  const declared = new Map<string, Statement>();
  for (const stmt of ast.program.body)
    if (stmt.type !== 'ImportDeclaration') for (const n of declaredNames(stmt)) declared.set(n, stmt);
  const exported = new Set<string>();
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || stmt.source) continue;
    declaredNames(stmt).forEach((n) => exported.add(n));
    for (const s of stmt.specifiers)
      if (s.type === 'ExportSpecifier' && s.exported.type === 'Identifier' && s.exported.name === s.local.name)
        exported.add(s.local.name);
  }
  const locals = boundNames(inner);
  const used = [...referencedNames(inner.body, (id) => !(id.start! >= ret.start! && id.end! <= ret.end!))].filter(
    (n) => !locals.has(n),
  );
  const out: string[] = [];
  for (const n of used) {
    if (!declared.has(n)) continue;
    if (!exported.has(n)) return { private: n };
    out.push(n);
  }
  return out.sort();
}
