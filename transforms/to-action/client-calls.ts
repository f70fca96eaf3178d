// Calls through axios and ky (SPEC 4.1's stretch): `axios.post(url, data)`, `ky.post(url, { json })`
// and their kin, read into the same FetchCall as a fetch. Only the module's default import of
// either library is recognised: an instance (`axios.create()`, `ky.extend()`) may carry a base URL
// or headers the call does not show.
import type { CallExpression, Expression, File, Node } from '@babel/types';
import { enclosingFunction, walk, type Path } from '../ast/walk.js';
import { isIdent } from '../ast/nodes.js';
import { resolveUrl } from './url.js';
import { isFormDataExpr, propertyValue, readUnsupportedInit, stringified } from './request.js';
import { readUse } from './response-use.js';
import type { CallBody, FetchCall } from './call-sites.js';

type Library = 'axios' | 'ky';

export interface ClientCall {
  library: Library;
  method: string;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** axios methods whose second argument is the body; the others take the request options there. */
const AXIOS_BODY_METHODS = new Set(['post', 'put', 'patch']);
/** Options that leave the request as an action call makes it; `params`, `timeout`, `retry`, ... do not. */
const HARMLESS_OPTIONS: Record<Library, Set<string>> = { axios: new Set(['headers']), ky: new Set(['json', 'body', 'headers']) };

/** The local names of the module's default imports of axios and ky. */
export function clientImports(ast: File): Map<string, Library> {
  const names = new Map<string, Library>();
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.importKind === 'type') continue;
    const library = stmt.source.value;
    if (library !== 'axios' && library !== 'ky') continue;
    for (const spec of stmt.specifiers) if (spec.type === 'ImportDefaultSpecifier') names.set(spec.local.name, library);
  }
  return names;
}

/** `axios.post`, `ky.delete`, ...: the library and the method, or null. */
export function clientCallOf(callee: Node, clients: Map<string, Library>): ClientCall | null {
  if (clients.size === 0 || callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.property.type !== 'Identifier') return null;
  const library = clients.get(callee.object.name);
  return library && METHODS.has(callee.property.name) ? { library, method: callee.property.name } : null;
}

export function readClientCall(file: string, call: Path & { node: CallExpression }, client: ClientCall, consts: Map<string, Expression>, basePath: string): FetchCall | null {
  const node = call.node;
  const [urlArg, ...rest] = node.arguments;
  if (!urlArg) return null;
  const resolution = resolveUrl(urlArg, consts, basePath);
  // An absolute URL elsewhere (a third-party API) is not ours to report.
  if (resolution.kind === 'external' && !resolution.text.includes('/api/')) return null;
  const fn = enclosingFunction(call);
  const axiosBody = client.library === 'axios' && AXIOS_BODY_METHODS.has(client.method);
  const options = axiosBody ? rest[1] : rest[0];
  const init = options?.type === 'ObjectExpression' ? options : null;
  const { outer, use } = readUse(call, client.library);
  let body: CallBody;
  if (options && !init) body = { kind: 'unknown', why: 'passes request options built elsewhere' };
  else if (axiosBody) body = readAxiosBody(rest[0], fn, consts);
  else if (client.library === 'ky') body = readKyBody(init, fn);
  else body = { kind: 'none' };
  return {
    client: client.library,
    file,
    line: node.loc?.start.line ?? 0,
    call,
    outer,
    resolution,
    method: client.method.toUpperCase(),
    body,
    unsupportedInit: options && !init ? 'builds its request options dynamically' : readUnsupportedInit(init, HARMLESS_OPTIONS[client.library]),
    use,
  };
}

/** axios sends a plain object or array as JSON, and a FormData as a form. */
function readAxiosBody(data: Node | undefined, fn: Path | null, consts: Map<string, Expression>): CallBody {
  if (!data) return { kind: 'none' };
  if (data.type === 'SpreadElement' || data.type === 'ArgumentPlaceholder') return { kind: 'unknown', why: 'spreads its arguments' };
  const expr = data as Expression;
  const json = stringified(expr);
  if (json) return { kind: 'json', expr: json };
  if (isFormDataExpr(expr, fn)) return { kind: 'form', expr };
  if (expr.type === 'ObjectExpression' || expr.type === 'ArrayExpression') return { kind: 'json', expr };
  if (expr.type === 'Identifier') {
    // The function's own binding of the name, else a module constant's.
    const local = fn ? declaredAsObject(fn.node, expr.name) : null;
    const init = consts.get(expr.name);
    if (local ?? (init?.type === 'ObjectExpression' || init?.type === 'ArrayExpression')) return { kind: 'json', expr };
  }
  return { kind: 'unknown', why: 'sends a body that is not a plain object or FormData as far as can be read' };
}

/** ky sends `json` as JSON and a FormData `body` as a form. */
function readKyBody(init: Node | null, fn: Path | null): CallBody {
  if (!init || init.type !== 'ObjectExpression') return { kind: 'none' };
  const json = propertyValue(init, 'json');
  if (json) return { kind: 'json', expr: json };
  const body = propertyValue(init, 'body');
  if (!body) return { kind: 'none' };
  const text = stringified(body);
  if (text) return { kind: 'json', expr: text };
  if (isFormDataExpr(body, fn)) return { kind: 'form', expr: body };
  return { kind: 'unknown', why: 'sends a body that is neither `json`, JSON.stringify(...) nor FormData' };
}

/**
 * Whether `name`, declared in the function, holds an object as far as it shows: declared with an
 * object or array literal, or typed with an object type (null: not declared there). A string would
 * reach the route as text and the action as a string, so anything else is not read as JSON.
 */
function declaredAsObject(scope: Node, name: string): boolean | null {
  let declared: boolean | null = null;
  walk(scope, (p) => {
    const n = p.node;
    if (n.type === 'VariableDeclarator' && isIdent(n.id, name)) declared = n.init?.type === 'ObjectExpression' || n.init?.type === 'ArrayExpression';
    // A parameter, or a typed variable (its type decides over its initializer).
    const typed = n.type === 'Identifier' && n.name === name && (p.key === 'params' || (p.key === 'id' && n.typeAnnotation));
    if (typed) {
      const type = n.typeAnnotation?.type === 'TSTypeAnnotation' ? n.typeAnnotation.typeAnnotation : null;
      declared = !!type && (type.type === 'TSTypeLiteral' || type.type === 'TSArrayType' || (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && !['String', 'Blob', 'File', 'URLSearchParams'].includes(type.typeName.name)));
    }
  });
  return declared;
}
