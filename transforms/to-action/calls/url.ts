// Resolves the URL argument of a fetch call to a path template, its query included, and matches
// it against the app's route files. A URL is read as apps build it: literals, templates, `+`,
// constants (module-level or local to the calling function), `new URLSearchParams({...})` and
// query-string's `stringifyUrl`/`stringify`.
import { annotationOf, moduleTypes, propertySignature, resolveType } from '../../ast/module-types.js';
import type { Expression, Node, ObjectExpression, Program } from '@babel/types';
import type { Code } from '../../ast/text-edits.js';
import { isIdent, memberProp, staticKey, unwrap } from '../../ast/nodes.js';
import { isFunction, visitNodes, type Path } from '../../ast/walk.js';

/**
 * How the action takes a value the URL carried as text, so that it gets what the route read:
 * `string`: `String(x)`; `or-null`: `x ?? null` (a query value the library drops when it is
 * missing); `text-or-null`: `x?.toString() ?? null` (the same for a value that may not be a
 * string). `||` stands for `??` where an empty string was dropped as well (`skipEmptyString`).
 */
export type Conversion = 'string' | 'or-null' | 'text-or-null' | 'or-null-if-empty' | 'text-or-null-if-empty';

export type UrlPart = { text: string } | { expr: Expression; convert?: Conversion };

/** A local `const` the URL was read through that nothing else uses: it goes with the call. */
export interface ConsumedBinding {
  declarator: Node;
  declaration: Node;
}

export interface UrlTemplate {
  /** Path segments after the basePath, each a run of text and interpolated expressions. */
  segments: UrlPart[][];
  /** An empty value is the empty string; a missing key, null. */
  query: Array<{ key: string; value: UrlPart[] }>;
  consumed?: ConsumedBinding[];
}

export type UrlResolution =
  | { kind: 'path'; url: UrlTemplate; text: string }
  | { kind: 'external'; text: string }
  | { kind: 'dynamic'; text: string };

/** Module-level `const X = '...'` declarations, so URLs held in constants resolve. */
export function moduleConstants(program: Program): Map<string, Expression> {
  const out = new Map<string, Expression>();
  for (const stmt of program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations)
      if (d.id.type === 'Identifier' && d.init) out.set(d.id.name, d.init as Expression);
  }
  return out;
}

/** Where names are looked up: the module's constants, and the calling code's scopes when known. */
interface Lookup {
  consts: Map<string, Expression>;
  at: Path | null;
  /** Local constants followed, by name. */
  followed: Map<string, LocalBinding>;
}

/** Flattens string literals, templates, `+` and constants into parts; null when not a string shape. */
export function flattenString(
  expr: Node,
  consts: Map<string, Expression>,
  depth = 0,
  at: Path | null = null,
): UrlPart[] {
  return flatten(expr, { consts, at, followed: new Map() }, depth);
}

function flatten(expr: Node, lookup: Lookup, depth: number): UrlPart[] {
  const node = unwrap(expr);
  if (node.type === 'StringLiteral') return [{ text: node.value }];
  if (node.type === 'TemplateLiteral') {
    const parts: UrlPart[] = [];
    node.quasis.forEach((q, i) => {
      if (q.value.cooked) parts.push({ text: q.value.cooked });
      const e = node.expressions[i];
      // `${page + 1}` adds: inside a template only a `+` with a string on one side joins text.
      const adds = e && unwrap(e).type === 'BinaryExpression' && valueType(e, lookup, 0).kind !== 'string';
      if (e) parts.push(...(adds ? [{ expr: e as Expression }] : flatten(e, lookup, depth + 1)));
    });
    return parts;
  }
  if (node.type === 'BinaryExpression' && node.operator === '+' && valueType(node, lookup, 0).kind !== 'text')
    return [...flatten(node.left, lookup, depth + 1), ...flatten(node.right, lookup, depth + 1)];
  if (node.type === 'Identifier' && depth < 8) {
    const value = constantValue(node.name, lookup);
    if (value) {
      const inner = unwrap(value);
      if (
        inner.type === 'StringLiteral' ||
        inner.type === 'TemplateLiteral' ||
        inner.type === 'BinaryExpression' ||
        inner.type === 'Identifier' ||
        stringifiedUrl(inner, lookup)
      ) {
        follow(node.name, lookup);
        return flatten(value, lookup, depth + 1);
      }
      // `const API = process.env.X`: the value itself tells whether the URL is environment-based.
      if (lookup.consts.get(node.name) === value && !queryObject(inner, lookup)) return [{ expr: inner as Expression }];
    }
  }
  const url = stringifiedUrl(node, lookup);
  if (url) return url;
  return [{ expr: node as Expression }];
}

/** The value of a `const` the name refers to: the innermost local one, else the module's. */
function constantValue(name: string, lookup: Lookup): Expression | null {
  const local = lookup.at ? findBinding(lookup.at, name) : null;
  if (local) return local.kind === 'const' && local.init ? local.init : null;
  return lookup.consts.get(name) ?? null;
}

/** Notes a local constant the URL was read through (a module's goes with orphan removal). */
function follow(name: string, lookup: Lookup): void {
  const local = lookup.at ? findBinding(lookup.at, name) : null;
  if (local?.kind === 'const') lookup.followed.set(name, local);
}

const partText = (parts: UrlPart[]): string =>
  parts
    .map((p) =>
      'text' in p ? p.text : isQueryEntry(p) ? `?${p.entries.map((e) => `${e.key}=\${…}`).join('&')}` : '${…}',
    )
    .join('');

function isEnvRead(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'MemberExpression') {
    const o = unwrap(n.object);
    if (
      o.type === 'MemberExpression' &&
      o.object.type === 'Identifier' &&
      o.object.name === 'process' &&
      o.property.type === 'Identifier' &&
      o.property.name === 'env'
    )
      return true;
    return isEnvRead(n.object);
  }
  return n.type === 'MetaProperty';
}

/** Splits parts on a separator character found inside text parts. */
function splitParts(parts: UrlPart[], sep: string): UrlPart[][] {
  const out: UrlPart[][] = [[]];
  for (const p of parts) {
    if (!('text' in p)) {
      out[out.length - 1]!.push(p);
      continue;
    }
    const pieces = p.text.split(sep);
    pieces.forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece) out[out.length - 1]!.push({ text: piece });
    });
  }
  return out;
}

/**
 * `at`: the call, so that a URL held in a local `const` of the calling function resolves and the
 * values it carries are read against their declarations.
 */
export function resolveUrl(
  arg: Node,
  consts: Map<string, Expression>,
  basePath: string,
  at: Path | null = null,
): UrlResolution {
  const lookup: Lookup = { consts, at, followed: new Map() };
  const parts = flatten(arg, lookup, 0);
  const text = partText(parts);
  const first = parts[0];
  if (!first) return { kind: 'dynamic', text };
  if ('expr' in first)
    return {
      kind: isEnvRead(first.expr) || parts.some((p) => 'expr' in p && isEnvRead(p.expr)) ? 'external' : 'dynamic',
      text,
    };
  if (/^([a-z]+:)?\/\//i.test(first.text)) return { kind: 'external', text };
  if (!first.text.startsWith('/')) return { kind: 'dynamic', text };
  // A query-string URL's own entries are already read; only its path is split here.
  const [pathParts = [], ...queryParts] = splitParts(
    parts.filter((p) => !isQueryEntry(p)),
    '?',
  );
  if (queryParts.length > 1) return { kind: 'dynamic', text };
  let segments = splitParts(pathParts, '/').filter((s) => s.length > 0);
  if (basePath) {
    const base = basePath.split('/').filter(Boolean);
    const matches = base.every(
      (b, i) =>
        segments[i]?.length === 1 && 'text' in segments[i]![0]! && (segments[i]![0] as { text: string }).text === b,
    );
    if (matches) segments = segments.slice(base.length);
  }
  const query: UrlTemplate['query'] = [];
  for (const pair of queryParts[0] ? splitParts(queryParts[0], '&') : []) {
    if (pair.length === 0) continue;
    // `?${new URLSearchParams({ id })}`: the object's entries.
    const only = pair.length === 1 && 'expr' in pair[0]! ? pair[0].expr : null;
    const entries = only && queryEntries(only, lookup);
    if (entries) {
      query.push(...entries);
      continue;
    }
    const [keyParts = [], ...valueParts] = splitParts(pair, '=');
    const key = keyParts.length === 1 && 'text' in keyParts[0]! ? keyParts[0].text : null;
    if (!key || valueParts.length > 1) return { kind: 'dynamic', text };
    // `?flag` reads as the empty string, as `?flag=` does; a value of several parts stays a template.
    const value = valueParts[0] ?? [];
    const single = value.length === 1 && 'expr' in value[0]! ? value[0] : null;
    query.push({
      key,
      value: single ? [{ expr: single.expr, convert: templateConversion(single.expr, lookup) }] : value,
    });
  }
  for (const p of parts) if (isQueryEntry(p)) query.push(...p.entries);
  // The same key twice: the route's `searchParams.get` reads the first.
  const url: UrlTemplate = {
    segments: segments.map((s) =>
      s.map((p) => ('expr' in p ? { expr: p.expr, convert: templateConversion(p.expr, lookup) } : p)),
    ),
    query,
  };
  const consumed = consumedBindings(lookup);
  if (consumed.length > 0) url.consumed = consumed;
  return { kind: 'path', url, text };
}

/** The local constants followed that only the URL uses: with the call rewritten, nothing does. */
function consumedBindings(lookup: Lookup): ConsumedBinding[] {
  const out: ConsumedBinding[] = [];
  for (const [name, binding] of lookup.followed) {
    if (
      binding.kind !== 'const' ||
      !binding.declarator ||
      !binding.declaration ||
      binding.declarator.id.type !== 'Identifier'
    )
      continue;
    let uses = 0;
    visitNodes(binding.scope, (node, parent, key) => {
      if (node.type === 'Identifier' && node.name === name && isReference(node, parent, key)) uses++;
    });
    if (uses === 1) out.push({ declarator: binding.declarator, declaration: binding.declaration });
  }
  return out;
}

function isReference(node: Node, parent: Node | null, key: string | null): boolean {
  if (!parent) return true;
  if (
    (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') &&
    key === 'property' &&
    !parent.computed
  )
    return false;
  if (parent.type === 'ObjectProperty' && key === 'key' && !parent.computed) return false;
  if (parent.type === 'VariableDeclarator' && key === 'id') return false;
  if (
    (parent.type === 'ObjectMethod' ||
      parent.type === 'ClassMethod' ||
      parent.type === 'ClassProperty' ||
      parent.type === 'TSPropertySignature') &&
    key === 'key'
  )
    return false;
  return node.type === 'Identifier';
}

// --- Query objects: URLSearchParams and query-string -------------------------------------------

/** Query entries stood in for by a query-string URL's query object, among the URL's parts. */
type QueryEntryPart = { expr: Expression; entries: UrlTemplate['query'] };
const queryEntryMark = new WeakSet<object>();
const isQueryEntry = (p: UrlPart): p is UrlPart & QueryEntryPart => queryEntryMark.has(p);

/** What a module imported from query-string (or qs), by local name. */
interface QueryStringImports {
  /** Default and namespace imports: `qs.stringifyUrl`, `qs.stringify`. */
  namespaces: Map<string, string>;
  /** Named imports, local name -> imported name. */
  named: Map<string, { source: string; imported: string }>;
}

const importsCache = new WeakMap<Node, QueryStringImports>();
const QUERY_LIBRARIES = new Set(['query-string', 'qs']);

function queryStringImports(at: Path | null): QueryStringImports | null {
  if (!at) return null;
  let root = at;
  while (root.parent) root = root.parent;
  const file = root.node;
  const program = file.type === 'File' ? file.program : file.type === 'Program' ? file : null;
  if (!program) return null;
  let found = importsCache.get(program);
  if (!found) {
    found = { namespaces: new Map(), named: new Map() };
    for (const stmt of program.body) {
      if (stmt.type !== 'ImportDeclaration' || stmt.importKind === 'type' || !QUERY_LIBRARIES.has(stmt.source.value))
        continue;
      for (const spec of stmt.specifiers) {
        if (spec.type === 'ImportSpecifier')
          found.named.set(spec.local.name, {
            source: stmt.source.value,
            imported: spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value,
          });
        else found.namespaces.set(spec.local.name, stmt.source.value);
      }
    }
    importsCache.set(program, found);
  }
  return found;
}

/** `qs.stringifyUrl`, `stringify` imported by name, ...: the library and the function, or null. */
function queryStringCall(node: Node, lookup: Lookup): { library: string; fn: string } | null {
  if (node.type !== 'CallExpression') return null;
  const imports = queryStringImports(lookup.at);
  if (!imports) return null;
  const callee = node.callee;
  if (callee.type === 'Identifier') {
    const named = imports.named.get(callee.name);
    return named ? { library: named.source, fn: named.imported } : null;
  }
  const fn = memberProp(callee);
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && fn) {
    const library = imports.namespaces.get(callee.object.name);
    return library ? { library, fn } : null;
  }
  return null;
}

/** What query-string drops: undefined always, null with `skipNull`, '' with `skipEmptyString`. */
interface QueryStringOptions {
  skipNull: boolean;
  skipEmptyString: boolean;
}

/** The options argument, or null when it holds more than the dropping rules read here. */
function queryStringOptions(arg: Node | undefined): QueryStringOptions | null {
  const options = { skipNull: false, skipEmptyString: false };
  if (!arg) return options;
  if (arg.type !== 'ObjectExpression') return null;
  for (const p of arg.properties) {
    const key = staticKey(p);
    // `sort` and `strict` change only the order and the escaping, which the route does not see.
    if (key === 'sort' || key === 'strict') continue;
    if (
      (key !== 'skipNull' && key !== 'skipEmptyString') ||
      p.type !== 'ObjectProperty' ||
      p.value.type !== 'BooleanLiteral'
    )
      return null;
    options[key] = p.value.value;
  }
  return options;
}

/**
 * `qs.stringifyUrl({ url: '/api/x', query: { id } })` as URL parts: the `url`'s own, then a
 * part holding the query entries (null when not a stringifyUrl call that can be read).
 */
function stringifiedUrl(node: Node, lookup: Lookup): UrlPart[] | null {
  const call = queryStringCall(node, lookup);
  if (call?.library !== 'query-string' || call.fn !== 'stringifyUrl' || node.type !== 'CallExpression') return null;
  const [object, optionsArg, extra] = node.arguments;
  if (object?.type !== 'ObjectExpression') return null;
  const url = object.properties.find((p) => staticKey(p) === 'url');
  const query = object.properties.find((p) => staticKey(p) === 'query');
  if (!url || url.type !== 'ObjectProperty') return null;
  const parts = flatten(url.value, lookup, 1);
  const options = queryStringOptions(optionsArg);
  const entries =
    !options || extra || object.properties.some((p) => p !== url && p !== query)
      ? null
      : !query
        ? []
        : query.type === 'ObjectProperty'
          ? objectEntries(query.value, lookup, options)
          : null;
  // A query the code does not show: the URL reads as its path and an unknown query.
  if (!entries) return [...parts, { text: '?' }, { expr: node as Expression }];
  // The URL's own query is kept, and the object's keys replace the same keys in it.
  const own = new Set(entries.map((e) => e.key));
  const mark: QueryEntryPart = { expr: node as Expression, entries };
  queryEntryMark.add(mark);
  const kept = dropQueryKeys(parts, own);
  return kept ? [...kept, mark] : null;
}

/** The URL parts without the query entries whose key is in `keys` (null when a key cannot be read). */
function dropQueryKeys(parts: UrlPart[], keys: Set<string>): UrlPart[] | null {
  if (keys.size === 0 || !parts.some((p) => 'text' in p && p.text.includes('?'))) return parts;
  const [path = [], ...rest] = splitParts(parts, '?');
  if (rest.length > 1) return null;
  const pairs = splitParts(rest[0] ?? [], '&').filter((pair) => pair.length > 0);
  const kept: UrlPart[] = [...path];
  let first = true;
  for (const pair of pairs) {
    const key = pair[0] && 'text' in pair[0] ? pair[0].text.split('=')[0]! : null;
    if (key === null) return null;
    if (keys.has(key)) continue;
    kept.push({ text: first ? '?' : '&' }, ...pair);
    first = false;
  }
  return kept;
}

/** The entries of a query object in the query part of a URL: URLSearchParams or query-string's stringify. */
function queryEntries(expr: Expression, lookup: Lookup): UrlTemplate['query'] | null {
  let node = unwrap(expr);
  // `${params.toString()}` is `${params}`.
  if (
    node.type === 'CallExpression' &&
    memberProp(node.callee) === 'toString' &&
    node.arguments.length === 0 &&
    node.callee.type === 'MemberExpression'
  )
    node = unwrap(node.callee.object);
  if (node.type === 'Identifier') {
    const value = constantValue(node.name, lookup);
    if (!value) return null;
    // A URLSearchParams changed after it is made (`params.set(...)`) holds what the code does not show.
    const binding = lookup.at ? findBinding(lookup.at, node.name) : null;
    if (binding && changedAfter(binding.scope, node.name)) return null;
    const entries = queryObject(unwrap(value), lookup);
    if (entries) follow(node.name, lookup);
    return entries;
  }
  return queryObject(node, lookup);
}

/** `new URLSearchParams({ ... })`, `qs.stringify({ ... })`: its entries, or null. */
function queryObject(node: Node, lookup: Lookup): UrlTemplate['query'] | null {
  if (node.type === 'NewExpression' && isIdent(node.callee, 'URLSearchParams') && node.arguments.length === 1)
    return objectEntries(node.arguments[0]!, lookup, null);
  const call = queryStringCall(node, lookup);
  if (call?.fn !== 'stringify' || node.type !== 'CallExpression') return null;
  // qs (the library) has options of its own; only its plain call is read.
  const options =
    call.library === 'query-string'
      ? queryStringOptions(node.arguments[1])
      : node.arguments.length === 1
        ? { skipNull: false, skipEmptyString: false }
        : null;
  return options && node.arguments[0] ? objectEntries(node.arguments[0], lookup, options) : null;
}

/**
 * Whether a name is used other than written into a string: `params.append(...)`, reassigned,
 * handed to other code, any of which can change what it holds.
 */
function changedAfter(scope: Node, name: string): boolean {
  let changed = false;
  visitNodes(scope, (node, parent, key) => {
    if (changed || node.type !== 'Identifier' || node.name !== name || !isReference(node, parent, key)) return;
    const written =
      parent?.type === 'TemplateLiteral' ||
      (parent?.type === 'BinaryExpression' && parent.operator === '+') ||
      (parent?.type === 'MemberExpression' && key === 'object' && memberProp(parent) === 'toString');
    if (!written) changed = true;
  });
  return changed;
}

/**
 * An object literal's entries as query values. `qs`: query-string's rules for a missing value,
 * null for URLSearchParams, which writes every value as text.
 */
function objectEntries(arg: Node, lookup: Lookup, qs: QueryStringOptions | null): UrlTemplate['query'] | null {
  const object = unwrap(arg);
  if (object.type !== 'ObjectExpression') return null;
  const out: UrlTemplate['query'] = [];
  for (const p of (object as ObjectExpression).properties) {
    const key = staticKey(p);
    if (key === null || p.type !== 'ObjectProperty') return null;
    const value = unwrap(p.value);
    // An array is written as the key repeated, which the route reads as its first item.
    if (value.type === 'ArrayExpression' || value.type === 'ObjectExpression') return null;
    if (!qs) {
      out.push({ key, value: [{ expr: p.value as Expression, convert: templateConversion(p.value, lookup) }] });
      continue;
    }
    const type = valueType(p.value, lookup, 0);
    if (type.kind === 'undefined' || (type.kind === 'null' && qs.skipNull)) continue;
    // query-string writes a null as the key alone, which the route reads as the empty string.
    if (type.kind === 'null') out.push({ key, value: [] });
    else out.push({ key, value: [{ expr: p.value as Expression, convert: queryStringConversion(type, qs) }] });
  }
  return out;
}

// --- What a value is, as far as the code shows ------------------------------------------------

/**
 * `string`, `text` (a number or boolean), `route-param` (a `useParams()` value: a string, a list
 * of them or missing), `undefined`, `null`, or `unknown`. `optional`: it may be missing too.
 */
interface ValueType {
  kind: 'string' | 'text' | 'route-param' | 'undefined' | 'null' | 'unknown';
  optional: boolean;
}

const typeIs = (kind: ValueType['kind'], optional = false): ValueType => ({ kind, optional });
const STRING_METHODS = new Set([
  'toString',
  'join',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'toISOString',
  'slice',
  'substring',
  'padStart',
  'padEnd',
  'replace',
  'replaceAll',
  'toFixed',
]);

/**
 * A template writes any value as text, which the route read back as a string: the action takes
 * a value the code does not show to be a string as `String(x)`. A value whose type cannot be read
 * at all is taken for the string it nearly always is (an id), as written.
 */
function templateConversion(expr: Node, lookup: Lookup): Conversion | undefined {
  const type = valueType(expr, lookup, 0);
  if ((type.kind === 'string' || type.kind === 'unknown') && !type.optional) return undefined;
  return 'string';
}

/** query-string drops a missing value, which the route then read as null. */
function queryStringConversion(type: ValueType, qs: QueryStringOptions): Conversion | undefined {
  if (type.kind === 'text' && !type.optional) return 'string';
  if (type.kind === 'text' || type.kind === 'route-param')
    return qs.skipEmptyString ? 'text-or-null-if-empty' : 'text-or-null';
  if (qs.skipEmptyString) return 'or-null-if-empty';
  return type.optional ? 'or-null' : undefined;
}

/** The action argument's code for a value the URL carried: `code` is the value as written. */
export function convertedValue(convert: Conversion | undefined, expr: Node, code: Code): Code {
  if (!convert) return code;
  if (convert === 'string') return ['String(', code, ')'];
  const operand = isOperand(expr) ? code : ['(', code, ')'];
  const missing = convert.endsWith('-if-empty') ? ' || null' : ' ?? null';
  return convert.startsWith('text') ? [operand, '?.toString()', missing] : [operand, missing];
}

/** Expressions `??` and `?.` can follow without parentheses (`x as T` cannot). */
function isOperand(node: Node): boolean {
  return [
    'Identifier',
    'MemberExpression',
    'OptionalMemberExpression',
    'CallExpression',
    'OptionalCallExpression',
    'TSNonNullExpression',
    'StringLiteral',
    'TemplateLiteral',
    'ThisExpression',
  ].includes(node.type);
}

function valueType(expr: Node, lookup: Lookup, depth: number): ValueType {
  const node = unwrap(expr);
  if (depth > 6) return typeIs('unknown');
  switch (node.type) {
    case 'StringLiteral':
    case 'TemplateLiteral':
      return typeIs('string');
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'BigIntLiteral':
      return typeIs('text');
    case 'NullLiteral':
      return typeIs('null');
    case 'Identifier':
      return node.name === 'undefined' ? typeIs('undefined') : identifierType(node.name, lookup, depth);
    case 'UnaryExpression':
      return node.operator === 'typeof'
        ? typeIs('string')
        : node.operator === 'void'
          ? typeIs('undefined')
          : typeIs('text');
    case 'BinaryExpression': {
      if (node.operator !== '+') return typeIs('text');
      const [l, r] = [valueType(node.left, lookup, depth + 1), valueType(node.right, lookup, depth + 1)];
      return l.kind === 'string' || r.kind === 'string'
        ? typeIs('string')
        : l.kind === 'text' && r.kind === 'text'
          ? typeIs('text')
          : typeIs('unknown');
    }
    case 'LogicalExpression': {
      const [l, r] = [valueType(node.left, lookup, depth + 1), valueType(node.right, lookup, depth + 1)];
      // `x ?? ''`, `x || 'all'`: the fallback decides whether it may be missing.
      if (node.operator !== '&&' && l.kind === r.kind) return typeIs(l.kind, r.optional);
      return typeIs('unknown', l.optional || r.optional);
    }
    case 'ConditionalExpression': {
      const [a, b] = [valueType(node.consequent, lookup, depth + 1), valueType(node.alternate, lookup, depth + 1)];
      if (a.kind === b.kind) return typeIs(a.kind, a.optional || b.optional);
      const missing = (t: ValueType) => t.kind === 'undefined' || t.kind === 'null';
      if (missing(a) || missing(b)) return typeIs(missing(a) ? b.kind : a.kind, true);
      return typeIs('unknown', a.optional || b.optional);
    }
    case 'CallExpression':
    case 'OptionalCallExpression': {
      const callee = node.callee;
      if (isIdent(callee, 'String') || isIdent(callee, 'encodeURIComponent') || isIdent(callee, 'encodeURI')) {
        // The route received the decoded text, which the action takes as the value itself.
        return isIdent(callee, 'String')
          ? typeIs('string')
          : node.arguments[0]
            ? valueType(node.arguments[0], lookup, depth + 1)
            : typeIs('string');
      }
      if (
        isIdent(callee, 'Number') ||
        isIdent(callee, 'parseInt') ||
        isIdent(callee, 'parseFloat') ||
        isIdent(callee, 'Boolean')
      )
        return typeIs('text');
      const method = memberProp(callee);
      if (method && STRING_METHODS.has(method))
        return typeIs(
          'string',
          node.type === 'OptionalCallExpression' || (callee as { optional?: boolean }).optional === true,
        );
      return typeIs('unknown');
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const prop = memberProp(node);
      const optional = node.type === 'OptionalMemberExpression';
      if (prop === 'length') return typeIs('text', optional);
      const object = unwrap(node.object);
      if (!prop) return typeIs('unknown', optional);
      const holder = object.type === 'Identifier' ? identifierType(object.name, lookup, depth, prop) : null;
      if (holder) return typeIs(holder.kind, holder.optional || optional || chainOptional(node));
      return typeIs('unknown', optional || chainOptional(node));
    }
    default:
      return typeIs('unknown');
  }
}

/** Whether an optional link earlier in a member chain can leave it undefined (`a?.b.c`). */
function chainOptional(node: Node): boolean {
  for (let n = node; n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression'; n = unwrap(n.object))
    if (n.type === 'OptionalMemberExpression') return true;
  return false;
}

/** A name's type from its declaration; `member`: the type of that property of it instead. */
function identifierType(name: string, lookup: Lookup, depth: number, member?: string): ValueType {
  const binding = lookup.at ? findBinding(lookup.at, name) : null;
  if (!binding) {
    const value = lookup.consts.get(name);
    return value && member === undefined ? valueType(value, lookup, depth + 1) : typeIs('unknown');
  }
  const types = moduleTypesAt(lookup.at!);
  // `const params = useParams()`: a route's params, typed by its type argument when given.
  const source = binding.source;
  if (source && isUseParams(source, lookup)) {
    const typeArg = source.typeParameters?.params[0] ?? null;
    const path = member === undefined ? binding.path : [...binding.path, member];
    const key = path.length === 1 ? path[0] : undefined;
    if (typeof key !== 'string') return typeIs('unknown');
    return typeArg ? annotationType(memberType(typeArg, key, types), types) : typeIs('route-param');
  }
  // `const [value] = useState('')`: the state has the initial value's type, or the type argument's.
  if (
    source &&
    isIdent(source.callee, 'useState') &&
    binding.path.length === 1 &&
    binding.path[0] === 0 &&
    member === undefined
  ) {
    const typeArg = source.typeParameters?.params[0];
    if (typeArg) return annotationType(typeArg, types);
    return source.arguments[0] ? valueType(source.arguments[0], lookup, depth + 1) : typeIs('undefined');
  }
  if (binding.annotation) {
    let type: Node | null = binding.annotation;
    for (const key of member === undefined ? binding.path : [...binding.path, member])
      type = typeof key === 'string' ? memberType(type, key, types) : null;
    const found = annotationType(type, types);
    return binding.optional ? typeIs(found.kind, true) : found;
  }
  if (binding.init && binding.path.length === 0 && member === undefined && binding.kind === 'const')
    return valueType(binding.init, lookup, depth + 1);
  if (binding.defaultValue && member === undefined) {
    const fallback = valueType(binding.defaultValue, lookup, depth + 1);
    return typeIs(fallback.kind);
  }
  return typeIs('unknown');
}

function isUseParams(call: Node & { callee: Node }, lookup: Lookup): boolean {
  if (call.callee.type !== 'Identifier') return false;
  const name = call.callee.name;
  let root = lookup.at!;
  while (root.parent) root = root.parent;
  const program = root.node.type === 'File' ? root.node.program : null;
  return !!program?.body.some(
    (s) =>
      s.type === 'ImportDeclaration' &&
      s.source.value === 'next/navigation' &&
      s.specifiers.some(
        (sp) =>
          sp.type === 'ImportSpecifier' &&
          sp.local.name === name &&
          (sp.imported.type === 'Identifier' ? sp.imported.name : sp.imported.value) === 'useParams',
      ),
  );
}

/** A TypeScript type as a ValueType. */
function annotationType(type: Node | null, types: Map<string, Node>): ValueType {
  const t = resolveType(type, types);
  if (!t) return typeIs('unknown');
  switch (t.type) {
    case 'TSStringKeyword':
      return typeIs('string');
    case 'TSNumberKeyword':
    case 'TSBooleanKeyword':
    case 'TSBigIntKeyword':
      return typeIs('text');
    case 'TSUndefinedKeyword':
    case 'TSVoidKeyword':
      return typeIs('undefined');
    case 'TSNullKeyword':
      return typeIs('null');
    case 'TSLiteralType':
      return t.literal.type === 'StringLiteral' || t.literal.type === 'TemplateLiteral'
        ? typeIs('string')
        : typeIs('text');
    case 'TSTemplateLiteralType':
      return typeIs('string');
    case 'TSUnionType': {
      const members = t.types.map((m) => annotationType(m, types));
      const present = members.filter((m) => m.kind !== 'undefined' && m.kind !== 'null');
      const optional = present.length < members.length || present.some((m) => m.optional);
      const kinds = new Set(present.map((m) => m.kind));
      return typeIs(kinds.size === 1 ? [...kinds][0]! : 'unknown', optional);
    }
    default:
      return typeIs('unknown');
  }
}

/** The module's types, for a path anywhere in it. */
function moduleTypesAt(at: Path): Map<string, Node> {
  let root = at;
  while (root.parent) root = root.parent;
  return moduleTypes(root.node);
}

/** The type of property `key` of an object type (a literal, an interface, or an alias of one); optional members include undefined. */
function memberType(type: Node | null, key: string, types: Map<string, Node>): Node | null {
  const m = propertySignature(type, key, types);
  const inner = annotationOf(m);
  if (!m || !inner) return null;
  return m.optional
    ? ({ type: 'TSUnionType', types: [inner, { type: 'TSUndefinedKeyword' }] } as unknown as Node)
    : inner;
}

// --- Bindings -----------------------------------------------------------------------------------

/**
 * What declares a name at a place in the code: a `const`/`let`/`var` or a parameter, with what
 * tells its type. `path`: where the name sits in a destructuring pattern (keys, array indexes).
 */
interface LocalBinding {
  kind: 'const' | 'let' | 'param' | 'other';
  /** The innermost scope holding the declaration: its uses of the name are all in it. */
  scope: Node;
  declarator?: Node & { id: Node };
  declaration?: Node;
  init?: Expression;
  /** The initializer's call, when it is one (`useParams()`, `useState('')`). */
  source?: Node & { callee: Node; arguments: Node[]; typeParameters?: { params: Node[] } | null };
  annotation?: Node;
  optional?: boolean;
  defaultValue?: Node;
  path: Array<string | number>;
}

/** The innermost declaration of `name` visible from `at`, or null when only the module's scope holds it. */
function findBinding(at: Path, name: string): LocalBinding | null {
  for (let p = at.parent; p; p = p.parent) {
    const node = p.node;
    if (node.type === 'Program' || node.type === 'File') return null;
    if (isFunction(node)) {
      for (const param of (node as unknown as { params: Node[] }).params) {
        const found = inPattern(param, name, []);
        if (found) return { kind: 'param', scope: node, ...found };
      }
      if ((node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') && node.id?.name === name)
        return { kind: 'other', scope: node, path: [] };
    }
    if (node.type === 'CatchClause' && node.param && inPattern(node.param, name, []))
      return { kind: 'other', scope: node, path: [] };
    const statements = node.type === 'BlockStatement' ? node.body : node.type === 'SwitchCase' ? node.consequent : null;
    for (const stmt of statements ?? []) {
      if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && stmt.id?.name === name)
        return { kind: 'other', scope: node, path: [] };
      if (stmt.type !== 'VariableDeclaration') continue;
      for (const d of stmt.declarations) {
        const found = inPattern(d.id, name, []);
        if (!found) continue;
        const init = d.init ? (unwrap(d.init) as Expression) : undefined;
        const call = init?.type === 'AwaitExpression' ? null : init?.type === 'CallExpression' ? init : null;
        return {
          kind: stmt.kind === 'const' ? 'const' : stmt.kind === 'let' ? 'let' : 'other',
          scope: node,
          declarator: d,
          declaration: stmt,
          ...(d.init ? { init: d.init } : {}),
          ...(call ? { source: call as LocalBinding['source'] & object } : {}),
          ...found,
        };
      }
    }
    // `for (const x of ...)` and the like: a binding whose value the code does not show.
    const loopDeclaration =
      node.type === 'ForOfStatement' || node.type === 'ForInStatement'
        ? node.left
        : node.type === 'ForStatement'
          ? node.init
          : null;
    if (
      loopDeclaration?.type === 'VariableDeclaration' &&
      loopDeclaration.declarations.some((d) => inPattern(d.id, name, []))
    )
      return { kind: 'other', scope: node, path: [] };
  }
  return null;
}

/** Finds `name` in a binding pattern, with the annotation that types the pattern. */
function inPattern(
  pattern: Node,
  name: string,
  path: Array<string | number>,
  annotation?: Node,
): Pick<LocalBinding, 'path' | 'annotation' | 'optional' | 'defaultValue'> | null {
  const own = (pattern as { typeAnnotation?: Node | null }).typeAnnotation;
  const typed =
    own && own.type === 'TSTypeAnnotation'
      ? { annotation: own.typeAnnotation, path: [] as Array<string | number> }
      : annotation
        ? { annotation, path }
        : { path };
  switch (pattern.type) {
    case 'Identifier':
      if (pattern.name !== name) return null;
      return { ...typed, ...(pattern.optional ? { optional: true } : {}) };
    case 'AssignmentPattern': {
      const found = inPattern(pattern.left, name, path, annotation);
      return found && pattern.left.type === 'Identifier' ? { ...found, defaultValue: pattern.right } : found;
    }
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'RestElement') continue;
        const key = staticKey(prop);
        if (key === null) continue;
        const found = inPattern(prop.value, name, [...typed.path, key], typed.annotation);
        if (found) return found;
      }
      return null;
    case 'ArrayPattern':
      for (const [i, el] of pattern.elements.entries()) {
        const found = el && inPattern(el, name, [...typed.path, i], typed.annotation);
        if (found) return found;
      }
      return null;
    case 'TSParameterProperty':
      return inPattern(pattern.parameter, name, path, annotation);
    default:
      return null;
  }
}
