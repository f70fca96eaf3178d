// What the code around an axios or ky call does with the error the library throws on an error
// status. A moved call throws an Error in the same place (docs/caller-rewrite.md, "Library
// errors"), carrying the action's result as its `response` where the handler reads
// `error.response.status` or `.data` (the result has both), and an AxiosError where it tells
// axios's errors apart and the module imports that class. One that reads more of the library's
// error (its request, its config) would read nothing, and keeps the call.
import type { Node } from '@babel/types';
import { isFunction, walk, type Path } from '../../ast/walk.js';
import { isIdent, memberProp, staticKey, unwrap } from '../../ast/nodes.js';

export interface ErrorReads {
  /** Why the error handling needs the library's own error object; null when it does not. */
  blocking: string | null;
  /** It reads `error.response.status` or `error.response.data`, which the thrown error must carry. */
  response: boolean;
  /** It tells axios's errors apart (`instanceof AxiosError`, `isAxiosError`): the local name of the class to throw. */
  axiosError: string | null;
}

/** Names and classes that tell a library error from any other. */
const ERROR_CHECKS = new Set(['isAxiosError', 'AxiosError', 'HTTPError', 'isHTTPError']);
/** Properties only the library's error has (`message` and `name` any Error has). */
const LIBRARY_ERROR_PROPS = new Set(['response', 'request', 'config', 'code', 'status', 'toJSON', 'isAxiosError']);
/** What of `error.response` the action's result answers too. */
const RESULT_PROPS = new Set(['status', 'data']);

/** The error handling around the call: a `catch` it sits in, a `.catch(cb)` on it, a mutation's `onError`. */
export function libraryErrorReads(call: Path, axiosError: string | null = null): ErrorReads {
  const reads: ErrorReads = { blocking: null, response: false, axiosError: null };
  const merge = (r: ErrorReads) => {
    reads.blocking ??= r.blocking;
    reads.response ||= r.response;
    reads.axiosError ??= r.axiosError;
  };
  const readsOf = (body: Node, param: Node | null) => readsLibraryError(body, param, axiosError);
  const callbackReads = (cb: Node | undefined) => readsOfCallback(cb, axiosError);
  for (let p: Path | null = call; p?.parent; p = p.parent) {
    const parent = p.parent;
    // `try { await axios.post(...) } catch (error) { ... }`
    if (parent.node.type === 'TryStatement' && p.key === 'block' && parent.node.handler)
      merge(readsOf(parent.node.handler.body, parent.node.handler.param ?? null));
    // `axios.post(...).then(...).catch((error) => ...)`
    if (
      parent.node.type === 'MemberExpression' &&
      p.key === 'object' &&
      memberProp(parent.node) === 'catch' &&
      parent.parent?.node.type === 'CallExpression'
    )
      merge(callbackReads(parent.parent.node.arguments[0]));
    if (isFunction(parent.node)) {
      // `useMutation({ mutationFn: async (v) => axios.post(...), onError: (err) => ... })`
      const holder = parent.parent;
      if (
        holder?.node.type === 'ObjectProperty' &&
        staticKey(holder.node) === 'mutationFn' &&
        holder.parent?.node.type === 'ObjectExpression'
      ) {
        const onError = holder.parent.node.properties.find(
          (x) => (x.type === 'ObjectProperty' || x.type === 'ObjectMethod') && staticKey(x) === 'onError',
        );
        if (onError)
          merge(callbackReads(onError.type === 'ObjectMethod' ? onError : (onError as { value: Node }).value));
      }
      break;
    }
  }
  return reads;
}

function readsOfCallback(cb: Node | undefined, axiosError: string | null): ErrorReads {
  if (!cb) return { blocking: null, response: false, axiosError: null };
  if (!isFunction(cb))
    return { blocking: 'hands the library error to a function it does not read', response: false, axiosError: null };
  const fn = cb as Node & { params: Node[]; body: Node };
  return readsLibraryError(fn.body, fn.params[0] ?? null, axiosError);
}

/** axios's own ways to tell its errors apart, which an AxiosError thrown in their place answers. */
const AXIOS_CHECKS = new Set(['AxiosError', 'isAxiosError']);

function readsLibraryError(body: Node, param: Node | null, axiosError: string | null): ErrorReads {
  const reads: ErrorReads = { blocking: null, response: false, axiosError: null };
  const name = param?.type === 'Identifier' ? param.name : null;
  // The class under the module's own name for it too (`import { AxiosError as HttpError }`).
  const checks = axiosError ? new Set([...ERROR_CHECKS, axiosError]) : ERROR_CHECKS;
  const classCheck = (check: string) => {
    if (axiosError && (AXIOS_CHECKS.has(check) || check === axiosError)) reads.axiosError = axiosError;
    else reads.blocking = `tells the library's error apart (\`${check}\`)`;
  };
  walk(body, (p) => {
    if (reads.blocking) return false;
    const n = p.node;
    if (n.type === 'Identifier' && checks.has(n.name) && p.key !== 'property') classCheck(n.name);
    // `const err = error as AxiosError`: its reads would go unseen under the other name.
    else if (name && n.type === 'VariableDeclarator' && n.init && isIdent(unwrap(n.init), name))
      reads.blocking = `keeps the library's error as \`${(n.id as { name?: string }).name ?? 'another name'}\``;
    else if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
      const prop = memberProp(n);
      if (prop && ERROR_CHECKS.has(prop)) classCheck(prop);
      else if (name && isIdent(unwrap(n.object), name) && prop && LIBRARY_ERROR_PROPS.has(prop)) {
        // `error.response?.status`, `error?.response?.data`: the result answers these.
        const outer = p.parent?.node;
        const next = outer && p.key === 'object' ? memberProp(outer) : null;
        if (prop === 'response' && next && RESULT_PROPS.has(next)) reads.response = true;
        else
          reads.blocking = `reads \`${name}.${prop}${next ? `.${next}` : ''}\` of the library's error, which an action's failure does not carry`;
      }
    }
  });
  return reads;
}
