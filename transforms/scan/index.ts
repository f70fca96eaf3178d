// scan (docs/report.md): what can move and what must stay, with reasons; writes nothing. Every route
// handler method gets a verdict, every internal call site and every action is listed.
import type { File } from '@babel/types';
import type { ProjectSnapshot, RouteFile, Site, TransformResult } from '../model/types.js';
import { ProjectModel } from '../model/model.js';
import { parseErrorMessage, parseForAnalysis } from '../ast/parse.js';
import { toAction } from '../to-action/index.js';
import { toRoute, DEFAULT_TO_ROUTE_OPTIONS } from '../to-route/index.js';
import { analyzeHandler, exportedMethods, findHandler } from '../to-action/handler/handler.js';
import { analyzePagesHandler, handledMethods } from '../to-action/handler/pages-api.js';
import { actionName } from '../to-action/emit/names.js';
import { versionBlock } from '../to-action/config/next-config.js';
import { readDelegate } from '../to-action/handler/delegates.js';
import { readAnswersThrough } from '../to-action/handler/app-answers.js';

export interface ScanOptions {
  includeGet: boolean;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * One site per route method: `planned` when it could become an action, `skipped` + reason when it
 * must stay. `callers(method)`: the internal call sites of this route that use the method.
 */
function routeVerdicts(
  route: RouteFile,
  text: string,
  ast: File,
  options: ScanOptions,
  callers: (method: string) => number,
  model: ProjectModel,
  delegated: Set<string>,
): Site[] {
  const sites: Site[] = [];
  const methods = route.router === 'app' ? exportedMethods(ast) : handledMethods(ast).filter((m) => m !== '*');
  let unused: File | null = ast;
  for (const method of methods.length > 0 ? methods : ['POST']) {
    if (method === 'OPTIONS' || method === 'HEAD') continue;
    // Each analysis edits its own tree: the first takes the one already parsed, the others a fresh
    // one (babel alone: nothing here is printed).
    const fresh = unused ?? parseForAnalysis(route.file, text);
    unused = null;
    const fn = route.router === 'app' ? findHandler(fresh, method) : null;
    const line = fn && !('reason' in fn) ? lineAt(text, fn.start ?? 0) : 1;
    const site: Site = { kind: 'route', file: route.file, line, method, status: 'planned' };
    const callerNote = `${callers(method)} internal caller(s)`;
    // An earlier to-action run's delegate (or a route written so): already an action, under its URL.
    const delegate = readDelegate(fresh, text, route, method, model);
    if (delegate) {
      delegated.add(`${delegate.moduleFile}\0${delegate.name}`);
      sites.push(
        Object.assign(site, {
          status: 'skipped',
          reason: 'route-exists',
          name: delegate.name,
          message: `already delegates to the action \`${delegate.name}\` (${delegate.moduleFile}); ${callerNote}, which can call the action directly`,
        }),
      );
      continue;
    }
    // A GET stays as a read whatever its body does, so a body not understood does not hide that.
    if (method === 'GET' && !options.includeGet) {
      sites.push(
        Object.assign(site, { status: 'skipped', reason: 'get-request', message: `a cacheable read; ${callerNote}` }),
      );
      continue;
    }
    readAnswersThrough(route, fresh, model);
    const plan =
      route.router === 'app'
        ? analyzeHandler(route, fresh, text, method, model)
        : analyzePagesHandler(route, fresh, text, method, model);
    if ('reason' in plan)
      Object.assign(site, { status: 'skipped', reason: plan.reason, message: `${plan.message}; ${callerNote}` });
    else Object.assign(site, { name: actionName(route, method), message: `can become an action; ${callerNote}` });
    sites.push(site);
  }
  return sites;
}

export function scan(snapshot: ProjectSnapshot, options: ScanOptions = { includeGet: false }): TransformResult {
  // One model for the whole scan: to-action and to-route read the same apps, routes and imports.
  const model = new ProjectModel(snapshot);
  const { project } = model;
  const calls = toAction(snapshot, { route: 'keep', form: 'action', includeGet: options.includeGet }, { model });
  const actions = toRoute(snapshot, DEFAULT_TO_ROUTE_OPTIONS, model);
  const errors = [...calls.errors];
  const sites: Site[] = calls.sites.filter((s) => s.kind === 'fetch-call');
  // Counted per route method: a call whose method cannot be read counts for none.
  const callersOf = new Map<string, number>();
  const key = (file: string, method: string) => `${file}\0${method}`;
  for (const s of sites)
    if (s.target && s.method) callersOf.set(key(s.target, s.method), (callersOf.get(key(s.target, s.method)) ?? 0) + 1);
  // A route whose moved callers would split module state from a page says so on its verdict too.
  const splitsState = new Set(
    sites
      .filter((s) => s.target && s.method && s.warnings?.includes('module-state-split'))
      .map((s) => key(s.target!, s.method!)),
  );

  const blockedApps = new Map<string, string | null>();
  const delegated = new Set<string>();
  for (const route of project.routes) {
    const text = snapshot.files.get(route.file)!;
    let ast: File;
    try {
      ast = parseForAnalysis(route.file, text);
    } catch (error) {
      if (!errors.some((e) => e.file === route.file))
        errors.push({ file: route.file, message: parseErrorMessage(error) });
      continue;
    }
    const verdicts = routeVerdicts(
      route,
      text,
      ast,
      options,
      (method) => callersOf.get(key(route.file, method)) ?? 0,
      model,
      delegated,
    );
    // The app's Next.js version holds back every route, as it holds back their call sites.
    if (!blockedApps.has(route.app.dir)) blockedApps.set(route.app.dir, versionBlock(snapshot, route.app));
    const blocked = blockedApps.get(route.app.dir);
    // Decided before the handler, as for its callers: the handler's own reason only adds to the message.
    for (const s of blocked ? verdicts : []) {
      if (s.reason === 'get-request' || s.reason === 'route-exists') continue;
      const own =
        s.status === 'planned'
          ? s.message!.replace(/^can become an action; /, '')
          : `it would also stay as \`${s.reason}\`: ${s.message}`;
      Object.assign(s, { status: 'skipped', reason: 'next-version', message: `${blocked}; ${own}` });
      delete s.name;
    }
    for (const s of verdicts)
      if (s.status === 'planned' && splitsState.has(key(route.file, s.method!)))
        s.warnings = [...(s.warnings ?? []), 'module-state-split'];
    sites.push(...verdicts);
  }

  for (const site of actions.sites) {
    const { target: _target, ...rest } = site;
    const out: Site = { ...rest };
    if (site.status === 'skipped' && site.reason === 'route-exists' && !delegated.has(`${site.file}\0${site.name}`)) {
      // Scan asks whether an action could be exposed, not whether the file name is free.
      Object.assign(out, { status: 'planned' });
      delete out.reason;
      delete out.message;
    }
    if (
      site.name &&
      snapshot.summaries.get(site.file)?.directive === 'use server' &&
      !model.graph.isImported(site.file, site.name)
    )
      out.warnings = [...(out.warnings ?? []), 'exposed-without-caller'];
    sites.push(out);
  }
  for (const e of actions.errors) if (!errors.some((x) => x.file === e.file)) errors.push(e);
  sites.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind));
  return { apps: project.apps, sites, changes: [], errors, filesParsed: calls.filesParsed };
}
