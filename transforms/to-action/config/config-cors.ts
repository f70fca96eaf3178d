// CORS headers that next.config serves for a route (`async headers()` returning
// `{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', ... }] }`): such a
// route is called from other origins even when its own code sets no header. The config is code we
// must not run, so only literal entries read off its tree count.
import type { File, Node } from '@babel/types';
import type { ProjectSnapshot, RouteFile } from '../../model/types.js';
import { parseForAnalysis } from '../../ast/parse.js';
import { objectProp, unwrap } from '../../ast/nodes.js';
import { visitNodes } from '../../ast/walk.js';
import { configFileOf } from './next-config.js';

interface CorsEntry {
  source: string;
  pattern: RegExp;
}

/** Per snapshot, per app folder: the config's CORS entries, read once a run. */
const entriesByApp = new WeakMap<ProjectSnapshot, Map<string, CorsEntry[]>>();

/** The next.config `source` whose headers open the route to other origins, or null. */
export function corsSourceFor(snapshot: ProjectSnapshot, route: RouteFile): string | null {
  let byApp = entriesByApp.get(snapshot);
  if (!byApp) entriesByApp.set(snapshot, (byApp = new Map()));
  let entries = byApp.get(route.app.dir);
  if (!entries) byApp.set(route.app.dir, (entries = readEntries(snapshot, route)));
  if (entries.length === 0) return null;
  // A stand-in for each dynamic segment: any one value must match for the route to be served so.
  const path = '/' + route.segments.map((s) => (s.kind === 'static' ? s.value : 'segment')).join('/');
  return entries.find((e) => e.pattern.test(path))?.source ?? null;
}

function readEntries(snapshot: ProjectSnapshot, route: RouteFile): CorsEntry[] {
  const file = configFileOf(snapshot, route.app);
  const text = snapshot.files.get(file);
  if (!text || !/Access-Control-Allow-/i.test(text)) return [];
  let ast: File;
  try {
    ast = parseForAnalysis(file, text);
  } catch {
    return [];
  }
  const values = topLevelValues(ast);
  const resolve = (n: Node): Node => {
    const u = unwrap(n);
    return u.type === 'Identifier' && values.has(u.name) ? unwrap(values.get(u.name)!) : u;
  };
  const out: CorsEntry[] = [];
  visitNodes(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const source = objectProp(node, 'source');
    const headers = objectProp(node, 'headers');
    const s = source ? unwrap(source) : null;
    const list = headers ? resolve(headers) : null;
    if (s?.type !== 'StringLiteral' || list?.type !== 'ArrayExpression') return;
    const opens = list.elements.some((el) => {
      const h = el ? resolve(el) : null;
      const key = h?.type === 'ObjectExpression' ? objectProp(h, 'key') : null;
      const k = key ? unwrap(key) : null;
      return k?.type === 'StringLiteral' && /^access-control-allow-/i.test(k.value);
    });
    const pattern = opens ? sourcePattern(s.value) : null;
    if (pattern) out.push({ source: s.value, pattern });
  });
  return out;
}

function topLevelValues(ast: File): Map<string, Node> {
  const values = new Map<string, Node>();
  for (const stmt of ast.program.body) {
    const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (d?.type === 'VariableDeclaration')
      for (const x of d.declarations) if (x.id.type === 'Identifier' && x.init) values.set(x.id.name, x.init);
  }
  return values;
}

/** A `source` path pattern (`/api/:path*`, `/api/(.*)`, `/api/items/:id`) as a regular expression over a path. */
export function sourcePattern(source: string): RegExp | null {
  if (!source.startsWith('/')) return null;
  let out = '';
  for (const segment of source.slice(1).split('/')) {
    const param = /^:\w+(\([^)]*\))?([*+?])?$/.exec(segment);
    if (param) {
      const modifier = param[2];
      out +=
        modifier === '*'
          ? '(?:/[^/]+)*'
          : modifier === '+'
            ? '(?:/[^/]+)+'
            : modifier === '?'
              ? '(?:/[^/]+)?'
              : '/[^/]+';
    } else if (/[:(]/.test(segment)) out += segment.includes('(') && !segment.includes(':') ? '/.*' : '/[^/]+';
    else out += '/' + segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out || '/'}/?$`);
}
