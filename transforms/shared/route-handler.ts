// The one generator of App Router handlers that call an action (docs/README.md): the delegate route
// of `to-action --route delegate` (renderRouteHandler) and the routes `to-route` writes
// (renderExposedHandler) share how they read the request and answer bad input.
import type { CodeStyle } from '../ast/nodes.js';
import { quoted } from '../ast/nodes.js';

/** Where an action's argument comes from in the request, for the action and the route that calls it. */
export type InputSource =
  { kind: 'segment'; segment: string } | { kind: 'json' } | { kind: 'form' } | { kind: 'query'; key: string };

export interface ActionInput {
  name: string;
  type: string;
  source: InputSource;
}

/** One runtime test of a result: `key` truthy (or equal to `equals`) means it answers `status`. */
export interface FailureCheck {
  key: string;
  equals?: string | boolean;
  status: number;
}

/** What an action's results mean over HTTP, read by to-route/results.ts (docs/to-route.md). */
export interface ResultPlan {
  /** Every return is `{ ok, status, data }`: the route answers `status` with `data`. */
  envelope: boolean;
  /** Tried in order; a result no check matches answers 200. */
  failures: FailureCheck[];
  /** Messages of errors the action throws as auth guards, with their status. */
  authThrows: Array<{ message: string; status: 401 | 403 }>;
  /** Top-level result keys that are never sent. */
  secrets: string[];
}

/** One answer of the handler a delegate replaces: what its body was, at which status (null: computed at run time). */
export interface DelegateAnswer {
  kind: 'json' | 'text' | 'empty';
  status: number | null;
  /** A JSON body that may itself be a string, which `typeof` cannot tell from a text answer. */
  mayBeString?: boolean;
}

export interface RouteHandlerSpec {
  method: string;
  actionName: string;
  inputs: ActionInput[];
  /** `envelope`: the action returns `{ ok, status, data }`; `plain`: the body itself. */
  result: 'plain' | 'envelope';
  /** For plain results: the status every response had. */
  plainStatus: number;
  /**
   * Every answer the handler gave: the delegate sends each as it was, JSON as JSON, text
   * (`new Response('OK')`) as text, an empty body empty. None given: all JSON.
   */
  answers?: DelegateAnswer[];
  /** Next.js 15+ passes `params` as a Promise. */
  paramsPromise: boolean;
  typescript: boolean;
  style: CodeStyle;
  /** Headers every answer of the handler sent, which the action cannot: the delegate sends them. */
  headers?: Array<[string, string]>;
  /** The handler's checks that ran before it read the body, as lines of code: they run first again. */
  guard?: string[];
}

const segmentType = (i: ActionInput) => i.type.replace(/ \| undefined$/, '');

/** Reading the request body, answering 400 when it is not what the action takes: both kinds of route share it. */
function readBodyLines(
  kind: 'json' | 'form',
  name: string,
  type: string | null,
  failure: string,
  style: CodeStyle,
  headers = '',
): string[] {
  const s = style.semi ? ';' : '';
  const [i1, i2] = [style.indent, style.indent.repeat(2)];
  return [
    `${i1}let ${name}${type ? `: ${type}` : ''}${s}`,
    `${i1}try {`,
    `${i2}${name} = await request.${kind === 'form' ? 'formData' : 'json'}()${s}`,
    `${i1}} catch {`,
    `${i2}return NextResponse.json({ error: ${quoted(failure, style)} }, { status: 400${headers} })${s}`,
    `${i1}}`,
  ];
}

/** Renders `export async function METHOD(request, context) { ... }` as text. */
export function renderRouteHandler(spec: RouteHandlerSpec): string {
  const { style, typescript: ts } = spec;
  const s = style.semi ? ';' : '';
  const i1 = style.indent;
  const q = (v: string) => quoted(v, style);
  const segments = spec.inputs.filter((i) => i.source.kind === 'segment');
  const body = spec.inputs.find((i) => i.source.kind === 'json' || i.source.kind === 'form');
  const query = spec.inputs.filter((i) => i.source.kind === 'query');
  const lines: string[] = [...(spec.guard ?? [])];

  // An unread request is the first parameter only when the route context comes after it; the
  // underscore says it is unread on purpose.
  const readsRequest = query.length > 0 || body !== undefined;
  const params: string[] =
    readsRequest || segments.length > 0 ? [`${readsRequest ? 'request' : '_request'}${ts ? ': Request' : ''}`] : [];
  if (segments.length > 0) {
    const shape = `{ ${segments.map((i) => `${(i.source as { segment: string }).segment}${i.type.endsWith('undefined') ? '?' : ''}: ${segmentType(i)}`).join('; ')} }`;
    params.push(`{ params }${ts ? `: { params: ${spec.paramsPromise ? `Promise<${shape}>` : shape} }` : ''}`);
    const names = segments.map((i) => {
      const seg = (i.source as { segment: string }).segment;
      return seg === i.name ? seg : `${seg}: ${i.name}`;
    });
    lines.push(`${i1}const { ${names.join(', ')} } = ${spec.paramsPromise ? 'await params' : 'params'}${s}`);
  }
  if (query.length > 0) {
    lines.push(`${i1}const { searchParams } = new URL(request.url)${s}`);
    for (const qi of query)
      lines.push(`${i1}const ${qi.name} = searchParams.get(${q((qi.source as { key: string }).key)})${s}`);
  }
  if (body) {
    const isForm = body.source.kind === 'form';
    lines.push(
      ...readBodyLines(
        isForm ? 'form' : 'json',
        body.name,
        ts && isForm ? 'FormData' : null,
        isForm ? 'Expected form data' : 'Malformed JSON body',
        style,
      ),
    );
  }
  const call = `await ${spec.actionName}(${spec.inputs.map((i) => i.name).join(', ')})`;
  const headers = spec.headers?.length
    ? `, headers: { ${spec.headers.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : q(k)}: ${q(v)}`).join(', ')} }`
    : '';
  const answers = spec.answers?.length ? spec.answers : [{ kind: 'json' as const, status: spec.plainStatus }];
  const kinds = new Set(answers.map((a) => a.kind));
  // What the action's result falls through to: JSON when the handler answered any.
  const fallback = kinds.has('json') ? 'json' : kinds.has('text') ? 'text' : 'empty';
  if (spec.result === 'plain' && fallback === 'empty') {
    lines.push(`${i1}${call}${s}`, `${i1}return new Response(null, { status: ${spec.plainStatus}${headers} })${s}`);
  } else {
    lines.push(`${i1}const result = ${call}${s}`);
    const branch = spec.result === 'envelope' ? envelopeAnswer : plainAnswer;
    for (const kind of ['empty', 'text'] as const)
      if (kind !== fallback && kinds.has(kind))
        lines.push(...branch(kind, answers, spec, headers).map((l) => `${i1}${l}${s}`));
    lines.push(`${i1}return ${respond(fallback, spec, headers, null)}${s}`);
  }
  return [`export async function ${spec.method}(${params.join(', ')}) {`, ...lines, '}'].join(style.eol);
}

/** The delegate's answer of one kind: the action's envelope carries the status, a plain result has the handler's one. */
function respond(kind: DelegateAnswer['kind'], spec: RouteHandlerSpec, headers: string, status: number | null): string {
  const envelope = spec.result === 'envelope';
  const data = envelope ? 'result.data' : 'result';
  const code = envelope ? (status ?? 'result.status') : spec.plainStatus;
  if (kind === 'empty') return `new Response(null, { status: ${code}${headers} })`;
  const init = code === 200 && !envelope ? (headers ? `{ ${headers.slice(2)} }` : '') : `{ status: ${code}${headers} }`;
  const args = `${data}${init ? `, ${init}` : ''}`;
  return kind === 'text' ? `new Response(${args})` : `NextResponse.json(${args})`;
}

/**
 * `if (...) return <answer>` for the envelope's answers of one kind. A status only that kind
 * answered with tells them apart; the rest are told by their data (`null` for no body, a string
 * for text), when no JSON answer could look the same.
 */
function envelopeAnswer(
  kind: 'empty' | 'text',
  answers: DelegateAnswer[],
  spec: RouteHandlerSpec,
  headers: string,
): string[] {
  const own = answers.filter((a) => a.kind === kind);
  const others = answers.filter((a) => a.kind !== kind);
  const taken = new Set(others.map((a) => a.status));
  const exact = [...new Set(own.map((a) => a.status))]
    .filter((st): st is number => st !== null && !taken.has(st) && !taken.has(null))
    .sort((a, b) => a - b);
  const rest = own.filter((a) => a.status === null || !exact.includes(a.status));
  const test = (statuses: number[]) => statuses.map((st) => `result.status === ${st}`).join(' || ');
  const lines: string[] = [];
  if (exact.length > 0)
    lines.push(
      `if (${test(exact)}) return ${respond(kind, spec, headers, exact.length === 1 && kind === 'empty' ? exact[0]! : null)}`,
    );
  if (rest.length === 0) return lines;
  if (kind === 'text' && others.some((a) => a.kind === 'json' && a.mayBeString)) return lines;
  const value = kind === 'empty' ? 'result.data === null' : `typeof result.data === ${quoted('string', spec.style)}`;
  const statuses = rest.every((a) => a.status !== null)
    ? [...new Set(rest.map((a) => a.status!))].sort((a, b) => a - b)
    : [];
  const narrowed =
    statuses.length === 0
      ? value
      : statuses.length === 1
        ? `${test(statuses)} && ${value}`
        : `(${test(statuses)}) && ${value}`;
  lines.push(`if (${narrowed}) return ${respond(kind, spec, headers, null)}`);
  return lines;
}

/** A plain result has one status: no body is `undefined`, text a string. */
function plainAnswer(
  kind: 'empty' | 'text',
  answers: DelegateAnswer[],
  spec: RouteHandlerSpec,
  headers: string,
): string[] {
  if (kind === 'empty') return [`if (result === undefined) return ${respond('empty', spec, headers, null)}`];
  if (answers.some((a) => a.kind === 'json' && a.mayBeString)) return [];
  return [`if (typeof result === ${quoted('string', spec.style)}) return ${respond('text', spec, headers, null)}`];
}

/** How an exposed action takes its input from the request (docs/to-route.md). */
export type ExposedBody =
  /** `state` (here and for `json`): the text of the previous result a next-safe-action stateAction is called with first. */
  | { kind: 'none'; state?: string }
  /** `state`: the text of the value passed as the action's form state (`prevState`). */
  | { kind: 'form'; withState: boolean; state?: string }
  | { kind: 'json'; state?: string }
  | { kind: 'json-keyed'; keys: string[] };

export interface ExposedHandlerSpec {
  actionName: string;
  body: ExposedBody;
  /** Next 15+ has `unstable_rethrow`; older versions are matched on the error's digest. */
  rethrow: 'unstable_rethrow' | 'digest';
  /** With `--cors ORIGIN`: the origin allowed to call the route from a browser. */
  cors: string | null;
  /** What the action's results and throws mean, read from its code; none: every result is 200. */
  results?: ResultPlan;
  typescript: boolean;
  style: CodeStyle;
}

/**
 * Renders the route `to-route` writes (docs/to-route.md): POST refuses a form post from another
 * site (403), reads the body the action expects, answers 400 for a wrong content type or
 * malformed input, the action's own failure shapes with their 4xx, its auth guards' throws with
 * 401/403, any other throw with 500 without internals (letting redirect() and notFound()
 * through), 204 for undefined, and JSON otherwise, without the secrets it echoes.
 */
export function renderExposedHandler(spec: ExposedHandlerSpec): {
  text: string;
  imports: Array<{ source: string; name: string }>;
} {
  const { style, typescript: ts, body } = spec;
  const s = style.semi ? ';' : '';
  const [i1, i2, i3] = [style.indent, style.indent.repeat(2), style.indent.repeat(3)];
  const q = (v: string) => quoted(v, style);
  const headers = spec.cors ? ', headers: CORS_HEADERS' : '';
  const bad = (message: string, indent: string) =>
    `${indent}return NextResponse.json({ error: ${q(message)} }, { status: 400${headers} })${s}`;
  const imports = [{ source: 'next/server', name: 'NextResponse' }];
  const results = spec.results ?? { envelope: false, failures: [], authThrows: [], secrets: [] };
  const lines: string[] = [];
  const helpers: string[][] = [];
  // A route that takes no input still runs on a cross-site form post, which ignores the body it sends.
  const checksOrigin = body.kind === 'form' || body.kind === 'none';
  let args = '';
  if (checksOrigin) {
    lines.push(`${i1}// Server Actions refuse a form post from another site: so does this route.`);
    lines.push(
      `${i1}if (isCrossSiteForm(request)) {`,
      `${i2}return NextResponse.json({ error: ${q('Cross-site form posts are not accepted')} }, { status: 403${headers} })${s}`,
      `${i1}}`,
    );
    helpers.push(crossSiteHelper(spec.cors, ts, style));
  }
  if (body.kind === 'form') {
    lines.push(
      ...readBodyLines(
        'form',
        'formData',
        ts ? 'FormData' : null,
        'Expected multipart/form-data or application/x-www-form-urlencoded',
        style,
        headers,
      ),
    );
    args = body.withState ? `${body.state ?? 'undefined'}, formData` : 'formData';
  } else if (body.kind === 'json' || body.kind === 'json-keyed') {
    lines.push(
      `${i1}if (!request.headers.get(${q('content-type')})?.includes(${q('application/json')})) {`,
      bad('Expected application/json', i2),
      `${i1}}`,
    );
    lines.push(...readBodyLines('json', 'body', ts ? 'unknown' : null, 'Malformed JSON body', style, headers));
    if (body.kind === 'json-keyed') {
      lines.push(
        `${i1}if (typeof body !== ${q('object')} || body === null || Array.isArray(body)) {`,
        bad(`Expected a JSON object with ${body.keys.join(', ')}`, i2),
        `${i1}}`,
      );
      const fields = `{ ${body.keys.join(', ')} }`;
      lines.push(`${i1}const ${fields} = body${ts ? ` as Record<string, any>` : ''}${s}`);
      args = body.keys.join(', ');
    } else args = `${body.state !== undefined ? `${body.state}, ` : ''}${ts ? 'body as any' : 'body'}`;
  } else if (body.state !== undefined) args = body.state;
  lines.push(`${i1}try {`, `${i2}const result = await ${spec.actionName}(${args})${s}`);
  lines.push(`${i2}if (result === undefined) return new Response(null, { status: 204${headers} })${s}`);
  if (results.envelope) {
    lines.push(`${i2}// ${spec.actionName} answers \`{ ok, status, data }\`: its status is the route's.`);
    lines.push(`${i2}if (result.status === 204) return new Response(null, { status: 204${headers} })${s}`);
    lines.push(`${i2}return NextResponse.json(result.data, { status: result.status${headers} })${s}`);
  } else {
    const answer = results.secrets.length > 0 ? 'withoutSecrets(result)' : 'result';
    if (results.secrets.length > 0) helpers.push(secretsHelper(spec.actionName, results.secrets, ts, style));
    if (results.failures.length > 0) helpers.push(failureHelper(spec.actionName, results.failures, ts, style));
    const init =
      results.failures.length > 0
        ? `, { status: failureStatus(result)${headers} }`
        : spec.cors
          ? ', { headers: CORS_HEADERS }'
          : '';
    lines.push(`${i2}return NextResponse.json(${answer}${init})${s}`);
  }
  lines.push(`${i1}} catch (error) {`);
  if (spec.rethrow === 'unstable_rethrow') {
    imports.push({ source: 'next/navigation', name: 'unstable_rethrow' });
    lines.push(
      `${i2}// redirect() and notFound() throw on purpose: let Next.js handle them.`,
      `${i2}unstable_rethrow(error)${s}`,
    );
  } else {
    lines.push(`${i2}// redirect() and notFound() throw on purpose: let Next.js handle them.`);
    const err = ts ? '(error as { digest?: unknown })' : 'error';
    const digest = ts ? '(error as { digest: string })' : 'error';
    lines.push(
      `${i2}if (typeof ${err}?.digest === ${q('string')} && ${digest}.digest.startsWith(${q('NEXT_')})) throw error${s}`,
    );
  }
  if (results.authThrows.length > 0) {
    lines.push(`${i2}// The action's auth guards throw these: they mean 401/403, not a server failure.`);
    for (const t of results.authThrows) {
      lines.push(
        `${i2}if (error instanceof Error && error.message === ${q(t.message)}) {`,
        `${i3}return NextResponse.json({ error: ${q(t.message)} }, { status: ${t.status}${headers} })${s}`,
        `${i2}}`,
      );
    }
  }
  lines.push(
    `${i2}console.error(error)${s}`,
    `${i2}return NextResponse.json({ error: ${q('Internal Server Error')} }, { status: 500${headers} })${s}`,
    `${i1}}`,
  );
  const out: string[] = [];
  if (spec.cors) {
    out.push(
      `const CORS_HEADERS = {`,
      `${i1}${q('Access-Control-Allow-Origin')}: ${q(spec.cors)},`,
      `${i1}${q('Access-Control-Allow-Methods')}: ${q('POST, OPTIONS')},`,
      `${i1}${q('Access-Control-Allow-Headers')}: ${q('Content-Type')},`,
      `}${s}`,
      '',
    );
    out.push(
      `export function OPTIONS() {`,
      `${i1}return new Response(null, { status: 204, headers: CORS_HEADERS })${s}`,
      `}`,
      '',
    );
  }
  out.push(`export async function POST(request${ts ? ': Request' : ''}) {`, ...lines, '}');
  for (const h of helpers) out.push('', ...h);
  return { text: out.join(style.eol), imports };
}

/** The status of a result: the failure shapes the action returns answer 4xx, the rest 200. */
function failureHelper(actionName: string, failures: ResultPlan['failures'], ts: boolean, style: CodeStyle): string[] {
  const s = style.semi ? ';' : '';
  const i1 = style.indent;
  const q = (v: string) => quoted(v, style);
  const keys = [...new Set(failures.map((f) => f.key))];
  const object = `typeof result === ${q('object')} && result !== null ? result : {}`;
  const fields = ts ? `(${object}) as { ${keys.map((k) => `${k}?: unknown`).join('; ')} }` : `${object}`;
  const test = (f: ResultPlan['failures'][number]) =>
    f.equals === undefined
      ? `fields.${f.key}`
      : `fields.${f.key} === ${typeof f.equals === 'string' ? q(f.equals) : String(f.equals)}`;
  return [
    `/** The failures ${actionName} returns rather than throws: they answer 4xx, not 200. */`,
    `function failureStatus(result${ts ? ': unknown' : ''})${ts ? ': number' : ''} {`,
    `${i1}const fields = ${fields}${s}`,
    ...failures.map((f) => `${i1}if (${test(f)}) return ${f.status}${s}`),
    `${i1}return 200${s}`,
    `}`,
  ];
}

/** Form state that copies submitted secrets back: they never leave the server. */
function secretsHelper(actionName: string, secrets: string[], ts: boolean, style: CodeStyle): string[] {
  const s = style.semi ? ';' : '';
  const i1 = style.indent;
  const q = (v: string) => quoted(v, style);
  return [
    `/** ${actionName} copies submitted secrets back into its result: they are not sent. */`,
    `function withoutSecrets(result${ts ? ': unknown' : ''}) {`,
    `${i1}if (typeof result !== ${q('object')} || result === null || Array.isArray(result)) return result${s}`,
    `${i1}const secrets = [${secrets.map(q).join(', ')}]${s}`,
    `${i1}return Object.fromEntries(Object.entries(result).filter(([key]) => !secrets.includes(key)))${s}`,
    `}`,
  ];
}

/** Whether a request carries an Origin naming another host than the one it was sent to (or than `--cors`'s). */
function crossSiteHelper(cors: string | null, ts: boolean, style: CodeStyle): string[] {
  const s = style.semi ? ';' : '';
  const [i1, i2] = [style.indent, style.indent.repeat(2)];
  const q = (v: string) => quoted(v, style);
  return [
    `/** A post a browser sends from another site: its Origin is not this host${cors ? ` nor ${cors}` : ''}. */`,
    `function isCrossSiteForm(request${ts ? ': Request' : ''})${ts ? ': boolean' : ''} {`,
    `${i1}const origin = request.headers.get(${q('origin')})${s}`,
    `${i1}if (!origin${cors ? ` || origin === ${q(cors)}` : ''}) return false${s}`,
    `${i1}const host = request.headers.get(${q('x-forwarded-host')}) ?? request.headers.get(${q('host')})${s}`,
    `${i1}try {`,
    `${i2}return new URL(origin).host !== host${s}`,
    `${i1}} catch {`,
    `${i2}return true${s}`,
    `${i1}}`,
    `}`,
  ];
}
