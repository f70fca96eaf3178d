// to-route (docs/to-route.md): exported Server Actions -> `app/api/<kebab-name>/route.ts` handlers, written
// by the same generator as to-action's delegate routes. Never overwrites a file.
import {
  selectionKey,
  type Change,
  type FileError,
  type ProjectSnapshot,
  type Site,
  type ToRouteOptions,
  type TransformResult,
} from '../model/types.js';
import { appOf } from '../model/project.js';
import { ProjectModel } from '../model/model.js';
import { basename, extname, isSourceFile, join } from '../model/paths.js';
import { parseErrorMessage, parseForAnalysis } from '../ast/parse.js';
import { detectStyle, quoted } from '../ast/nodes.js';
import { readDirective } from '../model/snapshot.js';
import { renderExposedHandler } from '../shared/route-handler.js';
import { importSpecifier } from '../shared/import-path.js';
import { finishChanges } from '../shared/changes.js';
import { findActions, findInlineActions } from './actions.js';
import { actionUses, Modules } from './form-state.js';
import { rewriteCallersToFetch, type Exposed } from './callers.js';
import { delegatedActions } from '../to-action/handler/delegates.js';
import { planResults } from './results.js';

export const DEFAULT_TO_ROUTE_OPTIONS: ToRouteOptions = { callers: 'keep', cors: null };

const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
const nextMajor = (v: string | null) => (v && /^(\d+)/.test(v) ? Number(/^(\d+)/.exec(v)![1]) : 99);

/** `model`: the run's project model of the same snapshot, when another transform built it. */
export function toRoute(
  snapshot: ProjectSnapshot,
  options: ToRouteOptions = DEFAULT_TO_ROUTE_OPTIONS,
  model = new ProjectModel(snapshot),
): TransformResult {
  const project = model.project;
  const sites: Site[] = [];
  const changes: Change[] = [];
  const errors: FileError[] = [];
  const planned = new Set<string>();
  const exposed: Exposed[] = [];
  let parsedCount = 0;
  // Actions a route already only calls (to-action's delegates): exposed already, under that route's URL.
  const delegated = delegatedActions(snapshot, model);
  const exists = (file: string) => snapshot.files.has(file) || snapshot.summaries.has(file) || planned.has(file);
  // How client code hands the actions on: the initial states and bound arguments routes must take.
  const modules = new Modules(snapshot, project.apps, model.graph);
  const uses = actionUses(modules);

  for (const file of [...snapshot.files.keys()].sort()) {
    const text = snapshot.files.get(file)!;
    if (!isSourceFile(file) || !text.includes('use server')) continue;
    const app = appOf(project.apps, file);
    if (!app?.appDir) continue;
    let ast;
    try {
      ast = parseForAnalysis(file, text);
      parsedCount++;
    } catch (error) {
      errors.push({ file, message: parseErrorMessage(error) });
      continue;
    }
    for (const inline of findInlineActions(ast, text)) {
      const site: Site = {
        kind: 'action',
        file,
        line: inline.line,
        status: 'skipped',
        ...(inline.name ? { name: inline.name } : {}),
      };
      if (inline.rscOnly)
        Object.assign(site, {
          reason: 'rsc-only-result',
          message: `the inline action ${inline.rscOnly}; JSON cannot, so it cannot become a route`,
        });
      else if (inline.closesOver.length > 0)
        Object.assign(site, {
          reason: 'closure-action',
          message: `the inline action closes over ${inline.closesOver.join(', ')}; move it to a 'use server' module first`,
        });
      else
        Object.assign(site, {
          reason: 'inline-action',
          message: "the inline action is not an export of a 'use server' module; move it to one to expose it",
        });
      sites.push(site);
    }
    if (readDirective(text) !== 'use server') continue;
    const style = detectStyle(text);
    const ext = /\.tsx?$/.test(file) ? 'ts' : 'js';
    for (const action of findActions(ast, text, { file, uses, modules })) {
      const site: Site = {
        kind: 'action',
        file,
        line: action.line,
        name: action.name,
        method: 'POST',
        status: 'planned',
      };
      sites.push(site);
      if ('reason' in action.body) {
        Object.assign(site, {
          status: 'skipped',
          reason: action.body.reason,
          message: `the action ${action.body.message}`,
        });
        continue;
      }
      if (options.exclude?.includes(selectionKey(site))) {
        Object.assign(site, { status: 'skipped', reason: 'not-selected', message: 'left out in interactive review' });
        continue;
      }
      const delegate = delegated.get(`${file}\0${action.name}`);
      if (delegate) {
        Object.assign(site, {
          target: delegate,
          status: 'skipped',
          reason: 'route-exists',
          message: `${delegate} already calls the action (a delegate route); no second route is written`,
        });
        continue;
      }
      let routeFile = join(app.appDir, 'api', kebab(action.name), `route.${ext}`);
      if (planned.has(routeFile))
        routeFile = join(
          app.appDir,
          'api',
          `${kebab(basename(file, extname(file)))}-${kebab(action.name)}`,
          `route.${ext}`,
        );
      site.target = routeFile;
      if (exists(routeFile)) {
        Object.assign(site, {
          status: 'skipped',
          reason: 'route-exists',
          message: `${routeFile} already exists; it is never overwritten`,
        });
        continue;
      }
      planned.add(routeFile);
      if (!action.validated && action.body.kind !== 'none') site.warnings = ['unvalidated-input'];
      const handler = renderExposedHandler({
        actionName: action.name,
        body: action.body,
        rethrow: nextMajor(app.next) >= 15 ? 'unstable_rethrow' : 'digest',
        cors: options.cors,
        results: planResults(ast, text, action.name, { file, modules }),
        typescript: ext === 'ts',
        style,
      });
      const semi = style.semi ? ';' : '';
      const imports = [...handler.imports, { source: importSpecifier(app, routeFile, file), name: action.name }].map(
        (i) => `import { ${i.name} } from ${quoted(i.source, style)}${semi}`,
      );
      changes.push({
        file: routeFile,
        kind: 'create',
        before: null,
        after: [...imports, '', handler.text, ''].join(style.eol),
      });
      exposed.push({
        app,
        module: file,
        name: action.name,
        url: `${app.basePath}${routeFile.slice(app.appDir.length).replace(/\/route\.(ts|js)$/, '')}`,
        body: action.body,
        site,
      });
    }
  }
  if (options.callers === 'fetch' && exposed.length > 0) {
    const callers = rewriteCallersToFetch(snapshot, exposed, project.apps, errors, model.graph);
    changes.push(...callers.changes);
    sites.push(...callers.sites);
  }
  sites.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { apps: project.apps, sites, changes: finishChanges(changes, errors), errors, filesParsed: parsedCount };
}
