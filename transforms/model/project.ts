// The project model (docs/README.md): the Next.js apps below the given paths and their route files.
import type { App, Project, ProjectSnapshot, RouteFile, RouterKind, Segment } from './types.js';
import { dirname, isInside, join } from './paths.js';
import { parseJsonc } from './jsonc.js';
import { findWorkspaces, type PackageJson, type Workspace } from './workspaces.js';
import { readAliases } from './tsconfig.js';

function dependencyVersion(pkg: PackageJson, name: string): string | null {
  const range = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name] ?? pkg.peerDependencies?.[name];
  if (!range) return null;
  const m = /\d+(\.\d+){0,2}(-[\w.]+)?/.exec(range);
  return m ? m[0] : range;
}

/**
 * Every folder holding a source file, at any depth. Asked for four folders per package.json, a
 * scan of every file each time grew with packages times files: a monorepo of 500 packages and
 * 100,000 files made 200 million path comparisons.
 */
function sourceDirs(snapshot: ProjectSnapshot): Set<string> {
  const dirs = new Set<string>();
  for (const file of snapshot.summaries.keys()) {
    for (let dir = dirname(file); dir !== '.' && dir !== '' && !dirs.has(dir); dir = dirname(dir)) dirs.add(dir);
  }
  return dirs;
}

/** The config names the snapshot keeps (model/snapshot.ts, CONFIG_FILE). */
const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs', 'next.config.mts'];

/** `basePath` from next.config.*: read as text, since the config is code we must not run. */
function readBasePath(snapshot: ProjectSnapshot, dir: string): string {
  for (const name of NEXT_CONFIGS) {
    const text = snapshot.files.get(join(dir, name));
    const m = text && /basePath\s*:\s*(['"`])(\/[^'"`]*)\1/.exec(text);
    if (m) return m[2]!.replace(/\/$/, '');
  }
  return '';
}

const hasNextConfig = (snapshot: ProjectSnapshot, dir: string) =>
  NEXT_CONFIGS.some((name) => snapshot.files.has(join(dir, name)));

/**
 * Apps: package.json files that depend on `next`, or workspace members with an app/pages folder
 * or a next.config whose workspace root provides `next`. A root that only provides it is not one.
 */
export function findApps(snapshot: ProjectSnapshot): App[] {
  const apps: App[] = [];
  const workspaces = findWorkspaces(snapshot);
  const workspaceOf = new Map<string, Workspace>();
  for (const ws of workspaces) for (const member of ws.members) workspaceOf.set(member, ws);
  const roots = new Set(workspaces.filter((ws) => ws.members.length > 0).map((ws) => ws.root));
  let dirs: Set<string> | null = null;
  const hasDir = (dir: string) => (dirs ??= sourceDirs(snapshot)).has(dir);
  for (const [file, text] of snapshot.files) {
    if (!(file === 'package.json' || file.endsWith('/package.json')) || file.includes('node_modules/')) continue;
    const pkg = parseJsonc(text) as PackageJson | null;
    if (!pkg) continue;
    const dir = dirname(file);
    const rootPkg = workspaceOf.get(dir)?.pkg ?? null;
    const appDir = [join(dir, 'app'), join(dir, 'src/app')].find(hasDir) ?? null;
    const pagesDir = [join(dir, 'pages'), join(dir, 'src/pages')].find(hasDir) ?? null;
    const next =
      dependencyVersion(pkg, 'next') ??
      (appDir || pagesDir || hasNextConfig(snapshot, dir) ? rootPkg && dependencyVersion(rootPkg, 'next') : null);
    if (!next) continue;
    if (roots.has(dir) && !appDir && !pagesDir) continue;
    const router: RouterKind = appDir && pagesDir ? 'both' : pagesDir ? 'pages' : 'app';
    apps.push({
      dir,
      router,
      next,
      react: dependencyVersion(pkg, 'react') ?? (rootPkg && dependencyVersion(rootPkg, 'react')),
      appDir,
      pagesDir,
      basePath: readBasePath(snapshot, dir),
      aliases: readAliases(snapshot, dir),
    });
  }
  // A package with no app or pages folder and no next.config, around other apps, only provides
  // `next` to them (a repository's root, say): it is not an app of its own.
  const bare = (app: App) => !app.appDir && !app.pagesDir && !hasNextConfig(snapshot, app.dir);
  const holdsApps = (app: App) => apps.some((other) => other !== app && isInside(other.dir, app.dir));
  return apps.filter((app) => !(bare(app) && holdsApps(app))).sort((a, b) => a.dir.localeCompare(b.dir));
}

/** Apps by folder, per list of apps (rebuilt if the list's length changes). */
const appsByDir = new WeakMap<readonly { dir: string }[], { size: number; byDir: Map<string, { dir: string }> }>();

/**
 * The innermost app containing a file: its folders looked up from the file upwards, the first
 * app met being the deepest. Testing every app instead cost files times apps: a thousand apps
 * made that half a second of a run.
 */
export function appOf<T extends { dir: string }>(apps: readonly T[], file: string): T | null {
  let index = appsByDir.get(apps);
  if (!index || index.size !== apps.length) {
    index = { size: apps.length, byDir: new Map(apps.map((app) => [app.dir, app])) };
    appsByDir.set(apps, index);
  }
  for (let dir = file; ;) {
    const app = index.byDir.get(dir) as T | undefined;
    // '.' holds every relative path but those leading out of it.
    if (app && isInside(file, app.dir)) return app;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * Items under the deepest app holding each one's file, in the apps' order (every app present,
 * perhaps with none), then what lies outside every app under null.
 */
export function groupByApp<A extends { dir: string }, T>(
  apps: readonly A[],
  items: Iterable<T>,
  fileOf: (item: T) => string,
): Map<A | null, T[]> {
  const groups = new Map<A | null, T[]>(apps.map((app) => [app, []]));
  groups.set(null, []);
  for (const item of items) groups.get(appOf(apps, fileOf(item)))!.push(item);
  return groups;
}

function parseSegment(part: string): Segment | null {
  if (/^\(.*\)$/.test(part) || part.startsWith('@')) return null; // route group, parallel slot
  let m = /^\[\[\.\.\.(.+)\]\]$/.exec(part);
  if (m) return { kind: 'catch-all', name: m[1]!, optional: true };
  m = /^\[\.\.\.(.+)\]$/.exec(part);
  if (m) return { kind: 'catch-all', name: m[1]!, optional: false };
  m = /^\[(.+)\]$/.exec(part);
  if (m) return { kind: 'dynamic', name: m[1]! };
  return { kind: 'static', value: part };
}

function routeOf(app: App, file: string): RouteFile | null {
  if (app.appDir && isInside(file, app.appDir) && /\/route\.(ts|js|tsx|jsx|mjs)$/.test(file)) {
    const parts = file
      .slice(app.appDir.length + 1)
      .split('/')
      .slice(0, -1);
    const segments = parts.map(parseSegment).filter((s): s is Segment => s !== null);
    return { app, file, router: 'app', segments };
  }
  if (app.pagesDir && isInside(file, join(app.pagesDir, 'api'))) {
    const parts = file
      .slice(app.pagesDir.length + 1)
      .replace(/\.(ts|js|tsx|jsx|mjs)$/, '')
      .split('/');
    if (parts[parts.length - 1] === 'index') parts.pop();
    const segments = parts.map(parseSegment).filter((s): s is Segment => s !== null);
    return { app, file, router: 'pages', segments };
  }
  return null;
}

export function buildProject(snapshot: ProjectSnapshot): Project {
  const apps = findApps(snapshot);
  const routes: RouteFile[] = [];
  for (const file of snapshot.files.keys()) {
    const app = appOf(apps, file);
    const route = app && routeOf(app, file);
    if (route) routes.push(route);
  }
  routes.sort((a, b) => a.file.localeCompare(b.file));
  return { apps, routes };
}

export function routePath(route: RouteFile): string {
  return (
    '/' +
    route.segments
      .map((s) =>
        s.kind === 'static'
          ? s.value
          : s.kind === 'dynamic'
            ? `[${s.name}]`
            : s.optional
              ? `[[...${s.name}]]`
              : `[...${s.name}]`,
      )
      .join('/')
  );
}
