// Route matching on apps with many routes, where matchUrl looks routes up by their static
// segments instead of trying each: it must pick what Next.js's precedence picks among all. And
// URLs read as apps build them (query-string, URLSearchParams, local constants), each query value
// written as what the route read.
import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import {
  convertedValue,
  moduleConstants,
  resolveUrl,
  type UrlPart,
  type UrlResolution,
  type UrlTemplate,
} from '../transforms/to-action/calls/url.js';
import { matchUrl } from '../transforms/to-action/calls/route-match.js';
import type { RouteFile, Segment } from '../transforms/model/types.js';
import { parseForAnalysis } from '../transforms/ast/parse.js';
import { findAll } from '../transforms/ast/walk.js';
import { isIdent } from '../transforms/ast/nodes.js';
import { random, testApp } from './helpers/model.js';

const app = testApp();
const other = testApp({ dir: 'other' });
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
    for (let i = 0; i < Math.max(x.length, y.length); i++)
      if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
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
        routes.push({
          app: next() < 0.8 ? app : other,
          file: `r${i}`,
          router: next() < 0.7 ? 'app' : 'pages',
          segments,
        });
      }
      for (let u = 0; u < 200; u++) {
        const segments: UrlPart[][] = Array.from({ length: Math.floor(next() * 6) }, () =>
          next() < 0.8 ? [{ text: pick(WORDS) }] : [{ expr: { type: 'Identifier', name: 'id' } as never }],
        );
        const url: UrlTemplate = { segments, query: [] };
        const mine = routes.filter((r) => r.app === app);
        expect(matchUrl(app, routes, url)?.route ?? null, JSON.stringify(segments)).toBe(expected(mine, url));
      }
    }
  });
});

/** The URL of the module's first fetch or axios call, read as the call site reads it. */
function urlOf(code: string, basePath = ''): UrlResolution {
  const ast = parseForAnalysis('app/widget.tsx', code);
  const call = findAll(ast, 'CallExpression').find(
    (p) =>
      isIdent(p.node.callee, 'fetch') ||
      (p.node.callee.type === 'MemberExpression' && isIdent(p.node.callee.object, 'axios')),
  )!;
  return resolveUrl(call.node.arguments[0]!, moduleConstants(ast.program), basePath, call);
}

/** The query as `key=code` strings: a value's code with its conversion, `~` for text parts. */
function queryOf(resolution: UrlResolution): string[] {
  expect(resolution.kind, resolution.text).toBe('path');
  const url = (resolution as { url: UrlTemplate }).url;
  const code = (p: UrlPart): string => {
    if ('text' in p) return `~${p.text}`;
    const written = generate(p.expr);
    const converted = convertedValue(p.convert, p.expr, written);
    return (Array.isArray(converted) ? converted.flat(3) : [converted]).join('');
  };
  return url.query.map((q) => `${q.key}=${q.value.map(code).join('+')}`);
}

/** The source text of a node, as the parser saw it. */
let source = '';
const generate = (node: Node): string => source.slice(node.start!, node.end!);
function read(code: string): UrlResolution {
  source = code;
  return urlOf(code);
}

describe('resolveUrl', () => {
  it('reads qs.stringifyUrl through a local const, query-string dropping missing values', () => {
    const r = read(`
      import qs from 'query-string';
      import { useParams } from 'next/navigation';
      export function Chat({ channelId, topic }: { channelId: string; topic?: string }) {
        const params = useParams();
        async function send(page: number) {
          const url = qs.stringifyUrl({ url: '/api/messages?sort=asc&page=1', query: { serverId: params?.serverId, channelId, topic, page, gone: undefined, empty: null } });
          await axios.post(url, {});
        }
      }`);
    expect(r.kind === 'path' && r.url.segments.map((s) => s.map((p) => ('text' in p ? p.text : '?')))).toEqual([
      ['api'],
      ['messages'],
    ]);
    expect(queryOf(r)).toEqual([
      'sort=~asc',
      'serverId=params?.serverId?.toString() ?? null',
      'channelId=channelId',
      'topic=topic ?? null',
      'page=String(page)',
      'empty=',
    ]);
    expect(r.kind === 'path' && r.url.consumed?.length).toBe(1);
  });

  it('follows skipNull and skipEmptyString, named and namespace imports', () => {
    expect(
      queryOf(
        read(
          `import { stringifyUrl } from 'query-string'; const url = stringifyUrl({ url: '/api/x', query: { a: null, b: 'x' } }, { skipNull: true, skipEmptyString: true }); fetch(url);`,
        ),
      ),
    ).toEqual(["b='x' || null"]);
    expect(
      queryOf(
        read(`import * as qs from 'query-string'; function f(q: string) { fetch('/api/x?' + qs.stringify({ q })); }`),
      ),
    ).toEqual(['q=q']);
    // Options that change what the route reads are not modelled.
    expect(
      read(
        `import qs from 'query-string'; fetch(qs.stringifyUrl({ url: '/api/x', query: { a: 'b' } }, { arrayFormat: 'comma' }));`,
      ).kind,
    ).toBe('dynamic');
    // A query object built elsewhere holds keys the code does not show; the report names the path.
    expect(
      read(
        `import qs from 'query-string'; function f(query: Record<string, string>) { fetch(qs.stringifyUrl({ url: '/api/x', query })); }`,
      ),
    ).toEqual({ kind: 'dynamic', text: '/api/x?${…}' });
  });

  it('reads URLSearchParams in a template, after +, and held in a const nothing changes', () => {
    expect(queryOf(read('function f(id: string) { fetch(`/api/items?${new URLSearchParams({ id })}`); }'))).toEqual([
      'id=id',
    ]);
    expect(
      queryOf(
        read("function f(p: number) { fetch('/api/items?' + new URLSearchParams({ page: String(p) }).toString()); }"),
      ),
    ).toEqual(['page=String(p)']);
    const held = read(
      'function f(id: string) { const params = new URLSearchParams({ id, kind: "a" }); fetch(`/api/items?${params}&x=1`); }',
    );
    expect(queryOf(held)).toEqual(['id=id', 'kind="a"', 'x=~1']);
    expect(held.kind === 'path' && held.url.consumed?.length).toBe(1);
    expect(
      read(
        'function f(id: string) { const params = new URLSearchParams({ id }); params.set("x", "1"); fetch(`/api/items?${params}`); }',
      ).kind,
    ).toBe('dynamic');
  });

  it('writes values a template turned into text as strings', () => {
    expect(
      queryOf(
        read(
          'function f(id: string, page: number, tag?: string) { fetch(`/api/document?id=${id}&page=${page + 1}&tag=${tag}&range=${id}-${page}&flag`); }',
        ),
      ),
    ).toEqual(['id=id', 'page=String(page + 1)', 'tag=String(tag)', 'range=id+~-+page', 'flag=']);
    const [state] = queryOf(
      read("import { useState } from 'react'; function F() { const [q] = useState(''); fetch(`/api/x?q=${q}`); }"),
    );
    expect(state).toBe('q=q');
  });

  it('writes useParams values for a segment as String(...) unless typed', () => {
    const segments = (r: UrlResolution) =>
      r.kind === 'path'
        ? r.url.segments.map((s) =>
            s.map((p) => ('text' in p ? p.text : `${generate(p.expr)}:${p.convert ?? ''}`)).join(''),
          )
        : r.kind;
    expect(
      segments(
        read(
          "import { useParams } from 'next/navigation'; function F() { const params = useParams(); fetch(`/api/${params.storeId}/billboards/${params.billboardId}`); }",
        ),
      ),
    ).toEqual(['api', 'params.storeId:string', 'billboards', 'params.billboardId:string']);
    expect(
      segments(
        read(
          "import { useParams } from 'next/navigation'; function F() { const { storeId } = useParams<{ storeId: string }>(); fetch(`/api/${storeId}`); }",
        ),
      ),
    ).toEqual(['api', 'storeId:']);
    // A name the code does not type stays as written: an id, nearly always a string.
    expect(segments(read('function F({ post }) { fetch(`/api/posts/${post.id}`); }'))).toEqual([
      'api',
      'posts',
      'post.id:',
    ]);
  });

  it('keeps a local const that other code reads, and does not take a let or a parameter for a constant', () => {
    const kept = read('function f(id: string) { const url = `/api/items/${id}`; console.log(url); fetch(url); }');
    expect(kept.kind === 'path' && kept.url.consumed).toBeUndefined();
    const shorthand = read('function f(id: string) { const url = `/api/items/${id}`; track({ url }); fetch(url); }');
    expect(shorthand.kind === 'path' && shorthand.url.consumed).toBeUndefined();
    expect(read('function f(id: string) { let url = `/api/items/${id}`; fetch(url); }').kind).toBe('dynamic');
    expect(read("const url = '/api/items'; function f(url: string) { fetch(url); }").kind).toBe('dynamic');
  });
});
