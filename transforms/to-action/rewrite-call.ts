// Rewrites one fetch call site into a call of its action (SPEC 4.4, call-only rewrite):
// `const res = await fetch(...); const data = await res.json()` -> `const data = await addUser(input)`.
import type { CallExpression, Expression, Node } from '@babel/types';
import { enclosingFunction, replaceAt, walk, type Path } from '../ast/walk.js';
import { boundNames, expr, freshName, isIdent, memberProp, unwrap } from '../ast/nodes.js';
import type { ActionInput } from './handler.js';
import type { FetchCall, ResponseRef } from './call-sites.js';
import type { RouteMatch, UrlPart, UrlTemplate } from './url.js';

export interface ActionRef {
  /** The name the action is imported under in the caller's module. */
  local: string;
  inputs: ActionInput[];
  envelope: boolean;
}

function partExpr(part: UrlPart): Expression {
  if ('text' in part) return { type: 'StringLiteral', value: decodeURIComponent(part.text) } as Expression;
  const e = unwrap(part.expr);
  // The route received the decoded segment, so the action takes the value itself.
  if (e.type === 'CallExpression' && isIdent(e.callee, 'encodeURIComponent') && e.arguments.length === 1) return e.arguments[0] as Expression;
  return part.expr;
}

/** The arguments of the action call, in the action's parameter order. */
export function actionArguments(site: FetchCall, match: RouteMatch, url: UrlTemplate, inputs: ActionInput[]): Expression[] {
  return inputs.map((input) => {
    const source = input.source;
    if (source.kind === 'segment') {
      const capture = match.captures.find((c) => c.segment.kind !== 'static' && c.segment.name === source.segment);
      if (!capture) return expr('undefined');
      if (capture.segment.kind === 'dynamic') return partExpr(capture.parts[0]![0]!);
      return { type: 'ArrayExpression', elements: capture.parts.map((p) => partExpr(p[0]!)) } as Expression;
    }
    if (source.kind === 'json' || source.kind === 'form') return site.body.kind === 'json' || site.body.kind === 'form' ? site.body.expr : expr('undefined');
    const q = url.query.find((x) => x.key === source.key);
    return q && q.value.length === 1 ? partExpr(q.value[0]!) : expr('null');
  });
}

function callNode(local: string, args: Expression[]): CallExpression {
  return { type: 'CallExpression', callee: { type: 'Identifier', name: local }, arguments: args } as Node as CallExpression;
}

const ident = (name: string) => ({ type: 'Identifier', name }) as Node as Expression;
const member = (object: string, prop: string) => expr(`${object}.${prop}`);

/** Replaces a use of the response by the matching use of the action's result. */
function rewriteRef(ref: ResponseRef, resultName: string, envelope: boolean): void {
  dropParentheses(ref.target);
  if (ref.use === 'ok' || ref.use === 'status') {
    replaceAt(ref.target, member(resultName, ref.use));
    return;
  }
  const data = envelope ? member(resultName, 'data') : ident(resultName);
  replaceAt(ref.target, ref.awaited ? data : expr(`Promise.resolve(${envelope ? `${resultName}.data` : resultName})`));
}

/**
 * `(await res.json()).name` becomes `data.name`: recast keeps the parentheses it finds in the
 * original text around a replaced child, so the member expression is reprinted as a new node.
 */
function dropParentheses(target: Path): void {
  const parent = target.parent;
  const extra = (target.node as { extra?: { parenthesized?: boolean } }).extra;
  if (!extra?.parenthesized || !parent || parent.node.type !== 'MemberExpression' || target.key !== 'object') return;
  const copy = { ...parent.node } as Record<string, unknown>;
  delete copy.original;
  delete copy.loc;
  delete copy.start;
  delete copy.end;
  replaceAt(parent, copy as unknown as Node);
  parent.node = copy as unknown as Node;
}

/** Rewrites the call site in place. Returns false when the shape turned out not to fit. */
export function rewriteCall(site: FetchCall, action: ActionRef, args: Expression[]): void {
  const call = callNode(action.local, args);
  const use = site.use;
  const awaited = (): Expression => ({ type: 'AwaitExpression', argument: call }) as Node as Expression;
  const scope = (enclosingFunction(site.call) ?? rootOf(site.call)).node;
  switch (use.kind) {
    case 'ignored':
      replaceAt(site.outer, site.outer.node.type === 'AwaitExpression' ? awaited() : call);
      return;
    case 'direct-json': {
      const target = use.target;
      const value = target.node.type === 'AwaitExpression' ? awaited() : call;
      replaceAt(target, action.envelope ? ({ type: 'MemberExpression', object: awaited(), property: ident('data'), computed: false } as Node) : value);
      return;
    }
    case 'variable': {
      const declarator = use.declarator.node as Node & { id: Node; init: Node };
      if (!action.envelope) {
        const merged = mergeJsonDeclaration(use.refs, declarator);
        if (merged) {
          declarator.init = awaited();
          return;
        }
      }
      const taken = boundNames(scope);
      const name = action.envelope ? freshName('result', taken) : freshName('data', taken);
      (declarator.id as { name: string }).name = name;
      declarator.init = awaited();
      for (const ref of [...use.refs].reverse()) rewriteRef(ref, name, action.envelope);
      return;
    }
    case 'then': {
      const thenCall = use.then.node as CallExpression;
      const cb = thenCall.arguments[0] as Node & { body: Node; params: Node[] };
      const onlyJson = use.refs.length === 1 && use.refs[0]!.use === 'json' && !use.refs[0]!.awaited && use.refs[0]!.target.node === unwrap(cb.body);
      if (!action.envelope && onlyJson) {
        replaceAt(use.then, call);
        return;
      }
      const param = use.param;
      if (param) for (const ref of [...use.refs].reverse()) rewriteRefInCallback(ref, param, action.envelope);
      replaceAt(site.call, call);
      return;
    }
    case 'beyond':
      return;
  }
}

/** In `.then((res) => res.json())`, `res.json()` returns a promise, so no Promise.resolve is needed. */
function rewriteRefInCallback(ref: ResponseRef, param: string, envelope: boolean): void {
  if (ref.use === 'json') replaceAt(ref.target, envelope ? member(param, 'data') : ident(param));
  else replaceAt(ref.target, member(param, ref.use));
}

/**
 * `const res = await fetch(); ... const data = await res.json()` with no other use of `res`:
 * the fetch declaration takes over `data` and the json line goes.
 */
function mergeJsonDeclaration(refs: ResponseRef[], declarator: Node & { id: Node }): boolean {
  if (refs.length !== 1 || refs[0]!.use !== 'json' || !refs[0]!.awaited) return false;
  const holder = refs[0]!.target.parent;
  if (holder?.node.type !== 'VariableDeclarator' || refs[0]!.target.key !== 'init') return false;
  const decl = holder.parent!;
  if ((decl.node as { declarations: Node[] }).declarations.length !== 1) return false;
  const fetchDecl = findDeclaration(declarator, decl);
  if (!fetchDecl) return false;
  declarator.id = holder.node.id;
  (fetchDecl as { kind: string }).kind = (decl.node as { kind: string }).kind;
  replaceAt(decl, null);
  return true;
}

/** The VariableDeclaration holding a declarator, when it sits in the same block as `other`. */
function findDeclaration(declarator: Node, other: Path): Node | null {
  const block = other.parent?.node as { body?: Node[] } | undefined;
  if (!block?.body) return null;
  for (const stmt of block.body) {
    if (stmt.type === 'VariableDeclaration' && stmt.declarations.includes(declarator as never)) return stmt.declarations.length === 1 ? stmt : null;
  }
  return null;
}

function rootOf(path: Path): Path {
  let p = path;
  while (p.parent) p = p.parent;
  return p;
}

export { memberProp };
