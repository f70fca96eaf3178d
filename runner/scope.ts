// Paths inside an app (a folder or file of it): the whole app is read, since routes, config and
// the import graph live around the path, but only call sites under the given paths may move.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isConfigFile } from '../transforms/model/snapshot.js';
import { isInside } from '../transforms/model/paths.js';
import type { ProjectSnapshot } from '../transforms/model/types.js';
import { relativeToCwd } from './paths.js';

export interface Scope {
  /** What to discover: the given paths, widened to their app where they lie inside one. */
  roots: string[];
  /** Posix paths (relative to cwd) call sites must lie under; null when nothing was widened. */
  only: string[] | null;
}

function dependsOnNext(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    return Boolean(pkg.dependencies?.next ?? pkg.devDependencies?.next ?? pkg.peerDependencies?.next);
  } catch {
    return false;
  }
}

/** The nearest folder strictly above `abs` that is a Next.js app, within its git work tree. */
function enclosingApp(abs: string): string | null {
  let dir = path.dirname(abs);
  for (;;) {
    if (dependsOnNext(dir)) return dir;
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, '.git')) || parent === dir) return null;
    dir = parent;
  }
}

export function resolveScope(paths: string[], cwd: string): Scope {
  const roots: string[] = [];
  let widened = false;
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const isApp = statSync(abs).isDirectory() && dependsOnNext(abs);
    const app = isApp ? null : enclosingApp(abs);
    if (app) widened = true;
    roots.push(relativeToCwd(cwd, app ?? abs));
  }
  const only = widened ? paths.map((p) => relativeToCwd(cwd, p)) : null;
  return { roots: [...new Set(roots)], only };
}

const ROUTE_LIKE = /(^|\/)(route\.(ts|js|tsx|jsx|mjs)|pages\/api\/.+)$/;

/**
 * Keeps out-of-scope files only as context: config, route handlers and 'use server' modules stay
 * readable; other files keep their import-graph summary but lose their text, so the transform
 * finds no call sites in them.
 */
export function narrowSnapshot(snapshot: ProjectSnapshot, only: string[]): void {
  for (const file of [...snapshot.files.keys()]) {
    if (only.some((s) => isInside(file, s))) continue;
    if (isConfigFile(file) || ROUTE_LIKE.test(file) || snapshot.summaries.get(file)?.directive === 'use server')
      continue;
    snapshot.files.delete(file);
  }
}

const ANCESTOR_CONFIGS = [
  'package.json',
  'pnpm-workspace.yaml',
  'tsconfig.json',
  'tsconfig.base.json',
  'jsconfig.json',
];

/**
 * Config files in the folders between cwd and each root (a workspace root's package.json and
 * shared tsconfig above an app), so an app given alone still sees its workspace.
 */
export function ancestorConfigs(roots: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const root of roots) {
    let dir = path.dirname(path.resolve(cwd, root));
    const top = path.resolve(cwd);
    while (dir.startsWith(top + path.sep) || dir === top) {
      for (const name of ANCESTOR_CONFIGS)
        if (existsSync(path.join(dir, name))) found.add(relativeToCwd(cwd, path.join(dir, name)));
      if (dir === top) break;
      dir = path.dirname(dir);
    }
  }
  return [...found];
}
