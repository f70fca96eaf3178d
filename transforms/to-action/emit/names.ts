// Deterministic, readable action names and resource module paths (docs/pipeline.md).
import type { RouteFile } from '../../model/types.js';
import { join } from '../../model/paths.js';

const VERBS = new Set(
  (
    'add create update delete remove send submit toggle login logout signin signout signup register subscribe unsubscribe ' +
    'upload save set reset verify checkout like unlike follow unfollow archive unarchive publish unpublish invite join leave ' +
    'cancel confirm approve reject vote rate generate sync import mark complete report apply book order pay clear move copy ' +
    'share rename upvote downvote favorite start stop run duplicate restore assign enable disable refresh track'
  ).split(' '),
);
const METHOD_VERB: Record<string, string> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
  GET: 'get',
  HEAD: 'get',
};

const words = (s: string): string[] =>
  s
    .split(/[^a-zA-Z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const camel = (ws: string[]): string => ws.map((w, i) => (i === 0 ? w : capital(w))).join('');

export function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && word.length > 2) return word.slice(0, -1);
  return word;
}

/**
 * Static URL segments after `api/`: the resource the route serves. A segment with no letters or
 * digits (`app/api/-/`) names nothing and is left out.
 */
export function resourceSegments(route: RouteFile): string[] {
  const statics = route.segments.flatMap((s) => (s.kind === 'static' ? [s.value] : []));
  const api = statics.indexOf('api');
  return (api >= 0 ? statics.slice(api + 1) : statics).filter((s) => words(s).length > 0);
}

/** `POST /api/add-user` -> addUser, `DELETE /api/posts/[id]` -> deletePost, `GET /api/posts` -> getPosts. */
export function actionName(route: RouteFile, method: string): string {
  const statics = resourceSegments(route);
  const last = statics[statics.length - 1] ?? 'api';
  const lastWords = words(last);
  const previous = statics.length > 1 ? words(statics[statics.length - 2]!) : [];
  if (VERBS.has(lastWords[0]!)) {
    // `/api/notes/[id]/archive` -> archiveNote; `/api/add-user` -> addUser.
    const name =
      lastWords.length === 1 && previous.length > 0
        ? [...lastWords, ...previous.slice(0, -1), singular(previous[previous.length - 1]!)]
        : lastWords;
    return sanitize(camel(name));
  }
  const verb = METHOD_VERB[method] ?? method.toLowerCase();
  const trailingDynamic = route.segments.length > 0 && route.segments[route.segments.length - 1]!.kind !== 'static';
  const plural = method === 'GET' && !trailingDynamic;
  const noun = plural ? lastWords : [...lastWords.slice(0, -1), singular(lastWords[lastWords.length - 1]!)];
  return sanitize(camel([verb, ...noun]));
}

const sanitize = (name: string): string => (/^[a-zA-Z_$]/.test(name) ? name : `_${name}`);

/** `<appDir>/actions/<static segments joined by '-'>.ts` (both `users` and `users/[id]` share one). */
export function actionModulePath(appDir: string, route: RouteFile, extension: 'ts' | 'js'): string {
  const statics = resourceSegments(route);
  const base = statics.length > 0 ? statics.map((s) => words(s).join('-')).join('-') : 'api';
  return join(appDir, 'actions', `${base}.${extension}`);
}

/** The preferred name, then the names to fall back on when it is taken in the module. */
export function actionNames(route: RouteFile, method: string): string[] {
  const base = actionName(route, method);
  const dynamic = route.segments.filter((s) => s.kind !== 'static');
  const last = dynamic[dynamic.length - 1];
  const byName = last ? `${base}By${capital(camel(words(last.name)))}` : null;
  return byName ? [base, byName, `${base}Action`] : [base, `${base}Action`];
}
