// Finds fetch('/api/...') calls, and axios.post('/api/...', data) and its kin (SPEC 4.1's
// stretch), in a module and reads what they send and how they use the response, without
// changing anything.
import type { CallExpression, Expression, File, Identifier, Node, ObjectExpression } from '@babel/types';
import { enclosingFunction, enclosingScope, findAllSpelling, walk, type Path } from '../ast/walk.js';
import { HTTP_METHODS } from '../model/types.js';
import { isIdent } from '../ast/nodes.js';
import { moduleConstants, resolveUrl, type UrlResolution } from './url.js';

export type CallBody =
  | { kind: 'none' }
  | { kind: 'json'; expr: Expression }
  | { kind: 'form'; expr: Expression }
  | { kind: 'unknown'; why: string };

/** One use of the response object, to be rewritten against the action's result. */
export interface ResponseRef {
  path: Path;
  /** `data`: axios's parsed body, a value where fetch's `res.json()` is a promise. */
  use: 'json' | 'data' | 'ok' | 'status';
  /** For `json`: the `await res.json()` (or `res.json()`) expression to replace; for `data`, `res.data`. */
  target: Path;
  awaited: boolean;
}

export type ResponseUse =
  | { kind: 'ignored' }
  | { kind: 'variable'; name: string; declarator: Path; refs: ResponseRef[] }
  | { kind: 'then'; then: Path; param: string | null; refs: ResponseRef[] }
  /** `(await fetch(...)).json()`, or axios's `(await axios.post(...)).data` (`value`: not a promise). */
  | { kind: 'direct-json'; target: Path; value?: boolean }
  /** axios: `const { data } = await axios.post(...)`, `data` taken under `local`. */
  | { kind: 'data-pattern'; declarator: Path; local: string }
  | { kind: 'beyond'; why: string };

export interface FetchCall {
  /** `axios`: the call is `axios.<method>(url, ...)`, whose promise rejects on an error status. */
  client: 'fetch' | 'axios';
  file: string;
  line: number;
  call: Path & { node: CallExpression };
  /** The `await fetch(...)` or bare `fetch(...)` expression the action call replaces. */
  outer: Path;
  resolution: UrlResolution;
  method: string | null;
  body: CallBody;
  /** Request options an action cannot reproduce (custom headers, abort signal). */
  unsupportedInit: string | null;
  use: ResponseUse;
}

const isFetchCallee = (n: Node): boolean =>
  (n.type === 'Identifier' && n.name === 'fetch') ||
  (n.type === 'MemberExpression' && n.object.type === 'Identifier' && ['window', 'globalThis', 'self'].includes(n.object.name) && n.property.type === 'Identifier' && n.property.name === 'fetch');

function propertyValue(obj: ObjectExpression, name: string): Expression | null {
  for (const p of obj.properties) {
    if (p.type !== 'ObjectProperty' || p.computed) continue;
    const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : null;
    if (key === name) return p.value as Expression;
  }
  return null;
}

/** `'POST'`, `HttpMethod.POST`, `Method.Post` or a constant holding one. */
function readMethod(expr: Expression | null, consts: Map<string, Expression>): string | null {
  if (!expr) return 'GET';
  if (expr.type === 'StringLiteral') return expr.value.toUpperCase();
  if (expr.type === 'MemberExpression' && !expr.computed && expr.property.type === 'Identifier') {
    const name = expr.property.name.toUpperCase();
    return (HTTP_METHODS as readonly string[]).includes(name) ? name : null;
  }
  if (expr.type === 'Identifier' && consts.has(expr.name)) return readMethod(consts.get(expr.name)!, consts);
  if (expr.type === 'TemplateLiteral' && expr.expressions.length === 0) return expr.quasis[0]!.value.cooked!.toUpperCase();
  return null;
}

function isFormDataExpr(expr: Expression, fn: Path | null): boolean {
  if (expr.type === 'NewExpression' && expr.callee.type === 'Identifier' && expr.callee.name === 'FormData') return true;
  if (expr.type !== 'Identifier' || !fn) return false;
  let found = false;
  walk(fn.node, (p) => {
    const n = p.node;
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === expr.name && n.init?.type === 'NewExpression' && n.init.callee.type === 'Identifier' && n.init.callee.name === 'FormData')
      found = true;
    if ((n.type === 'Identifier' && n.name === expr.name && p.key === 'params') || (n.type === 'Identifier' && n.name === expr.name && p.parent?.node.type === 'AssignmentPattern')) {
      const ann = (n as Identifier).typeAnnotation;
      if (ann?.type === 'TSTypeAnnotation' && ann.typeAnnotation.type === 'TSTypeReference' && ann.typeAnnotation.typeName.type === 'Identifier' && ann.typeAnnotation.typeName.name === 'FormData') found = true;
    }
  });
  return found;
}

function readBody(init: ObjectExpression | null, fn: Path | null): CallBody {
  const body = init && propertyValue(init, 'body');
  if (!body) return { kind: 'none' };
  if (body.type === 'CallExpression' && body.callee.type === 'MemberExpression' && body.callee.object.type === 'Identifier' && body.callee.object.name === 'JSON' && body.callee.property.type === 'Identifier' && body.callee.property.name === 'stringify' && body.arguments.length === 1)
    return { kind: 'json', expr: body.arguments[0] as Expression };
  if (isFormDataExpr(body, fn)) return { kind: 'form', expr: body };
  return { kind: 'unknown', why: 'sends a body that is neither JSON.stringify(...) nor FormData' };
}

const HARMLESS_HEADERS = new Set(['content-type', 'accept']);
const HARMLESS_INIT = new Set(['method', 'body', 'headers', 'cache', 'credentials', 'mode', 'next', 'keepalive', 'redirect', 'referrerPolicy']);

/** axios's options: its other keys (`params`, `timeout`, `signal`, ...) change the request. */
const HARMLESS_AXIOS_OPTIONS = new Set(['headers']);

function readUnsupportedInit(init: ObjectExpression | null, harmless = HARMLESS_INIT): string | null {
  if (!init) return null;
  for (const p of init.properties) {
    if (p.type !== 'ObjectProperty' || p.computed) return 'builds its request options dynamically';
    const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : '?';
    if (!harmless.has(key)) return `passes \`${key}\`, which an action call cannot take`;
    if (key === 'headers') {
      if (p.value.type !== 'ObjectExpression') return 'sends headers built at run time';
      for (const h of p.value.properties) {
        const name = h.type === 'ObjectProperty' && !h.computed ? (h.key.type === 'Identifier' ? h.key.name : h.key.type === 'StringLiteral' ? h.key.value : null) : null;
        if (!name) return 'sends headers built at run time';
        if (!HARMLESS_HEADERS.has(name.toLowerCase())) return `sends the \`${name}\` header, which an action does not receive`;
      }
    }
  }
  return null;
}

const memberName = (n: Node): string | null => (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' ? n.property.name : null);

/** Classifies one reference to the response object. */
function classifyRef(path: Path): ResponseRef | string {
  const parent = path.parent!;
  const prop = parent.node.type === 'MemberExpression' && parent.key !== 'property' && (parent.node as { object: Node }).object === path.node ? memberName(parent.node) : null;
  if (prop === 'ok' || prop === 'status') return { path, use: prop, target: parent, awaited: false };
  if (prop === 'json' && parent.parent?.node.type === 'CallExpression' && parent.parent.key !== 'arguments') {
    const call = parent.parent;
    const awaited = call.parent?.node.type === 'AwaitExpression';
    return { path, use: 'json', target: awaited ? call.parent! : call, awaited };
  }
  return prop ? `reads \`response.${prop}\`` : 'passes the response object on';
}

function referencesIn(scope: Node, name: string, exclude: Node): Path[] {
  const out: Path[] = [];
  walk(scope, (p) => {
    const n = p.node;
    if (n.type !== 'Identifier' || n.name !== name || n === exclude) return;
    const parent = p.parent?.node;
    if (parent?.type === 'MemberExpression' && p.key === 'property' && !parent.computed) return;
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

/** How the code uses what the call resolves to: a fetch Response, or an axios response (`axios`). */
function readUse(call: Path, axios: boolean): { outer: Path; use: ResponseUse } {
  let outer = call;
  while (outer.parent && (outer.parent.node.type === 'ParenthesizedExpression' || outer.parent.node.type === 'TSAsExpression')) outer = outer.parent;
  const parent = outer.parent!;
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
    if (axios && up.node.type === 'MemberExpression' && memberName(up.node) === 'data' && up.key !== 'property') return { outer: awaited, use: { kind: 'direct-json', target: up, value: true } };
    // `(await fetch(...)).json()`
    if (!axios && up.node.type === 'MemberExpression' && memberName(up.node) === 'json' && up.parent?.node.type === 'CallExpression') {
      const jsonCall = up.parent;
      const target = jsonCall.parent?.node.type === 'AwaitExpression' ? jsonCall.parent : jsonCall;
      return { outer: awaited, use: { kind: 'direct-json', target } };
    }
    return { outer: awaited, use: { kind: 'beyond', why: 'uses the awaited response in an expression' } };
  }
  if (parent.node.type === 'ExpressionStatement') return { outer, use: { kind: 'ignored' } };
  // `onClick={() => fetch(...)}`: React ignores what an event handler returns.
  if (parent.node.type === 'ArrowFunctionExpression' && outer.key === 'body' && isEventHandlerValue(parent)) return { outer, use: { kind: 'ignored' } };
  if (parent.node.type === 'MemberExpression' && memberName(parent.node) === 'then' && parent.parent?.node.type === 'CallExpression') {
    const then = parent.parent;
    const cb = (then.node as CallExpression).arguments[0];
    if (then.node.type === 'CallExpression' && then.node.arguments.length === 1 && cb && (cb.type === 'ArrowFunctionExpression' || cb.type === 'FunctionExpression')) {
      const param = cb.params[0];
      if (!param) return { outer, use: { kind: 'then', then, param: null, refs: [] } };
      if (param.type !== 'Identifier') return { outer, use: { kind: 'beyond', why: 'destructures the response' } };
      const refs = collectRefs(cb, param.name, param, axios);
      if (typeof refs === 'string') return { outer, use: { kind: 'beyond', why: refs } };
      return { outer, use: { kind: 'then', then, param: param.name, refs } };
    }
  }
  return { outer, use: { kind: 'beyond', why: 'hands the response promise to other code' } };
}

/** `text`: what `ast` was parsed from. */
export function findFetchCalls(file: string, ast: File, text: string, basePath: string): FetchCall[] {
  const consts = moduleConstants(ast.program);
  const axios = axiosName(ast);
  const out: FetchCall[] = [];
  for (const call of findAllSpelling(ast, 'CallExpression', text, axios ? ['fetch', axios] : ['fetch'])) {
    const node = call.node;
    const axiosMethod = axios ? axiosMethodOf(node.callee, axios) : null;
    if (axiosMethod) {
      const found = readAxiosCall(file, call, axiosMethod, consts, basePath);
      if (found) out.push(found);
      continue;
    }
    if (!isFetchCallee(node.callee) || node.arguments.length === 0) continue;
    const [urlArg, initArg] = node.arguments;
    const resolution = resolveUrl(urlArg!, consts, basePath);
    // An absolute URL elsewhere (a third-party API) is not ours to report.
    if (resolution.kind === 'external' && !resolution.text.includes('/api/')) continue;
    const init = initArg?.type === 'ObjectExpression' ? initArg : null;
    const fn = enclosingFunction(call);
    const { outer, use } = readUse(call, false);
    out.push({
      client: 'fetch',
      file,
      line: node.loc?.start.line ?? 0,
      call,
      outer,
      resolution,
      method: initArg && !init ? null : readMethod(init && propertyValue(init, 'method'), consts),
      body: initArg && !init ? { kind: 'unknown', why: 'passes request options built elsewhere' } : readBody(init, fn),
      unsupportedInit: readUnsupportedInit(init),
      use,
    });
  }
  return out;
}

function isEventHandlerValue(fn: Path): boolean {
  const container = fn.parent;
  const attr = container?.node.type === 'JSXExpressionContainer' ? container.parent?.node : null;
  return attr?.type === 'JSXAttribute' && attr.name.type === 'JSXIdentifier' && /^on[A-Z]/.test(attr.name.name);
}

/** The local name of axios's default import, if the module has one. */
function axiosName(ast: File): string | null {
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.source.value !== 'axios' || stmt.importKind === 'type') continue;
    for (const spec of stmt.specifiers) if (spec.type === 'ImportDefaultSpecifier') return spec.local.name;
  }
  return null;
}

const AXIOS_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Methods whose second argument is the body; the others take the request options there. */
const AXIOS_BODY_METHODS = new Set(['post', 'put', 'patch']);

function axiosMethodOf(callee: Node, axios: string): string | null {
  if (callee.type !== 'MemberExpression' || callee.computed || !isIdent(callee.object, axios) || callee.property.type !== 'Identifier') return null;
  return AXIOS_METHODS.has(callee.property.name) ? callee.property.name : null;
}


/** axios sends a plain object or array as JSON and a FormData as a form. */
function readAxiosBody(data: Node | undefined, fn: Path | null): CallBody {
  if (!data) return { kind: 'none' };
  if (data.type === 'SpreadElement' || data.type === 'ArgumentPlaceholder') return { kind: 'unknown', why: 'spreads its arguments' };
  const expr = data as Expression;
  if (isFormDataExpr(expr, fn)) return { kind: 'form', expr };
  if (expr.type === 'ObjectExpression' || expr.type === 'ArrayExpression') return { kind: 'json', expr };
  if (expr.type === 'Identifier' && fn && !builtByConstructor(fn.node, expr.name)) return { kind: 'json', expr };
  return { kind: 'unknown', why: 'sends a body that is neither a plain object nor FormData' };
}

/** Whether `name` is declared in `scope` as `new X(...)`: a URLSearchParams or Blob is not sent as JSON. */
function builtByConstructor(scope: Node, name: string): boolean {
  let built = false;
  walk(scope, (p) => {
    const n = p.node;
    if (n.type === 'VariableDeclarator' && isIdent(n.id, name) && n.init?.type === 'NewExpression') built = true;
  });
  return built;
}

function readAxiosCall(file: string, call: Path & { node: CallExpression }, method: string, consts: Map<string, Expression>, basePath: string): FetchCall | null {
  const node = call.node;
  const [urlArg, ...rest] = node.arguments;
  if (!urlArg) return null;
  const resolution = resolveUrl(urlArg, consts, basePath);
  if (resolution.kind === 'external' && !resolution.text.includes('/api/')) return null;
  const fn = enclosingFunction(call);
  const takesBody = AXIOS_BODY_METHODS.has(method);
  const options = takesBody ? rest[1] : rest[0];
  const { outer, use } = readUse(call, true);
  return {
    client: 'axios',
    file,
    line: node.loc?.start.line ?? 0,
    call,
    outer,
    resolution,
    method: method.toUpperCase(),
    body: takesBody ? readAxiosBody(rest[0], fn) : { kind: 'none' },
    unsupportedInit: !options ? null : options.type === 'ObjectExpression' ? readUnsupportedInit(options, HARMLESS_AXIOS_OPTIONS) : 'passes request options built elsewhere',
    use,
  };
}

/** One reference to an axios response: `res.data`, or `res.status` (axios has no `ok`). */
function classifyAxiosRef(path: Path): ResponseRef | string {
  const parent = path.parent!;
  const prop = parent.node.type === 'MemberExpression' && parent.key !== 'property' && (parent.node as { object: Node }).object === path.node ? memberName(parent.node) : null;
  if (prop === 'data') return { path, use: 'data', target: parent, awaited: true };
  if (prop === 'status') return { path, use: 'status', target: parent, awaited: false };
  return prop ? `reads \`response.${prop}\`` : 'passes the response object on';
}

/** `{ data }` or `{ data: name }`, and nothing else: the name the body is bound to. */
function dataPatternLocal(pattern: Node): string | null {
  if (pattern.type !== 'ObjectPattern' || pattern.properties.length !== 1) return null;
  const prop = pattern.properties[0]!;
  if (prop.type !== 'ObjectProperty' || prop.computed || !isIdent(prop.key, 'data')) return null;
  return prop.value.type === 'Identifier' ? prop.value.name : null;
}
