// Finds the Server Actions of a module (SPEC 5): exported async functions of `'use server'`
// modules, and inline `'use server'` functions, with the input shape a route would read.
import type { File, Node, Statement } from '@babel/types';
import type { Reason } from '../model/types.js';
import { walk } from '../ast/walk.js';
import { isIdent, patternNames, unwrap } from '../ast/nodes.js';
import type { ExposedBody } from '../shared/route-handler.js';

export interface FoundAction {
  name: string;
  line: number;
  /** How the route reads the action's input, or why it cannot. */
  body: ExposedBody | { reason: Reason; message: string };
  validated: boolean;
}

export interface InlineAction {
  line: number;
  name: string | null;
  closesOver: string[];
}

const PRIMITIVE = new Set(['TSStringKeyword', 'TSNumberKeyword', 'TSBooleanKeyword', 'TSBigIntKeyword', 'TSLiteralType', 'TSUnionType']);
const lineOf = (n: Node) => n.loc?.start.line ?? 0;

function isFormDataParam(p: Node): boolean {
  const ann = (p as { typeAnnotation?: { typeAnnotation?: Node } }).typeAnnotation?.typeAnnotation;
  return (ann?.type === 'TSTypeReference' && isIdent(ann.typeName, 'FormData')) || (p.type === 'Identifier' && /^formData$/i.test(p.name) && !ann);
}

/** `(formData)`, `(prevState, formData)`, one object, typed values keyed by name, or nothing. */
export function inputShape(params: Node[], body?: Node): ExposedBody | { reason: Reason; message: string } {
  if (params.length === 0) return { kind: 'none' };
  if (params.length === 1 && isFormDataParam(params[0]!)) return { kind: 'form', withState: false };
  // `(prevState, formData)` from useActionState; `(postId, formData)` is a bound value, which one request cannot carry.
  if (params.length === 2 && isFormDataParam(params[1]!) && isStateParam(params[0]!)) return { kind: 'form', withState: true };
  if (params.some(isFormDataParam)) return { reason: 'unsupported-handler', message: 'takes FormData together with other values, which one request body cannot carry' };
  if (params.some((p) => p.type === 'RestElement')) return { reason: 'unsupported-handler', message: 'takes rest parameters' };
  if (params.length === 1) {
    const p = params[0]!;
    const inner = p.type === 'AssignmentPattern' ? p.left : p;
    const ann = (inner as { typeAnnotation?: { typeAnnotation?: Node } }).typeAnnotation?.typeAnnotation;
    if (inner.type === 'ObjectPattern' || (ann && !PRIMITIVE.has(ann.type))) return { kind: 'json' };
    // Untyped (JavaScript): an object when the body reads its properties.
    if (!ann && inner.type === 'Identifier' && body && readsProperties(body, inner.name)) return { kind: 'json' };
  }
  const keys = params.map((p) => patternNames(p.type === 'AssignmentPattern' ? p.left : p)[0] ?? '');
  if (keys.some((k) => !k) || params.some((p) => p.type === 'ObjectPattern' || p.type === 'ArrayPattern')) return { reason: 'unsupported-handler', message: 'destructures a parameter among several' };
  return { kind: 'json-keyed', keys };
}

/** A schema parse, a validator call or a type check on the input before use. */
function hasValidation(fn: Node, source: string): boolean {
  const text = source.slice(fn.start!, fn.end!);
  return /\.(safeParse|parse|parseAsync|safeParseAsync|validate|validateSync|assert)\(|\btypeof\s+\w+\s*[!=]==|\binstanceof\b|\bis[A-Z]\w*\(/.test(text);
}

type Exported = { name: string; fn: Node } | { name: string; wrapper: string; node: Node };

function exportedFunctions(stmt: Statement): Exported[] {
  if (stmt.type !== 'ExportNamedDeclaration' || !stmt.declaration) return [];
  const d = stmt.declaration;
  if (d.type === 'FunctionDeclaration' && d.id) return [{ name: d.id.name, fn: d }];
  if (d.type !== 'VariableDeclaration') return [];
  return d.declarations.flatMap((x): Exported[] => {
    if (x.id.type !== 'Identifier' || !x.init) return [];
    const init = unwrap(x.init);
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') return [{ name: x.id.name, fn: init }];
    if (init.type === 'CallExpression') {
      let callee: Node = init.callee;
      while (callee.type === 'MemberExpression') callee = unwrap(callee.object).type === 'CallExpression' ? (unwrap(callee.object) as { callee: Node }).callee : callee.object;
      return [{ name: x.id.name, wrapper: callee.type === 'Identifier' ? callee.name : 'a wrapper', node: init }];
    }
    return [];
  });
}

export function findActions(ast: File, source: string): FoundAction[] {
  const out: FoundAction[] = [];
  for (const stmt of ast.program.body) {
    for (const found of exportedFunctions(stmt)) {
      if ('wrapper' in found) {
        out.push({ name: found.name, line: lineOf(found.node), body: wrapperShape(found.wrapper, found.node), validated: true });
        continue;
      }
      const fn = found.fn as Node & { params: Node[]; async?: boolean };
      out.push({ name: found.name, line: lineOf(fn), body: inputShape(fn.params, (fn as { body?: Node }).body), validated: hasValidation(fn, source) });
    }
  }
  return out;
}

/** Inline `'use server'` functions inside other functions (actions defined in components). */
export function findInlineActions(ast: File): InlineAction[] {
  const out: InlineAction[] = [];
  const moduleNames = new Set(ast.program.body.flatMap((s) => declared(s)));
  walk(ast, (p) => {
    const n = p.node as Node & { body?: { type: string; directives?: Array<{ value: { value: string } }> } };
    if (!['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(n.type) || n.body?.type !== 'BlockStatement') return;
    if (!n.body.directives?.some((d) => d.value.value === 'use server')) return;
    if (p.parent?.node.type === 'Program' || p.parent?.parent?.node.type === 'Program') return;
    const own = new Set<string>();
    walk(n, (q) => {
      if (q.node.type === 'VariableDeclarator') patternNames(q.node.id).forEach((x) => own.add(x));
    });
    ((n as { params?: Node[] }).params ?? []).forEach((x) => patternNames(x).forEach((y) => own.add(y)));
    const outer = new Set<string>();
    for (let a = p.parent; a; a = a.parent) {
      const fn = a.node as { params?: Node[]; body?: { body?: Statement[] } };
      if (!['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(a.node.type)) continue;
      (fn.params ?? []).forEach((x) => patternNames(x).forEach((y) => outer.add(y)));
      (fn.body?.body ?? []).forEach((s) => declared(s).forEach((y) => outer.add(y)));
    }
    const closesOver = new Set<string>();
    walk(n, (q) => {
      if (q.node.type === 'Identifier' && outer.has(q.node.name) && !own.has(q.node.name) && !moduleNames.has(q.node.name) && q.key !== 'property') closesOver.add(q.node.name);
    });
    const id = (n as { id?: { name: string } | null }).id;
    if (id) closesOver.delete(id.name);
    out.push({ line: lineOf(n), name: id?.name ?? null, closesOver: [...closesOver].sort() });
  });
  return out;
}

function declared(s: Statement): string[] {
  if (s.type === 'VariableDeclaration') return s.declarations.flatMap((d) => patternNames(d.id));
  if ((s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration') && s.id) return [s.id.name];
  if (s.type === 'ImportDeclaration') return s.specifiers.map((x) => x.local.name);
  if (s.type === 'ExportNamedDeclaration' && s.declaration) return declared(s.declaration);
  return [];
}

function readsProperties(body: Node, name: string): boolean {
  let reads = false;
  walk(body, (p) => {
    if ((p.node.type === 'MemberExpression' || p.node.type === 'OptionalMemberExpression') && isIdent(p.node.object, name)) reads = true;
  });
  return reads;
}

/**
 * Wrapped actions are still callable functions; their input shape is known for the common
 * wrappers: `validatedAction(schema, fn)` (the Next.js SaaS starter) returns
 * `(prevState, formData)`, and next-safe-action's `client.inputSchema(s).action(fn)` takes the
 * parsed input object. Both validate, so no unvalidated-input warning applies.
 */
function wrapperShape(wrapper: string, call: Node): ExposedBody | { reason: Reason; message: string } {
  if (/^validatedAction(WithUser)?$/.test(wrapper)) return { kind: 'form', withState: true };
  const chain: string[] = [];
  for (let n: Node = call; n.type === 'CallExpression'; ) {
    const callee: Node = n.callee;
    if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') break;
    chain.push(callee.property.name);
    n = callee.object;
  }
  if (chain[0] === 'action' && chain.some((m) => m === 'inputSchema' || m === 'schema')) return { kind: 'json' };
  return { reason: 'unsupported-handler', message: `is built by \`${wrapper}(...)\`, whose input shape is not known` };
}

function isStateParam(p: Node): boolean {
  const inner = p.type === 'AssignmentPattern' ? p.left : p;
  if (inner.type !== 'Identifier') return false;
  const ann = inner.typeAnnotation && 'typeAnnotation' in inner.typeAnnotation ? inner.typeAnnotation.typeAnnotation : null;
  const typeName = ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' ? ann.typeName.name : '';
  return /state|^_/i.test(inner.name) || /State/.test(typeName) || ann?.type === 'TSUnknownKeyword' || ann?.type === 'TSAnyKeyword';
}
