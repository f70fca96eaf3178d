// Calls through axios and ky (docs/caller-rewrite.md): `axios.post(url, data)`, `ky.post(url, { json })`
// and their kin, read into the same FetchCall as a fetch. Only the module's default import of
// either library is recognised: an instance (`axios.create()`, `ky.extend()`) may carry a base URL
// or headers the call does not show.
import type { CallExpression, Expression, File, Node } from '@babel/types';
import { enclosingFunction, isFunction, walk, type Path } from '../../ast/walk.js';
import { isIdent, memberProp, objectProp } from '../../ast/nodes.js';
import { annotationOf, moduleTypes, propertySignature, resolveType } from '../../ast/module-types.js';
import { resolveUrl } from './url.js';
import { readUnsupportedInit, sentBody } from './request.js';
import { readUse } from './response-use.js';
import { libraryErrorReads } from './error-reads.js';
import type { CallBody, FetchCall } from './fetch-call.js';

type Library = 'axios' | 'ky';

export interface ClientCall {
  library: Library;
  method: string;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** axios methods whose second argument is the body; the others take the request options there. */
const AXIOS_BODY_METHODS = new Set(['post', 'put', 'patch']);
/** Options that leave the request as an action call makes it; `params`, `timeout`, `retry`, ... do not. */
const HARMLESS_OPTIONS: Record<Library, Set<string>> = {
  axios: new Set(['headers']),
  ky: new Set(['json', 'body', 'headers']),
};

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
  if (
    clients.size === 0 ||
    callee.type !== 'MemberExpression' ||
    callee.computed ||
    callee.object.type !== 'Identifier' ||
    callee.property.type !== 'Identifier'
  )
    return null;
  const library = clients.get(callee.object.name);
  return library && METHODS.has(callee.property.name) ? { library, method: callee.property.name } : null;
}

/**
 * The local name of axios's `AxiosError` class when the module imports it as a value: a moved call
 * can then throw one, and `instanceof AxiosError` or `isAxiosError` in its error handling still hold.
 */
export function axiosErrorImport(ast: File): string | null {
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ImportDeclaration' || stmt.importKind === 'type' || stmt.source.value !== 'axios') continue;
    for (const spec of stmt.specifiers)
      if (
        spec.type === 'ImportSpecifier' &&
        spec.importKind !== 'type' &&
        (spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value) === 'AxiosError'
      )
        return spec.local.name;
  }
  return null;
}

/** `axiosError`: the module's local name of axios's AxiosError class, if it imports it. */
export function readClientCall(
  file: string,
  call: Path & { node: CallExpression },
  client: ClientCall,
  consts: Map<string, Expression>,
  basePath: string,
  axiosError: string | null = null,
): FetchCall | null {
  const node = call.node;
  const [urlArg, ...rest] = node.arguments;
  if (!urlArg) return null;
  const resolution = resolveUrl(urlArg, consts, basePath, call);
  // An absolute URL elsewhere (a third-party API) is not ours to report.
  if (resolution.kind === 'external' && !resolution.text.includes('/api/')) return null;
  const fn = enclosingFunction(call);
  const axiosBody = client.library === 'axios' && AXIOS_BODY_METHODS.has(client.method);
  const options = axiosBody ? rest[1] : rest[0];
  const init = options?.type === 'ObjectExpression' ? options : null;
  const { outer, use } = readUse(call, client.library);
  let body: CallBody;
  if (options && !init) body = { kind: 'unknown', why: 'passes request options built elsewhere' };
  else if (axiosBody) body = readAxiosBody(rest[0], call, fn, consts);
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
    // Options held elsewhere already make the body unknown, as for fetch.
    unsupportedInit: readUnsupportedInit(init, HARMLESS_OPTIONS[client.library]),
    use,
    errorReads: libraryErrorReads(call, client.library === 'axios' ? axiosError : null),
  };
}

/** axios sends a plain object or array as JSON, and a FormData as a form. */
function readAxiosBody(data: Node | undefined, call: Path, fn: Path | null, consts: Map<string, Expression>): CallBody {
  if (!data) return { kind: 'none' };
  if (data.type === 'SpreadElement' || data.type === 'ArgumentPlaceholder')
    return { kind: 'unknown', why: 'spreads its arguments' };
  const expr = data as Expression;
  const sent = sentBody(expr, fn);
  if (sent) return sent;
  if (expr.type === 'ObjectExpression' || expr.type === 'ArrayExpression' || isFormValuesRead(expr))
    return { kind: 'json', expr };
  if (expr.type === 'Identifier') {
    // The nearest function's binding of the name, else a module constant's.
    const local = boundToObject(call, expr.name);
    const init = consts.get(expr.name);
    if (local ?? (init?.type === 'ObjectExpression' || init?.type === 'ArrayExpression')) return { kind: 'json', expr };
  }
  return { kind: 'unknown', why: 'sends a body that is not a plain object or FormData as far as can be read' };
}

/** ky sends `json` as JSON and a FormData `body` as a form. */
function readKyBody(init: Node | null, fn: Path | null): CallBody {
  if (!init || init.type !== 'ObjectExpression') return { kind: 'none' };
  const json = objectProp(init, 'json');
  if (json) return { kind: 'json', expr: json };
  const body = objectProp(init, 'body');
  if (!body) return { kind: 'none' };
  return (
    sentBody(body, fn) ?? {
      kind: 'unknown',
      why: 'sends a body that is neither `json`, JSON.stringify(...) nor FormData',
    }
  );
}

/**
 * Whether `name` holds an object as far as the code shows, from the innermost function that binds
 * it outwards (a component's props reach its handlers): declared with an object or array literal,
 * or typed with an object type (null: no function binds it). A string would reach the route as
 * text and the action as a string, so anything else is not read as JSON.
 */
function boundToObject(call: Path, name: string): boolean | null {
  let root = call;
  while (root.parent) root = root.parent;
  const types = moduleTypes(root.node);
  for (let p = call.parent; p; p = p.parent) {
    if (!isFunction(p.node)) continue;
    const found = declaredAsObject(p, name, types, root.node);
    if (found !== null) return found;
  }
  return null;
}

function declaredAsObject(fnPath: Path, name: string, types: Map<string, Node>, file: Node): boolean | null {
  const fn = fnPath.node;
  let declared: boolean | null = null;
  walk(fn, (p) => {
    const n = p.node;
    // A nested function's bindings are its own; boundToObject asks it first when the call is inside it.
    if (n !== fn && isFunction(n)) return false;
    if (n.type === 'VariableDeclarator' && isIdent(n.id, name))
      declared = n.init?.type === 'ObjectExpression' || n.init?.type === 'ArrayExpression' || isFormValuesRead(n.init);
    // A parameter, or a typed variable (its type decides over its initializer).
    if (n.type === 'Identifier' && n.name === name && (p.key === 'params' || (p.key === 'id' && n.typeAnnotation)))
      declared = n.typeAnnotation
        ? isObjectType(annotationOf(n), types)
        : p.key === 'params' && p.index === 0 && isFormSubmitHandler(fnPath, file);
    // `({ values }: { values: Values })` or `({ values }: Props)`.
    if (n.type === 'ObjectPattern' && p.key === 'params') {
      const prop = n.properties.find(
        (x) =>
          x.type === 'ObjectProperty' &&
          (isIdent(x.value, name) || (x.value.type === 'AssignmentPattern' && isIdent(x.value.left, name))),
      );
      const key = prop?.type === 'ObjectProperty' && prop.key.type === 'Identifier' ? prop.key.name : null;
      if (key) declared = isObjectType(memberType(annotationOf(n), key, types), types);
    }
  });
  return declared;
}

/** The type of property `key` of an object type (a literal, an interface, or an alias of one). */
const memberType = (type: Node | null, key: string, types: Map<string, Node>): Node | null =>
  annotationOf(propertySignature(type, key, types));

/**
 * Object types: literals, arrays, interfaces, intersections; a name the module does not declare
 * (imported) counts too, and so does a schema's inferred type (`z.infer<typeof schema>`).
 */
function isObjectType(type: Node | null, types: Map<string, Node>): boolean {
  const t = resolveType(type, types);
  if (!t) return false;
  if (
    t.type === 'TSTypeLiteral' ||
    t.type === 'TSArrayType' ||
    t.type === 'TSInterfaceBody' ||
    t.type === 'TSMappedType'
  )
    return true;
  if (t.type === 'TSIntersectionType') return t.types.some((x) => isObjectType(x, types));
  if (t.type !== 'TSTypeReference') return false;
  if (t.typeName.type === 'TSQualifiedName') return SCHEMA_INFERENCE.has(t.typeName.right.name);
  return !['String', 'Blob', 'File', 'URLSearchParams', 'FormData', 'Number', 'Boolean'].includes(t.typeName.name);
}

/**
 * The type a schema library infers (`z.infer`, `z.input`, `v.InferOutput`, `yup.InferType`): a form
 * schema describes an object, and a body sent as a string would not have one.
 */
const SCHEMA_INFERENCE = new Set([
  'infer',
  'input',
  'output',
  'TypeOf',
  'InferType',
  'InferInput',
  'InferOutput',
  'Infer',
]);

/** react-hook-form's `getValues()` or `watch()` with no field named: the whole form's values. */
function isFormValuesRead(init: Node | null | undefined): boolean {
  return (
    init?.type === 'CallExpression' &&
    init.arguments.length === 0 &&
    ['getValues', 'watch'].includes(
      memberProp(init.callee) ?? (init.callee.type === 'Identifier' ? init.callee.name : ''),
    )
  );
}

/**
 * A function react-hook-form calls with the form's values: passed to `handleSubmit`, directly or
 * by name, or declared as a `SubmitHandler<T>`. Its first parameter is an object however untyped.
 */
function isFormSubmitHandler(fn: Path, file: Node): boolean {
  const isHandleSubmit = (callee: Node) =>
    (memberProp(callee) ?? (callee.type === 'Identifier' ? callee.name : '')) === 'handleSubmit';
  const parent = fn.parent;
  if (parent?.node.type === 'CallExpression' && fn.key === 'arguments' && isHandleSubmit(parent.node.callee))
    return true;
  if (parent?.node.type !== 'VariableDeclarator' || fn.key !== 'init' || parent.node.id.type !== 'Identifier')
    return false;
  const declared = annotationOf(parent.node.id);
  if (
    declared?.type === 'TSTypeReference' &&
    declared.typeName.type === 'Identifier' &&
    declared.typeName.name === 'SubmitHandler'
  )
    return true;
  const name = parent.node.id.name;
  let passed = false;
  walk(file, (p) => {
    if (passed) return false;
    const n = p.node;
    if (n.type === 'CallExpression' && isHandleSubmit(n.callee) && isIdent(n.arguments[0], name)) passed = true;
  });
  return passed;
}
