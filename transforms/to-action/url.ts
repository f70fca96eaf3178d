// Resolves the URL argument of a fetch call to a path template (SPEC 4.1) and matches it
// against the app's route files (SPEC 4.2).
import type { Expression, Node, Program } from '@babel/types';
import type { App, RouteFile, Segment } from '../model/types.js';
import { unwrap } from '../ast/nodes.js';

export type UrlPart = { text: string } | { expr: Expression };

export interface UrlTemplate {
  /** Path segments after the basePath, each a run of text and interpolated expressions. */
  segments: UrlPart[][];
  query: Array<{ key: string; value: UrlPart[] }>;
}

export type UrlResolution =
  | { kind: 'path'; url: UrlTemplate; text: string }
  | { kind: 'external'; text: string }
  | { kind: 'dynamic'; text: string };

/** Module-level `const X = '...'` declarations, so URLs held in constants resolve. */
export function moduleConstants(program: Program): Map<string, Expression> {
  const out = new Map<string, Expression>();
  for (const stmt of program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) out.set(d.id.name, d.init as Expression);
  }
  return out;
}

/** Flattens string literals, templates, `+` and constants into parts; null when not a string shape. */
export function flattenString(expr: Node, consts: Map<string, Expression>, depth = 0): UrlPart[] {
  const node = unwrap(expr);
  if (node.type === 'StringLiteral') return [{ text: node.value }];
  if (node.type === 'TemplateLiteral') {
    const parts: UrlPart[] = [];
    node.quasis.forEach((q, i) => {
      if (q.value.cooked) parts.push({ text: q.value.cooked });
      const e = node.expressions[i];
      if (e) parts.push(...flattenString(e, consts, depth + 1));
    });
    return parts;
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') return [...flattenString(node.left, consts, depth + 1), ...flattenString(node.right, consts, depth + 1)];
  if (node.type === 'Identifier' && consts.has(node.name) && depth < 8) {
    const value = consts.get(node.name)!;
    const inner = unwrap(value);
    if (inner.type === 'StringLiteral' || inner.type === 'TemplateLiteral' || inner.type === 'BinaryExpression' || inner.type === 'Identifier')
      return flattenString(value, consts, depth + 1);
    // `const API = process.env.X`: the value itself tells whether the URL is environment-based.
    return [{ expr: inner as Expression }];
  }
  return [{ expr: node as Expression }];
}

const partText = (parts: UrlPart[]): string => parts.map((p) => ('text' in p ? p.text : '${…}')).join('');

function isEnvRead(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'MemberExpression') {
    const o = unwrap(n.object);
    if (o.type === 'MemberExpression' && o.object.type === 'Identifier' && o.object.name === 'process' && o.property.type === 'Identifier' && o.property.name === 'env') return true;
    return isEnvRead(n.object);
  }
  return n.type === 'MetaProperty';
}

/** Splits parts on a separator character found inside text parts. */
function splitParts(parts: UrlPart[], sep: string): UrlPart[][] {
  const out: UrlPart[][] = [[]];
  for (const p of parts) {
    if (!('text' in p)) {
      out[out.length - 1]!.push(p);
      continue;
    }
    const pieces = p.text.split(sep);
    pieces.forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece) out[out.length - 1]!.push({ text: piece });
    });
  }
  return out;
}

export function resolveUrl(arg: Node, consts: Map<string, Expression>, basePath: string): UrlResolution {
  const parts = flattenString(arg, consts);
  const text = partText(parts);
  const first = parts[0];
  if (!first) return { kind: 'dynamic', text };
  if ('expr' in first) return { kind: isEnvRead(first.expr) || parts.some((p) => 'expr' in p && isEnvRead(p.expr)) ? 'external' : 'dynamic', text };
  if (/^([a-z]+:)?\/\//i.test(first.text)) return { kind: 'external', text };
  if (!first.text.startsWith('/')) return { kind: 'dynamic', text };
  const [pathParts = [], ...queryParts] = splitParts(parts, '?');
  if (queryParts.length > 1) return { kind: 'dynamic', text };
  let segments = splitParts(pathParts, '/').filter((s) => s.length > 0);
  if (basePath) {
    const base = basePath.split('/').filter(Boolean);
    const matches = base.every((b, i) => segments[i]?.length === 1 && 'text' in segments[i]![0]! && (segments[i]![0] as { text: string }).text === b);
    if (matches) segments = segments.slice(base.length);
  }
  const query: UrlTemplate['query'] = [];
  for (const pair of queryParts[0] ? splitParts(queryParts[0], '&') : []) {
    if (pair.length === 0) continue;
    const [keyParts = [], ...valueParts] = splitParts(pair, '=');
    const key = keyParts.length === 1 && 'text' in keyParts[0]! ? keyParts[0].text : null;
    if (!key || valueParts.length !== 1) return { kind: 'dynamic', text };
    query.push({ key, value: valueParts[0]! });
  }
  return { kind: 'path', url: { segments, query }, text };
}

export interface RouteMatch {
  route: RouteFile;
  /** For each dynamic or catch-all segment of the route, the URL parts it captured. */
  captures: Array<{ segment: Segment; parts: UrlPart[][] }>;
}

const isStatic = (parts: UrlPart[]): string | null => (parts.length === 1 && 'text' in parts[0]! ? parts[0].text : null);

function matchRoute(route: RouteFile, segments: UrlPart[][]): RouteMatch | null {
  const captures: RouteMatch['captures'] = [];
  let i = 0;
  for (let r = 0; r < route.segments.length; r++) {
    const seg = route.segments[r]!;
    if (seg.kind === 'static') {
      if (i >= segments.length || isStatic(segments[i]!) !== seg.value) return null;
      i++;
    } else if (seg.kind === 'dynamic') {
      if (i >= segments.length) return null;
      // A dynamic segment takes one whole URL segment: a mix of text and values is not resolvable.
      const parts = segments[i]!;
      if (parts.length !== 1) return null;
      captures.push({ segment: seg, parts: [parts] });
      i++;
    } else {
      const rest = segments.slice(i);
      if (rest.length === 0 && !seg.optional) return null;
      if (rest.some((p) => p.length !== 1)) return null;
      captures.push({ segment: seg, parts: rest });
      i = segments.length;
    }
  }
  return i === segments.length ? { route, captures } : null;
}

/** Next.js precedence: static before dynamic before catch-all before optional catch-all. */
function specificity(route: RouteFile): number[] {
  return route.segments.map((s) => (s.kind === 'static' ? 0 : s.kind === 'dynamic' ? 1 : s.optional ? 3 : 2));
}

function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The routes a URL can match, a superset found without trying every route: a static segment
 * before any catch-all sits at a fixed place, so each route is filed under its last such segment
 * (place and value) and looked up by the URL's static segments. Routes without one are always tried.
 */
class RouteIndex {
  private readonly byProbe = new Map<string, number[]>();
  private readonly always: number[] = [];
  readonly size: number;

  constructor(routes: RouteFile[]) {
    this.size = routes.length;
    routes.forEach((route, i) => {
      let probe: string | null = null;
      for (const [r, seg] of route.segments.entries()) {
        if (seg.kind === 'catch-all') break;
        if (seg.kind === 'static') probe = `${r}\0${seg.value}`;
      }
      if (probe === null) this.always.push(i);
      else {
        const filed = this.byProbe.get(probe);
        if (filed) filed.push(i);
        else this.byProbe.set(probe, [i]);
      }
    });
  }

  /** Positions in the indexed list, in its order. */
  candidates(segments: UrlPart[][]): number[] {
    const out = [...this.always];
    segments.forEach((parts, r) => {
      const text = isStatic(parts);
      if (text !== null) out.push(...(this.byProbe.get(`${r}\0${text}`) ?? []));
    });
    return out.sort((a, b) => a - b);
  }
}

/** Below this many routes a plain scan is as quick as an index. */
const INDEXED_ROUTES = 32;
const indexes = new WeakMap<RouteFile[], RouteIndex>();

export function matchUrl(app: App, routes: RouteFile[], url: UrlTemplate): RouteMatch | null {
  let tried = routes;
  if (routes.length >= INDEXED_ROUTES) {
    let index = indexes.get(routes);
    if (index?.size !== routes.length) indexes.set(routes, (index = new RouteIndex(routes)));
    tried = index.candidates(url.segments).map((i) => routes[i]!);
  }
  const matches = tried
    .filter((r) => r.app === app)
    .map((r) => matchRoute(r, url.segments))
    .filter((m): m is RouteMatch => m !== null);
  // App Router routes win over pages/api on a tie, as Next.js serves the app route; two routes of
  // one router for one URL (a build error in Next.js) keep their order, so the first listed wins.
  matches.sort((a, b) => compareSpecificity(specificity(a.route), specificity(b.route)) || (a.route.router === b.route.router ? 0 : a.route.router === 'app' ? -1 : 1));
  return matches[0] ?? null;
}
