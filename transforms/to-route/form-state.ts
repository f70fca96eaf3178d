// How the app's client code hands each action on (`useActionState(action, initial)`,
// `action.bind(null, ...)`), and which value a route can pass where an action expects React's
// form state: the app's own initial state when it can be written in the route, else a value
// the state parameter's type accepts. A route that calls `action(undefined, formData)` where the
// type does not take `undefined` fails `next build`, so no value is better than a wrong one.
import type { File, Node, Statement, TSType, TSTypeElement } from '@babel/types';
import type { App, ProjectSnapshot } from '../model/types.js';
import { ImportGraph } from '../model/import-graph.js';
import { appOf } from '../model/project.js';
import { importsOf } from '../model/snapshot.js';
import { parseForAnalysis } from '../ast/parse.js';
import { isIdent, unwrap } from '../ast/nodes.js';
import { walk, walkOwnBody } from '../ast/walk.js';
import { importersOfServerModules } from './callers.js';

export interface ActionUse {
  /** The initial state a useActionState/useFormState call passes: route-writable text, or null when it is not writable there. */
  initial?: string | null;
  /** The most values a call site binds with `action.bind(null, ...)`; 0 when none does. */
  bound: number;
}

export const useKey = (module: string, name: string): string => `${module}\0${name}`;

/** Parsed modules of the snapshot, each parsed once, for reading type and wrapper declarations. */
export class Modules {
  private readonly parsed = new Map<string, { ast: File; text: string } | null>();

  constructor(
    readonly snapshot: ProjectSnapshot,
    readonly apps: App[],
    readonly graph: ImportGraph,
  ) {}

  get(file: string): { ast: File; text: string } | null {
    let entry = this.parsed.get(file);
    if (entry !== undefined) return entry;
    const text = this.snapshot.files.get(file);
    entry = null;
    if (text !== undefined) {
      try {
        entry = { ast: parseForAnalysis(file, text), text };
      } catch {
        entry = null;
      }
    }
    this.parsed.set(file, entry);
    return entry;
  }

  /** Where a module's imported `local` name comes from: the resolved module and the name it exports. */
  importOf(file: string, ast: File, local: string): { file: string; name: string } | null {
    for (const stmt of ast.program.body) {
      if (stmt.type !== 'ImportDeclaration') continue;
      for (const spec of stmt.specifiers) {
        if (spec.local.name !== local || spec.type !== 'ImportSpecifier') continue;
        const target = this.graph.resolve(file, stmt.source.value, appOf(this.apps, file));
        if (!target) return null;
        return { file: target, name: spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value };
      }
    }
    return null;
  }
}

/**
 * The files to-route reads beyond the action modules: the modules importing them (call sites
 * with their useActionState initial states and `.bind` calls), and what the action modules
 * import, two levels down (state types, the `validatedAction` wrapper that declares the state).
 */
export function routeContextFiles(
  snapshot: ProjectSnapshot,
  apps: App[],
  graph = new ImportGraph(snapshot, apps),
): string[] {
  const out = new Set(importersOfServerModules(snapshot, apps, graph));
  let level = [...snapshot.summaries].filter(([, s]) => s.directive === 'use server').map(([file]) => file);
  for (let depth = 0; depth < 2; depth++) {
    const next: string[] = [];
    for (const file of level) {
      const summary = snapshot.summaries.get(file);
      if (!summary) continue;
      const app = appOf(apps, file);
      for (const spec of importsOf(summary).specifiers) {
        const target = graph.resolve(file, spec, app);
        if (target && !out.has(target)) {
          out.add(target);
          next.push(target);
        }
      }
    }
    level = next;
  }
  return [...out].sort();
}

/** The uses of every exported action in the client code the snapshot holds, keyed by useKey. */
export function actionUses(modules: Modules): Map<string, ActionUse> {
  const uses = new Map<string, ActionUse>();
  const { snapshot, apps, graph } = modules;
  // No action module: nothing to look up, and the import graph need not be built.
  if (![...snapshot.summaries.values()].some((s) => s.directive === 'use server')) return uses;
  const useOf = (key: string) => uses.get(key) ?? (uses.set(key, { bound: 0 }).get(key) as ActionUse);
  for (const file of importersOfServerModules(snapshot, apps, graph)) {
    if (snapshot.summaries.get(file)?.directive === 'use server') continue;
    const entry = modules.get(file);
    if (!entry) continue;
    const { ast, text } = entry;
    const app = appOf(apps, file);
    const actions = new Map<string, string>();
    const hooks = new Set<string>();
    const reactNamespaces = new Set<string>();
    for (const stmt of ast.program.body) {
      if (stmt.type !== 'ImportDeclaration') continue;
      const source = stmt.source.value;
      for (const spec of stmt.specifiers) {
        if (spec.type !== 'ImportSpecifier') {
          if (source === 'react' || source === 'react-dom') reactNamespaces.add(spec.local.name);
          continue;
        }
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
        // react-hook-form has a useFormState of its own: only React's hooks take an initial state.
        if (
          (imported === 'useActionState' && (source === 'react' || source === 'react-dom')) ||
          (imported === 'useFormState' && source === 'react-dom')
        )
          hooks.add(spec.local.name);
        const target = graph.resolve(file, source, app);
        if (target && snapshot.summaries.get(target)?.directive === 'use server')
          actions.set(spec.local.name, useKey(target, imported));
      }
    }
    if (actions.size === 0) continue;
    const consts = moduleConstants(ast);
    walk(ast, (p) => {
      const call = p.node;
      if (call.type !== 'CallExpression') return;
      const callee = call.callee;
      const isHook =
        (callee.type === 'Identifier' && hooks.has(callee.name)) ||
        (callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          reactNamespaces.has(callee.object.name) &&
          (isIdent(callee.property, 'useActionState') || isIdent(callee.property, 'useFormState')));
      if (isHook && call.arguments.length >= 2) {
        const initial = writableValue(call.arguments[1]!, consts, text);
        for (const key of actionKeys(call.arguments[0]!, actions)) {
          const use = useOf(key);
          // The first writable initial wins; one the route cannot write does not hide a later one.
          if (use.initial === undefined || (use.initial === null && initial !== null)) use.initial = initial;
        }
      }
      if (
        callee.type === 'MemberExpression' &&
        isIdent(callee.property, 'bind') &&
        callee.object.type === 'Identifier' &&
        actions.has(callee.object.name)
      ) {
        const use = useOf(actions.get(callee.object.name)!);
        use.bound = Math.max(use.bound, call.arguments.length - 1);
      }
    });
  }
  return uses;
}

/** `useActionState(signIn, ...)` and `useActionState(mode === 'signin' ? signIn : signUp, ...)`. */
function actionKeys(arg: Node, actions: Map<string, string>): string[] {
  const n = unwrap(arg);
  if (n.type === 'Identifier') return actions.has(n.name) ? [actions.get(n.name)!] : [];
  if (n.type === 'ConditionalExpression')
    return [...actionKeys(n.consequent, actions), ...actionKeys(n.alternate, actions)];
  return [];
}

function moduleConstants(ast: File): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const stmt of ast.program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) out.set(d.id.name, d.init);
  }
  return out;
}

/**
 * The text of a value that means the same written in the route: literals, object and array
 * literals of them, and module constants holding such values (inlined, since the route imports
 * nothing of the client module). Null for anything else (calls, imported names, functions).
 */
export function writableValue(node: Node, consts: Map<string, Node>, text: string, depth = 0): string | null {
  if (depth > 8) return null;
  const n = unwrap(node);
  const slice = () => text.slice(n.start!, n.end!);
  switch (n.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
      return slice();
    case 'TemplateLiteral':
      return n.expressions.length === 0 ? slice() : null;
    case 'UnaryExpression':
      return (n.operator === '-' || n.operator === '+') && n.argument.type === 'NumericLiteral' ? slice() : null;
    case 'Identifier': {
      if (n.name === 'undefined') return 'undefined';
      const init = consts.get(n.name);
      return init ? writableValue(init, consts, text, depth + 1) : null;
    }
    case 'ArrayExpression': {
      const items: string[] = [];
      for (const e of n.elements) {
        const v = e && e.type !== 'SpreadElement' ? writableValue(e, consts, text, depth + 1) : null;
        if (v === null) return null;
        items.push(v);
      }
      return `[${items.join(', ')}]`;
    }
    case 'ObjectExpression': {
      const parts: string[] = [];
      for (const p of n.properties) {
        if (p.type !== 'ObjectProperty' || p.computed) return null;
        const v = writableValue(p.value, consts, text, depth + 1);
        if (v === null) return null;
        parts.push(`${text.slice(p.key.start!, p.key.end!)}: ${v}`);
      }
      return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
    }
    default:
      return null;
  }
}

/** Whether a module declares or imports a `FormData` of its own, which is then not the DOM class. */
export function declaresOwnFormData(ast: File): boolean {
  return ast.program.body.some((stmt) => {
    if (stmt.type === 'ImportDeclaration') return stmt.specifiers.some((s) => s.local.name === 'FormData');
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    return (
      (d?.type === 'TSTypeAliasDeclaration' ||
        d?.type === 'TSInterfaceDeclaration' ||
        d?.type === 'ClassDeclaration') &&
      d.id?.name === 'FormData'
    );
  });
}

const annotationOf = (p: Node): TSType | null => {
  const ann = (p as { typeAnnotation?: Node | null }).typeAnnotation;
  return ann?.type === 'TSTypeAnnotation' ? ann.typeAnnotation : null;
};

/**
 * A value the state parameter accepts, read from its declaration: `undefined` where it may be
 * omitted or is untyped, else a value of its annotated type; else the type's text, for the skip
 * reason.
 */
export function stateFromParam(
  param: Node,
  body: Node | undefined,
  where: { file: string; ast: File; text: string },
  modules: Modules,
): { value: string } | { type: string } {
  if (param.type === 'AssignmentPattern') return { value: 'undefined' };
  const optional = (param as { optional?: boolean }).optional === true;
  if (optional) return { value: 'undefined' };
  const ann = annotationOf(param);
  if (!ann || ann.type === 'TSAnyKeyword' || ann.type === 'TSUnknownKeyword') {
    // Untyped: an action that reads the state's properties would throw on `undefined`.
    const name = param.type === 'Identifier' ? param.name : null;
    return { value: name && body && readsPropertyOf(body, name) ? '{}' : 'undefined' };
  }
  const value = valueOfType(ann, where, modules, 0);
  return value === null ? { type: where.text.slice(ann.start!, ann.end!) } : { value };
}

/** Whether the body reads `name.x` without `?.`, which throws when `name` is undefined. */
function readsPropertyOf(body: Node, name: string): boolean {
  let reads = false;
  walk(body, (p) => {
    if (p.node.type === 'MemberExpression' && isIdent(p.node.object, name)) reads = true;
  });
  return reads;
}

function valueOfType(
  t: TSType,
  where: { file: string; ast: File; text: string },
  modules: Modules,
  depth: number,
): string | null {
  if (depth > 6) return null;
  switch (t.type) {
    case 'TSAnyKeyword':
    case 'TSUnknownKeyword':
    case 'TSUndefinedKeyword':
    case 'TSVoidKeyword':
      return 'undefined';
    case 'TSNullKeyword':
      return 'null';
    case 'TSStringKeyword':
      return "''";
    case 'TSNumberKeyword':
      return '0';
    case 'TSBooleanKeyword':
      return 'false';
    case 'TSLiteralType':
      return t.literal.type === 'TemplateLiteral' && t.literal.expressions.length > 0
        ? null
        : where.text.slice(t.literal.start!, t.literal.end!);
    case 'TSArrayType':
    case 'TSTupleType':
      return t.type === 'TSTupleType' && t.elementTypes.length > 0 ? null : '[]';
    case 'TSParenthesizedType':
      return valueOfType(t.typeAnnotation, where, modules, depth + 1);
    case 'TSUnionType': {
      const has = (k: string) => t.types.some((m) => m.type === k);
      if (has('TSUndefinedKeyword') || has('TSAnyKeyword') || has('TSUnknownKeyword') || has('TSVoidKeyword'))
        return 'undefined';
      if (has('TSNullKeyword')) return 'null';
      for (const m of t.types) {
        const v = valueOfType(m, where, modules, depth + 1);
        if (v !== null) return v;
      }
      return null;
    }
    case 'TSTypeLiteral':
      return objectOfMembers(t.members, where, modules, depth);
    case 'TSTypeReference': {
      if (t.typeName.type !== 'Identifier') return null;
      const name = t.typeName.name;
      const args = t.typeParameters?.params ?? [];
      if ((name === 'Partial' || name === 'Record') && args.length > 0) return '{}';
      if ((name === 'Array' || name === 'ReadonlyArray') && args.length === 1) return '[]';
      if (args.length > 0) return null;
      return valueOfNamedType(name, where, modules, depth + 1);
    }
    default:
      return null;
  }
}

/** An object type: `{}` when every member may be left out, else its required members filled in. */
function objectOfMembers(
  members: TSTypeElement[],
  where: { file: string; ast: File; text: string },
  modules: Modules,
  depth: number,
): string | null {
  const parts: string[] = [];
  for (const m of members) {
    if (m.type === 'TSIndexSignature') continue;
    if ((m.type === 'TSPropertySignature' || m.type === 'TSMethodSignature') && m.optional) continue;
    if (m.type !== 'TSPropertySignature' || m.computed || !m.typeAnnotation) return null;
    const v = valueOfType(m.typeAnnotation.typeAnnotation, where, modules, depth + 1);
    if (v === null) return null;
    parts.push(`${where.text.slice(m.key.start!, m.key.end!)}: ${v}`);
  }
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

/** A type alias or interface declared in the module, or imported from one the snapshot holds. */
function valueOfNamedType(
  name: string,
  where: { file: string; ast: File; text: string },
  modules: Modules,
  depth: number,
): string | null {
  for (const stmt of where.ast.program.body) {
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (d?.type === 'TSTypeAliasDeclaration' && d.id.name === name)
      return d.typeParameters ? null : valueOfType(d.typeAnnotation, where, modules, depth);
    if (d?.type === 'TSInterfaceDeclaration' && d.id.name === name)
      return d.typeParameters || d.extends?.length ? null : objectOfMembers(d.body.body, where, modules, depth);
  }
  const from = modules.importOf(where.file, where.ast, name);
  const target = from && modules.get(from.file);
  return from && target ? valueOfNamedType(from.name, { file: from.file, ...target }, modules, depth + 1) : null;
}

/**
 * The `(prevState, formData)` function a wrapper such as `validatedAction(schema, fn)` returns,
 * read from the wrapper's own declaration in the app: its state parameter and where it lives.
 */
export function wrapperStateParam(
  wrapper: string,
  where: { file: string; ast: File; text: string },
  modules: Modules,
): { param: Node; body: Node | undefined; where: { file: string; ast: File; text: string } } | null {
  let home = where;
  let name = wrapper;
  let fn = declaredFunction(home.ast, name);
  if (!fn) {
    const from = modules.importOf(where.file, where.ast, wrapper);
    const target = from && modules.get(from.file);
    if (!from || !target) return null;
    home = { file: from.file, ...target };
    name = from.name;
    fn = declaredFunction(home.ast, name);
  }
  if (!fn) return null;
  let returned: Node | null = null;
  const fnBody = (fn as { body: Node }).body;
  if (fnBody.type !== 'BlockStatement') returned = fnBody;
  else
    walkOwnBody(fn, (p) => {
      if (p.node.type === 'ReturnStatement' && p.node.argument && !returned) returned = p.node.argument;
    });
  const inner = returned ? unwrap(returned) : null;
  if (
    !inner ||
    (inner.type !== 'ArrowFunctionExpression' && inner.type !== 'FunctionExpression') ||
    inner.params.length !== 2
  )
    return null;
  return { param: inner.params[0]!, body: inner.body, where: home };
}

function declaredFunction(ast: File, name: string): Node | null {
  for (const stmt of ast.program.body as Statement[]) {
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (d?.type === 'FunctionDeclaration' && d.id?.name === name) return d;
    if (d?.type === 'VariableDeclaration')
      for (const x of d.declarations) {
        const init = x.init && unwrap(x.init);
        if (
          isIdent(x.id, name) &&
          init &&
          (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression')
        )
          return init;
      }
  }
  return null;
}
