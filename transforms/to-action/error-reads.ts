// What the code around an axios or ky call does with the error the library throws on an error
// status. A moved call throws an Error in the same place (docs/caller-rewrite.md, "Library
// errors"), carrying the action's result as its `response` where the handler reads
// `error.response.status` or `.data` (the result has both); one that reads more of the library's
// error (its request, its class) would read nothing, and keeps the call.
import type { Node } from '@babel/types';
import { isFunction, walk, type Path } from '../ast/walk.js';
import { isIdent, memberProp, staticKey } from '../ast/nodes.js';

export interface ErrorReads {
  /** Why the error handling needs the library's own error object; null when it does not. */
  blocking: string | null;
  /** It reads `error.response.status` or `error.response.data`, which the thrown error must carry. */
  response: boolean;
}

/** Names and classes that tell a library error from any other. */
const ERROR_CHECKS = new Set(['isAxiosError', 'AxiosError', 'HTTPError', 'isHTTPError']);
/** Properties only the library's error has (`message` and `name` any Error has). */
const LIBRARY_ERROR_PROPS = new Set(['response', 'request', 'config', 'code', 'status', 'toJSON', 'isAxiosError']);
/** What of `error.response` the action's result answers too. */
const RESULT_PROPS = new Set(['status', 'data']);

/** The error handling around the call: a `catch` it sits in, a `.catch(cb)` on it, a mutation's `onError`. */
export function libraryErrorReads(call: Path): ErrorReads {
  const reads: ErrorReads = { blocking: null, response: false };
  const merge = (r: ErrorReads) => {
    reads.blocking ??= r.blocking;
    reads.response ||= r.response;
  };
  for (let p: Path | null = call; p?.parent; p = p.parent) {
    const parent = p.parent;
    // `try { await axios.post(...) } catch (error) { ... }`
    if (parent.node.type === 'TryStatement' && p.key === 'block' && parent.node.handler) merge(readsLibraryError(parent.node.handler.body, parent.node.handler.param ?? null));
    // `axios.post(...).then(...).catch((error) => ...)`
    if (parent.node.type === 'MemberExpression' && p.key === 'object' && memberProp(parent.node) === 'catch' && parent.parent?.node.type === 'CallExpression') merge(callbackReads(parent.parent.node.arguments[0]));
    if (isFunction(parent.node)) {
      // `useMutation({ mutationFn: async (v) => axios.post(...), onError: (err) => ... })`
      const holder = parent.parent;
      if (holder?.node.type === 'ObjectProperty' && staticKey(holder.node) === 'mutationFn' && holder.parent?.node.type === 'ObjectExpression') {
        const onError = holder.parent.node.properties.find((x) => (x.type === 'ObjectProperty' || x.type === 'ObjectMethod') && staticKey(x) === 'onError');
        if (onError) merge(callbackReads(onError.type === 'ObjectMethod' ? onError : (onError as { value: Node }).value));
      }
      break;
    }
  }
  return reads;
}

function callbackReads(cb: Node | undefined): ErrorReads {
  if (!cb) return { blocking: null, response: false };
  if (!isFunction(cb)) return { blocking: 'hands the library error to a function it does not read', response: false };
  const fn = cb as Node & { params: Node[]; body: Node };
  return readsLibraryError(fn.body, fn.params[0] ?? null);
}

function readsLibraryError(body: Node, param: Node | null): ErrorReads {
  const reads: ErrorReads = { blocking: null, response: false };
  const name = param?.type === 'Identifier' ? param.name : null;
  walk(body, (p) => {
    if (reads.blocking) return false;
    const n = p.node;
    if (n.type === 'Identifier' && ERROR_CHECKS.has(n.name) && p.key !== 'property') reads.blocking = `tells the library's error apart (\`${n.name}\`)`;
    else if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
      const prop = memberProp(n);
      if (prop && ERROR_CHECKS.has(prop)) reads.blocking = `tells the library's error apart (\`${prop}\`)`;
      else if (name && isIdent(n.object, name) && prop && LIBRARY_ERROR_PROPS.has(prop)) {
        // `error.response?.status`, `error?.response?.data`: the result answers these.
        const outer = p.parent?.node;
        const next = outer && p.key === 'object' ? memberProp(outer) : null;
        if (prop === 'response' && next && RESULT_PROPS.has(next)) reads.response = true;
        else reads.blocking = `reads \`${name}.${prop}${next ? `.${next}` : ''}\` of the library's error, which an action's failure does not carry`;
      }
    }
  });
  return reads;
}
