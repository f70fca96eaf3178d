// What a route handler answers, read from one `return`: a JSON body and status (which an
// action can return), or a reason it must stay a route (docs/reasons.md).
import type { Expression, Node, ObjectExpression } from '@babel/types';
import type { Reason } from '../../model/types.js';
import { walk, type Path } from '../../ast/walk.js';
import { isIdent, memberProp, objectProp, staticKey, unwrap } from '../../ast/nodes.js';
import type { TextEdits } from '../../ast/text-edits.js';
import type { DelegateAnswer } from '../../shared/route-handler.js';
import { answerContextOf, readAppAnswer, type AnswerContext } from './app-answers.js';
import type { ResponseHeader, ResponseShape } from './plan.js';

type Json = Extract<ResponseShape, { kind: 'json' }>;

const RESPONSE_CLASSES = new Set(['Response', 'NextResponse']);
const STREAM_METHODS = /^to(DataStream|TextStream|UIMessageStream)Response$|StreamResponse$/;
/** A stream helper called by name: the AI SDK's `createTextStreamResponse(...)`, `createDataStreamResponse(...)`. */
const STREAM_FUNCTIONS = /^create\w*StreamResponse$/;
/** A body that is a stream: `stream.toReadableStream()`, `result.textStream`, `readable`, `stream.pipeThrough(...)`. */
const STREAM_BODY = /stream|readable|pipeThrough/i;
const skip = (reason: Reason, message: string): ResponseShape => ({ kind: 'skip', reason, message });

function isJsonStringify(n: Node): n is Expression & { arguments: Expression[] } {
  return (
    n.type === 'CallExpression' &&
    isIdent((n.callee as { object?: Node }).object, 'JSON') &&
    memberProp(n.callee) === 'stringify'
  );
}

/**
 * Whether a response header can be left out of what an action returns: the migrated callers do
 * not read headers (a caller that does stays), so rate-limit, caching and tracing headers only
 * warn. CORS means other origins call the route; a cookie or a non-JSON type changes what the
 * answer is.
 */
export function droppableHeader(name: string, value: Node | null): ResponseShape | null {
  if (/^access-control-/i.test(name)) return skip('external-callers', `sends the CORS header ${name}`);
  if (/^set-cookie$/i.test(name)) return skip('custom-response-headers', 'sets a cookie through the Set-Cookie header');
  if (/^content-type$/i.test(name))
    return value?.type === 'StringLiteral' && /json/.test(value.value)
      ? null
      : skip('non-json-response', 'answers with a Content-Type other than JSON');
  return null;
}

function readInit(
  init: Node | undefined,
): { status: number | null; statusExpr: Expression | null; headers: ResponseHeader[] } | ResponseShape {
  if (!init) return { status: 200, statusExpr: null, headers: [] };
  const obj = unwrap(init);
  if (obj.type !== 'ObjectExpression') return skip('unsupported-handler', 'builds its response options at run time');
  const headers = objectProp(obj, 'headers');
  const dropped: ResponseHeader[] = [];
  if (headers) {
    const h = unwrap(headers);
    if (h.type !== 'ObjectExpression')
      return skip('custom-response-headers', 'sets response headers built at run time');
    for (const p of (h as ObjectExpression).properties) {
      const key = staticKey(p);
      if (key === null || p.type !== 'ObjectProperty')
        return skip('custom-response-headers', 'sets response headers named at run time');
      const value = unwrap(p.value);
      const stays = droppableHeader(key, value);
      if (stays) return stays;
      if (!/^content-type$/i.test(key))
        dropped.push({ name: key, value: value.type === 'StringLiteral' ? value.value : null });
    }
  }
  for (const p of obj.properties) {
    if (p.type !== 'ObjectProperty' || p.computed)
      return skip('unsupported-handler', 'builds its response options at run time');
    const key = staticKey(p) ?? '';
    if (!['status', 'headers', 'statusText'].includes(key))
      return skip('unsupported-handler', `passes \`${key}\` in its response options`);
  }
  const status = objectProp(obj, 'status');
  if (!status) return { status: 200, statusExpr: null, headers: dropped };
  const s = unwrap(status);
  if (s.type === 'NumericLiteral') return { status: s.value, statusExpr: null, headers: dropped };
  return { status: null, statusExpr: status, headers: dropped };
}

function json(body: Expression | null, init: Node | undefined): ResponseShape {
  const read = readInit(init);
  if ('kind' in read) return read;
  return { kind: 'json', body, ...read, cookieWrites: [], cleanup: [] };
}

/**
 * Classifies the value of a `return` in a route handler. `context`: where an answer the app's own
 * code builds is read (its modules); without one, such an answer stays `unsupported-handler`.
 */
export function readResponse(
  value: Expression,
  fn: Node,
  responseVars: Map<string, Path>,
  context: AnswerContext | null = answerContextOf(fn),
): ResponseShape {
  const n = unwrap(value) as Expression;
  if (n.type === 'CallExpression') {
    const prop = memberProp(n.callee);
    const owner = n.callee.type === 'MemberExpression' ? unwrap(n.callee.object) : null;
    if (owner?.type === 'Identifier' && RESPONSE_CLASSES.has(owner.name)) {
      if (prop === 'json') return json((n.arguments[0] as Expression | undefined) ?? null, n.arguments[1]);
      // A network error, which Next.js answers as a 500: the failed result callers read through `res.ok`.
      if (prop === 'error' && n.arguments.length === 0)
        return { kind: 'json', body: null, status: 500, statusExpr: null, cookieWrites: [], cleanup: [], headers: [] };
      if (prop === 'redirect' || prop === 'rewrite')
        return skip('non-json-response', `answers with NextResponse.${prop}()`);
      return skip('unsupported-handler', `answers with ${owner.name}.${prop}()`);
    }
    if (prop && STREAM_METHODS.test(prop)) return skip('streaming-response', `answers with a stream (${prop}())`);
    if (n.callee.type === 'Identifier' && STREAM_FUNCTIONS.test(n.callee.name))
      return skip('streaming-response', `answers with a stream (${n.callee.name}())`);
    const app = context ? readAppAnswer(n, context, (v, inner) => readResponse(v, inner, new Map(), null)) : null;
    if (app && 'failure' in app) return skip(app.reason ?? 'unsupported-handler', app.failure);
    if (app)
      return {
        kind: 'json',
        body: n,
        status: app.status,
        statusExpr: null,
        cookieWrites: [],
        cleanup: [],
        headers: [],
        appResponse: true,
      };
    const callee =
      n.callee.type === 'Identifier'
        ? n.callee.name
        : owner?.type === 'Identifier' && prop
          ? `${owner.name}.${prop}`
          : (prop ?? 'a function');
    return skip('unsupported-handler', `answers with the result of \`${callee}()\``);
  }
  if (n.type === 'NewExpression' && n.callee.type === 'Identifier') {
    const cls = n.callee.name;
    if (/Stream/.test(cls)) return skip('streaming-response', `answers with a ${cls}`);
    if (!RESPONSE_CLASSES.has(cls)) return skip('unsupported-handler', `answers with a ${cls}`);
    const [bodyArg, init] = n.arguments;
    const b = bodyArg ? unwrap(bodyArg) : null;
    if (!b || b.type === 'NullLiteral' || isIdent(b, 'undefined')) return json(null, init);
    if (isJsonStringify(b)) return json(b.arguments[0] ?? null, init);
    if (b.type === 'Identifier' && isStreamVariable(fn, b.name))
      return skip('streaming-response', `answers with the stream \`${b.name}\``);
    if (b.type === 'Identifier' && /stream/i.test(b.name))
      return skip('streaming-response', `answers with the stream \`${b.name}\``);
    const streamed = streamBodyName(b);
    if (streamed) return skip('streaming-response', `answers with a stream (${streamed})`);
    if (eventStream(init)) return skip('streaming-response', 'answers with Server-Sent Events (text/event-stream)');
    // Plain text (`new Response('OK')`, `new Response(error.message, { status: 400 })`): the
    // action returns the string, callers read it as axios's `data` or through res.ok/res.status.
    const text = textBody(b as Expression, fn);
    if (text === 'binary') return skip('non-json-response', 'answers with a body that is not JSON');
    const shape = json(b as Expression, init);
    if (shape.kind !== 'json') return shape;
    const failure = shape.status !== null && shape.status >= 400;
    if (text === 'string' || failure) return { ...shape, text: true };
    return skip('non-json-response', 'answers with a body that may not be text');
  }
  if (n.type === 'Identifier') return readResponseVariable(n.name, fn, responseVars);
  return skip('unsupported-handler', 'answers with a value that is not a Response');
}

/** `stream.toReadableStream()`, `result.textStream`, `stream.pipeThrough(encoder)`: the member that makes the body a stream. */
function streamBodyName(body: Node): string | null {
  const b = unwrap(body);
  const name =
    b.type === 'CallExpression' ? memberProp(b.callee) : b.type === 'MemberExpression' ? memberProp(b) : null;
  if (!name || !STREAM_BODY.test(name)) return null;
  return b.type === 'CallExpression' ? `${name}()` : name;
}

/** Response options whose Content-Type is `text/event-stream`. */
function eventStream(init: Node | undefined): boolean {
  const obj = init ? unwrap(init) : null;
  const headers = obj?.type === 'ObjectExpression' ? objectProp(obj, 'headers') : null;
  const h = headers ? unwrap(headers) : null;
  if (h?.type !== 'ObjectExpression') return false;
  return h.properties.some(
    (p) =>
      p.type === 'ObjectProperty' &&
      /^content-type$/i.test(staticKey(p) ?? '') &&
      p.value.type === 'StringLiteral' &&
      /event-stream/i.test(p.value.value),
  );
}

/** Names and sources of bodies that are files or bytes, not text. */
const BINARY = /buffer|blob|bytes|file|image|pdf|zip|csv|audio|video|stream|arrayBuffer|readFile|Uint8Array|\.body\b/i;

/**
 * Whether a Response body is text: `string` when the code shows it (a literal, a template,
 * `String(x)`, `.toString()`, a value taken from the JSON the handler read), `binary` when it
 * looks like a file or bytes, else `unknown`.
 */
function textBody(body: Expression, fn: Node, depth = 0): 'string' | 'binary' | 'unknown' {
  const b = unwrap(body);
  if (b.type === 'StringLiteral' || b.type === 'TemplateLiteral') return 'string';
  if (b.type === 'CallExpression' && (isIdent(b.callee, 'String') || memberProp(b.callee) === 'toString'))
    return 'string';
  if (b.type === 'MemberExpression') return BINARY.test(memberProp(b) ?? '') ? 'binary' : 'unknown';
  if (b.type !== 'Identifier') return 'unknown';
  if (BINARY.test(b.name)) return 'binary';
  let verdict: 'string' | 'binary' | 'unknown' = 'unknown';
  walk(fn, (p) => {
    const d = p.node;
    if (
      d.type !== 'VariableDeclarator' ||
      !d.init ||
      !(
        isIdent(d.id, b.name) ||
        (d.id.type === 'ObjectPattern' &&
          d.id.properties.some((x) => x.type === 'ObjectProperty' && isIdent(x.value, b.name)))
      )
    )
      return;
    let init = unwrap(d.init);
    if (init.type === 'AwaitExpression') init = unwrap(init.argument);
    const source = init.type === 'CallExpression' ? init : null;
    const called = source ? memberProp(source.callee) : null;
    if (BINARY.test(called ?? '') || (init.type === 'NewExpression' && isIdent(init.callee, 'Blob')))
      verdict = 'binary';
    // `const { id } = Schema.parse(body)`, `const { id } = await req.json()`: JSON holds no bytes.
    else if (d.id.type === 'ObjectPattern' && (called === 'parse' || called === 'json')) verdict = 'string';
    else if (depth < 3 && init.type !== 'CallExpression') verdict = textBody(init as Expression, fn, depth + 1);
  });
  return verdict;
}

/**
 * Whether the variable holds a stream: made by a stream class or helper (`new ReadableStream(...)`,
 * `OpenAIStream(res)`, `stream.pipeThrough(...)`), or taken from one (`const { readable } = new TransformStream()`).
 */
function isStreamVariable(fn: Node, name: string): boolean {
  let stream = false;
  walk(fn, (p) => {
    const d = p.node;
    if (d.type !== 'VariableDeclarator' || !d.init) return;
    const binds =
      isIdent(d.id, name) ||
      (d.id.type === 'ObjectPattern' &&
        d.id.properties.some((x) => x.type === 'ObjectProperty' && isIdent(x.value, name)));
    if (!binds) return;
    let init = unwrap(d.init);
    if (init.type === 'AwaitExpression') init = unwrap(init.argument);
    const callee = init.type === 'NewExpression' || init.type === 'CallExpression' ? init.callee : null;
    const text = callee?.type === 'Identifier' ? callee.name : (memberProp(callee ?? init) ?? '');
    if (/Stream|readable|pipeThrough|stream/i.test(text)) stream = true;
  });
  return stream;
}

/** `const res = NextResponse.json(x); res.cookies.set(...); return res;` */
function readResponseVariable(name: string, fn: Node, responseVars: Map<string, Path>): ResponseShape {
  let declarator: Path | null = null;
  const uses: Path[] = [];
  walk(fn, (p) => {
    if (p.node.type === 'VariableDeclarator' && isIdent(p.node.id, name)) declarator = p;
    else if (isIdent(p.node, name) && p.key !== 'id' && !(p.key === 'property' && memberProp(p.parent?.node) !== null))
      uses.push(p);
  });
  const decl = declarator as Path | null;
  const init = decl?.node.type === 'VariableDeclarator' ? decl.node.init : null;
  if (!decl || !init) return skip('unsupported-handler', `answers with \`${name}\`, built elsewhere`);
  const shape = readResponse(init as Expression, fn, responseVars);
  if (shape.kind !== 'json') return shape;
  const writes: Array<(edits: TextEdits) => void> = [];
  const headerSets: Array<(edits: TextEdits) => void> = [];
  for (const use of uses) {
    if (use.parent?.node.type === 'ReturnStatement') continue;
    const member = use.parent!;
    const prop = use.key === 'object' ? memberProp(member.node) : null;
    if (prop === 'headers') {
      const set = readHeaderSet(member, name);
      if ('kind' in set) return set;
      shape.headers.push(set.header);
      headerSets.push((e) => e.removeStatement(set.statement));
      continue;
    }
    if (prop !== 'cookies') return skip('unsupported-handler', `uses the response \`${name}\` beyond its cookies`);
    writes.push((e) => e.replaceNode(member.node, '(await cookies())'));
  }
  if (!responseVars.has(name)) {
    responseVars.set(name, decl);
    shape.cleanup.push((e) => e.removeDeclarator(decl.node, decl.parent!.node), ...headerSets);
    shape.cookieWrites.push(...writes);
  }
  return shape;
}

/**
 * `res.headers.set('X-RateLimit-Remaining', String(remaining));` as a statement of its own: the
 * header, and the statement that goes with it. Its value must be one whose dropping cannot drop a
 * side effect.
 */
function readHeaderSet(headers: Path, name: string): { header: ResponseHeader; statement: Node } | ResponseShape {
  const method = headers.key === 'object' ? headers.parent : null;
  const call = method && method.key === 'callee' ? method.parent : null;
  const statement = call?.parent;
  const args = call?.node.type === 'CallExpression' ? call.node.arguments : [];
  const verb = method ? memberProp(method.node) : null;
  if (
    !call ||
    statement?.node.type !== 'ExpressionStatement' ||
    (verb !== 'set' && verb !== 'append') ||
    args.length !== 2 ||
    args[0]!.type !== 'StringLiteral'
  )
    return skip('custom-response-headers', `sets headers on \`${name}\` in a way not understood`);
  const key = args[0].value;
  const value = unwrap(args[1]!);
  const stays = droppableHeader(key, value);
  if (stays) return stays;
  if (!sideEffectFree(value))
    return skip('custom-response-headers', `computes the \`${key}\` header with code that may do more`);
  return {
    header: { name: key, value: value.type === 'StringLiteral' ? value.value : null },
    statement: statement.node,
  };
}

/** Literals, names, member reads, templates of them, `String(x)`, `x.toString()`. */
export function sideEffectFree(node: Node): boolean {
  const n = unwrap(node);
  switch (n.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'Identifier':
      return true;
    case 'MemberExpression':
      return !n.computed && sideEffectFree(n.object);
    case 'TemplateLiteral':
      return n.expressions.every((e) => sideEffectFree(e));
    case 'BinaryExpression':
      return n.left.type !== 'PrivateName' && sideEffectFree(n.left) && sideEffectFree(n.right);
    case 'CallExpression':
      if (isIdent(n.callee, 'String') && n.arguments.length === 1) return sideEffectFree(n.arguments[0]!);
      return (
        memberProp(n.callee) === 'toString' &&
        n.arguments.length === 0 &&
        n.callee.type === 'MemberExpression' &&
        sideEffectFree(n.callee.object)
      );
    default:
      return false;
  }
}

/**
 * What each answer of a handler sent, for its delegate route to send the same: an empty body,
 * text, or JSON (noting a JSON body that may be a string, which only its status tells from text).
 */
export function answerKinds(responses: Array<{ shape: Json }>): DelegateAnswer[] {
  return responses.map(({ shape }) => {
    if (shape.body === null) return { kind: 'empty', status: shape.status };
    if (shape.text) return { kind: 'text', status: shape.status };
    return {
      kind: 'json',
      status: shape.status,
      mayBeString: ['StringLiteral', 'TemplateLiteral', 'Identifier'].includes(shape.body.type),
    };
  });
}
