// Reads an App Router route handler (docs/pipeline.md): what it takes from the request, what it
// answers, and whether it can become an action at all. Records the edits that turn its body
// into the action's body; `build` applies them once the action's name and result shape are known.
import type { Expression, File, Node, Statement } from '@babel/types';
import type { Reason, RouteFile } from '../../model/types.js';
import { contains, findAll, walk, walkOwnBody, type Path } from '../../ast/walk.js';
import { boundNames, detectStyle, freshName, isIdent, memberProp, quoted, unwrap } from '../../ast/nodes.js';
import { readResponse } from './responses.js';
import { readWrapper, type WrapperCall } from './handler-wrapper.js';
import {
  emptyPlan,
  type Guard,
  type HandlerAnalysis,
  type HandlerFunction,
  type HandlerPlan,
  type ResponseHeader,
  type ResponseShape,
} from './plan.js';
import type { ActionInput } from '../../shared/route-handler.js';
import type { ProjectModel } from '../../model/model.js';
import { corsSourceFor } from '../config/config-cors.js';

/** What the delegate route can still answer of the headers the action leaves out. */
export interface DroppedHeaders {
  names: string[];
  /** The headers every answer sent, each with one literal value: the delegate sends them too. Null when they vary. */
  constant: Array<[string, string]> | null;
}

export function droppedHeadersOf(plan: HandlerPlan): DroppedHeaders | null {
  if (plan.droppedHeaders.length === 0) return null;
  const names = [...new Set(plan.droppedHeaders.map((h) => h.name))];
  const key = (hs: ResponseHeader[]) => JSON.stringify(hs.map((h) => [h.name, h.value]));
  const answers = [...plan.responses, ...(plan.guard?.responses ?? [])];
  const first = answers[0]?.shape.headers ?? [];
  const same = !plan.statements && answers.every((r) => key(r.shape.headers) === key(first));
  const literal = first.every((h) => h.value !== null);
  return { names, constant: same && literal ? first.map((h) => [h.name, h.value!]) : null };
}

const skip = (reason: Reason, message: string): HandlerAnalysis => ({ reason, message });

/** Finds the function exported for `method` (the handler inside `withAuth(handler)`), or says why it cannot be read. */
export function findHandler(ast: File, method: string): HandlerFunction | { reason: Reason; message: string } | null {
  const found = locateHandler(ast, method);
  return found && !('reason' in found) ? found.fn : found;
}

/** The function exported for `method`, and the helper call it is wrapped in, if any. */
function locateHandler(
  ast: File,
  method: string,
): { fn: HandlerFunction; wrapper: WrapperCall | null } | { reason: Reason; message: string } | null {
  const found = locateExport(ast, method);
  if (!found || 'reason' in found) return found;
  const n = unwrap(found) as Node;
  if (n.type !== 'CallExpression') return { fn: found as HandlerFunction, wrapper: null };
  const callee = n.callee.type === 'Identifier' ? n.callee.name : 'a wrapper';
  const unknown = {
    reason: 'unsupported-handler' as const,
    message: `${method} is wrapped by \`${callee}\`, whose behaviour is not known`,
  };
  const [arg, ...rest] = n.arguments;
  // The handler written inline: a named one could be called elsewhere, and the delegate replaces the export only.
  const inner = arg && rest.length === 0 ? unwrap(arg) : null;
  if (inner?.type === 'CallExpression')
    return { reason: 'unsupported-handler', message: `${method} is wrapped by \`${callee}\` around another wrapper` };
  if (
    n.callee.type !== 'Identifier' ||
    (inner?.type !== 'FunctionExpression' && inner?.type !== 'ArrowFunctionExpression')
  )
    return unknown;
  return { fn: inner, wrapper: { name: callee, call: n } };
}

/** A function, or the call of a wrapper, by what the export names. */
function locateValue(
  ast: File,
  node: Node,
  method: string,
  via = 'a value',
): Node | { reason: Reason; message: string } {
  const locals = topLevelValues(ast);
  const asFunction = (node: Node, via: string): Node | { reason: Reason; message: string } => {
    const n = unwrap(node);
    if (
      n.type === 'FunctionDeclaration' ||
      n.type === 'FunctionExpression' ||
      n.type === 'ArrowFunctionExpression' ||
      n.type === 'CallExpression'
    )
      return n;
    if (n.type === 'Identifier' && locals.has(n.name)) return asFunction(locals.get(n.name)!, n.name);
    return { reason: 'unsupported-handler', message: `${method} is exported as ${via}, not a function` };
  };
  return asFunction(node, via);
}

function topLevelValues(ast: File): Map<string, Node> {
  const locals = new Map<string, Node>();
  for (const stmt of ast.program.body) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id) locals.set(stmt.id.name, stmt);
    if (stmt.type === 'VariableDeclaration')
      for (const d of stmt.declarations) if (d.id.type === 'Identifier' && d.init) locals.set(d.id.name, d.init);
  }
  return locals;
}

/** The function or wrapper call exported for `method`, or says why it cannot be read. */
function locateExport(ast: File, method: string): Node | { reason: Reason; message: string } | null {
  const program = ast.program;
  const locals = topLevelValues(ast);
  const asFunction = (node: Node, via: string) => locateValue(ast, node, method, via);
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportNamedDeclaration') continue;
    const d = stmt.declaration;
    if (d?.type === 'FunctionDeclaration' && d.id?.name === method) return d;
    if (d?.type === 'VariableDeclaration') {
      for (const decl of d.declarations) {
        if (decl.id.type === 'Identifier' && decl.id.name === method && decl.init)
          return asFunction(decl.init, 'a value');
        if (
          decl.id.type === 'ObjectPattern' &&
          decl.id.properties.some((p) => p.type === 'ObjectProperty' && isIdent(p.value, method))
        )
          return { reason: 'unsupported-handler', message: `${method} is destructured from another module's handlers` };
      }
    }
    for (const s of stmt.specifiers) {
      if (
        s.type === 'ExportSpecifier' &&
        (s.exported.type === 'Identifier' ? s.exported.name : s.exported.value) === method
      ) {
        if (stmt.source)
          return { reason: 'unsupported-handler', message: `${method} is re-exported from ${stmt.source.value}` };
        const local = locals.get(s.local.name);
        return local
          ? asFunction(local, s.local.name)
          : { reason: 'unsupported-handler', message: `${method} is not defined in this file` };
      }
    }
  }
  return null;
}

/** The names of the route's exported HTTP methods. */
export function exportedMethods(ast: File): string[] {
  const out: string[] = [];
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ExportNamedDeclaration') continue;
    const d = stmt.declaration;
    if (d?.type === 'FunctionDeclaration' && d.id) out.push(d.id.name);
    if (d?.type === 'VariableDeclaration')
      for (const x of d.declarations)
        out.push(
          ...(x.id.type === 'Identifier'
            ? [x.id.name]
            : x.id.type === 'ObjectPattern'
              ? x.id.properties.flatMap((p) =>
                  p.type === 'ObjectProperty' && p.value.type === 'Identifier' ? [p.value.name] : [],
                )
              : []),
        );
    for (const s of stmt.specifiers)
      if (s.type === 'ExportSpecifier') out.push(s.exported.type === 'Identifier' ? s.exported.name : s.exported.value);
  }
  return out.filter((m) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(m));
}

const SIGNATURE_HEADER = /signature|svix-|x-hub-|webhook/i;
/** A header a webhook sender signs with, as the handler reads it: `Stripe-Signature`, `svix-id`, `X-Hub-Signature-256`, `X-Shopify-Hmac-Sha256`. */
const SIGNATURE_LITERAL = /signature|^svix-|^x-hub-|^webhook-|-webhook\b|^x-[\w-]*hmac/i;
/** Webhook libraries' checks: Stripe's `constructEvent`, `verifyWebhook(...)`, `validateSignature(...)`. */
const VERIFY_CALL =
  /^(constructEvent(Async)?|verifyWebhook\w*|verify\w*Signature|validate\w*Signature|validateWebhook\w*)$/;

/** How the code checks that a webhook's sender signed it, in words; null when it does not. */
export function signatureCheck(root: Node, source: string): string | null {
  let found: string | null = null;
  walk(root, (p) => {
    if (found) return false;
    const n = p.node;
    if (n.type === 'StringLiteral' && /^[A-Za-z][\w-]*$/.test(n.value)) {
      // Only where a value is read (`.get('stripe-signature')`, `req.headers['x-signature']`): a
      // handler that signs what it sends elsewhere writes such names as object keys.
      const parent = p.parent?.node;
      const read =
        parent?.type === 'CallExpression' && p.key === 'arguments' && memberProp(parent.callee) === 'get'
          ? parent.callee
          : parent?.type === 'MemberExpression' && parent.computed && p.key === 'property'
            ? parent.object
            : null;
      if (!read) return;
      // Hyphenated, a header name; a bare word only where headers are read (`headers.get('signature')`).
      const fromHeaders = /header/i.test(source.slice(read.start!, read.end!));
      if (
        (n.value.includes('-') || fromHeaders) &&
        (SIGNATURE_LITERAL.test(n.value) || (fromHeaders && SIGNATURE_HEADER.test(n.value)))
      )
        found = `the \`${n.value}\` signature header`;
    }
    if (n.type === 'CallExpression') {
      const name = n.callee.type === 'Identifier' ? n.callee.name : memberProp(n.callee);
      if (name && VERIFY_CALL.test(name)) found = `the sender's signature (${name}())`;
    }
    if (n.type === 'NewExpression' && isIdent(n.callee, 'Webhook'))
      found = "the sender's signature (a `Webhook` verifier)";
  });
  return found;
}

const RAW_BODY = new Set(['text', 'arrayBuffer', 'blob', 'body']);

/** `request.text()`, `request.arrayBuffer()`, `request.clone().text()`, `request.body`: the first raw read of the body, as written. */
function rawBodyRead(root: Node, request: string): string | null {
  let found: string | null = null;
  walk(root, (p) => {
    if (found) return false;
    const prop = memberProp(p.node);
    if (!prop || !RAW_BODY.has(prop)) return;
    let object = unwrap((p.node as { object: Node }).object);
    if (object.type === 'CallExpression' && memberProp(object.callee) === 'clone')
      object = unwrap((object.callee as { object: Node }).object);
    if (isIdent(object, request)) found = `${request}.${prop}${prop === 'body' ? '' : '()'}`;
  });
  return found;
}

/**
 * What the handler reads decides before what it answers: a signed sender is a webhook, a raw
 * body read with no signature is a webhook when read as text and a file otherwise.
 */
function readsVerdict(
  ast: File,
  source: string,
  parts: Array<{ fn: HandlerFunction; request: string | null; source: string }>,
): HandlerAnalysis | null {
  let raw: string | null = null;
  let signed: string | null = null;
  for (const part of parts) {
    raw ??= part.request ? rawBodyRead(part.fn.body, part.request) : null;
    signed ??= signatureCheck(part.fn.body, part.source);
  }
  if (signed)
    return skip('webhook', raw ? `reads the raw request body (${raw}) and verifies ${signed}` : `verifies ${signed}`);
  if (!raw) return null;
  // A helper of the route module may check the signature the handler hands it.
  const signedInFile = signatureCheck(ast.program, source);
  if (signedInFile) return skip('webhook', `reads the raw request body (${raw}) and verifies ${signedInFile}`);
  if (/\.text\(\)$/.test(raw)) return skip('webhook', `reads the raw request body (${raw})`);
  return skip(
    'file-upload',
    `takes the raw request body (${raw}) as a file; an action takes arguments, not a byte stream`,
  );
}

function typeText(source: string, node: Node | null | undefined): string | null {
  if (!node || node.start == null || node.end == null) return null;
  const ann = node.type === 'TSTypeAnnotation' ? node.typeAnnotation : node;
  return source.slice(ann.start!, ann.end!);
}

/** `model`: the run's project model, to follow a wrapping helper into the app module it comes from. */
export function analyzeHandler(
  route: RouteFile,
  ast: File,
  source: string,
  method: string,
  model?: ProjectModel,
): HandlerAnalysis {
  const found = locateHandler(ast, method);
  if (!found) return skip('unresolved-route', `${route.file} does not export ${method}`);
  if (ast.program.body.some((s) => s.type === 'ExportNamedDeclaration' && exportedMethodsOf(s).includes('OPTIONS')))
    return skip('external-callers', 'the route answers OPTIONS (CORS preflight), so other origins call it');
  if (/Access-Control-Allow-/i.test(source))
    return skip('external-callers', 'the route sends CORS headers, so other origins call it');
  const corsSource = model ? corsSourceFor(model.snapshot, route) : null;
  if (corsSource)
    return skip('external-callers', `next.config sends CORS headers for \`${corsSource}\`, so other origins call it`);
  if ('reason' in found) return lookThrough(route, ast, source, method, found, model);
  const analysis = analyzeFunction(route, ast, source, method, found.fn, found.wrapper, model);
  return found.wrapper && 'reason' in analysis && analysis.reason === 'unsupported-handler'
    ? lookThrough(route, ast, source, method, analysis, model)
    : analysis;
}

/**
 * A wrapper that cannot be moved still keeps the route for what the handler inside it is: a
 * webhook or a stream says more than the wrapper's name. Otherwise the wrapper's reason stands.
 */
function lookThrough(
  route: RouteFile,
  ast: File,
  source: string,
  method: string,
  failure: { reason: Reason; message: string },
  model: ProjectModel | undefined,
): HandlerAnalysis {
  if (failure.reason !== 'unsupported-handler') return failure;
  const exported = locateExport(ast, method);
  const inner = exported && !('reason' in exported) ? innermostHandler(ast, exported) : null;
  if (!inner) return failure;
  const analysis = analyzeFunction(route, ast, source, method, inner, null, model);
  if (!('reason' in analysis) || analysis.reason === 'unsupported-handler' || analysis.reason === 'unresolved-route')
    return failure;
  const outer = unwrap(exported as Node);
  const wrapper =
    outer.type === 'CallExpression' && outer.callee.type === 'Identifier' ? `\`${outer.callee.name}\`` : 'its wrapper';
  return skip(analysis.reason, `${analysis.message} (inside ${wrapper})`);
}

/** The handler a chain of wrapper calls holds: `withA(withB(async (req) => ...))`, or a function of this file it names. */
function innermostHandler(ast: File, node: Node, depth = 0): HandlerFunction | null {
  const n = unwrap(node) as Node;
  if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression')
    return depth > 0 ? n : null;
  if (n.type === 'Identifier' && depth > 0) {
    const local = topLevelValues(ast).get(n.name);
    return local && depth < 5 ? innermostHandler(ast, local, depth + 1) : null;
  }
  if (n.type !== 'CallExpression' || depth >= 5) return null;
  for (const arg of n.arguments) {
    const found =
      arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder' ? null : innermostHandler(ast, arg, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The handler function itself, wrapped by `wrapper` or not. */
function analyzeFunction(
  route: RouteFile,
  ast: File,
  source: string,
  method: string,
  fn: HandlerFunction,
  wrapper: WrapperCall | null,
  model: ProjectModel | undefined,
): HandlerAnalysis {
  const plan = emptyPlan(route, method, ast, fn);
  const [requestParam, contextParam] = fn.params;
  if (requestParam && requestParam.type !== 'Identifier')
    return skip('unsupported-handler', 'the request parameter is destructured');
  const requestName = requestParam?.type === 'Identifier' ? requestParam.name : null;
  const taken = boundNames(fn);
  const guard = wrapper ? readWrapper(route, ast, source, wrapper, fn, model) : null;
  if (guard && 'reason' in guard) return guard;
  if (guard) {
    if (/Access-Control-Allow-/i.test(guard.source.slice(guard.fn.start!, guard.fn.end!)))
      return skip('external-callers', `\`${guard.wrapper}\` sends CORS headers, so other origins call the route`);
    boundNames(guard.fn).forEach((n) => taken.add(n));
    plan.guard = guard;
  }

  const reads = readsVerdict(ast, source, [
    { fn, request: requestName, source },
    ...(guard
      ? [
          {
            fn: guard.fn,
            request: guard.fn.params[0]?.type === 'Identifier' ? guard.fn.params[0].name : null,
            source: guard.source,
          },
        ]
      : []),
  ]);
  if (reads) return reads;
  // Then what it answers: a stream or a redirect stays a route whatever else it reads.
  const responseFailure = readResponses(plan, fn) ?? (guard ? readGuardResponses(plan, guard) : null);
  if (responseFailure) return responseFailure;
  const failure = requestName ? readRequest(plan, fn, requestName, source, taken) : null;
  if (failure) return failure;
  const guardFailure = guard ? readGuardRequest(plan, guard, taken) : null;
  if (guardFailure) return guardFailure;
  const segFailure = readSegments(plan, fn, contextParam ?? null, source, taken);
  if (segFailure) return segFailure;
  // Dynamic segments lead, then the body, then search params (docs/pipeline.md).
  const rank = (i: ActionInput) => (i.source.kind === 'segment' ? 0 : i.source.kind === 'query' ? 2 : 1);
  const order = plan.route.segments.flatMap((s) => (s.kind === 'static' ? [] : [s.name]));
  plan.inputs.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.source.kind === 'segment' && b.source.kind === 'segment'
        ? order.indexOf(a.source.segment) - order.indexOf(b.source.segment)
        : 0),
  );
  return plan;
}

function exportedMethodsOf(stmt: Statement): string[] {
  return exportedMethods({ type: 'File', program: { type: 'Program', body: [stmt] } } as File);
}

/** The guard's answers, read as the handler's are; the call of the handler is not one. */
function readGuardResponses(plan: HandlerPlan, guard: Guard): HandlerAnalysis | null {
  const responseVars = new Map<string, Path>();
  const returns: Path[] = [];
  walkOwnBody(guard.fn, (p) =>
    p.node === guard.call ? false : void (p.node.type === 'ReturnStatement' && returns.push(p)),
  );
  for (const ret of returns) {
    const shape = readResponse(
      unwrap((ret.node as { argument: Expression }).argument) as Expression,
      guard.fn,
      responseVars,
    );
    if (shape.kind !== 'json') return skip(shape.reason, `\`${guard.wrapper}\` ${shape.message}`);
    recordAnswer(plan, ret, shape, guard);
  }
  return null;
}

/** What the guard reads of the request, as the handler's reads are moved, its edits kept with the guard's text. */
function readGuardRequest(plan: HandlerPlan, guard: Guard, taken: Set<string>): HandlerAnalysis | null {
  const name = guard.fn.params[0]?.type === 'Identifier' ? guard.fn.params[0].name : null;
  if (!name) return null;
  const view: HandlerPlan = { ...plan, fn: guard.fn, edits: guard.edits };
  const failure = readRequest(view, guard.fn, name, guard.source, taken, guard.call);
  plan.readsFiles ||= view.readsFiles;
  return failure && 'reason' in failure
    ? { reason: failure.reason, message: `\`${guard.wrapper}\` ${failure.message}` }
    : failure;
}

/** Every use of the request object must be one an action can do another way. `except`: where it is handed on as it is. */
function readRequest(
  plan: HandlerPlan,
  fn: HandlerFunction,
  name: string,
  source: string,
  taken: Set<string>,
  except: Node | null = null,
): HandlerAnalysis | null {
  const refs: Path[] = [];
  walk(fn.body, (p) => {
    if (p.node === except) return false;
    if (isIdent(p.node, name) && !(p.parent && memberProp(p.parent.node) !== null && p.key === 'property'))
      refs.push(p);
  });
  const searchParamVars = new Set<string>();
  for (const ref of refs) {
    const member = ref.parent!;
    const prop = ref.key === 'object' ? memberProp(member.node) : null;
    if (!prop)
      return skip(
        'unsupported-handler',
        `passes the request object to other code (${source.slice(member.node.start!, member.node.end!).slice(0, 60)})`,
      );
    const call = member.parent!.node.type === 'CallExpression' && member.key === 'callee' ? member.parent! : null;
    if ((prop === 'json' || prop === 'formData') && call) {
      const kind = prop === 'json' ? 'json' : 'form';
      const readBody = readBodyRead(plan, call, kind, source, taken);
      if (readBody) return readBody;
      continue;
    }
    if (['text', 'arrayBuffer', 'blob', 'body'].includes(prop))
      return skip('webhook', `reads the raw request body (request.${prop})`);
    if (prop === 'headers') {
      const get = member.parent!;
      const headerCall =
        memberProp(get.node) === 'get' && get.parent?.node.type === 'CallExpression'
          ? (get.parent.node as { arguments: Node[] })
          : null;
      const headerName = headerCall?.arguments[0]?.type === 'StringLiteral' ? headerCall.arguments[0].value : '';
      if (SIGNATURE_HEADER.test(headerName)) return skip('webhook', `verifies the \`${headerName}\` signature header`);
      if (taken.has('headers'))
        return skip('unsupported-handler', 'declares its own `headers`, which next/headers would shadow');
      plan.needs.add('headers');
      plan.edits.push((e) => e.replaceNode(member.node, '(await headers())'));
      continue;
    }
    if (prop === 'cookies') {
      if (taken.has('cookies'))
        return skip('unsupported-handler', 'declares its own `cookies`, which next/headers would shadow');
      plan.needs.add('cookies');
      plan.edits.push((e) => e.replaceNode(member.node, '(await cookies())'));
      continue;
    }
    if (prop === 'nextUrl' || prop === 'url') {
      const q = readSearchParams(plan, member, prop, searchParamVars, fn, taken);
      if (q) return q;
      continue;
    }
    if (prop === 'method' && ref.key === 'object' && isLogged(member)) {
      // Only this method reaches the handler: a log line can name it. A comparison cannot be
      // written that way: TypeScript rejects comparing two different literals.
      const [start, end] = [member.node.start!, member.node.end!];
      // `${req.method}` in a template is the method's text itself.
      if (source.slice(start - 2, start) === '${' && source[end] === '}' && !/[`\\$]/.test(plan.method))
        plan.edits.push((e) => e.replace(start - 2, end + 1, plan.method));
      else plan.edits.push((e) => e.replaceNode(member.node, quoted(plan.method, detectStyle(source))));
      continue;
    }
    return skip('unsupported-handler', `reads request.${prop}`);
  }
  return null;
}

/** An argument of a call, or a part of a template literal. */
const isLogged = (member: Path) =>
  (member.parent?.node.type === 'CallExpression' && member.key === 'arguments') ||
  member.parent?.node.type === 'TemplateLiteral';

function readBodyRead(
  plan: HandlerPlan,
  call: Path,
  kind: 'json' | 'form',
  source: string,
  taken: Set<string>,
): HandlerAnalysis | null {
  if (plan.inputs.some((i) => i.source.kind === 'json' || i.source.kind === 'form'))
    return skip('unsupported-handler', 'reads the request body twice');
  let read = call.parent?.node.type === 'AwaitExpression' ? call.parent : null;
  if (!read)
    return skip('unsupported-handler', `uses request.${kind === 'json' ? 'json' : 'formData'}() without awaiting it`);
  let annotated: string | null = null;
  let holder = read.parent!;
  while (holder.node.type === 'TSAsExpression' || holder.node.type === 'ParenthesizedExpression') {
    if (holder.node.type === 'TSAsExpression') annotated = typeText(source, holder.node.typeAnnotation);
    read = holder;
    holder = holder.parent!;
  }
  const declarator = holder.node.type === 'VariableDeclarator' && read.key === 'init' ? holder : null;
  const id = declarator?.node.type === 'VariableDeclarator' ? declarator.node.id : null;
  if (id?.type === 'Identifier') {
    // `const body = await request.json()`: the variable becomes the parameter.
    const type =
      kind === 'form'
        ? 'FormData'
        : (annotated ?? typeText(source, id.typeAnnotation) ?? bodyTypeFromUse(plan.fn, id.name));
    plan.inputs.push({ name: id.name, type, source: { kind } });
    plan.readsFiles ||=
      kind === 'form' && /\bFile\b|\.size\b|arrayBuffer\(/.test(source.slice(plan.fn.start!, plan.fn.end!));
    plan.edits.push((e) => e.removeDeclarator(declarator!.node, declarator!.parent!.node));
    return null;
  }
  const name =
    kind === 'form' ? (taken.has('formData') ? 'formDataInput' : 'formData') : taken.has('input') ? 'body' : 'input';
  let type = kind === 'form' ? 'FormData' : (annotated ?? 'any');
  if (kind === 'json' && id?.type === 'ObjectPattern' && !annotated) {
    const keys = id.properties.flatMap((p) =>
      p.type === 'ObjectProperty' && !p.computed && p.key.type === 'Identifier' ? [p.key.name] : [],
    );
    if (keys.length === id.properties.length) type = destructuredBodyType(keys);
    if (id.typeAnnotation) type = typeText(source, id.typeAnnotation) ?? type;
  }
  plan.inputs.push({ name, type, source: { kind } });
  const target = read;
  plan.edits.push((e) => e.replaceNode(target.node, name));
  return null;
}

/**
 * The type of a JSON body the handler destructures: its keys, each optional and `any` as
 * request.json() gave them, so a caller's `Record<string, any>` (react-hook-form's FieldValues) fits.
 */
export const destructuredBodyType = (keys: string[]): string => `{ ${keys.map((k) => `${k}?: any`).join('; ')} }`;

/** `unknown` when the body only feeds a validator, `any` otherwise (what request.json() gave). */
function bodyTypeFromUse(fn: HandlerFunction, name: string): string {
  let onlyArguments = true;
  walk(fn.body, (p) => {
    if (isIdent(p.node, name) && p.key !== 'id' && !(p.key === 'property' && memberProp(p.parent?.node) !== null)) {
      if (p.key !== 'arguments') onlyArguments = false;
    }
  });
  return onlyArguments ? 'unknown' : 'any';
}

/** `request.nextUrl.searchParams.get('q')` and `new URL(request.url).searchParams.get('q')`. */
function readSearchParams(
  plan: HandlerPlan,
  member: Path,
  prop: string,
  vars: Set<string>,
  fn: HandlerFunction,
  taken: Set<string>,
): HandlerAnalysis | null {
  let base: Path = member;
  if (prop === 'url') {
    const ctor = member.parent!;
    if (ctor.node.type !== 'NewExpression' || !isIdent(ctor.node.callee, 'URL') || ctor.node.arguments.length !== 1)
      return skip('unsupported-handler', 'reads request.url');
    base = ctor;
  }
  const holder = base.parent!;
  let gets: Path[] = [];
  if (memberProp(holder.node) === 'searchParams' && holder.key === 'object') gets = [holder];
  else if (holder.node.type === 'VariableDeclarator' && holder.node.id.type === 'ObjectPattern') {
    const props = holder.node.id.properties;
    const sp = props.find(
      (p) => p.type === 'ObjectProperty' && isIdent(p.key, 'searchParams') && isIdent(p.value, 'searchParams'),
    );
    if (!sp || props.length !== 1) return skip('unsupported-handler', 'reads the request URL beyond its search params');
    walk(fn.body, (p) => {
      if (isIdent(p.node, 'searchParams') && p.key === 'object') gets.push(p);
    });
    const declarator = holder;
    plan.edits.push((e) => e.removeDeclarator(declarator.node, declarator.parent!.node));
  } else if (
    prop === 'url' &&
    holder.node.type === 'VariableDeclarator' &&
    base.key === 'init' &&
    holder.node.id.type === 'Identifier'
  ) {
    // `const url = new URL(req.url)` read only as `url.searchParams.get('q')`: a query read too.
    const urlName = holder.node.id.name;
    const declaratorId = holder.node.id;
    let beyond = false;
    walk(fn.body, (p) => {
      const parent = p.parent?.node;
      const asKey =
        p.key === 'key' && (parent?.type === 'ObjectProperty' || parent?.type === 'ObjectMethod') && !parent.computed;
      if (
        !isIdent(p.node, urlName) ||
        p.node === declaratorId ||
        asKey ||
        (p.key === 'property' && memberProp(parent) !== null)
      )
        return;
      if (p.key === 'object' && memberProp(p.parent!.node) === 'searchParams') gets.push(p.parent!);
      else beyond = true;
    });
    if (beyond) return skip('unsupported-handler', 'reads the request URL beyond its search params');
    const declarator = holder;
    plan.edits.push((e) => e.removeDeclarator(declarator.node, declarator.parent!.node));
  } else return skip('unsupported-handler', 'reads the request URL beyond its search params');
  for (const g of gets) {
    const getMember =
      g.key === 'object' && memberProp(g.parent!.node) === 'get'
        ? g.parent!
        : g.node.type === 'MemberExpression' && memberProp(g.parent!.node) === 'get'
          ? g.parent!
          : null;
    const call = getMember?.parent?.node.type === 'CallExpression' ? getMember.parent : null;
    const arg = call && (call.node as { arguments: Node[] }).arguments[0];
    if (!call || arg?.type !== 'StringLiteral')
      return skip('unsupported-handler', "reads search params other than with .get('name')");
    const key = arg.value;
    const existing = plan.inputs.find((i) => i.source.kind === 'query' && i.source.key === key);
    // `const version = searchParams.get('version')`: the variable becomes the parameter.
    const holder = call.parent;
    const declared =
      holder?.node.type === 'VariableDeclarator' && call.key === 'init' && holder.node.id.type === 'Identifier'
        ? holder.node.id.name
        : null;
    const base = key.replace(/[-_]+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\d/, '_$&');
    const name = existing?.name ?? declared ?? freshName(base, taken);
    if (!existing) plan.inputs.push({ name, type: 'string | null', source: { kind: 'query', key } });
    if (declared === name) plan.edits.push((e) => e.removeDeclarator(holder!.node, holder!.parent!.node));
    else plan.edits.push((e) => e.replaceNode(call.node, name));
  }
  vars.add('searchParams');
  return null;
}

/** The second argument: `{ params }`, `context` or `{ params: { id } }`, sync (Next 14) or a Promise (15+). */
function readSegments(
  plan: HandlerPlan,
  fn: HandlerFunction,
  param: Node | null,
  source: string,
  taken: Set<string>,
): HandlerAnalysis | null {
  const dynamic = plan.route.segments.filter((s) => s.kind !== 'static');
  if (!param) return null;
  const segmentType = (name: string) => {
    const seg = dynamic.find((s) => s.name === name);
    return seg?.kind === 'catch-all' ? (seg.optional ? 'string[] | undefined' : 'string[]') : 'string';
  };
  const addSegment = (segment: string, local: string) => {
    if (!dynamic.some((s) => s.name === segment)) return false;
    plan.inputs.push({ name: local, type: segmentType(segment), source: { kind: 'segment', segment } });
    return true;
  };
  // `{ params: { id } }`: the names are bound directly.
  let paramsName: string | null = null;
  let contextName: string | null = null;
  if (param.type === 'ObjectPattern') {
    for (const p of param.properties) {
      if (p.type !== 'ObjectProperty' || !isIdent(p.key, 'params'))
        return skip('unsupported-handler', 'reads its route context beyond `params`');
      if (p.value.type === 'Identifier') paramsName = p.value.name;
      else if (p.value.type === 'ObjectPattern') {
        for (const q of p.value.properties) {
          if (
            q.type !== 'ObjectProperty' ||
            q.key.type !== 'Identifier' ||
            q.value.type !== 'Identifier' ||
            !addSegment(q.key.name, q.value.name)
          )
            return skip('unsupported-handler', 'destructures route params in a way not understood');
        }
      } else return skip('unsupported-handler', 'destructures route params in a way not understood');
    }
  } else if (param.type === 'Identifier') contextName = param.name;
  else return skip('unsupported-handler', 'takes its route context in a form not understood');

  const uses: Path[] = [];
  walk(fn.body, (p) => {
    if (
      (isIdent(p.node, paramsName ?? '\0') || isIdent(p.node, contextName ?? '\0')) &&
      !(p.key === 'property' && memberProp(p.parent?.node) !== null)
    )
      uses.push(p);
  });
  for (const use of uses) {
    // Normalise `context.params` to the params expression.
    let at: Path = use;
    if (contextName && isIdent(use.node, contextName)) {
      if (memberProp(use.parent?.node) !== 'params' || use.key !== 'object')
        return skip('unsupported-handler', `reads ${contextName} beyond params`);
      at = use.parent!;
    }
    let value = at;
    if (value.parent?.node.type === 'AwaitExpression') value = value.parent;
    while (value.parent?.node.type === 'ParenthesizedExpression') value = value.parent;
    const holder = value.parent!;
    const prop = value.key === 'object' ? memberProp(holder.node) : null;
    if (prop) {
      if (!addSegmentOnce(plan, addSegment, prop, prop))
        return skip('unsupported-handler', `reads params.${prop}, which is not a segment of ${plan.route.file}`);
      plan.edits.push((e) => e.replaceNode(holder.node, prop));
      continue;
    }
    if (holder.node.type === 'VariableDeclarator' && holder.node.id.type === 'ObjectPattern') {
      for (const p of holder.node.id.properties) {
        if (
          p.type !== 'ObjectProperty' ||
          p.key.type !== 'Identifier' ||
          p.value.type !== 'Identifier' ||
          !addSegmentOnce(plan, addSegment, p.key.name, p.value.name)
        )
          return skip('unsupported-handler', 'destructures route params in a way not understood');
      }
      const declarator = holder;
      plan.edits.push((e) => e.removeDeclarator(declarator.node, declarator.parent!.node));
      continue;
    }
    return skip(
      'unsupported-handler',
      `uses route params as a whole (${source.slice(holder.node.start!, holder.node.end!).slice(0, 60)})`,
    );
  }
  void taken;
  return null;
}

function addSegmentOnce(
  plan: HandlerPlan,
  add: (segment: string, local: string) => boolean,
  segment: string,
  local: string,
): boolean {
  const existing = plan.inputs.find((i) => i.source.kind === 'segment' && i.source.segment === segment);
  if (existing) return existing.name === local || (local === segment && true);
  return add(segment, local);
}

/** Every `return` of the handler must answer JSON (or an error status with text). */
function readResponses(plan: HandlerPlan, fn: HandlerFunction): HandlerAnalysis | null {
  const returns: Path[] = [];
  if (fn.body.type === 'BlockStatement')
    walkOwnBody(fn, (p) => void (p.node.type === 'ReturnStatement' && returns.push(p)));
  else returns.push({ node: fn.body, parent: null, key: null, index: null });
  if (returns.length === 0) return skip('unsupported-handler', 'never returns a response');
  const responseVars = new Map<string, Path>();
  const stays: Array<{ reason: Reason; message: string }> = [];
  for (const ret of returns) {
    const arg = ret.node.type === 'ReturnStatement' ? ret.node.argument : (ret.node as Expression);
    if (!arg) {
      stays.push({ reason: 'unsupported-handler', message: 'returns without a response' });
      continue;
    }
    const shape = readResponse(unwrap(arg) as Expression, fn, responseVars);
    if (shape.kind !== 'json') stays.push({ reason: shape.reason, message: shape.message });
    else if (stays.length === 0) recordAnswer(plan, ret, shape, plan);
  }
  return stays.length > 0 ? mostTelling(stays) : null;
}

/**
 * Of the answers that keep a route, the one that says most: a stream names what the route is for
 * whatever its error answers are, and a shape not understood says least.
 */
function mostTelling(stays: Array<{ reason: Reason; message: string }>): HandlerAnalysis {
  const pick =
    stays.find((s) => s.reason === 'streaming-response') ??
    stays.find((s) => s.reason !== 'unsupported-handler') ??
    stays[0]!;
  return skip(pick.reason, pick.message);
}

/**
 * One answer read into the plan: its status and dropped headers, and, into `into` (the handler's
 * or its wrapper's), the answer itself and the edits moving its cookie writes onto cookies().
 */
function recordAnswer(
  plan: HandlerPlan,
  ret: Path,
  shape: Extract<ResponseShape, { kind: 'json' }>,
  into: Pick<HandlerPlan, 'responses' | 'edits'>,
): void {
  plan.statuses.push(shape.status);
  into.responses.push({ path: ret, shape });
  plan.droppedHeaders.push(...shape.headers);
  for (const write of shape.cookieWrites) {
    plan.needs.add('cookies');
    into.edits.push(write);
  }
}

export function findExportStatement(ast: File, fn: HandlerFunction): Path | null {
  for (const p of findAll(ast, 'ExportNamedDeclaration')) {
    if (contains(p.node, fn)) return p;
  }
  return null;
}
