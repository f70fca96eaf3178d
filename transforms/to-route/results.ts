// What an action's results and throws mean over HTTP, read from its own code at generation time
// (docs/to-route.md): the `{ ok, status, data }` envelope answers its status, failure shapes it
// returns answer 4xx, auth guards 401/403, and secrets it copies back into form state are dropped.
import type { File, Node, ObjectExpression } from '@babel/types';
import { isFunction, visitNodes } from '../ast/walk.js';
import { isIdent, memberProp, patternNames, staticKey, unwrap } from '../ast/nodes.js';
import type { Modules } from './form-state.js';
import { factoryResult, handlersOf } from './wrapped-actions.js';
import type { FailureCheck, ResultPlan } from '../shared/route-handler.js';

const SECRET = /(password|passwd|secret|token|api_?key|private_?key)$|^(otp|cvc|cvv)$/i;
const FORBIDDEN = /forbidden|permission|access denied|not allowed/i;
const UNAUTHENTICATED =
  /unauthori[sz]ed|not authori[sz]ed|unauthenticated|not authenticated|not (logged|signed) in|(log|sign) ?in (is )?required|authentication required|must be (logged|signed) in|no session/i;
/** What zod (and the Next.js docs' forms) produce for per-field errors. */
const FIELD_ERRORS = /\.(flatten|format)\(|\bfieldErrors\b|\b(flattenError|treeifyError)\(/;
const FIELD_ERROR_KEYS = new Set(['fieldErrors', 'validationErrors']);
const ERROR_KEYS = new Set(['error', 'errors', 'fieldErrors', 'validationErrors']);

export const authStatus = (message: string): 401 | 403 | null =>
  FORBIDDEN.test(message) ? 403 : UNAUTHENTICATED.test(message) ? 401 : null;

/** The exported action `name` of a module: its function, or the wrapper call that builds it. */
function findAction(ast: File, name: string): { fn: Node | null; wrapper: string | null; call: Node | null } {
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || !stmt.declaration) continue;
    const d = stmt.declaration;
    if (d.type === 'FunctionDeclaration' && d.id?.name === name) return { fn: d, wrapper: null, call: null };
    if (d.type !== 'VariableDeclaration') continue;
    for (const x of d.declarations) {
      if (!isIdent(x.id, name) || !x.init) continue;
      const init = unwrap(x.init);
      if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression')
        return { fn: init, wrapper: null, call: null };
      if (init.type !== 'CallExpression') continue;
      const handler =
        [...init.arguments]
          .reverse()
          .find((a) => a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression') ?? null;
      const callee = init.callee;
      const wrapper = callee.type === 'Identifier' ? callee.name : memberProp(callee);
      return { fn: handler, wrapper, call: init };
    }
  }
  return { fn: null, wrapper: null, call: null };
}

/** The expressions a function returns, not counting its inner functions'. */
function returnedValues(fn: Node): Node[] {
  const body = (fn as { body?: Node }).body;
  if (!body) return [];
  if (body.type !== 'BlockStatement') return [unwrap(body)];
  const out: Node[] = [];
  visitNodes(body, (n) => {
    if (isFunction(n)) return false;
    if (n.type === 'ReturnStatement' && n.argument) out.push(unwrap(n.argument));
  });
  return out;
}

/** Messages of `throw new Error('...')` in a subtree (inner functions included: guards are often callbacks). */
function thrownMessages(root: Node): string[] {
  const out: string[] = [];
  visitNodes(root, (n) => {
    if (n.type !== 'ThrowStatement') return;
    const arg = unwrap(n.argument);
    if (
      (arg.type !== 'NewExpression' && arg.type !== 'CallExpression') ||
      !/Error$/.test(arg.callee.type === 'Identifier' ? arg.callee.name : '')
    )
      return;
    const first = arg.arguments[0];
    if (first?.type === 'StringLiteral') out.push(first.value);
    else if (first?.type === 'TemplateLiteral' && first.expressions.length === 0)
      out.push(first.quasis[0]!.value.cooked ?? '');
  });
  return out;
}

/** Module-level functions the action calls by name: a `requireUser()` guard throws from there. */
function calledHelpers(ast: File, fn: Node): Node[] {
  const called = new Set<string>();
  visitNodes(fn, (n) => {
    if (n.type === 'CallExpression' && n.callee.type === 'Identifier') called.add(n.callee.name);
  });
  const out: Node[] = [];
  for (const stmt of ast.program.body) {
    const d = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
    if (d.type === 'FunctionDeclaration' && d.id && called.has(d.id.name)) out.push(d);
    if (d.type === 'VariableDeclaration')
      for (const x of d.declarations)
        if (x.id.type === 'Identifier' && called.has(x.id.name) && x.init && isFunction(unwrap(x.init)))
          out.push(x.init);
  }
  return out;
}

const literalValue = (n: Node): string | boolean | null | undefined => {
  const v = unwrap(n);
  if (v.type === 'StringLiteral' || v.type === 'BooleanLiteral') return v.value;
  if (v.type === 'NullLiteral' || isIdent(v, 'undefined')) return null;
  return undefined;
};

/** A function whose returns and throws reach the route, and the module it is written in. */
interface Source {
  fn: Node;
  ast: File;
  text: string;
  /** Calls that hand on another source's result (a factory's handler parameter): not results of their own. */
  passes: Set<string>;
}

/** Where the action's module is, so an app factory imported from elsewhere can be read. */
export interface ResultContext {
  file: string;
  modules: Modules;
}

/**
 * The functions whose returns and throws are the action's: its own function; for a wrapper call,
 * the handlers it is given and the function the app's own factory returns (read from its
 * declaration), since that function's failure shapes are what the caller gets.
 */
function sourcesOf(ast: File, text: string, found: ReturnType<typeof findAction>, context?: ResultContext): Source[] {
  const { fn, wrapper, call } = found;
  if (!call) return fn ? [{ fn, ast, text, passes: new Set() }] : [];
  const out: Source[] = handlersOf(call, ast).map((h) => ({ fn: h, ast, text, passes: new Set<string>() }));
  if (fn && !out.some((o) => o.fn === fn)) out.push({ fn, ast, text, passes: new Set() });
  const callee = call.type === 'CallExpression' ? unwrap(call.callee) : null;
  if (wrapper && context && callee?.type === 'Identifier') {
    const made = factoryResult(wrapper, { file: context.file, ast, text }, context.modules);
    if (made) {
      const passes = new Set(((made.factory as { params?: Node[] }).params ?? []).flatMap((p) => patternNames(p)));
      out.push({ fn: made.fn, ast: made.where.ast, text: made.where.text, passes });
    }
  }
  return out;
}

/** `handler(x)` or `await handler(x)` with `handler` one of `names`. */
const passesOn = (v: Node, names: Set<string>): boolean => {
  const inner = v.type === 'AwaitExpression' ? unwrap(v.argument) : v;
  return inner.type === 'CallExpression' && inner.callee.type === 'Identifier' && names.has(inner.callee.name);
};

/** Reads how the action `name` of this module answers; `source` is the module's text. */
export function planResults(ast: File, source: string, name: string, context?: ResultContext): ResultPlan {
  const found = findAction(ast, name);
  const { wrapper, call } = found;
  const plan: ResultPlan = { envelope: false, failures: [], authThrows: [], secrets: [] };
  const statusOfKey = new Map<string, number>();
  const add = (check: FailureCheck) => {
    if (!plan.failures.some((c) => c.key === check.key && c.equals === check.equals)) plan.failures.push(check);
  };
  const auth = new Map<string, 401 | 403>();

  // Wrappers whose contract is known: the SaaS starter's `validatedAction` returns `{ error }` for
  // bad input and `validatedActionWithUser` throws without a user; next-safe-action reports
  // `validationErrors` and a masked `serverError` instead of throwing.
  if (wrapper && /^validatedAction(WithUser)?$/.test(wrapper)) statusOfKey.set('error', 400);
  if (wrapper === 'validatedActionWithUser') auth.set('User is not authenticated', 401);
  const safeAction =
    (wrapper === 'action' || wrapper === 'stateAction') &&
    call !== null &&
    call.type === 'CallExpression' &&
    unwrap(call.callee).type === 'MemberExpression';
  if (safeAction) {
    add({ key: 'validationErrors', status: 422 });
    add({ key: 'serverError', status: 500 });
  }
  const sources = safeAction ? [] : sourcesOf(ast, source, found, context);

  const values = sources.flatMap((src) => returnedValues(src.fn).filter((v) => !passesOn(v, src.passes)));
  const objects = values.filter((v): v is ObjectExpression => v.type === 'ObjectExpression');
  const keysOf = (o: ObjectExpression) => new Set(o.properties.map(staticKey).filter((k): k is string => k !== null));
  plan.envelope =
    objects.length > 0 &&
    objects.length === values.length &&
    objects.every((o) => ['ok', 'status', 'data'].every((k) => keysOf(o).has(k)));
  for (const src of plan.envelope ? [] : sources) {
    let spreads = false;
    for (const o of returnedValues(src.fn).filter((v): v is ObjectExpression => v.type === 'ObjectExpression')) {
      // A literal with an error key is tested on that key; `{ success: false }` and the like only when it has none.
      const flags: FailureCheck[] = [];
      let keyed = false;
      for (const p of o.properties) {
        if (p.type === 'SpreadElement') {
          spreads = true;
          continue;
        }
        const key = staticKey(p);
        if (key === null || p.type !== 'ObjectProperty') continue;
        if (SECRET.test(key)) plan.secrets.push(key);
        const literal = literalValue(p.value);
        if (literal === null || literal === '') continue;
        if (ERROR_KEYS.has(key)) {
          keyed = true;
          const guard = typeof literal === 'string' ? authStatus(literal) : null;
          if (guard) {
            add({ key, equals: literal as string, status: guard });
            continue;
          }
          const fieldErrors =
            FIELD_ERROR_KEYS.has(key) || FIELD_ERRORS.test(src.text.slice(p.value.start!, p.value.end!));
          // One key cannot tell its 422 returns from its 400 ones at run time: mixed, it answers 400.
          const status = fieldErrors ? 422 : 400;
          statusOfKey.set(key, Math.min(status, statusOfKey.get(key) ?? status));
        } else if ((key === 'success' || key === 'ok') && literal === false)
          flags.push({ key, equals: false, status: 400 });
        else if (key === 'status' && literal === 'error') flags.push({ key, equals: 'error', status: 400 });
      }
      if (!keyed) flags.forEach(add);
    }
    // A state spread from the input (`...Object.fromEntries(formData)`) may carry any field the action reads.
    if (spreads) {
      visitNodes(src.fn, (n, parent) => {
        const word =
          n.type === 'StringLiteral' && parent?.type === 'CallExpression'
            ? n.value
            : (memberProp(n) ??
              (n.type === 'ObjectProperty' && parent?.type === 'ObjectPattern' ? staticKey(n) : null));
        if (word && SECRET.test(word) && /^[A-Za-z_$][\w$]*$/.test(word)) plan.secrets.push(word);
      });
    }
  }
  for (const src of sources) {
    for (const root of [src.fn, ...calledHelpers(src.ast, src.fn)]) {
      for (const message of thrownMessages(root)) {
        const status = authStatus(message);
        if (status && !auth.has(message)) auth.set(message, status);
      }
    }
  }
  for (const [key, status] of statusOfKey) add({ key, status });
  // Auth first, then per-field errors (a result with both keys is a validation failure), then the rest.
  const rank = (c: FailureCheck) => [401, 403, 422, 400, 500].indexOf(c.status);
  plan.failures.sort((a, b) => rank(a) - rank(b));
  plan.authThrows = [...auth].map(([message, status]) => ({ message, status }));
  plan.secrets = [...new Set(plan.secrets)].sort();
  return plan;
}
