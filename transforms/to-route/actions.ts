// Finds the Server Actions of a module (docs/to-route.md): exported async functions of `'use server'`
// modules, and inline `'use server'` functions, with the input shape a route would read.
import type { File, Node, Statement } from '@babel/types';
import type { Reason } from '../model/types.js';
import { walk } from '../ast/walk.js';
import { isIdent, patternNames, unwrap } from '../ast/nodes.js';
import type { ExposedBody } from '../shared/route-handler.js';
import {
  declaresOwnFormData,
  stateFromParam,
  useKey,
  wrapperStateParam,
  type ActionUse,
  type Modules,
} from './form-state.js';
import { validatesInput } from './validation.js';
import { redirectFromInput } from './open-redirect.js';
import { rscOnly } from './rsc-result.js';
import { factoryResult, handlersOf } from './wrapped-actions.js';

/** What findActions reads beyond the module: how client code uses its actions, and other modules' declarations. */
export interface ActionContext {
  file: string;
  uses: Map<string, ActionUse>;
  modules: Modules;
}

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
  /** What about it only React can carry (`rsc-only-result`), as a phrase, or null. */
  rscOnly: string | null;
}

const PRIMITIVE = new Set([
  'TSStringKeyword',
  'TSNumberKeyword',
  'TSBooleanKeyword',
  'TSBigIntKeyword',
  'TSLiteralType',
  'TSUnionType',
]);
const lineOf = (n: Node) => n.loc?.start.line ?? 0;

/** `ownFormData`: the module declares a `FormData` type of its own, a plain object rather than the DOM class. */
function isFormDataParam(p: Node, ownFormData = false): boolean {
  const ann = (p as { typeAnnotation?: { typeAnnotation?: Node } }).typeAnnotation?.typeAnnotation;
  return (
    (ann?.type === 'TSTypeReference' && isIdent(ann.typeName, 'FormData') && !ownFormData) ||
    (p.type === 'Identifier' && /^formData$/i.test(p.name) && !ann)
  );
}

/** `(formData)`, `(prevState, formData)`, one object, typed values keyed by name, or nothing. */
export function inputShape(
  params: Node[],
  body?: Node,
  ownFormData = false,
): ExposedBody | { reason: Reason; message: string } {
  const isForm = (p: Node) => isFormDataParam(p, ownFormData);
  if (params.length === 0) return { kind: 'none' };
  if (params.length === 1 && isForm(params[0]!)) return { kind: 'form', withState: false };
  // `(prevState, formData)` from useActionState; `(postId, formData)` is a bound value, which one request cannot carry.
  if (params.length === 2 && isForm(params[1]!) && isStateParam(params[0]!)) return { kind: 'form', withState: true };
  if (params.some(isForm))
    return {
      reason: 'unsupported-handler',
      message: 'takes FormData together with other values, which one request body cannot carry',
    };
  if (params.some((p) => p.type === 'RestElement'))
    return { reason: 'unsupported-handler', message: 'takes rest parameters' };
  if (params.length === 1) {
    const p = params[0]!;
    const inner = p.type === 'AssignmentPattern' ? p.left : p;
    const ann = (inner as { typeAnnotation?: { typeAnnotation?: Node } }).typeAnnotation?.typeAnnotation;
    if (inner.type === 'ObjectPattern' || (ann && !PRIMITIVE.has(ann.type))) return { kind: 'json' };
    // Untyped (JavaScript): an object when the body reads its properties.
    if (!ann && inner.type === 'Identifier' && body && readsProperties(body, inner.name)) return { kind: 'json' };
  }
  const keys = params.map((p) => patternNames(p.type === 'AssignmentPattern' ? p.left : p)[0] ?? '');
  if (keys.some((k) => !k) || params.some((p) => p.type === 'ObjectPattern' || p.type === 'ArrayPattern'))
    return { reason: 'unsupported-handler', message: 'destructures a parameter among several' };
  return { kind: 'json-keyed', keys };
}

/** Why an action must not become a public route, whatever its input: an open redirect, or a result only React can carry. */
function exposureRisk(fn: Node, ast: File, source: string): { reason: Reason; message: string } | null {
  const redirect = redirectFromInput(fn, ast, source);
  if (redirect)
    return {
      reason: 'open-redirect',
      message: `redirects to a location taken from its input (\`${clip(redirect)}\`); as a public route it would send visitors wherever a link says`,
    };
  const rsc = rscOnly(fn, ast, source);
  return rsc ? { reason: 'rsc-only-result', message: `${rsc}; JSON cannot, so it cannot become a route` } : null;
}

const clip = (code: string) => {
  const line = code.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
};

type Exported = { name: string; fn: Node } | { name: string; wrapper: string; node: Node };

function exportedFunctions(stmt: Statement): Exported[] {
  if (stmt.type !== 'ExportNamedDeclaration' || !stmt.declaration) return [];
  const d = stmt.declaration;
  if (d.type === 'FunctionDeclaration' && d.id) return [{ name: d.id.name, fn: d }];
  if (d.type !== 'VariableDeclaration') return [];
  return d.declarations.flatMap((x): Exported[] => {
    if (x.id.type !== 'Identifier' || !x.init) return [];
    const init = unwrap(x.init);
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression')
      return [{ name: x.id.name, fn: init }];
    if (init.type === 'CallExpression') {
      let callee: Node = init.callee;
      while (callee.type === 'MemberExpression')
        callee =
          unwrap(callee.object).type === 'CallExpression'
            ? (unwrap(callee.object) as { callee: Node }).callee
            : callee.object;
      return [{ name: x.id.name, wrapper: callee.type === 'Identifier' ? callee.name : 'a wrapper', node: init }];
    }
    return [];
  });
}

export function findActions(ast: File, source: string, context: ActionContext): FoundAction[] {
  const out: FoundAction[] = [];
  const ownFormData = declaresOwnFormData(ast);
  const where = { file: context.file, ast, text: source };
  for (const stmt of ast.program.body) {
    for (const found of exportedFunctions(stmt)) {
      const use = context.uses.get(useKey(context.file, found.name));
      const bound = use?.bound ?? 0;
      if ('wrapper' in found) {
        const risk = handlersOf(found.node, ast)
          .map((fn) => exposureRisk(fn, ast, source))
          .find(Boolean);
        if (risk) {
          out.push({ name: found.name, line: lineOf(found.node), body: risk, validated: true });
          continue;
        }
        const shaped = wrappedShape(found.wrapper, found.node, where, context.modules);
        let body = shaped.body;
        // Only a wrapper that names its bound arguments (next-safe-action's bindArgsSchemas) can take them from the body.
        if (bound > 0 && !('reason' in body) && body.kind !== 'json-keyed')
          body = boundBeside(bound, `is built by \`${found.wrapper}(...)\`, which names no parameter for them`);
        // A next-safe-action stateAction starts from the initial result the app gives useActionState, when a route can write it.
        else if (!('reason' in body) && 'state' in body && body.kind !== 'form')
          body = { ...body, state: use?.initial ?? body.state };
        else if (!('reason' in body) && body.kind === 'form' && body.withState && body.state !== undefined)
          body = { ...body, state: use?.initial ?? body.state };
        else if (!('reason' in body) && body.kind === 'form' && body.withState)
          body = withFormState(
            use,
            wrapperStateParam(found.wrapper, where, context.modules),
            context.modules,
            found.wrapper,
          );
        out.push({ name: found.name, line: lineOf(found.node), body, validated: shaped.validated });
        continue;
      }
      const fn = found.fn as Node & { params: Node[]; async?: boolean; body?: Node };
      const risk = exposureRisk(fn, ast, source);
      if (risk) {
        out.push({ name: found.name, line: lineOf(fn), body: risk, validated: true });
        continue;
      }
      let body = bound > 0 ? boundShape(fn.params, bound, ownFormData) : inputShape(fn.params, fn.body, ownFormData);
      if (!('reason' in body) && body.kind === 'form' && body.withState)
        body = withFormState(use, { param: fn.params[0]!, body: fn.body, where }, context.modules);
      out.push({ name: found.name, line: lineOf(fn), body, validated: validatesInput(fn) });
    }
  }
  return out;
}

/**
 * The state a route passes to a `(prevState, formData)` action: the initial state the app's own
 * useActionState/useFormState call passes, else a value the state parameter's type accepts.
 */
function withFormState(
  use: ActionUse | undefined,
  declared: ReturnType<typeof wrapperStateParam>,
  modules: Modules,
  wrapper?: string,
): ExposedBody | { reason: Reason; message: string } {
  if (use?.initial) return { kind: 'form', withState: true, state: use.initial };
  const fromApp =
    use?.initial === null
      ? 'the initial state the app passes to useActionState is not a literal or constant a route can write'
      : 'no useActionState/useFormState call in the app passes it an initial state';
  if (!declared)
    return {
      reason: 'unsupported-handler',
      message: `takes a form state whose type could not be read (\`${wrapper ?? 'its wrapper'}\` is not declared in the app's source as returning \`(prevState, formData) => ...\`), and ${fromApp}; a route would have to guess it`,
    };
  const state = stateFromParam(declared.param, declared.body, declared.where, modules);
  if ('value' in state) return { kind: 'form', withState: true, state: state.value };
  return {
    reason: 'unsupported-handler',
    message: `takes a form state of type \`${state.type}\` with no value a route can write, and ${fromApp}`,
  };
}

/** An action whose first `bound` parameters call sites fill with `action.bind(null, ...)`: every parameter from one JSON object keyed by name. */
function boundShape(
  params: Node[],
  bound: number,
  ownFormData: boolean,
): ExposedBody | { reason: Reason; message: string } {
  if (params.slice(bound).some((p) => isFormDataParam(p, ownFormData)))
    return boundBeside(bound, 'then takes FormData: one request body cannot carry both the bound values and the form');
  if (params.some((p) => p.type === 'RestElement'))
    return boundBeside(bound, 'takes rest parameters, which have no names to read the bound values by');
  const keys = params
    .map((p) => (p.type === 'AssignmentPattern' ? p.left : p))
    .map((p) => (p.type === 'Identifier' ? p.name : ''));
  if (keys.some((k) => !k))
    return boundBeside(bound, 'destructures a parameter, so its value has no name to read from the body');
  return { kind: 'json-keyed', keys };
}

function boundBeside(bound: number, why: string): { reason: Reason; message: string } {
  return {
    reason: 'unsupported-handler',
    message: `is called with ${bound} bound value${bound === 1 ? '' : 's'} (\`action.bind(null, ...)\`) and ${why}`,
  };
}

/**
 * Inline `'use server'` functions: inside other functions (actions defined in components), and
 * at the top of a module without the directive (ai/rsc's `submit`, handed to `createAI`).
 */
export function findInlineActions(ast: File, source: string): InlineAction[] {
  const out: InlineAction[] = [];
  const moduleNames = new Set(ast.program.body.flatMap((s) => declared(s)));
  // In a 'use server' module, a top-level function is one of its exported actions (findActions).
  const serverModule = ast.program.directives.some((d) => d.value.value === 'use server');
  walk(ast, (p) => {
    const n = p.node as Node & { body?: { type: string; directives?: Array<{ value: { value: string } }> } };
    if (
      !['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(n.type) ||
      n.body?.type !== 'BlockStatement'
    )
      return;
    if (!n.body.directives?.some((d) => d.value.value === 'use server')) return;
    if (serverModule && (p.parent?.node.type === 'Program' || p.parent?.parent?.node.type === 'Program')) return;
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
      if (
        q.node.type === 'Identifier' &&
        outer.has(q.node.name) &&
        !own.has(q.node.name) &&
        !moduleNames.has(q.node.name) &&
        q.key !== 'property'
      )
        closesOver.add(q.node.name);
    });
    const id = (n as { id?: { name: string } | null }).id;
    if (id) closesOver.delete(id.name);
    out.push({
      line: lineOf(n),
      name: id?.name ?? null,
      closesOver: [...closesOver].sort(),
      rscOnly: rscOnly(n, ast, source),
    });
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
    if (
      (p.node.type === 'MemberExpression' || p.node.type === 'OptionalMemberExpression') &&
      isIdent(p.node.object, name)
    )
      reads = true;
  });
  return reads;
}

/**
 * A wrapper-built action: a known wrapper's shape, else the function the app's own factory
 * returns (`createSafeAction(schema, handler)` -> `async (data) => ...`), read from its declaration.
 */
function wrappedShape(
  wrapper: string,
  call: Node,
  where: { file: string; ast: File; text: string },
  modules: Modules,
): { body: ExposedBody | { reason: Reason; message: string }; validated: boolean } {
  const known = wrapperShape(wrapper, call, where.ast);
  const direct = call.type === 'CallExpression' && call.callee.type === 'Identifier';
  if (!('reason' in known) || !direct) return { body: known, validated: true };
  const made = factoryResult(wrapper, where, modules);
  if (!made)
    return {
      body: {
        reason: 'unsupported-handler',
        message: `is built by \`${wrapper}(...)\`, whose returned function could not be read from the app's source`,
      },
      validated: true,
    };
  const params = (made.fn as { params: Node[] }).params;
  // The factory hands its one argument on as a whole (to a schema, then the handler): the JSON body is that object.
  const body =
    params.length === 1 && !isFormDataParam(params[0]!) && params[0]!.type !== 'RestElement'
      ? { kind: 'json' as const }
      : inputShape(params, (made.fn as { body?: Node }).body);
  return { body, validated: validatesInput(made.fn) };
}

/**
 * Wrapped actions are still callable functions; their input shape is known for the common
 * wrappers: `validatedAction(schema, fn)` (the Next.js SaaS starter) returns
 * `(prevState, formData)`, and next-safe-action's `client.inputSchema(s).action(fn)` takes the
 * parsed input object (a form when the schema is zod-form-data's), `.action(fn)` with no schema
 * takes nothing, and `.stateAction(fn)` takes `(prevResult, input)`. All validate, so no
 * unvalidated-input warning applies.
 */
function wrapperShape(wrapper: string, call: Node, ast: File): ExposedBody | { reason: Reason; message: string } {
  if (/^validatedAction(WithUser)?$/.test(wrapper)) return { kind: 'form', withState: true };
  const chain: string[] = [];
  let schema: Node | null = null;
  for (let n: Node = call; n.type === 'CallExpression';) {
    const callee: Node = n.callee;
    if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') break;
    chain.push(callee.property.name);
    // `.schema(...)` is the older name of `.inputSchema(...)`.
    if ((callee.property.name === 'inputSchema' || callee.property.name === 'schema') && n.arguments[0])
      schema = n.arguments[0];
    n = callee.object;
  }
  const hasInput = schema !== null;
  const stateful = chain[0] === 'stateAction';
  if (chain[0] !== 'action' && !stateful)
    return {
      reason: 'unsupported-handler',
      message: `is built by \`${wrapper}(...)\`, whose input shape is not known`,
    };
  if (chain.includes('bindArgsSchemas')) {
    if (stateful)
      return {
        reason: 'unsupported-handler',
        message:
          'is a `stateAction` with bound arguments (`bindArgsSchemas`): one request cannot carry the bound values, the previous result and the input in the order it takes them',
      };
    // The action takes `(...boundArgs, input)`: the body names each bound value as the handler does.
    const names = boundArgNames(call);
    if (!names)
      return {
        reason: 'unsupported-handler',
        message:
          'binds arguments with `bindArgsSchemas` that its handler does not name (`bindArgsParsedInputs: [a, b]`), so a route cannot read them from the body',
      };
    if (hasInput && names.includes('input'))
      return {
        reason: 'unsupported-handler',
        message: 'names a bound argument `input`, the key its input takes in the route body',
      };
    return { kind: 'json-keyed', keys: hasInput ? [...names, 'input'] : names };
  }
  // A stateAction's first argument is the previous result; every field of it is optional, and
  // next-safe-action's own hook starts from `{}`.
  const state = stateful ? { state: '{}' } : {};
  if (hasInput)
    return isFormSchema(schema!, ast) ? { kind: 'form', withState: stateful, ...state } : { kind: 'json', ...state };
  // No schema in the chain: the handler must not read an input set on a client declared elsewhere.
  const handler = call.type === 'CallExpression' && call.arguments[0] ? unwrap(call.arguments[0]) : null;
  if (handler?.type !== 'ArrowFunctionExpression' && handler?.type !== 'FunctionExpression')
    return {
      reason: 'unsupported-handler',
      message: `is built by \`${wrapper}(...)\` with a handler declared elsewhere and no input schema in the chain, so its input shape is not known`,
    };
  const first = handler.params[0];
  const unread = (p: Node) => p.type === 'Identifier' && p.name.startsWith('_');
  const readsInput =
    first !== undefined &&
    !unread(first) &&
    (first.type !== 'ObjectPattern' ||
      first.properties.some(
        (p) => p.type !== 'ObjectProperty' || isIdent(p.key, 'parsedInput') || isIdent(p.key, 'clientInput'),
      ));
  if (readsInput)
    return {
      reason: 'unsupported-handler',
      message: `is built by \`${wrapper}(...)\` whose handler reads an input with no schema in the chain (set on a client declared elsewhere), so its input shape is not known`,
    };
  return { kind: 'none', ...state };
}

/** zod-form-data's `zfd.formData(...)`, written in place or as a module constant: the action takes the form itself. */
function isFormSchema(schema: Node, ast: File): boolean {
  let n = unwrap(schema);
  if (n.type === 'Identifier') {
    const name = n.name;
    const decl = ast.program.body
      .flatMap((st) =>
        st.type === 'VariableDeclaration'
          ? st.declarations
          : st.type === 'ExportNamedDeclaration' && st.declaration?.type === 'VariableDeclaration'
            ? st.declaration.declarations
            : [],
      )
      .find((d) => isIdent(d.id, name));
    if (!decl?.init) return false;
    n = unwrap(decl.init);
  }
  return (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    isIdent(n.callee.object, 'zfd') &&
    isIdent(n.callee.property, 'formData')
  );
}

/** The names a next-safe-action handler gives its bound arguments: `({ bindArgsParsedInputs: [a, b] })`. */
function boundArgNames(call: Node): string[] | null {
  const handler = call.type === 'CallExpression' && call.arguments[0] ? unwrap(call.arguments[0]) : null;
  const first =
    handler && (handler.type === 'ArrowFunctionExpression' || handler.type === 'FunctionExpression')
      ? handler.params[0]
      : null;
  if (first?.type !== 'ObjectPattern') return null;
  for (const prop of first.properties) {
    if (prop.type !== 'ObjectProperty' || !isIdent(prop.key, 'bindArgsParsedInputs')) continue;
    const list = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
    if (list.type !== 'ArrayPattern') return null;
    const names = list.elements.map((e) =>
      e?.type === 'Identifier'
        ? e.name
        : e?.type === 'AssignmentPattern' && e.left.type === 'Identifier'
          ? e.left.name
          : '',
    );
    return names.length > 0 && names.every(Boolean) ? names : null;
  }
  return null;
}

function isStateParam(p: Node): boolean {
  const inner = p.type === 'AssignmentPattern' ? p.left : p;
  if (inner.type !== 'Identifier') return false;
  const ann =
    inner.typeAnnotation && 'typeAnnotation' in inner.typeAnnotation ? inner.typeAnnotation.typeAnnotation : null;
  const typeName = ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' ? ann.typeName.name : '';
  return (
    /state|^_/i.test(inner.name) ||
    /State/.test(typeName) ||
    ann?.type === 'TSUnknownKeyword' ||
    ann?.type === 'TSAnyKeyword'
  );
}
