// Whether anything in the app still names a route's URL once the run is done: `--route remove`
// deletes a route only when nothing does (docs/reasons.md). The text is searched, not the call
// sites found, so a `<form action="/api/x">`, a link, a server-side fetch or a file that could not
// be parsed keeps the route as surely as a call site that stayed.
import type { Change, ProjectSnapshot, RouteFile } from '../../model/types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The route's URL as text: its static segments up to the first dynamic one, then (for a dynamic
 * route) anything, else the end of the path. `/api/notes` matches `'/api/notes'` and
 * `'/api/notes?x'`, not `/api/notes-archive`; `/api/notes/[id]` matches `/api/notes/` and more.
 */
export function urlPattern(route: RouteFile, basePath: string): RegExp {
  const statics: string[] = [];
  for (const s of route.segments) {
    if (s.kind !== 'static') break;
    statics.push(s.value);
  }
  const prefix = escape(`${basePath}/${statics.join('/')}`.replace(/^\/\//, '/'));
  const dynamic = statics.length < route.segments.length;
  return new RegExp(dynamic ? `${prefix}/` : `${prefix}(?![\\w-]|/\\w)`);
}

/**
 * The files of the route's app, other than the route itself, that name its URL after this run's
 * changes; `unreadable`: files the run could not read, which might.
 */
export function filesNamingUrl(
  snapshot: ProjectSnapshot,
  route: RouteFile,
  changes: Change[],
  unreadable: string[],
): string[] {
  const pattern = urlPattern(route, route.app.basePath);
  const inApp = (file: string) => route.app.dir === '.' || file.startsWith(`${route.app.dir}/`);
  const after = new Map(changes.map((c) => [c.file, c.after]));
  const naming: string[] = [];
  for (const [file, text] of snapshot.files) {
    if (file === route.file || !inApp(file)) continue;
    const now = after.has(file) ? after.get(file) : text;
    if (now && pattern.test(now)) naming.push(file);
  }
  return [...naming, ...unreadable.filter(inApp)];
}
