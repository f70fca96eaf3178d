// Route matching (SPEC 4.2) on apps with many routes, where matchUrl looks routes up by their
// static segments instead of trying each: it must pick what Next.js's precedence picks among all.
import { describe, expect, it } from 'vitest';
import { matchUrl, type UrlPart, type UrlTemplate } from '../transforms/to-action/url.js';
import type { App, RouteFile, Segment } from '../transforms/model/types.js';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const app = { dir: '.', router: 'both', next: '15.0.0', react: '19.0.0', appDir: 'app', pagesDir: 'pages', basePath: '', aliases: [] } as App;
const other = { ...app, dir: 'other' } as App;
const WORDS = ['api', 'posts', 'users', 'new', 'edit'];

/** Next.js precedence, written out: static before dynamic before catch-all before optional catch-all, app before pages. */
function rank(route: RouteFile): number[] {
  return route.segments.map((s) => (s.kind === 'static' ? 0 : s.kind === 'dynamic' ? 1 : s.optional ? 3 : 2));
}
function expected(routes: RouteFile[], url: UrlTemplate): RouteFile | null {
  const hits = routes.filter((r) => matchUrl(app, [r], url) !== null);
  const cmp = (a: RouteFile, b: RouteFile) => {
    const x = rank(a);
    const y = rank(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return a.router === b.router ? 0 : a.router === 'app' ? -1 : 1;
  };
  return [...hits].sort(cmp)[0] ?? null;
}

describe('matchUrl', () => {
  it('picks the route Next.js would among hundreds, static, dynamic and catch-all, in two apps', () => {
    const next = random(3);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let round = 0; round < 20; round++) {
      const routes: RouteFile[] = [];
      for (let i = 0; i < 40 + Math.floor(next() * 200); i++) {
        const segments: Segment[] = [];
        const length = Math.floor(next() * 5);
        for (let j = 0; j < length; j++) {
          const roll = next();
          if (roll < 0.6) segments.push({ kind: 'static', value: pick(WORDS) });
          else if (roll < 0.85 || j < length - 1) segments.push({ kind: 'dynamic', name: `p${j}` });
          else segments.push({ kind: 'catch-all', name: 'rest', optional: next() < 0.5 });
        }
        routes.push({ app: next() < 0.8 ? app : other, file: `r${i}`, router: next() < 0.7 ? 'app' : 'pages', segments });
      }
      for (let u = 0; u < 200; u++) {
        const segments: UrlPart[][] = Array.from({ length: Math.floor(next() * 6) }, () => (next() < 0.8 ? [{ text: pick(WORDS) }] : [{ expr: { type: 'Identifier', name: 'id' } as never }]));
        const url: UrlTemplate = { segments, query: [] };
        const mine = routes.filter((r) => r.app === app);
        expect(matchUrl(app, routes, url)?.route ?? null, JSON.stringify(segments)).toBe(expected(mine, url));
      }
    }
  });
});
