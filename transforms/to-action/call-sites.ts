// Finds fetch('/api/...') calls in a module, and axios's and ky's (client-calls.ts), and reads
// what they send and how they use the response (docs/caller-rewrite.md), without changing anything.
import type { CallExpression, Expression, File, Node, ObjectExpression } from '@babel/types';
import { enclosingFunction, findAllSpelling, type Path } from '../ast/walk.js';
import { HTTP_METHODS } from '../model/types.js';
import { moduleConstants, resolveUrl, type UrlResolution } from './url.js';
import { readUnsupportedInit, sentBody } from './request.js';
import { objectProp } from '../ast/nodes.js';
import { readUse } from './response-use.js';
import { axiosErrorImport, clientCallOf, clientImports, readClientCall } from './client-calls.js';
import type { ErrorReads } from './error-reads.js';
import { jsonFlattens } from './serialization.js';

export type CallBody =
  | { kind: 'none' }
  | { kind: 'json'; expr: Expression }
  /** `file`: what uploads a file in it, when something does. */
  | { kind: 'form'; expr: Expression; file: string | null }
  | { kind: 'unknown'; why: string };

/** One use of the response object, to be rewritten against the action's result. */
export interface ResponseRef {
  path: Path;
  /** `data`: axios's parsed body, a value where fetch's `res.json()` is a promise. */
  use: 'json' | 'data' | 'ok' | 'status' | 'log';
  /** For `json`: the `await res.json()` (or `res.json()`) expression to replace; for `data`, `res.data`; for `log`, the reference. */
  target: Path;
  awaited: boolean;
}

export type ResponseUse =
  | { kind: 'ignored' }
  | { kind: 'variable'; name: string; declarator: Path; refs: ResponseRef[] }
  /**
   * `pattern`: axios's `.then(({ data, status }) => ...)`, the keys it takes and the name `data` is
   * bound to (the envelope has both keys; a plain result is the data itself).
   */
  | { kind: 'then'; then: Path; param: string | null; refs: ResponseRef[]; pattern?: { path: Path; keys: string[]; data: string | null } }
  /** `(await fetch(...)).json()`, or axios's `(await axios.post(...)).data` (`value`: not a promise). */
  | { kind: 'direct-json'; target: Path; value?: boolean }
  /** axios: `const { data } = await axios.post(...)`, `data` taken under `local`. */
  | { kind: 'data-pattern'; declarator: Path; local: string }
  | { kind: 'beyond'; why: string };

/** fetch, or a library whose promise rejects when the answer has an error status. */
export type HttpClient = 'fetch' | 'axios' | 'ky';

export interface FetchCall {
  client: HttpClient;
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
  /** axios, ky: what the code around the call reads of the error the library throws. */
  errorReads: ErrorReads | null;
  /** What of a JSON body JSON would have flattened and an action passes as it is, if anything. */
  flattens?: string | null;
}

const isFetchCallee = (n: Node): boolean =>
  (n.type === 'Identifier' && n.name === 'fetch') ||
  (n.type === 'MemberExpression' && n.object.type === 'Identifier' && ['window', 'globalThis', 'self'].includes(n.object.name) && n.property.type === 'Identifier' && n.property.name === 'fetch');

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

function readBody(init: ObjectExpression | null, fn: Path | null): CallBody {
  const body = init && objectProp(init, 'body');
  if (!body) return { kind: 'none' };
  return sentBody(body, fn) ?? { kind: 'unknown', why: 'sends a body that is neither JSON.stringify(...) nor FormData' };
}

/** `text`: what `ast` was parsed from. */
export function findFetchCalls(file: string, ast: File, text: string, basePath: string): FetchCall[] {
  const consts = moduleConstants(ast.program);
  const clients = clientImports(ast);
  const axiosError = clients.size > 0 ? axiosErrorImport(ast) : null;
  const out: FetchCall[] = [];
  for (const call of findAllSpelling(ast, 'CallExpression', text, ['fetch', ...clients.keys()])) {
    const node = call.node;
    const client = clientCallOf(node.callee, clients);
    if (client) {
      const found = readClientCall(file, call, client, consts, basePath, axiosError);
      if (found) out.push(found);
      continue;
    }
    if (!isFetchCallee(node.callee) || node.arguments.length === 0) continue;
    const [urlArg, initArg] = node.arguments;
    const resolution = resolveUrl(urlArg!, consts, basePath, call);
    // An absolute URL elsewhere (a third-party API) is not ours to report.
    if (resolution.kind === 'external' && !resolution.text.includes('/api/')) continue;
    const init = initArg?.type === 'ObjectExpression' ? initArg : null;
    const fn = enclosingFunction(call);
    const { outer, use } = readUse(call, 'fetch');
    out.push({
      client: 'fetch',
      file,
      line: node.loc?.start.line ?? 0,
      call,
      outer,
      resolution,
      method: initArg && !init ? null : readMethod(init && objectProp(init, 'method'), consts),
      body: initArg && !init ? { kind: 'unknown', why: 'passes request options built elsewhere' } : readBody(init, fn),
      unsupportedInit: readUnsupportedInit(init),
      use,
      errorReads: null,
    });
  }
  for (const c of out) c.flattens = c.body.kind === 'json' ? jsonFlattens(c.body.expr, c.call) : null;
  return out;
}
