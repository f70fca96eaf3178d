// Pages Router API handlers (`pages/api/**`, docs/pipeline.md): the branch of `handler(req, res)` that
// serves one method becomes the action's body; `req.body`, `req.query`, `req.headers`,
// `req.cookies` and `res.status(n).json(v)` map onto the action's inputs and return values.
import type { BlockStatement, Expression, File, Node, Statement } from '@babel/types';
import { HTTP_METHODS, type Reason, type RouteFile } from '../../model/types.js';
import { walk, type Path } from '../../ast/walk.js';
import {
  boundNames,
  detectStyle,
  freshName,
  isIdent,
  memberProp,
  quoted,
  unwrap,
  type CodeStyle,
} from '../../ast/nodes.js';
import type { Migration } from '../migration.js';
import {
  emptyPlan,
  type HandlerAnalysis,
  type HandlerFunction,
  type HandlerPlan,
  type ResponseHeader,
} from './plan.js';
import { destructuredBodyType, signatureCheck } from './handler.js';
import { corsSourceFor } from '../config/config-cors.js';
import type { ProjectModel } from '../../model/model.js';
import { indentAt } from '../../ast/text-edits.js';
import { droppableHeader, sideEffectFree } from './responses.js';

type Fn = Node & { params: Node[]; body: Node };

/** The default-exported handler function, or why it cannot be read. */
function defaultHandler(ast: File): Fn | { reason: 'unsupported-handler'; message: string } | null {
  const locals = new Map<string, Node>();
  for (const stmt of ast.program.body) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id) locals.set(stmt.id.name, stmt);
    if (stmt.type === 'VariableDeclaration')
      for (const d of stmt.declarations) if (d.id.type === 'Identifier' && d.init) locals.set(d.id.name, d.init);
  }
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ExportDefaultDeclaration') continue;
    let d: Node = stmt.declaration;
    if (d.type === 'Identifier' && locals.has(d.name)) d = locals.get(d.name)!;
    d = unwrap(d);
    if (d.type === 'FunctionDeclaration' || d.type === 'FunctionExpression' || d.type === 'ArrowFunctionExpression')
      return d as Fn;
    if (d.type === 'CallExpression') {
      const name = d.callee.type === 'Identifier' ? d.callee.name : 'a wrapper';
      return {
        reason: 'unsupported-handler',
        message: `the handler is wrapped by \`${name}\`, whose behaviour is not known`,
      };
    }
    return { reason: 'unsupported-handler', message: 'the default export is not a function' };
  }
  return null;
}

const isMethodRead = (n: Node, req: string) =>
  memberProp(n) === 'method' && isIdent((n as { object: Node }).object, req);

/** `'POST'`, `HttpMethod.POST`, `Method.Post`: the method a comparison or a `case` names, as the callers' methods are read. */
function methodName(node: Node | null | undefined): string | null {
  const n = node ? unwrap(node) : null;
  if (n?.type === 'StringLiteral') return n.value.toUpperCase();
  if (n?.type === 'TemplateLiteral' && n.expressions.length === 0)
    return n.quasis[0]!.value.cooked?.toUpperCase() ?? null;
  if (n?.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') {
    const name = n.property.name.toUpperCase();
    return (HTTP_METHODS as readonly string[]).includes(name) ? name : null;
  }
  return null;
}

/** `req.method === 'POST'` (either side, or `HttpMethod.POST`) -> 'POST'; `!==` reported as negated. */
function methodTest(test: Node, req: string): { method: string; negated: boolean } | null {
  const t = unwrap(test);
  if (t.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(t.operator)) return null;
  const [a, b] = [unwrap(t.left), unwrap(t.right)];
  const method = isMethodRead(a, req) ? methodName(b) : isMethodRead(b, req) ? methodName(a) : null;
  if (!method) return null;
  return { method, negated: t.operator.startsWith('!') };
}

export interface PagesBranch {
  /** The statements of the branch, and the array they live in. */
  holder: Statement[];
  from: number;
  to: number;
  /** Statements before the method dispatch (`const { id } = req.query`, an auth check): they run for every method. */
  prelude: Statement[];
}

/** Where the handler serves `method`: an if/else-if branch, a switch case, after a guard, or the whole body. */
export function findBranch(fn: Fn, req: string, method: string): PagesBranch | null {
  const body = fn.body.type === 'BlockStatement' ? (fn.body as BlockStatement).body : null;
  if (!body) return null;
  let checksMethod = false;
  for (let i = 0; i < body.length; i++) {
    const stmt = body[i]!;
    if (stmt.type === 'IfStatement') {
      for (let s: Node | null | undefined = stmt; s?.type === 'IfStatement'; s = s.alternate) {
        const m = methodTest(s.test, req);
        if (!m) break;
        checksMethod = true;
        if (m.negated && m.method === method)
          return { holder: body, from: i + 1, to: body.length, prelude: body.slice(0, i) };
        if (!m.negated && m.method === method) {
          const c = s.consequent;
          return c.type === 'BlockStatement'
            ? { holder: c.body, from: 0, to: c.body.length, prelude: body.slice(0, i) }
            : null;
        }
      }
    }
    if (stmt.type === 'SwitchStatement' && isMethodRead(unwrap(stmt.discriminant), req)) {
      checksMethod = true;
      for (const c of stmt.cases) {
        if (methodName(c.test) === method) {
          const stmts =
            c.consequent.length === 1 && c.consequent[0]!.type === 'BlockStatement'
              ? c.consequent[0].body
              : c.consequent;
          const end =
            stmts.length > 0 && stmts[stmts.length - 1]!.type === 'BreakStatement' ? stmts.length - 1 : stmts.length;
          return { holder: stmts, from: 0, to: end, prelude: body.slice(0, i) };
        }
      }
    }
  }
  return checksMethod ? null : { holder: body, from: 0, to: body.length, prelude: [] };
}

/** `res.status(201).json(v)`, `res.json(v)`, `res.status(204).end()` -> status and body. */
function readResponseCall(
  n: Node,
  res: string,
): { status: number | null; statusExpr: Expression | null; body: Expression | null } | string | null {
  if (n.type !== 'CallExpression') return null;
  const final = memberProp(n.callee);
  if (!final || n.callee.type !== 'MemberExpression') return null;
  let object = unwrap(n.callee.object);
  let status: number | null = 200;
  let statusExpr: Expression | null = null;
  if (
    object.type === 'CallExpression' &&
    memberProp(object.callee) === 'status' &&
    object.callee.type === 'MemberExpression'
  ) {
    const arg = object.arguments[0] ? unwrap(object.arguments[0]) : null;
    if (arg?.type === 'NumericLiteral') status = arg.value;
    else {
      status = null;
      statusExpr = object.arguments[0] as Expression;
    }
    object = unwrap(object.callee.object);
  }
  if (!isIdent(object, res)) return null;
  if (final === 'json') return { status, statusExpr, body: (n.arguments[0] as Expression | undefined) ?? null };
  if (final === 'end' && n.arguments.length === 0) return { status, statusExpr, body: null };
  if (
    final === 'send' &&
    n.arguments[0] &&
    ['ObjectExpression', 'ArrayExpression'].includes(unwrap(n.arguments[0]).type)
  )
    return { status, statusExpr, body: n.arguments[0] as Expression };
  if (final === 'redirect') return 'answers with res.redirect()';
  return `answers with res.${final}()`;
}

/** A Socket.IO server kept on the Node server behind the response (`res.socket.server.io`, `res?.socket?.server?.io`, `res.socket!.server.io`). */
const SOCKET_SERVER =
  /\.socket[?!]?\.server[?!]?\.io\b|\bfrom\s*['"]socket\.io['"]|require\(\s*['"]socket\.io['"]\s*\)/;
/** Multipart parsers that read the request stream themselves. */
const MULTIPART_PARSER = /\b(formidable|IncomingForm|multer|busboy|Busboy|multiparty)\b/;

/** `model`: the run's project model, to read the app's next.config. */
export function analyzePagesHandler(
  route: RouteFile,
  ast: File,
  source: string,
  method: string,
  model?: ProjectModel,
): HandlerAnalysis {
  if (SOCKET_SERVER.test(source))
    return {
      reason: 'socket-server',
      message: "runs a Socket.IO server on the response's Node server, which an action cannot reach",
    };
  const corsSource = model ? corsSourceFor(model.snapshot, route) : null;
  if (corsSource)
    return {
      reason: 'external-callers',
      message: `next.config sends CORS headers for \`${corsSource}\`, so other origins call it`,
    };
  if (/bodyParser\s*:\s*false/.test(source)) {
    const signed = signatureCheck(ast.program, source);
    if (signed)
      return { reason: 'webhook', message: `turns off the body parser to read the raw body, and verifies ${signed}` };
    if (MULTIPART_PARSER.test(source))
      return { reason: 'file-upload', message: 'turns off the body parser to read an upload with a multipart parser' };
    return { reason: 'webhook', message: 'turns off the body parser to read the raw body' };
  }
  const found = defaultHandler(ast);
  if (!found) return { reason: 'unsupported-handler', message: `${route.file} has no default-exported handler` };
  if ('reason' in found) return lookThrough(route, ast, source, method, found);
  return analyzePagesFunction(route, ast, source, method, found);
}

/** A wrapped handler stays for what the handler inside is, when that says more than the wrapper's name. */
function lookThrough(
  route: RouteFile,
  ast: File,
  source: string,
  method: string,
  failure: { reason: Reason; message: string },
): HandlerAnalysis {
  const inner = innerHandler(ast);
  if (!inner) return failure;
  const analysis = analyzePagesFunction(route, ast, source, method, inner);
  if (!('reason' in analysis) || analysis.reason === 'unsupported-handler' || analysis.reason === 'unresolved-route')
    return failure;
  return {
    reason: analysis.reason,
    message: `${analysis.message} (inside ${failure.message.match(/`[^`]+`/)?.[0] ?? 'its wrapper'})`,
  };
}

/** The function a wrapped default export holds: `export default withAuth(handler)`, `withA(withB(async (req, res) => ...))`. */
function innerHandler(ast: File): Fn | null {
  const locals = new Map<string, Node>();
  for (const stmt of ast.program.body) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id) locals.set(stmt.id.name, stmt);
    if (stmt.type === 'VariableDeclaration')
      for (const d of stmt.declarations) if (d.id.type === 'Identifier' && d.init) locals.set(d.id.name, d.init);
  }
  const exported = ast.program.body.find((s) => s.type === 'ExportDefaultDeclaration');
  const peel = (node: Node, depth: number): Fn | null => {
    const n = unwrap(node);
    if (depth > 5) return null;
    if (n.type === 'Identifier' && locals.has(n.name)) return peel(locals.get(n.name)!, depth + 1);
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression')
      return depth > 1 ? (n as Fn) : null;
    if (n.type !== 'CallExpression') return null;
    for (const arg of n.arguments) {
      const found = arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder' ? null : peel(arg, depth + 2);
      if (found) return found;
    }
    return null;
  };
  return exported?.type === 'ExportDefaultDeclaration' ? peel(exported.declaration, 0) : null;
}

/** `res` handed to an AI SDK helper that pipes a stream into it, or an answer sent as Server-Sent Events. */
function streamsTo(root: Node, res: string): string | null {
  let found: string | null = null;
  walk(root, (p) => {
    if (found) return false;
    const n = p.node;
    if (n.type !== 'CallExpression') return;
    const name = memberProp(n.callee) ?? (n.callee.type === 'Identifier' ? n.callee.name : null);
    if (name && /^pipe\w*StreamToResponse$/.test(name) && n.arguments.some((a) => isIdent(a, res)))
      found = `${name}(${res})`;
    const owner = n.callee.type === 'MemberExpression' ? unwrap(n.callee.object) : null;
    if (
      isIdent(owner, res) &&
      (name === 'setHeader' || name === 'writeHead') &&
      n.arguments.some((a) => containsEventStream(a))
    )
      found = 'Server-Sent Events (text/event-stream)';
  });
  return found;
}

function containsEventStream(node: Node): boolean {
  let hit = false;
  walk(node, (p) => void (p.node.type === 'StringLiteral' && /event-stream/i.test(p.node.value) && (hit = true)));
  return hit;
}

function analyzePagesFunction(route: RouteFile, ast: File, source: string, method: string, found: Fn): HandlerAnalysis {
  const [reqParam, resParam] = found.params;
  if (reqParam?.type !== 'Identifier' || resParam?.type !== 'Identifier')
    return { reason: 'unsupported-handler', message: 'the handler does not take (req, res)' };
  const req = reqParam.name;
  const res = resParam.name;
  const branch = findBranch(found, req, method);
  if (!branch) return { reason: 'unresolved-route', message: `${route.file} does not handle ${method}` };
  const stmts = [...branch.prelude, ...branch.holder.slice(branch.from, branch.to)];
  const block = { type: 'BlockStatement', body: stmts, directives: [] } as Node as BlockStatement;
  // What the handler reads decides before what it answers: a signed sender is a webhook.
  const signed = signatureCheck(block, source);
  if (signed) return { reason: 'webhook', message: `verifies ${signed}` };
  const streamed = streamsTo(block, res);
  if (streamed) return { reason: 'streaming-response', message: `answers with a stream (${streamed})` };
  const fn = {
    type: 'FunctionExpression',
    params: [],
    body: block,
    async: true,
    start: found.start,
    end: found.end,
    loc: found.loc,
  } as unknown as HandlerFunction;
  const plan: HandlerPlan = { ...emptyPlan(route, method, ast, fn), statements: stmts };
  const taken = boundNames(block);
  const segments = new Set(route.segments.flatMap((s) => (s.kind === 'static' ? [] : [s.name])));
  const addInput = (input: HandlerPlan['inputs'][number]) => {
    if (!plan.inputs.some((i) => i.name === input.name)) plan.inputs.push(input);
  };

  const failure = readBranch(plan, block, req, res, segments, taken, addInput, source);
  if (failure) return failure;
  const rank = (i: HandlerPlan['inputs'][number]) =>
    i.source.kind === 'segment' ? 0 : i.source.kind === 'query' ? 2 : 1;
  plan.inputs.sort((a, b) => rank(a) - rank(b));
  return plan;
}

function readBranch(
  plan: HandlerPlan,
  block: BlockStatement,
  req: string,
  res: string,
  segments: Set<string>,
  taken: Set<string>,
  addInput: (i: HandlerPlan['inputs'][number]) => void,
  source: string,
): HandlerAnalysis | null {
  const refs: Path[] = [];
  walk(block, (p) => {
    if (
      (isIdent(p.node, req) || isIdent(p.node, res)) &&
      !(p.key === 'property' && memberProp(p.parent?.node) !== null)
    )
      refs.push(p);
  });
  const handledCalls = new Set<Node>();
  for (const ref of refs) {
    const name = (ref.node as { name: string }).name;
    const member = ref.parent!;
    const prop = ref.key === 'object' ? memberProp(member.node) : null;
    if (name === res) {
      let call: Path | null = member.parent?.node.type === 'CallExpression' ? member.parent : null;
      if (call && memberProp(call.parent?.node) && call.parent?.parent?.node.type === 'CallExpression')
        call = call.parent.parent;
      if (!call || handledCalls.has(call.node)) continue;
      handledCalls.add(call.node);
      if (prop === 'setHeader') {
        const header = readSetHeader(call);
        if ('reason' in header) return header;
        plan.droppedHeaders.push(header);
        plan.edits.push((e) => e.removeStatement(call!.parent!.node));
        continue;
      }
      const shape = readResponseCall(call.node, res);
      if (typeof shape === 'string')
        return {
          reason: /redirect|send|write|end/.test(shape) ? 'non-json-response' : 'unsupported-handler',
          message: shape,
        };
      if (!shape) return { reason: 'unsupported-handler', message: `uses \`${res}\` in a way not understood` };
      const r = recordResponse(plan, call, shape);
      if (r) return r;
      continue;
    }
    if (prop === 'body') {
      const holder = member.parent!;
      if (holder.node.type === 'VariableDeclarator' && member.key === 'init' && holder.node.id.type === 'Identifier') {
        addInput({ name: holder.node.id.name, type: 'any', source: { kind: 'json' } });
        const decl = holder;
        plan.edits.push((e) => e.removeDeclarator(decl.node, decl.parent!.node));
      } else {
        const id = holder.node.type === 'VariableDeclarator' && member.key === 'init' ? holder.node.id : null;
        const keys =
          id?.type === 'ObjectPattern'
            ? id.properties.flatMap((p) =>
                p.type === 'ObjectProperty' && p.key.type === 'Identifier' ? [p.key.name] : [],
              )
            : [];
        const inputName = freshName('input', taken);
        addInput({
          name: inputName,
          type: keys.length > 0 ? destructuredBodyType(keys) : 'any',
          source: { kind: 'json' },
        });
        plan.edits.push((e) => e.replaceNode(member.node, inputName));
      }
      continue;
    }
    if (prop === 'query') {
      const holder = member.parent!;
      const key = holder.key === 'object' || holder.node.type === 'MemberExpression' ? memberProp(holder.node) : null;
      if (key && member.key === 'object') {
        const input = queryInput(key, segments);
        addInput(input);
        plan.edits.push((e) => e.replaceNode(holder.node, input.name));
        continue;
      }
      if (holder.node.type === 'VariableDeclarator' && holder.node.id.type === 'ObjectPattern') {
        for (const p of holder.node.id.properties) {
          if (
            p.type !== 'ObjectProperty' ||
            p.key.type !== 'Identifier' ||
            p.value.type !== 'Identifier' ||
            p.value.name !== p.key.name
          )
            return { reason: 'unsupported-handler', message: 'destructures req.query in a way not understood' };
          addInput(queryInput(p.key.name, segments));
        }
        const decl = holder;
        plan.edits.push((e) => e.removeDeclarator(decl.node, decl.parent!.node));
        continue;
      }
      return { reason: 'unsupported-handler', message: 'uses req.query as a whole' };
    }
    if (prop === 'headers' || prop === 'cookies') {
      const holder = member.parent!;
      const key = member.key === 'object' ? memberProp(holder.node) : null;
      if (!key) return { reason: 'unsupported-handler', message: `uses req.${prop} as a whole` };
      if (prop === 'headers' && /signature|svix-|x-hub-/i.test(key))
        return { reason: 'webhook', message: `verifies the \`${key}\` signature header` };
      plan.needs.add(prop);
      const style = detectStyle(source);
      plan.edits.push((e) =>
        e.replaceNode(
          holder.node,
          prop === 'headers'
            ? `(await headers()).get(${quoted(key.toLowerCase(), style)})`
            : `(await cookies()).get(${quoted(key, style)})?.value`,
        ),
      );
      continue;
    }
    return {
      reason: 'unsupported-handler',
      message: `reads ${name}${prop ? `.${prop}` : ''} (${source.slice(member.node.start!, member.node.end!).slice(0, 50)})`,
    };
  }
  if (plan.responses.length === 0) return { reason: 'unsupported-handler', message: 'never answers with res.json()' };
  return null;
}

function queryInput(key: string, segments: Set<string>): HandlerPlan['inputs'][number] {
  return segments.has(key)
    ? { name: key, type: 'string', source: { kind: 'segment', segment: key } }
    : { name: key, type: 'string | null', source: { kind: 'query', key } };
}

/** Every answer becomes a `return`: `res.status(400).json(e); return;` folds into one statement. */
function recordResponse(
  plan: HandlerPlan,
  call: Path,
  shape: { status: number | null; statusExpr: Expression | null; body: Expression | null },
): HandlerAnalysis | null {
  const parent = call.parent!;
  let ret: Path;
  let folds: Statement[] | undefined;
  if (parent.node.type === 'ReturnStatement') ret = parent;
  else if (parent.node.type === 'ExpressionStatement' && parent.index !== null) {
    const list = (parent.parent!.node as unknown as Record<string, Statement[]>)[parent.key!]!;
    const original = parent.node as Statement;
    const next = list[list.indexOf(original) + 1];
    folds = next?.type === 'ReturnStatement' && !next.argument ? [original, next] : [original];
    ret = parent;
  } else return { reason: 'unsupported-handler', message: 'uses a response call inside an expression' };
  plan.statuses.push(shape.status);
  plan.responses.push({
    path: ret,
    shape: {
      kind: 'json',
      body: shape.body,
      status: shape.status,
      statusExpr: shape.statusExpr,
      cookieWrites: [],
      cleanup: [],
      headers: [],
    },
    ...(folds ? { folds } : {}),
  });
  return null;
}

/** The methods a Pages handler serves; `*` when it does not look at req.method. */
export function handledMethods(ast: File): string[] {
  const fn = defaultHandler(ast);
  if (!fn || 'reason' in fn || fn.params[0]?.type !== 'Identifier') return ['*'];
  const req = fn.params[0].name;
  const methods = new Set<string>();
  walk(fn.body, (p) => {
    const m = p.node.type === 'BinaryExpression' ? methodTest(p.node, req) : null;
    if (m) methods.add(m.method);
    if (p.node.type === 'SwitchStatement' && isMethodRead(unwrap(p.node.discriminant), req))
      for (const c of p.node.cases) {
        const m = methodName(c.test);
        if (m) methods.add(m);
      }
  });
  return methods.size > 0 ? [...methods] : ['*'];
}

/**
 * Replaces the method's branch with a thin call of the action (`--route delegate` for Pages):
 * returns the text and the range of statements it replaces (the tree gets `placeholder` there),
 * or null when not found.
 */
/** `asyncAt`: where `async ` goes when the handler was not, since the branch now awaits the action. */
export function delegatePagesBranch(
  ast: File,
  source: string,
  m: Migration,
  local: string,
  placeholder: Statement,
  style: CodeStyle,
  typescript: boolean,
): { text: string; start: number; end: number; asyncAt: number | null } | null {
  const fn = defaultHandler(ast);
  if (!fn || 'reason' in fn || fn.params[0]?.type !== 'Identifier' || fn.params[1]?.type !== 'Identifier') return null;
  const req = fn.params[0].name;
  const res = fn.params[1].name;
  const branch = findBranch(fn, req, m.method);
  const first = branch?.holder[branch.from];
  if (!branch || !first) return null;
  const indent = indentAt(source, first.start!);
  const s = style.semi ? ';' : '';
  const args = m.plan.inputs.map((i) => {
    if (i.source.kind === 'segment')
      return typescript ? `${req}.query.${i.source.segment} as string` : `${req}.query.${i.source.segment}`;
    if (i.source.kind === 'query')
      return typescript
        ? `(${req}.query.${i.source.key} as string | undefined) ?? null`
        : `${req}.query.${i.source.key} ?? null`;
    return `${req}.body`;
  });
  const call = `await ${local}(${args.join(', ')})`;
  const empty = m.plan.mayBeEmpty;
  const lines: string[] = [];
  if (m.envelope) {
    lines.push(`const result = ${call}${s}`);
    if (empty) lines.push(`if (result.status === 204) return ${res}.status(204).end()${s}`);
    lines.push(`return ${res}.status(result.status).json(result.data)${s}`);
  } else if (empty) {
    lines.push(`${call}${s}`, `return ${res}.status(${m.plan.statuses[0] ?? 204}).end()${s}`);
  } else lines.push(`return ${res}.status(${m.plan.statuses[0] ?? 200}).json(${call})${s}`);
  const last = branch.holder[branch.to - 1]!;
  branch.holder.splice(branch.from, branch.to - branch.from, placeholder);
  return {
    text: lines.join(style.eol + indent),
    start: first.start!,
    end: last.end!,
    asyncAt: (fn as { async?: boolean }).async ? null : fn.start!,
  };
}

/** `res.setHeader('Cache-Control', 'no-store');` as a statement of its own, which the action leaves out (see droppableHeader). */
function readSetHeader(call: Path): ResponseHeader | { reason: Reason; message: string } {
  const args = call.node.type === 'CallExpression' ? call.node.arguments : [];
  const name = args[0]?.type === 'StringLiteral' ? args[0].value : null;
  if (call.parent?.node.type !== 'ExpressionStatement' || args.length !== 2 || name === null)
    return {
      reason: 'custom-response-headers',
      message: 'sets response headers with res.setHeader() in a way not understood',
    };
  const value = unwrap(args[1]!);
  const stays = droppableHeader(name, value);
  if (stays?.kind === 'skip') return { reason: stays.reason, message: stays.message };
  if (!sideEffectFree(value))
    return { reason: 'custom-response-headers', message: `computes the \`${name}\` header with code that may do more` };
  return { name, value: value.type === 'StringLiteral' ? value.value : null };
}
