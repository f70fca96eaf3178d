// The one generator of App Router handlers that call an action (SPEC 3): the delegate route
// of `to-action --route delegate` and, later, the routes `to-route` writes.
import type { CodeStyle } from '../ast/nodes.js';
import { quoted } from '../ast/nodes.js';
import type { ActionInput } from '../to-action/handler.js';

export interface RouteHandlerSpec {
  method: string;
  actionName: string;
  inputs: ActionInput[];
  /** `envelope`: the action returns `{ ok, status, data }`; `plain`: the body itself. */
  result: 'plain' | 'envelope';
  /** For plain results: the status every response had. */
  plainStatus: number;
  /** Whether a result may carry no body (204), which a JSON response cannot. */
  mayBeEmpty: boolean;
  /** Next.js 15+ passes `params` as a Promise. */
  paramsPromise: boolean;
  typescript: boolean;
  style: CodeStyle;
}

const segmentType = (i: ActionInput) => i.type.replace(/ \| undefined$/, '');

/** Renders `export async function METHOD(request, context) { ... }` as text. */
export function renderRouteHandler(spec: RouteHandlerSpec): string {
  const { style, typescript: ts } = spec;
  const s = style.semi ? ';' : '';
  const i1 = style.indent;
  const i2 = i1 + i1;
  const q = (v: string) => quoted(v, style);
  const segments = spec.inputs.filter((i) => i.source.kind === 'segment');
  const body = spec.inputs.find((i) => i.source.kind === 'json' || i.source.kind === 'form');
  const query = spec.inputs.filter((i) => i.source.kind === 'query');
  const lines: string[] = [];

  // An unread request is still the first parameter; the underscore says it is unread on purpose.
  const readsRequest = query.length > 0 || body !== undefined;
  const params: string[] = [`${readsRequest ? 'request' : '_request'}${ts ? ': Request' : ''}`];
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
    for (const qi of query) lines.push(`${i1}const ${qi.name} = searchParams.get(${q((qi.source as { key: string }).key)})${s}`);
  }
  if (body) {
    const isForm = body.source.kind === 'form';
    lines.push(`${i1}let ${body.name}${ts && isForm ? ': FormData' : ''}${s}`);
    lines.push(`${i1}try {`);
    lines.push(`${i2}${body.name} = await request.${isForm ? 'formData' : 'json'}()${s}`);
    lines.push(`${i1}} catch {`);
    lines.push(`${i2}return NextResponse.json({ error: ${q(isForm ? 'Expected form data' : 'Malformed JSON body')} }, { status: 400 })${s}`);
    lines.push(`${i1}}`);
  }
  const call = `await ${spec.actionName}(${spec.inputs.map((i) => i.name).join(', ')})`;
  const resultUnused = spec.result === 'plain' && spec.mayBeEmpty;
  lines.push(`${i1}${resultUnused ? '' : 'const result = '}${call}${s}`);
  if (spec.result === 'envelope') {
    if (spec.mayBeEmpty) lines.push(`${i1}if (result.status === 204) return new Response(null, { status: 204 })${s}`);
    lines.push(`${i1}return NextResponse.json(result.data, { status: result.status })${s}`);
  } else if (spec.mayBeEmpty) {
    lines.push(`${i1}return new Response(null, { status: ${spec.plainStatus} })${s}`);
  } else {
    lines.push(`${i1}return NextResponse.json(result${spec.plainStatus === 200 ? '' : `, { status: ${spec.plainStatus} }`})${s}`);
  }
  return [`export async function ${spec.method}(${params.join(', ')}) {`, ...lines, '}'].join(style.eol);
}
