// The route after its logic moved (docs/pipeline.md): delegate to the action, remove, or keep.
import type { File } from '@babel/types';
import type { Change, ProjectSnapshot, Site, ToActionOptions } from '../../model/types.js';
import { boundNames, detectStyle, freshName, patternNames, words } from '../../ast/nodes.js';
import { contains, replaceAt, findAll } from '../../ast/walk.js';
import { mayOrphan, PendingImports, removeOrphans, usedNames } from '../../shared/imports.js';
import { indentAt, TextEdits } from '../../ast/text-edits.js';
import { renderRouteHandler, type RouteHandlerSpec } from '../../shared/route-handler.js';
import { exportedMethods, findHandler } from '../handler/handler.js';
import type { HandlerFunction } from '../handler/plan.js';
import { leadingGuards } from '../handler/delegate-guard.js';
import { importSpecifier } from '../../shared/import-path.js';
import { filesNamingUrl } from './url-mentions.js';
import { delegatePagesBranch, handledMethods } from '../handler/pages-api.js';
import type { Migration, ParsedFiles } from '../migration.js';

const PLACEHOLDER = (i: number) => `__actionshift_delegate_${i}__`;
/** The statement standing where the i-th delegate went, for reading what the file still uses. */
const placeholderStatement = (i: number) =>
  ({ type: 'ExpressionStatement', expression: { type: 'Identifier', name: PLACEHOLDER(i) } }) as never;

/** A route file's tree with what was true of it before anything changed. */
export interface RouteTree {
  ast: File;
  /** Module-level names the file used; null when no handler names one, so none can be orphaned. */
  usedBefore: Set<string> | null;
  taken: Set<string>;
  /** Methods it exports (App Router) or handles (Pages API). */
  exported: string[];
}

export function routeTree(ast: File, source: string, router: 'app' | 'pages'): RouteTree {
  return {
    ast,
    usedBefore: handlersMayOrphan(ast, source, router) ? usedNames(ast) : null,
    taken: boundNames(ast),
    exported: router === 'pages' ? handledMethods(ast) : exportedMethods(ast),
  };
}

/**
 * Whether replacing handlers can leave a module-level name unused: only when an exported
 * declaration's text names one (a helper, an import). The walk over the whole file for the names
 * it uses is skipped otherwise. `export { vote as POST }` and Pages API handlers always walk.
 */
function handlersMayOrphan(ast: File, source: string, router: 'app' | 'pages'): boolean {
  if (router === 'pages') return true;
  const body = ast.program.body;
  if (body.some((s) => s.type === 'ExportNamedDeclaration' && !s.declaration)) return true;
  const exported = body.filter((s) => s.type === 'ExportNamedDeclaration');
  return mayOrphan(
    body.filter((s) => s.type !== 'ExportNamedDeclaration'),
    exported.map((s) => source.slice(s.start!, s.end!)).join('\n'),
  );
}

/** The delegate version of a route file, for these migrations; null when no handler could be replaced. */
export interface Delegated {
  migrations: Migration[];
  after: string | null;
  /** Migrations whose handler stays as it was, with why. */
  kept: Map<Migration, string>;
  /** An internal error that left the whole file as it was. */
  error?: string;
}

/**
 * `prepared`: delegate texts built while each route's tree was still at hand (to-action builds
 * them as it goes, so a run neither parses a route twice nor keeps every route's tree).
 */
/** `callerChanges`: this run's rewritten callers, whose new text no longer names the URLs they moved off. */
export function rewriteRoutes(
  snapshot: ProjectSnapshot,
  migrations: Migration[],
  sites: Site[],
  options: ToActionOptions,
  parsed: ParsedFiles,
  prepared: Map<string, Delegated & { exported: string[] }> = new Map(),
  callerChanges: Change[] = [],
): Change[] {
  const byRoute = new Map<string, Migration[]>();
  for (const m of migrations) byRoute.set(m.route.file, [...(byRoute.get(m.route.file) ?? []), m]);
  const changes: Change[] = [];
  for (const [file, all] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
    const text = snapshot.files.get(file)!;
    const mode = options.routeModes?.[file] ?? options.route;
    // Methods that already delegate stay as they are: only their callers moved.
    const list = all.filter((m) => !m.delegates);
    const delegating = all.filter((m) => m.delegates);
    const modules = [...new Set(list.map((m) => m.moduleFile))];
    const alreadyDelegates = (kept = '') =>
      delegating.forEach((m) =>
        Object.assign(m.routeSite, {
          status: 'skipped',
          reason: 'route-exists',
          message: `the route already delegates to \`${m.name}\` (${m.moduleFile}); its callers now call that action${kept}`,
        }),
      );
    if (mode === 'keep') {
      list.forEach((m) => (m.routeSite.message = 'route kept unchanged (--route keep): its logic now lives twice'));
      alreadyDelegates();
      continue;
    }
    if (list.length === 0 && mode !== 'remove') {
      alreadyDelegates();
      continue;
    }
    const ready = prepared.get(file);
    const usable =
      ready && ready.migrations.length === list.length && list.every((m) => ready.migrations.includes(m))
        ? ready
        : null;
    const ast = usable ? null : parsed.analyse(file);
    if (!usable && !ast) continue;
    const tree = ast ? routeTree(ast, text, all[0]!.route.router) : null;
    if (mode === 'remove') {
      const exported = usable ? usable.exported : tree!.exported;
      const migrated = new Set(all.map((m) => m.method));
      const leftover = exported.filter((m) => !migrated.has(m));
      const skippedCallers = sites.filter(
        (s) => s.kind === 'fetch-call' && s.target === file && s.status === 'skipped',
      );
      // Anything else that still names the URL (a form action, a link, a file that did not parse or could not be read).
      const naming =
        leftover.length === 0 && skippedCallers.length === 0
          ? filesNamingUrl(snapshot, all[0]!.route, callerChanges, options.unreadable ?? [])
          : [];
      if (leftover.length === 0 && skippedCallers.length === 0 && naming.length === 0) {
        // Deleting the route is only safe once its callers call the action.
        const callers = all.flatMap((m) => m.candidates.map((c) => c.site.file));
        changes.push({
          file,
          kind: 'delete',
          before: text,
          after: null,
          requires: [...new Set([...modules, ...callers])],
        });
        all.forEach((m) => (m.routeSite.message = 'route removed: every caller now calls the action'));
        continue;
      }
      const why =
        leftover.length > 0
          ? `it also exports ${leftover.join(', ')}`
          : skippedCallers.length > 0
            ? `${skippedCallers.length} call site(s) still fetch it`
            : `${naming.join(', ')} still name${naming.length === 1 ? 's' : ''} its URL`;
      list.forEach((m) => (m.routeSite.message = `route delegated instead of removed: ${why}`));
      alreadyDelegates(`; not removed: ${why}`);
    } else {
      list.forEach((m) => (m.routeSite.message = 'route delegates to the action, keeping its URL for outside callers'));
      alreadyDelegates();
    }
    if (list.length === 0) continue;

    const done = usable ?? delegateRoute(snapshot, file, list, tree!);
    if (done.error)
      parsed.errors.push({
        file,
        message: `internal error: the delegate route could not be written (${done.error}); left unchanged`,
      });
    for (const [m, why] of done.kept) m.routeSite.message = why;
    for (const m of list) {
      // Values the handler computed (a rate limit's remaining count) stay inside the action.
      const headers = m.plan.headers;
      if (!headers || done.kept.has(m) || (headers.constant && m.route.router === 'app')) continue;
      m.routeSite.warnings = [...(m.routeSite.warnings ?? []), 'response-headers-dropped'];
      m.routeSite.message += `; it no longer sends ${headers.names.map((n) => `\`${n}\``).join(', ')}, which the action computes`;
    }
    if (done.after !== null) changes.push({ file, kind: 'modify', before: text, after: done.after, requires: modules });
  }
  return changes;
}

/**
 * Replaces each migrated handler of a route file with one that calls its action, as text edits
 * at the tree's offsets. The tree gets a placeholder where each handler was, so that what the
 * rest of the file still uses can be read from it: it is spent afterwards.
 */
export function delegateRoute(snapshot: ProjectSnapshot, file: string, list: Migration[], tree: RouteTree): Delegated {
  try {
    return buildDelegate(snapshot, file, list, tree);
  } catch (error) {
    // The actions stand and their callers call them; the route keeps its own copy of the logic.
    const why = 'route kept unchanged: its delegate could not be written (internal error)';
    return { migrations: list, after: null, kept: new Map(list.map((m) => [m, why])), error: (error as Error).message };
  }
}

function buildDelegate(snapshot: ProjectSnapshot, file: string, list: Migration[], tree: RouteTree): Delegated {
  const text = snapshot.files.get(file)!;
  const { ast, usedBefore, taken: bound } = tree;
  const taken = new Set(bound);
  const kept = new Map<Migration, string>();
  const style = detectStyle(text);
  const inserted: string[] = [];
  const edits = new TextEdits(text);
  // Added once the handlers are written: the delegates' own import comes first, and only when they use it.
  const actionImports: Array<[source: string, imported: string, local: string]> = [];
  let madeAsync = false;
  for (const m of list) {
    if (m.route.router === 'pages') {
      const local = taken.has(m.name) ? freshName(`${m.name}Action`, taken) : m.name;
      const branch = delegatePagesBranch(
        ast,
        text,
        m,
        local,
        placeholderStatement(inserted.length),
        style,
        /\.tsx?$/.test(file),
      );
      if (branch === null) {
        kept.set(m, 'route kept unchanged: its branch for this method could not be replaced');
        continue;
      }
      taken.add(local);
      actionImports.push([importSpecifier(m.route.app, file, m.moduleFile), m.name, local]);
      edits.replace(branch.start, branch.end, branch.text);
      if (branch.asyncAt !== null && !madeAsync) edits.insert(branch.asyncAt, 'async ');
      madeAsync ||= branch.asyncAt !== null;
      inserted.push(branch.text);
      continue;
    }
    const fn = findHandler(ast, m.method);
    const exportStmt =
      fn && !('reason' in fn) ? findAll(ast, 'ExportNamedDeclaration').find((p) => contains(p.node, fn)) : undefined;
    // `async function vote() {}` + `export { vote as POST }`: the local function is replaced.
    const localDecl =
      !exportStmt && fn && !('reason' in fn) && fn.type === 'FunctionDeclaration' && fn.id
        ? findAll(ast, 'FunctionDeclaration').find((p) => p.node === fn && p.parent?.node.type === 'Program')
        : undefined;
    const target = exportStmt ?? localDecl;
    if (!target || target.parent?.node.type !== 'Program') {
      kept.set(m, 'route kept unchanged: its export form cannot be replaced by a delegate');
      continue;
    }
    const local = taken.has(m.name) ? freshName(`${m.name}Action`, taken) : m.name;
    taken.add(local);
    actionImports.push([importSpecifier(m.route.app, file, m.moduleFile), m.name, local]);
    const statuses = m.plan.statuses;
    const spec: RouteHandlerSpec = {
      method: m.method,
      actionName: local,
      inputs: m.plan.inputs,
      result: m.envelope ? 'envelope' : 'plain',
      plainStatus: statuses[0] ?? 200,
      answers: m.plan.answers,
      paramsPromise: nextMajor(m.route.app.next) >= 15,
      typescript: /\.tsx?$/.test(file),
      style,
      ...(m.plan.headers?.constant ? { headers: m.plan.headers.constant } : {}),
    };
    const handler = withGuard(spec, text, fn as HandlerFunction);
    const localName = localDecl ? (localDecl.node as { id: { name: string } }).id.name : null;
    const code = localName ? handler.replace(/^export async function \w+/, `async function ${localName}`) : handler;
    edits.replaceNode(target.node, code.replace(/\r?\n/g, style.eol));
    replaceAt(target, placeholderStatement(inserted.length));
    inserted.push(code);
  }
  if (inserted.length === 0) return { migrations: list, after: null, kept };
  const insertedNames = words(inserted.join('\n'));
  const imports = new PendingImports(ast, edits);
  if (list[0]!.route.router === 'app' && insertedNames.has('NextResponse') && !importsNextResponse(ast))
    imports.add('next/server', 'NextResponse', 'NextResponse');
  for (const [source, imported, local] of actionImports) imports.add(source, imported, local);
  // Through the imports just added: the handler's `import { NextRequest }` may be the one the delegate's NextResponse joins.
  if (usedBefore) imports.removeOrphans(removeOrphans(ast, usedBefore, insertedNames));
  return { migrations: list, after: imports.apply(edits.apply(), file, style), kept };
}

/**
 * The delegate, running first the checks the handler ran before it read the body (delegate-guard.ts),
 * so a caller they refuse is refused before a body it sent can be found malformed. Left out when
 * there is no body to read, or when a name they declare is one the delegate uses.
 */
function withGuard(spec: RouteHandlerSpec, text: string, fn: HandlerFunction): string {
  const plain = renderRouteHandler(spec);
  if (!spec.inputs.some((i) => i.source.kind === 'json' || i.source.kind === 'form')) return plain;
  const guards = leadingGuards(fn);
  if (guards.length === 0) return plain;
  const declared = guards.flatMap((g) =>
    g.type === 'VariableDeclaration' ? g.declarations.flatMap((d) => patternNames(d.id)) : [],
  );
  const used = words(plain);
  if (declared.some((n) => used.has(n))) return plain;
  const lines = guards.flatMap((g) => {
    const from = indentAt(text, g.start!);
    return text
      .slice(g.start!, g.end!)
      .split(/\r?\n/)
      .map((line, i) =>
        i === 0 ? spec.style.indent + line : line.startsWith(from) ? spec.style.indent + line.slice(from.length) : line,
      );
  });
  return renderRouteHandler({ ...spec, guard: lines });
}

function nextMajor(version: string | null): number {
  const m = version ? /^(\d+)/.exec(version) : null;
  return m ? Number(m[1]) : 99;
}

function importsNextResponse(ast: import('@babel/types').File): boolean {
  return ast.program.body.some(
    (s) => s.type === 'ImportDeclaration' && s.specifiers.some((x) => x.local.name === 'NextResponse'),
  );
}
