// Finds fetch('/api/...') calls in a module, and axios's and ky's (client-calls.ts), and reads
// what they send and how they use the response (docs/caller-rewrite.md), without changing anything.
import type { Expression, File, Node, ObjectExpression } from '@babel/types';
import { enclosingFunction, findAllSpelling, type Path } from '../../ast/walk.js';
import { HTTP_METHODS } from '../../model/types.js';
import { moduleConstants, resolveUrl } from './url.js';
import { readUnsupportedInit, sentBody } from './request.js';
import { objectProp } from '../../ast/nodes.js';
import { readUse } from './response-use.js';
import { axiosErrorImport, clientCallOf, clientImports, readClientCall } from './client-calls.js';
import { jsonFlattens } from './serialization.js';
import type { CallBody, FetchCall } from './fetch-call.js';

const isFetchCallee = (n: Node): boolean =>
  (n.type === 'Identifier' && n.name === 'fetch') ||
  (n.type === 'MemberExpression' &&
    n.object.type === 'Identifier' &&
    ['window', 'globalThis', 'self'].includes(n.object.name) &&
    n.property.type === 'Identifier' &&
    n.property.name === 'fetch');

/** `'POST'`, `HttpMethod.POST`, `Method.Post` or a constant holding one. */
function readMethod(expr: Expression | null, consts: Map<string, Expression>): string | null {
  if (!expr) return 'GET';
  if (expr.type === 'StringLiteral') return expr.value.toUpperCase();
  if (expr.type === 'MemberExpression' && !expr.computed && expr.property.type === 'Identifier') {
    const name = expr.property.name.toUpperCase();
    return (HTTP_METHODS as readonly string[]).includes(name) ? name : null;
  }
  if (expr.type === 'Identifier' && consts.has(expr.name)) return readMethod(consts.get(expr.name)!, consts);
  if (expr.type === 'TemplateLiteral' && expr.expressions.length === 0)
    return expr.quasis[0]!.value.cooked!.toUpperCase();
  return null;
}

function readBody(init: ObjectExpression | null, fn: Path | null): CallBody {
  const body = init && objectProp(init, 'body');
  if (!body) return { kind: 'none' };
  return (
    sentBody(body, fn) ?? { kind: 'unknown', why: 'sends a body that is neither JSON.stringify(...) nor FormData' }
  );
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
