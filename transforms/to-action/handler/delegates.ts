// Routes that only call a Server Action: to-action's own delegates (shared/route-handler.ts) and
// hand-written equivalents. A later run moves their new callers to that existing action instead of
// building a second one from the delegate, and to-route does not expose the action twice
// (docs/pipeline.md, "The route afterwards").
import type { File, Node, Statement } from '@babel/types';
import type { ProjectSnapshot, RouteFile, Site, ToActionOptions } from '../../model/types.js';
import type { ProjectModel } from '../../model/model.js';
import { isIdent, unwrap } from '../../ast/nodes.js';
import { walk } from '../../ast/walk.js';
import { parseForAnalysis } from '../../ast/parse.js';
import { readDirective } from '../../model/snapshot.js';
import { exportedMethods, findHandler } from './handler.js';
import type { HandlerFunction } from './plan.js';
import type { ActionInput, InputSource } from '../../shared/route-handler.js';
import { leadingGuards } from './delegate-guard.js';
import type { Candidate, Migration } from '../migration.js';

/** What a delegate route shows of the action it calls. */
export interface Delegate {
  method: string;
  /** The action's exported name and the `'use server'` module it lives in. */
  name: string;
  moduleFile: string;
  /** The action's arguments, in order, and where the route takes each from. */
  inputs: ActionInput[];
  /** The action returns the `{ ok, status, data }` envelope. */
  envelope: boolean;
  /** For a plain result: the status the route answers with, and whether it sends no body. */
  status: number;
  mayBeEmpty: boolean;
  line: number;
}

type Binding =
  | { kind: 'input'; source: InputSource }
  | { kind: 'params' }
  | { kind: 'search' }
  | { kind: 'url' }
  | { kind: 'result' }
  | { kind: 'pending' };

const RESPONSE = new Set(['NextResponse', 'Response']);

/**
 * The delegate a route method is, or null when its handler does more than read its input and
 * answer what one imported `'use server'` action returns.
 */
export function readDelegate(
  ast: File,
  text: string,
  route: RouteFile,
  method: string,
  model: ProjectModel,
): Delegate | null {
  if (route.router !== 'app') return null;
  const fn = findHandler(ast, method);
  if (!fn || 'reason' in fn || !fn.async || !exportedDirectly(ast, fn)) return null;
  const [request, context, ...rest] = fn.params;
  if (rest.length > 0 || (request && request.type !== 'Identifier')) return null;
  const names = new Map<string, Binding>();
  if (context?.type === 'ObjectPattern') {
    for (const p of context.properties) {
      if (p.type !== 'ObjectProperty' || !isIdent(p.key, 'params') || p.value.type !== 'Identifier') return null;
      names.set(p.value.name, { kind: 'params' });
    }
  } else if (context && context.type !== 'Identifier') return null;
  const requestName = request?.type === 'Identifier' ? request.name : null;
  const contextName = context?.type === 'Identifier' ? context.name : null;

  const sourceOf = (node: Node): Binding | null => {
    const n = awaited(node);
    if (n.type === 'Identifier') return names.get(n.name) ?? null;
    if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') {
      const of =
        n.object.type === 'Identifier' && n.object.name === contextName && n.property.name === 'params'
          ? { kind: 'params' as const }
          : sourceOf(n.object);
      if (n.object.type === 'Identifier' && n.object.name === contextName) return of;
      if (of?.kind === 'params') return { kind: 'input', source: { kind: 'segment', segment: n.property.name } };
      if (of?.kind === 'url' && n.property.name === 'searchParams') return { kind: 'search' };
      if (isIdent(n.object, requestName ?? '') && n.property.name === 'nextUrl') return { kind: 'url' };
      return null;
    }
    if (n.type === 'NewExpression' && isIdent(n.callee, 'URL') && n.arguments.length === 1) {
      const a = unwrap(n.arguments[0]!);
      return a.type === 'MemberExpression' && isIdent(a.object, requestName ?? '') && isIdent(a.property, 'url')
        ? { kind: 'url' }
        : null;
    }
    if (
      n.type === 'CallExpression' &&
      n.callee.type === 'MemberExpression' &&
      n.callee.property.type === 'Identifier'
    ) {
      const key = n.arguments[0];
      if (
        n.callee.property.name === 'get' &&
        n.arguments.length === 1 &&
        key?.type === 'StringLiteral' &&
        sourceOf(n.callee.object)?.kind === 'search'
      )
        return { kind: 'input', source: { kind: 'query', key: key.value } };
      if (n.arguments.length === 0 && isIdent(n.callee.object, requestName ?? '') && node.type === 'AwaitExpression') {
        if (n.callee.property.name === 'json') return { kind: 'input', source: { kind: 'json' } };
        if (n.callee.property.name === 'formData') return { kind: 'input', source: { kind: 'form' } };
      }
    }
    return null;
  };

  let call: { callee: string; args: Node[]; line: number } | null = null;
  const actionCall = (node: Node | null | undefined): boolean => {
    const n = node && node.type === 'AwaitExpression' ? unwrap(node.argument) : null;
    if (!n || n.type !== 'CallExpression' || n.callee.type !== 'Identifier' || call) return false;
    call = { callee: n.callee.name, args: n.arguments as Node[], line: n.loc?.start.line ?? 1 };
    return true;
  };
  const reads = { data: false, status: false };
  // What an answer may mention: the result and constants, nothing the handler computed otherwise.
  const onlyResult = (node: Node | null | undefined): boolean => {
    if (!node) return true;
    let ok = true;
    walk(node, (path) => {
      const n = path.node;
      if (
        n.type === 'MemberExpression' &&
        n.object.type === 'Identifier' &&
        names.get(n.object.name)?.kind === 'result' &&
        n.property.type === 'Identifier'
      ) {
        if (n.property.name === 'data') reads.data = true;
        if (n.property.name === 'status') reads.status = true;
      }
      if (
        n.type === 'Identifier' &&
        path.key !== 'property' &&
        path.key !== 'key' &&
        !(n.name === 'undefined' || RESPONSE.has(n.name) || names.get(n.name)?.kind === 'result')
      )
        ok = false;
      if ((n.type === 'CallExpression' || n.type === 'NewExpression') && !isResponse(n)) ok = false;
    });
    return ok;
  };
  let status = 200;
  let empty = false;
  const answer = (arg: Node | null | undefined): boolean => {
    const n = arg ? unwrap(arg) : null;
    if (!n || !isResponse(n)) return false;
    const [body, init] = (n as { arguments: Node[] }).arguments;
    if (body && actionCall(body)) return onlyResult(init) && note(init, null);
    return onlyResult(body) && onlyResult(init) && note(init, body ?? null);
  };
  const note = (init: Node | undefined, body: Node | null): boolean => {
    const s =
      init && unwrap(init).type === 'ObjectExpression'
        ? (unwrap(init) as { properties: Node[] }).properties.find(
            (p) => p.type === 'ObjectProperty' && isIdent(p.key, 'status'),
          )
        : undefined;
    const value = s ? unwrap((s as { value: Node }).value) : null;
    if (value?.type === 'NumericLiteral') status = value.value;
    if (body === null || unwrap(body).type === 'NullLiteral') empty = true;
    return true;
  };

  const statements = fn.body.type === 'BlockStatement' ? fn.body.body : null;
  // The handler's own checks, run again before the body is read (delegate-guard.ts): the action must make them too.
  const found = statements ? leadingGuards(fn) : [];
  const guards = found.every((g, i) => statements![i] === g) ? found : [];
  if (!statements) {
    if (!answer(fn.body)) return null;
  } else
    for (const stmt of statements.slice(guards.length)) {
      if (stmt.type === 'VariableDeclaration') {
        for (const d of stmt.declarations) {
          if (!d.init) {
            if (d.id.type !== 'Identifier') return null;
            names.set(d.id.name, { kind: 'pending' });
          } else if (d.id.type === 'Identifier' && actionCall(d.init)) names.set(d.id.name, { kind: 'result' });
          else if (d.id.type === 'Identifier') {
            const b = sourceOf(d.init);
            if (!b || b.kind === 'result') return null;
            names.set(d.id.name, b);
          } else if (d.id.type === 'ObjectPattern') {
            const from = sourceOf(d.init);
            for (const p of d.id.properties) {
              if (p.type !== 'ObjectProperty' || p.key.type !== 'Identifier' || p.value.type !== 'Identifier')
                return null;
              if (from?.kind === 'params')
                names.set(p.value.name, { kind: 'input', source: { kind: 'segment', segment: p.key.name } });
              else if (from?.kind === 'url' && p.key.name === 'searchParams')
                names.set(p.value.name, { kind: 'search' });
              else return null;
            }
          } else return null;
        }
      } else if (stmt.type === 'TryStatement') {
        // The generated body read: `try { body = await request.json() } catch { return 400 }`.
        const [only, ...more] = stmt.block.body;
        const e = only?.type === 'ExpressionStatement' ? only.expression : null;
        if (
          more.length > 0 ||
          stmt.finalizer ||
          !stmt.handler ||
          e?.type !== 'AssignmentExpression' ||
          e.left.type !== 'Identifier' ||
          names.get(e.left.name)?.kind !== 'pending'
        )
          return null;
        const read = sourceOf(e.right);
        if (read?.kind !== 'input' || (read.source.kind !== 'json' && read.source.kind !== 'form')) return null;
        if (
          !stmt.handler.body.body.every(
            (s) =>
              s.type === 'ReturnStatement' && s.argument && isResponse(unwrap(s.argument)) && onlyConstants(s.argument),
          )
        )
          return null;
        names.set(e.left.name, read);
      } else if (stmt.type === 'ExpressionStatement') {
        if (!actionCall(stmt.expression)) return null;
      } else if (stmt.type === 'IfStatement') {
        const then =
          stmt.consequent.type === 'BlockStatement' && stmt.consequent.body.length === 1
            ? stmt.consequent.body[0]!
            : stmt.consequent;
        if (stmt.alternate || then.type !== 'ReturnStatement' || !onlyResult(stmt.test) || !answer(then.argument))
          return null;
      } else if (stmt.type === 'ReturnStatement') {
        if (!answer(stmt.argument)) return null;
      } else return null;
    }
  const called = call as { callee: string; args: Node[]; line: number } | null;
  if (!called) return null;
  const imported = importOf(ast, called.callee);
  if (!imported) return null;
  const moduleFile = model.graph.resolve(route.file, imported.source, route.app);
  const moduleText = moduleFile ? model.snapshot.files.get(moduleFile) : undefined;
  if (!moduleFile || moduleText === undefined || readDirective(moduleText) !== 'use server') return null;
  if (guards.length > 0 && !repeatsGuards(moduleFile, moduleText, imported.name, text, guards)) return null;
  const inputs: ActionInput[] = [];
  for (const arg of called.args) {
    const b = sourceOf(arg);
    if (b?.kind !== 'input') return null;
    const name =
      unwrap(arg).type === 'Identifier'
        ? (unwrap(arg) as { name: string }).name
        : b.source.kind === 'segment'
          ? b.source.segment
          : b.source.kind === 'query'
            ? b.source.key
            : 'body';
    inputs.push({ name, type: typeOf(b.source, route), source: b.source });
  }
  const envelope = returnsEnvelope(moduleFile, moduleText, imported.name) ?? (reads.data && reads.status);
  return {
    method,
    name: imported.name,
    moduleFile,
    inputs,
    envelope,
    status: envelope ? 200 : status,
    mayBeEmpty: empty,
    line: fn.loc?.start.line ?? 1,
  };
}

const awaited = (node: Node): Node => {
  const n = unwrap(node);
  return n.type === 'AwaitExpression' ? unwrap(n.argument) : n;
};

function isResponse(n: Node): boolean {
  if (n.type === 'NewExpression') return n.callee.type === 'Identifier' && RESPONSE.has(n.callee.name);
  return (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    n.callee.object.type === 'Identifier' &&
    RESPONSE.has(n.callee.object.name) &&
    isIdent(n.callee.property, 'json')
  );
}

/** A bad-input answer: literals only. */
function onlyConstants(node: Node): boolean {
  let ok = true;
  walk(node, (path) => {
    if (
      path.node.type === 'Identifier' &&
      path.key !== 'property' &&
      path.key !== 'key' &&
      !RESPONSE.has(path.node.name)
    )
      ok = false;
  });
  return ok;
}

/** The handler as the export itself (not wrapped by a helper, which could do anything around it). */
function exportedDirectly(ast: File, fn: Node): boolean {
  for (const s of ast.program.body) {
    const d = s.type === 'ExportNamedDeclaration' ? s.declaration : s;
    if (d === fn) return true;
    if (d?.type === 'VariableDeclaration' && d.declarations.some((x) => x.init && unwrap(x.init) === fn)) return true;
  }
  return false;
}

function importOf(ast: File, local: string): { source: string; name: string } | null {
  for (const s of ast.program.body) {
    if (s.type !== 'ImportDeclaration' || s.importKind === 'type') continue;
    for (const x of s.specifiers)
      if (x.type === 'ImportSpecifier' && x.local.name === local && x.importKind !== 'type')
        return { source: s.source.value, name: x.imported.type === 'Identifier' ? x.imported.name : x.imported.value };
  }
  return null;
}

function typeOf(source: InputSource, route: RouteFile): string {
  if (source.kind === 'segment')
    return route.segments.some((s) => s.kind === 'catch-all' && s.name === source.segment) ? 'string[]' : 'string';
  return source.kind === 'query' ? 'string | null' : source.kind === 'form' ? 'FormData' : 'unknown';
}

/** The exported function `name` of an action module, or null when it cannot be read. */
function actionFunction(file: string, text: string, name: string): HandlerFunction | null {
  let ast: File;
  try {
    ast = parseForAnalysis(file, text);
  } catch {
    return null;
  }
  let fn: Node | null = null;
  for (const s of ast.program.body) {
    const d = s.type === 'ExportNamedDeclaration' ? s.declaration : null;
    if (d?.type === 'FunctionDeclaration' && d.id?.name === name) fn = d;
    if (d?.type === 'VariableDeclaration')
      for (const x of d.declarations) if (isIdent(x.id, name) && x.init) fn = unwrap(x.init);
  }
  return fn &&
    (fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression' || fn.type === 'ArrowFunctionExpression')
    ? fn
    : null;
}

/**
 * Whether the action makes the checks a route runs before calling it: each declaration, and each
 * check's test with a `return` behind it, written the same at the top of the action's body (or
 * of a `try` there). Without that, the route's checks would be the only ones, and its callers
 * cannot move to the action.
 */
function repeatsGuards(file: string, text: string, name: string, routeText: string, guards: Statement[]): boolean {
  const fn = actionFunction(file, text, name);
  if (!fn || fn.body.type !== 'BlockStatement') return false;
  const squeeze = (t: string) => t.replace(/\s+/g, '').replace(/;$/, '');
  const declarations = new Set<string>();
  const tests = new Set<string>();
  for (const stmt of fn.body.body.flatMap((st) => (st.type === 'TryStatement' ? st.block.body : [st]))) {
    if (stmt.type === 'VariableDeclaration') declarations.add(squeeze(text.slice(stmt.start!, stmt.end!)));
    const then =
      stmt.type === 'IfStatement'
        ? stmt.consequent.type === 'BlockStatement'
          ? stmt.consequent.body[0]
          : stmt.consequent
        : null;
    if (stmt.type === 'IfStatement' && then?.type === 'ReturnStatement')
      tests.add(squeeze(text.slice(stmt.test.start!, stmt.test.end!)));
  }
  return guards.every((g) =>
    g.type === 'IfStatement'
      ? tests.has(squeeze(routeText.slice(g.test.start!, g.test.end!)))
      : declarations.has(squeeze(routeText.slice(g.start!, g.end!))),
  );
}

/**
 * Whether the action returns the `{ ok, status, data }` envelope, read from its declared return
 * type or, without one, from what every `return` of it gives; null when it cannot be read.
 */
function returnsEnvelope(file: string, text: string, name: string): boolean | null {
  const fn = actionFunction(file, text, name);
  if (!fn) return null;
  const envelopeKeys = (keys: string[]) => ['ok', 'status', 'data'].every((k) => keys.includes(k));
  const declared =
    fn.returnType?.type === 'TSTypeAnnotation' ? text.slice(fn.returnType.start!, fn.returnType.end!) : null;
  if (declared)
    return envelopeKeys(declared.match(/\b(ok|status|data)\??\s*:/g)?.map((m) => m.replace(/\??\s*:$/, '')) ?? []);
  const returned: Node[] = [];
  if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
  else
    walk(fn.body, (path) => {
      if (path.node.type === 'ReturnStatement' && path.node.argument) returned.push(path.node.argument);
      // A nested function's returns are not the action's.
      if (path.node !== fn && /Function/.test(path.node.type)) return false;
      return undefined;
    });
  if (returned.length === 0) return false;
  return returned.every((r) => {
    const o = unwrap(r);
    return (
      o.type === 'ObjectExpression' &&
      envelopeKeys(
        o.properties.flatMap((p) => (p.type === 'ObjectProperty' && p.key.type === 'Identifier' ? [p.key.name] : [])),
      )
    );
  });
}

const skip = (site: Site, reason: Site['reason'], message: string) =>
  Object.assign(site, { status: 'skipped' as const, reason, message });

/**
 * The callers of a delegate route, moved to the action it already calls: a Migration whose module
 * is the existing one, so the caller rewrite runs as for a new action and nothing is written for
 * the action or the route. Null when no caller can move (each site says why).
 */
export function delegateMigration(
  d: Delegate,
  route: RouteFile,
  group: Candidate[],
  options: ToActionOptions,
  sites: Site[],
): Migration | null {
  const body = d.inputs.find((i) => i.source.kind === 'json' || i.source.kind === 'form')?.source.kind ?? 'none';
  const movable = group.filter((c) => {
    const sent = c.digest.body;
    if (body !== 'none' && sent !== body) {
      skip(
        c.site,
        'unsupported-call',
        sent === 'none'
          ? `the route reads a ${body === 'json' ? 'JSON' : 'form'} body the caller does not send`
          : `the caller sends ${sent === 'json' ? 'JSON' : 'form data'} but the route reads ${body === 'json' ? 'JSON' : 'form data'}`,
      );
      return false;
    }
    // As for a new action: a library call that rejected on an error status, read as the library's error.
    const blocking = c.digest.client !== 'fetch' && d.envelope ? c.digest.errorReads?.blocking : null;
    if (blocking) {
      skip(c.site, 'unsupported-call', `the caller's error handling ${blocking}`);
      return false;
    }
    // A plain result has no status to read: the route always answered the same one.
    if (c.digest.readsStatus && !d.envelope) {
      skip(
        c.site,
        'unsupported-call',
        `the caller reads the response status, which the action \`${d.name}\` does not return`,
      );
      return false;
    }
    if (c.digest.uploads && !options.includeUploads) {
      skip(
        c.site,
        'file-upload',
        `the caller ${c.digest.uploads}; Server Actions take bodies up to 1 MB unless next.config raises serverActions.bodySizeLimit (--include-uploads moves it anyway)`,
      );
      return false;
    }
    return true;
  });
  if (movable.length === 0) return null;
  for (const c of movable) {
    c.site.name = d.name;
    const warnings = [
      ...(c.digest.uploads ? (['body-size-limit'] as const) : []),
      ...(c.digest.flattens ? (['serialization-differs'] as const) : []),
    ];
    if (warnings.length > 0) c.site.warnings = warnings;
  }
  const routeSite: Site = {
    kind: 'route',
    file: route.file,
    line: d.line,
    target: d.moduleFile,
    method: d.method,
    name: d.name,
    status: 'planned',
  };
  sites.push(routeSite);
  return {
    route,
    method: d.method,
    plan: {
      inputs: d.inputs,
      statuses: [d.envelope ? null : d.status],
      mayBeEmpty: d.mayBeEmpty,
      answers: [],
      answersError: d.envelope,
      headers: null,
    },
    envelope: d.envelope,
    moduleFile: d.moduleFile,
    name: d.name,
    candidates: movable,
    routeSite,
    delegates: true,
  };
}

/**
 * Every action some route of the app already delegates to, keyed `module\0name`, with that route:
 * to-route does not write a second endpoint for it.
 */
export function delegatedActions(snapshot: ProjectSnapshot, model: ProjectModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const route of model.project.routes) {
    const text = snapshot.files.get(route.file);
    if (route.router !== 'app' || text === undefined || !/\bimport\b/.test(text)) continue;
    let ast: File;
    try {
      ast = parseForAnalysis(route.file, text);
    } catch {
      continue;
    }
    for (const method of exportedMethods(ast)) {
      const d = readDelegate(ast, text, route, method, model);
      if (d && !out.has(`${d.moduleFile}\0${d.name}`)) out.set(`${d.moduleFile}\0${d.name}`, route.file);
    }
  }
  return out;
}

/**
 * The local name a module imports `name` from `source` under, when nothing else in it declares
 * that name (which could shadow the import where a call stands); else null.
 */
export function importedAs(ast: File, text: string, source: string, name: string): string | null {
  for (const s of ast.program.body) {
    if (s.type !== 'ImportDeclaration' || s.importKind === 'type' || s.source.value !== source) continue;
    for (const x of s.specifiers) {
      if (
        x.type !== 'ImportSpecifier' ||
        x.importKind === 'type' ||
        (x.imported.type === 'Identifier' ? x.imported.name : x.imported.value) !== name
      )
        continue;
      const local = x.local.name;
      return new RegExp(
        `\\b(?:const|let|var|function|class)\\s+${local.replace(/\$/g, '\\$')}\\b|[(,]\\s*${local.replace(/\$/g, '\\$')}\\s*[,):=]`,
      ).test(text)
        ? null
        : local;
    }
  }
  return null;
}

/**
 * An action a route method calls without being a delegate (it reads or checks more first): moving
 * the handler would write a second action around the first, in the same module when the route is
 * the one an earlier run delegated. Null when the handler calls no imported `'use server'` action.
 */
export function calledAction(
  ast: File,
  route: RouteFile,
  method: string,
  model: ProjectModel,
): { name: string; moduleFile: string } | null {
  const fn = route.router === 'app' ? findHandler(ast, method) : null;
  if (!fn || 'reason' in fn) return null;
  let found: { name: string; moduleFile: string } | null = null;
  walk(fn, (path) => {
    const n = path.node;
    if (found || n.type !== 'CallExpression' || n.callee.type !== 'Identifier') return;
    const imported = importOf(ast, n.callee.name);
    const file = imported && model.graph.resolve(route.file, imported.source, route.app);
    const text = file ? model.snapshot.files.get(file) : undefined;
    if (imported && file && text !== undefined && readDirective(text) === 'use server')
      found = { name: imported.name, moduleFile: file };
  });
  return found;
}
