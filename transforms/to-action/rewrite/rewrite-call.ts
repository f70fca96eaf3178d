// Rewrites one fetch call site into a call of its action (call-only rewrite, docs/caller-rewrite.md):
// `const res = await fetch(...); const data = await res.json()` -> `const data = await addUser(input)`.
// The rewrite is a set of text edits at the parsed offsets: what it does not replace stays as written.
import type { CallExpression, Node } from '@babel/types';
import { enclosingScope, type Path } from '../../ast/walk.js';
import { boundNames, freshName, isIdent, quoted, unwrap, type CodeStyle } from '../../ast/nodes.js';
import { indentAt, moveText, type Code, type TextEdits } from '../../ast/text-edits.js';
import type { ActionInput } from '../../shared/route-handler.js';
import type { FetchCall, ResponseRef } from '../calls/fetch-call.js';
import { convertedValue, type UrlPart, type UrlTemplate } from '../calls/url.js';
import type { RouteMatch } from '../calls/route-match.js';

export interface ActionRef {
  /** The name the action is imported under in the caller's module. */
  local: string;
  inputs: ActionInput[];
  envelope: boolean;
  /** The call was axios's or ky's, which reject on an error status: the moved call throws there too. */
  throwsOnError: false | ThrownError;
}

/**
 * What a moved library call throws: a plain Error; one carrying the result as its `response`
 * where the error handling reads `error.response.status` or `.data`; or, where it tells axios's
 * errors apart, an AxiosError (the module's local name for the class) carrying it.
 */
export type ThrownError = { kind: 'plain' } | { kind: 'with-response' } | { kind: 'axios-error'; local: string };

/**
 * Names the rewrite declares, per scope: two calls rewritten in one function must not both
 * declare `result`, and the scope's own bindings are read from the tree the rewrite started from.
 */
export class ScopeNames {
  private readonly declared = new Map<Node, Set<string>>();
  fresh(scope: Node, base: string): string {
    let names = this.declared.get(scope);
    if (!names) this.declared.set(scope, (names = boundNames(scope)));
    const name = freshName(base, names);
    names.add(name);
    return name;
  }
}

/**
 * What an axios or ky caller saw on an error status: a rejection, with the library's message, and
 * where the error handling reads them, the result's `status` and `data` as the error's `response`.
 */
function failureCheck(result: string, thrown: ThrownError, style: CodeStyle): string {
  const error = `new ${thrown.kind === 'axios-error' ? thrown.local : 'Error'}(\`Request failed with status code \${${result}.status}\`)`;
  return `if (!${result}.ok) throw ${thrown.kind === 'plain' ? error : `Object.assign(${error}, { response: ${result} })`}${style.semi ? ';' : ''}`;
}

/** The action call as a promise that rejects where the library's did, resolving to the result. */
function rejectingCall(call: Code, kind: ThrownError, style: CodeStyle): Code {
  return [
    call,
    `.then((result) => { ${failureCheck('result', kind, style)}${style.semi ? '' : ';'} return result${style.semi ? ';' : ''} })`,
  ];
}

/** The statement list a node stands in directly (a block's or the module's), for adding a statement after it. */
const inStatementList = (path: Path): boolean =>
  path.index !== null && (path.parent?.node.type === 'BlockStatement' || path.parent?.node.type === 'Program');

/** Writes the code of an argument at the call's place. */
interface ArgWriter {
  source: string;
  style: CodeStyle;
  /** Indentation of the line the call is on. */
  indent: string;
}

function partText(part: UrlPart, w: ArgWriter): Code {
  if ('text' in part) return quoted(decodeURIComponent(part.text), w.style);
  const e = unwrap(part.expr);
  // The route received the decoded segment, so the action takes the value itself.
  const value =
    e.type === 'CallExpression' && isIdent(e.callee, 'encodeURIComponent') && e.arguments.length === 1
      ? e.arguments[0]!
      : part.expr;
  return convertedValue(part.convert, value, moveText(value, w.indent));
}

/** A query value: one part as itself, several as the template literal they were written in. */
function queryValueText(parts: UrlPart[], w: ArgWriter): Code {
  if (parts.length === 0) return quoted('', w.style);
  if (parts.length === 1) return partText(parts[0]!, w);
  const escape = (text: string) => text.replace(/[`\\]|\$\{/g, (m) => `\\${m}`);
  return [
    '`',
    parts.map((p) => ('text' in p ? escape(decodeURIComponent(p.text)) : ['${', moveText(p.expr, w.indent), '}'])),
    '`',
  ];
}

/** The arguments of the action call, as code, in the action's parameter order. */
export function actionArguments(
  site: FetchCall,
  match: RouteMatch,
  url: UrlTemplate,
  inputs: ActionInput[],
  source: string,
  style: CodeStyle,
): Code[] {
  const w: ArgWriter = { source, style, indent: indentAt(source, site.call.node.start!) };
  return inputs.map((input) => {
    const from = input.source;
    if (from.kind === 'segment') {
      const capture = match.captures.find((c) => c.segment.kind !== 'static' && c.segment.name === from.segment);
      if (!capture) return 'undefined';
      if (capture.segment.kind === 'dynamic') return partText(capture.parts[0]![0]!, w);
      // An optional catch-all the URL leaves empty is undefined in the route's params.
      if (capture.parts.length === 0) return 'undefined';
      return ['[', joined(capture.parts.map((p) => partText(p[0]!, w))), ']'];
    }
    if (from.kind === 'json' || from.kind === 'form')
      return site.body.kind === 'json' || site.body.kind === 'form' ? moveText(site.body.expr, w.indent) : 'undefined';
    const q = url.query.find((x) => x.key === from.key);
    return q ? queryValueText(q.value, w) : 'null';
  });
}

/** Code items with `, ` between them. */
const joined = (items: Code[]): Code[] => items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));

/**
 * The range of a node with the parentheses written around it: `(await res.json()).name`
 * becomes `data.name`, where the parentheses would only be noise.
 */
function withParentheses(source: string, node: Node): [number, number] {
  const extra = (node as { extra?: { parenthesized?: boolean; parenStart?: number } }).extra;
  if (!extra?.parenthesized || extra.parenStart === undefined) return [node.start!, node.end!];
  const opened = source.slice(extra.parenStart, node.start!).split('(').length - 1;
  let end = node.end!;
  for (let closed = 0; closed < opened;) {
    const c = source[end];
    if (c === ')') closed++;
    else if (c === undefined || !/\s/.test(c)) return [node.start!, node.end!];
    end++;
  }
  return [extra.parenStart, end];
}

/** Replaces a use of the response by the matching use of the action's result. */
function rewriteRef(edits: TextEdits, ref: ResponseRef, resultName: string, envelope: boolean): void {
  const target = ref.target.node;
  const asMemberObject = ref.target.key === 'object' && ref.target.parent?.node.type === 'MemberExpression';
  const [start, end] = asMemberObject ? withParentheses(edits.source, target) : [target.start!, target.end!];
  if (ref.use === 'ok' || ref.use === 'status') {
    edits.replace(start, end, `${resultName}.${ref.use}`);
    return;
  }
  if (ref.use === 'log') {
    edits.replace(start, end, resultName);
    return;
  }
  // `await res.json();` read only to drain the body: its statement goes, not left as `result.data;`.
  const statement = ref.target.parent;
  if (statement?.node.type === 'ExpressionStatement' && inStatementList(statement)) {
    edits.removeStatement(statement.node);
    return;
  }
  // fetch's `res.json()` unawaited is a promise; axios's `res.data` and `await res.json()` are the value.
  const data = envelope ? `${resultName}.data` : resultName;
  edits.replace(start, end, ref.awaited ? data : `Promise.resolve(${data})`);
}

/** A use that reads the body: fetch's `res.json()`, axios's `res.data`. */
const readsBody = (ref: ResponseRef): boolean => ref.use === 'json' || ref.use === 'data';

/** Adds the edits rewriting the call site. */
export function rewriteCall(
  edits: TextEdits,
  site: FetchCall,
  action: ActionRef,
  args: Code[],
  names: ScopeNames,
  style: CodeStyle,
): void {
  const plainCall: Code = [`${action.local}(`, joined(args), ')'];
  if (action.throwsOnError && rewriteWithCheck(edits, site, plainCall, action.throwsOnError, names, style)) return;
  // Where no statement can follow the call, the promise itself rejects.
  const call: Code = action.throwsOnError ? rejectingCall(plainCall, action.throwsOnError, style) : plainCall;
  const awaited: Code = ['await ', call];
  /** The body itself, where the code had it settled (awaited, or axios's `data`). */
  const settledBody: Code = action.envelope ? ['(', awaited, ').data'] : awaited;
  const use = site.use;
  switch (use.kind) {
    case 'ignored':
      edits.replaceNode(site.outer.node, site.outer.node.type === 'AwaitExpression' ? awaited : call);
      return;
    case 'direct-json': {
      const target = use.target.node;
      // `await (await fetch()).json()` is the data; `ky.post().json()` unawaited is a promise of it.
      if (use.value || target.type === 'AwaitExpression') edits.replaceNode(target, settledBody);
      else edits.replaceNode(target, action.envelope ? [call, '.then((result) => result.data)'] : call);
      return;
    }
    case 'data-pattern': {
      const declarator = use.declarator.node as Node & { id: Node; init: Node };
      edits.replaceNode(declarator.id, use.local);
      edits.replaceNode(declarator.init, settledBody);
      return;
    }
    case 'variable': {
      const declarator = use.declarator.node as Node & { id: Node & { name: string }; init: Node };
      if (!action.envelope && mergeJsonDeclaration(edits, use.refs, declarator)) {
        edits.replaceNode(declarator.init, awaited);
        return;
      }
      const name = names.fresh(enclosingScope(site.call).node, action.envelope ? 'result' : 'data');
      edits.replace(declarator.id.start!, declarator.id.start! + declarator.id.name.length, name);
      edits.replaceNode(declarator.init, awaited);
      for (const ref of use.refs) rewriteRef(edits, ref, name, action.envelope);
      return;
    }
    case 'then': {
      const thenCall = use.then.node as CallExpression;
      const cb = thenCall.arguments[0] as Node & { body: Node };
      const only = use.refs.length === 1 ? use.refs[0]! : null;
      const onlyJson =
        only !== null &&
        readsBody(only) &&
        (only.use === 'data' || !only.awaited) &&
        only.target.node === unwrap(cb.body);
      if (!action.envelope && onlyJson) {
        edits.replaceNode(thenCall, call);
        return;
      }
      // `({ data }) => ...` on a plain result, which is the data itself.
      if (use.pattern && !action.envelope) edits.replaceNode(use.pattern.path.node, use.pattern.data ?? '_result');
      // In `.then((res) => res.json())`, `res.json()` returns a promise, so no Promise.resolve is needed.
      const param = use.param;
      if (param)
        for (const ref of use.refs)
          edits.replaceNode(
            ref.target.node,
            readsBody(ref)
              ? action.envelope
                ? `${param}.data`
                : param
              : ref.use === 'log'
                ? param
                : `${param}.${ref.use}`,
          );
      edits.replaceNode(site.call.node, call);
      return;
    }
    case 'beyond':
      return;
    default:
      use satisfies never;
  }
}

/**
 * An axios or ky call awaited as a statement of its own, or as a declaration's value: the
 * action's result is declared there and a check after it throws as the library did. False when
 * the call stands elsewhere (the caller then takes rejectingCall).
 */
function rewriteWithCheck(
  edits: TextEdits,
  site: FetchCall,
  call: Code,
  kind: ThrownError,
  names: ScopeNames,
  style: CodeStyle,
): boolean {
  const use = site.use;
  const awaited: Code = ['await ', call];
  const semi = style.semi ? ';' : '';
  const scope = () => enclosingScope(site.call).node;
  /** `const result = await call;`, and on the next line the check that throws as the library did. */
  const checkedResult = (result: string, indent: string): Code[] => [
    `const ${result} = `,
    awaited,
    semi,
    style.eol,
    indent,
    failureCheck(result, kind, style),
  ];
  if (use.kind === 'ignored' && site.outer.node.type === 'AwaitExpression') {
    const statement = site.outer.parent!;
    if (statement.node.type !== 'ExpressionStatement' || !inStatementList(statement)) return false;
    const indent = indentAt(edits.source, statement.node.start!);
    edits.replaceNode(statement.node, checkedResult(names.fresh(scope(), 'result'), indent));
    return true;
  }
  if (use.kind !== 'variable' && use.kind !== 'data-pattern') return false;
  const declaration = use.declarator.parent!;
  const list = (declaration.node as Node & { declarations: Node[] }).declarations;
  if (declaration.node.type !== 'VariableDeclaration' || list.length !== 1 || !inStatementList(declaration))
    return false;
  const indent = indentAt(edits.source, declaration.node.start!);
  const declarator = use.declarator.node as Node & { id: Node & { name: string }; init: Node };
  if (use.kind === 'variable') {
    const result = names.fresh(scope(), 'result');
    edits.replace(declarator.id.start!, declarator.id.start! + declarator.id.name.length, result);
    edits.replaceNode(declarator.init, awaited);
    for (const ref of use.refs) rewriteRef(edits, ref, result, true);
    edits.insert(declaration.node.end!, [style.eol, indent, failureCheck(result, kind, style)]);
    return true;
  }
  // `const { data } = await axios.post(...)`: the result first, checked, then the data taken from it.
  const result = names.fresh(scope(), 'result');
  edits.insert(declaration.node.start!, [...checkedResult(result, indent), style.eol, indent]);
  edits.replaceNode(declarator.id, use.local);
  edits.replaceNode(declarator.init, `${result}.data`);
  return true;
}

/**
 * `const res = await fetch(); ... const data = await res.json()` with no other use of `res`:
 * the fetch declaration takes over `data` (and its `const` or `let`) and the json line goes.
 */
function mergeJsonDeclaration(edits: TextEdits, refs: ResponseRef[], declarator: Node & { id: Node }): boolean {
  if (refs.length !== 1 || !readsBody(refs[0]!) || !refs[0]!.awaited) return false;
  const holder = refs[0]!.target.parent;
  if (holder?.node.type !== 'VariableDeclarator' || refs[0]!.target.key !== 'init') return false;
  const decl = holder.parent!.node as Node & { declarations: Node[]; kind: string };
  if (decl.declarations.length !== 1) return false;
  const fetchDecl = findDeclaration(declarator, holder.parent!);
  if (!fetchDecl) return false;
  edits.replaceNode(declarator.id, moveText(holder.node.id, indentAt(edits.source, declarator.start!)));
  if (fetchDecl.kind !== decl.kind)
    edits.replace(fetchDecl.start!, fetchDecl.start! + fetchDecl.kind.length, decl.kind);
  edits.removeStatement(decl);
  return true;
}

/** The VariableDeclaration holding a declarator, when it sits in the same block as `other`. */
function findDeclaration(declarator: Node, other: Path): (Node & { kind: string }) | null {
  const block = other.parent?.node as { body?: Node[] } | undefined;
  if (!block?.body) return null;
  for (const stmt of block.body) {
    if (stmt.type === 'VariableDeclaration' && stmt.declarations.includes(declarator as never))
      return stmt.declarations.length === 1 ? stmt : null;
  }
  return null;
}
