// Matches a resolved URL against the app's route files: static segments first, then dynamic and
// catch-all ones, the most specific route winning, as Next.js routes a request.
import type { App, RouteFile, Segment } from '../../model/types.js';
import type { UrlPart, UrlTemplate } from './url.js';

export interface RouteMatch {
  route: RouteFile;
  /** For each dynamic or catch-all segment of the route, the URL parts it captured. */
  captures: Array<{ segment: Segment; parts: UrlPart[][] }>;
}

const isStatic = (parts: UrlPart[]): string | null =>
  parts.length === 1 && 'text' in parts[0]! ? parts[0].text : null;

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
  matches.sort(
    (a, b) =>
      compareSpecificity(specificity(a.route), specificity(b.route)) ||
      (a.route.router === b.route.router ? 0 : a.route.router === 'app' ? -1 : 1),
  );
  return matches[0] ?? null;
}
