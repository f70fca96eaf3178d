// to-action (docs/pipeline.md): fetch('/api/...') call sites and their handlers -> 'use server' actions.
// find call sites -> resolve routes -> read handlers -> build action modules -> rewrite callers
// -> route afterwards; every step returns data, nothing here touches the disk.
import type { File } from '@babel/types';
import {
  selectionKey,
  type App,
  type Change,
  type ProjectSnapshot,
  type RouteFile,
  type Site,
  type ToActionOptions,
  type TransformResult,
  type Warning,
} from '../model/types.js';
import { appOf } from '../model/project.js';
import { ProjectModel } from '../model/model.js';
import { isSourceFile } from '../model/paths.js';
import { predatesServerActions, serverActionSupport } from '../model/next-version.js';
import { FileComponents } from '../model/components.js';
import { checkParses, parseErrorMessage } from '../ast/parse.js';
import { detectStyle } from '../ast/nodes.js';
import { findFetchCalls } from './calls/call-sites.js';
import type { FetchCall } from './calls/fetch-call.js';
import { matchUrl } from './calls/route-match.js';
import { analyzeHandler, droppedHeadersOf } from './handler/handler.js';
import type { HandlerPlan } from './handler/plan.js';
import { analyzePagesHandler } from './handler/pages-api.js';
import { answerKinds } from './handler/responses.js';
import { actionModulePath, actionNames } from './emit/names.js';
import { ActionModule } from './emit/action-module.js';
import { rewriteCallers } from './rewrite/callers.js';
import { delegateRoute, rewriteRoutes, routeTree, type Delegated, type RouteTree } from './route/route-afterwards.js';
import { finishChanges } from '../shared/changes.js';
import { calledAction, delegateMigration, readDelegate } from './handler/delegates.js';
import { configFileOf, flagChanges, gateOnConfig } from './config/next-config.js';
import { warnStateSplits } from './handler/module-state.js';
import { readAnswersThrough } from './handler/app-answers.js';
import {
  ParsedFiles,
  type CallDigest,
  type CallerAnalysis,
  type Candidate,
  type Migration,
  type PlanDigest,
} from './migration.js';

// The steps' shared data was declared here; what outside code imported from here still is.
export { ParsedFiles, type CallDigest, type CallerAnalysis, type Candidate, type Migration, type PlanDigest };

export const DEFAULT_TO_ACTION_OPTIONS: ToActionOptions = { route: 'delegate', form: 'action', includeGet: false };

const skipSite = (site: Site, reason: Site['reason'], message: string): Site =>
  Object.assign(site, { status: 'skipped' as const, reason, message });

/** An internal error reading or moving one route: reported for its file, its callers left as they are. */
function leaveRoute(parsed: ParsedFiles, file: string, group: Candidate[], error: string): void {
  parsed.errors.push({ file, message: `internal error: ${error}; left unchanged` });
  group.forEach((c) => skipSite(c.site, 'unsupported-handler', 'the handler could not be moved (internal error)'));
}

function findCandidates(model: ProjectModel, options: ToActionOptions, parsed: ParsedFiles, sites: Site[]) {
  const { snapshot, project } = model;
  const routeFiles = new Set(project.routes.map((r) => r.file));
  const candidates: Candidate[] = [];
  for (const file of [...snapshot.files.keys()].sort()) {
    const text = snapshot.files.get(file)!;
    if (!isSourceFile(file) || routeFiles.has(file) || !/fetch\s*\(|['"](axios|ky)['"]/.test(text)) continue;
    const app = appOf(project.apps, file);
    if (!app) continue;
    const ast = parsed.analyse(file);
    if (!ast) continue;
    for (const [index, call] of findFetchCalls(file, ast, text, app.basePath).entries()) {
      const site: Site = { kind: 'fetch-call', file, line: call.line, status: 'planned' };
      const r = call.resolution;
      if (r.kind === 'external') {
        sites.push(skipSite(site, 'external-url', `fetches ${r.text}, an absolute or environment-based URL`));
        continue;
      }
      if (r.kind === 'dynamic') {
        sites.push(skipSite(site, 'dynamic-url', `fetches ${r.text}, which cannot be resolved statically`));
        continue;
      }
      const match = matchUrl(app, project.routes, r.url);
      if (!match) {
        if (r.text.includes('/api/'))
          sites.push(
            skipSite(
              site,
              'unresolved-route',
              `no route of ${app.dir === '.' ? 'the app' : app.dir} answers ${r.text}`,
            ),
          );
        continue;
      }
      site.target = match.route.file;
      sites.push(site);
      if (!call.method) {
        skipSite(site, 'unsupported-call', 'the HTTP method cannot be read statically');
        continue;
      }
      site.method = call.method;
      const side = model.graph.sideOf(file, app);
      if (serverActionSupport(app.next) === 'none') skipSite(site, 'next-version', predatesServerActions(app.next));
      else if (side === 'pages')
        skipSite(
          site,
          'pages-router-caller',
          'the caller is used by Pages Router pages, which cannot call Server Actions',
        );
      else if (!app.appDir) skipSite(site, 'no-app-router', 'the app has no App Router, which Server Actions need');
      else if (side !== 'app-client')
        skipSite(site, 'not-client-code', "the caller is neither a 'use client' module nor imported by one");
      else if (call.method === 'GET' && !options.includeGet)
        skipSite(site, 'get-request', 'GET is a cacheable read; pass --include-get to migrate it');
      else if (call.use.kind === 'beyond') skipSite(site, 'response-used-beyond-json', `the caller ${call.use.why}`);
      else if (call.body.kind === 'unknown') skipSite(site, 'unsupported-call', `the caller ${call.body.why}`);
      else if (call.unsupportedInit) skipSite(site, 'unsupported-call', `the caller ${call.unsupportedInit}`);
      else candidates.push({ digest: digestOf(call), index, app, match, url: r.url, method: call.method, site });
    }
  }
  return { project, candidates: gateOnConfig(snapshot, candidates) };
}

function digestOf(call: FetchCall): CallDigest {
  const use = call.use;
  const readsStatus =
    (use.kind === 'variable' || use.kind === 'then') &&
    (use.refs.some((r) => r.use === 'ok' || r.use === 'status') ||
      (use.kind === 'then' && !!use.pattern?.keys.includes('status')));
  return {
    file: call.file,
    body: call.body.kind,
    readsStatus,
    client: call.client,
    errorReads: call.errorReads,
    uploads: call.body.kind === 'form' ? call.body.file : null,
    flattens: call.flattens ?? null,
  };
}

/** What makes a call an upload: a file in the body it sends, or a handler that reads one. */
function uploadOf(call: CallDigest, handlerReadsFiles: boolean): string | null {
  return call.uploads
    ? `the caller ${call.uploads}`
    : handlerReadsFiles && call.body === 'form'
      ? 'the handler reads an uploaded file from the form data'
      : null;
}

function bodyMismatch(plan: HandlerPlan, call: CallDigest): string | null {
  const reads = plan.inputs.find((i) => i.source.kind === 'json' || i.source.kind === 'form')?.source.kind ?? 'none';
  if (reads === 'none') return null;
  if (call.body === 'none')
    return `the handler reads a ${reads === 'json' ? 'JSON' : 'form'} body the caller does not send`;
  if (call.body !== reads)
    return `the caller sends ${call.body === 'json' ? 'JSON' : 'form data'} but the handler reads ${reads === 'json' ? 'JSON' : 'form data'}`;
  return null;
}

export function analyseCallers(
  snapshot: ProjectSnapshot,
  options: ToActionOptions = DEFAULT_TO_ACTION_OPTIONS,
): CallerAnalysis {
  const parsed = new ParsedFiles(snapshot);
  const sites: Site[] = [];
  const { candidates } = findCandidates(new ProjectModel(snapshot), options, parsed, sites);
  return { sites, candidates, errors: parsed.errors, parsed: parsed.entries() };
}

/**
 * `given.analysis`: analyseCallers' result for the same snapshot and options, when made already;
 * `given.model`: the run's project model of the same snapshot, when another transform built it.
 */
export function toAction(
  snapshot: ProjectSnapshot,
  options: ToActionOptions = DEFAULT_TO_ACTION_OPTIONS,
  given: { analysis?: CallerAnalysis; model?: ProjectModel } = {},
): TransformResult {
  const { analysis } = given;
  const model = given.model ?? new ProjectModel(snapshot);
  const parsed = new ParsedFiles(snapshot);
  const sites: Site[] = [];
  if (analysis) {
    parsed.seed(analysis);
    sites.push(...analysis.sites);
  }
  const { project, candidates } = analysis
    ? { project: model.project, candidates: analysis.candidates }
    : findCandidates(model, options, parsed, sites);
  const components = options.shard ? tiedFiles(snapshot, candidates, sites) : null;
  const mine = (file: string) => !components || components.inShard(file, options.shard!);

  // Group call sites by the route method they call; read each handler once.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.match.route.file}\0${c.method}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const migrations: Migration[] = [];
  const modules = new Map<string, ActionModule>();
  const excluded = new Set(options.exclude ?? []);
  // Routes with fewer dynamic segments first, so `/api/posts` gets the plain name before `/api/posts/[id]`.
  const dynamicCount = (g: Candidate[]) => g[0]!.match.route.segments.filter((x) => x.kind !== 'static').length;
  // An App Router route file is parsed once for all its methods (their groups sort together) and
  // its delegate built before the next file, while the tree is at hand: no second parse, and no
  // run holding every route's tree. Pages API handlers share one function and are parsed per method.
  const prepared = new Map<string, Delegated & { exported: string[] }>();
  const open: { route: { file: string; tree: RouteTree; migrations: Migration[] } | null } = { route: null };
  const finishRoute = () => {
    const r = open.route;
    if (r && r.migrations.length > 0 && (options.routeModes?.[r.file] ?? options.route) !== 'keep')
      prepared.set(r.file, { ...delegateRoute(snapshot, r.file, r.migrations, r.tree), exported: r.tree.exported });
    open.route = null;
  };
  const parseRoute = (route: RouteFile): File | null => {
    if (route.router !== 'app') return parsed.analyse(route.file);
    if (open.route?.file === route.file) return open.route.tree.ast;
    const ast = parsed.analyse(route.file);
    if (ast)
      open.route = { file: route.file, tree: routeTree(ast, snapshot.files.get(route.file)!, 'app'), migrations: [] };
    return ast;
  };
  for (const [, group] of [...groups].sort(
    ([a, ga], [b, gb]) => dynamicCount(ga) - dynamicCount(gb) || a.localeCompare(b),
  )) {
    const { route, app } = { route: group[0]!.match.route, app: group[0]!.app };
    const method = group[0]!.method;
    if (open.route && open.route.file !== route.file) finishRoute();
    if (!mine(route.file)) continue;
    if (excluded.has(selectionKey({ kind: 'route', file: route.file, method }))) {
      group.forEach((c) => skipSite(c.site, 'not-selected', 'left out in interactive review'));
      continue;
    }
    const text = snapshot.files.get(route.file)!;
    const ast = parseRoute(route);
    if (!ast) {
      group.forEach((c) => skipSite(c.site, 'unsupported-handler', `${route.file} could not be parsed`));
      continue;
    }
    // A route that only calls an action (an earlier run's delegate): its new callers call that action.
    const delegate = readDelegate(ast, text, route, method, model);
    if (delegate) {
      const migration = delegateMigration(delegate, route, group, options, sites);
      if (migration) migrations.push(migration);
      continue;
    }
    const called = calledAction(ast, route, method, model);
    if (called) {
      group.forEach((c) =>
        skipSite(
          c.site,
          'unsupported-handler',
          `the handler calls the action \`${called.name}\` (${called.moduleFile}) and does more around it; moving it would write a second action`,
        ),
      );
      continue;
    }
    // An internal error in one route is that route's error: the run goes on and reports it.
    let plan: ReturnType<typeof analyzeHandler>;
    try {
      readAnswersThrough(route, ast, model);
      plan =
        route.router === 'pages'
          ? analyzePagesHandler(route, ast, text, method, model)
          : analyzeHandler(route, ast, text, method, model);
    } catch (error) {
      leaveRoute(parsed, route.file, group, `its ${method} handler could not be read (${(error as Error).message})`);
      continue;
    }
    if ('reason' in plan) {
      group.forEach((c) => skipSite(c.site, plan.reason, plan.message));
      continue;
    }
    const answersError = plan.statuses.some((s) => s === null || s < 200 || s > 299);
    const movable = group.filter((c) => {
      // A library call that rejected on an error status throws there once moved, unless its
      // error handling reads the library's own error object.
      const why =
        bodyMismatch(plan, c.digest) ??
        (c.digest.client !== 'fetch' && answersError && c.digest.errorReads?.blocking
          ? `the caller's error handling ${c.digest.errorReads.blocking}`
          : null);
      if (why) skipSite(c.site, 'unsupported-call', why);
      const upload = why ? null : uploadOf(c.digest, plan.readsFiles);
      if (upload && !options.includeUploads)
        skipSite(
          c.site,
          'file-upload',
          `${upload}; Server Actions take bodies up to 1 MB unless next.config raises serverActions.bodySizeLimit (--include-uploads moves it anyway)`,
        );
      return !why && !(upload && !options.includeUploads);
    });
    if (movable.length === 0) continue;
    const readsStatus = movable.some((c) => c.digest.readsStatus);
    const statuses = new Set(plan.statuses);
    const only = plan.statuses[0];
    const envelope =
      readsStatus || statuses.size !== 1 || only === null || only === undefined || only < 200 || only > 299;

    const typescript = /\.tsx?$/.test(route.file);
    const moduleFile = moduleFileOf(snapshot, app, route);
    let mod = modules.get(moduleFile);
    if (!mod) {
      const existing = snapshot.files.has(moduleFile) ? parsed.analyse(moduleFile) : null;
      mod = new ActionModule(
        moduleFile,
        existing ? { text: snapshot.files.get(moduleFile)!, ast: existing } : null,
        detectStyle(text),
        typescript,
      );
      modules.set(moduleFile, mod);
    }
    const line = lineAt(text, plan.fn.start ?? 0);
    let name: string;
    try {
      name = mod.add(plan, text, actionNames(route, method), envelope);
    } catch (error) {
      leaveRoute(
        parsed,
        route.file,
        group,
        `the action for its ${method} handler could not be built (${(error as Error).message})`,
      );
      continue;
    }
    const headers = droppedHeadersOf(plan);
    for (const c of movable) {
      c.site.name = name;
      const warnings: Warning[] = [
        ...(uploadOf(c.digest, plan.readsFiles) ? (['body-size-limit'] as const) : []),
        ...(headers ? (['response-headers-dropped'] as const) : []),
        ...(c.digest.flattens ? (['serialization-differs'] as const) : []),
      ];
      if (warnings.length > 0) c.site.warnings = warnings;
    }
    const routeSite: Site = {
      kind: 'route',
      file: route.file,
      line,
      target: moduleFile,
      method,
      name,
      status: 'planned',
    };
    sites.push(routeSite);
    const digest: PlanDigest = {
      inputs: plan.inputs,
      statuses: plan.statuses,
      mayBeEmpty: plan.responses.some((r) => r.shape.body === null),
      answersError,
      headers,
      answers: answerKinds([...plan.responses, ...(plan.guard?.responses ?? [])]),
    };
    const migration: Migration = {
      route,
      method,
      plan: digest,
      envelope,
      moduleFile,
      name,
      candidates: movable,
      routeSite,
    };
    migrations.push(migration);
    if (open.route?.file === route.file) open.route.migrations.push(migration);
  }
  finishRoute();

  // An action module that would not parse takes its callers and routes down with it: nothing
  // may point at a module that is not written.
  const changes: Change[] = [];
  for (const [file, mod] of modules) {
    if (mod.isEmpty) continue;
    const before = snapshot.files.get(file) ?? null;
    const after = mod.render();
    try {
      checkParses(file, after, parsed.verified);
      changes.push({ file, kind: before === null ? 'create' : 'modify', before, after });
    } catch (error) {
      parsed.errors.push({
        file,
        message: `internal error: the action module would not parse (${parseErrorMessage(error)}); its routes were left as they are`,
      });
      for (const m of migrations.filter((x) => x.moduleFile === file)) {
        m.candidates.forEach((c) =>
          skipSite(c.site, 'unsupported-handler', 'the action built from this handler did not parse'),
        );
        sites.splice(sites.indexOf(m.routeSite), 1);
      }
    }
  }
  const written = migrations.filter((m) => m.delegates || changes.some((c) => c.file === m.moduleFile));
  changes.push(...flagChanges(snapshot, written, changes));
  const callerChanges = rewriteCallers(snapshot, written, parsed, options);
  changes.push(...callerChanges);
  changes.push(...rewriteRoutes(snapshot, written, sites, options, parsed, prepared, callerChanges));
  // After the route's own message is written: the warning adds to it.
  warnStateSplits(model, written);
  const finished = finishChanges(changes, parsed.errors, parsed.verified);
  // A shard reports only its own components: every shard read and analysed every file.
  const own = { sites: sites.filter((s) => mine(s.file)), errors: parsed.errors.filter((e) => mine(e.file)) };
  // Counted the same way, so the shards' counts add up to the whole run's.
  const filesParsed = components ? parsed.files().filter(mine).length : parsed.count;
  return { apps: project.apps, sites: sortSites(own.sites), changes: finished, errors: own.errors, filesParsed };
}

/** The files one migration ties together: a caller and its route, a route and its action module. */
function tiedFiles(snapshot: ProjectSnapshot, candidates: Candidate[], sites: Site[]): FileComponents {
  const components = new FileComponents();
  for (const s of sites) components.union(s.file, s.target);
  for (const c of candidates) {
    const route = c.match.route;
    components.union(route.file, moduleFileOf(snapshot, c.app, route));
    // One shard writes an app's next.config flag, and with it every action that needs it.
    if (serverActionSupport(c.app.next) === 'experimental') components.union(route.file, configFileOf(snapshot, c.app));
  }
  return components;
}

function sortSites(sites: Site[]): Site[] {
  return sites.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind));
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The action module a route's actions go to (TypeScript for a TypeScript route): planning and sharding must agree on it. */
function moduleFileOf(snapshot: ProjectSnapshot, app: App, route: RouteFile): string {
  return freeModulePath(snapshot, actionModulePath(app.appDir!, route, /\.tsx?$/.test(route.file) ? 'ts' : 'js'));
}

/**
 * The resource module, or a sibling name when the app already has a file there that is not a
 * `'use server'` module (a summary without kept text is such a file: the directive keeps text).
 */
function freeModulePath(snapshot: ProjectSnapshot, preferred: string): string {
  let candidate = preferred;
  for (let i = 1; ; i++) {
    const text = snapshot.files.get(candidate);
    const exists = text !== undefined || snapshot.summaries.has(candidate);
    if (!exists || (text !== undefined && /^\s*['"]use server['"]/.test(text.replace(/^\uFEFF/, '')))) return candidate;
    candidate = preferred.replace(/\.(ts|js)$/, `${i === 1 ? '-actions' : `-actions${i}`}.$1`);
  }
}
