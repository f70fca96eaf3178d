// Workspaces (npm/yarn `workspaces`, pnpm-workspace.yaml): a member app may take `next` from the
// workspace root's package.json instead of its own, and a root that only hoists `next` for its
// members is not an app itself.
import type { ProjectSnapshot } from './types.js';
import { dirname, join } from './paths.js';
import { parseJsonc } from './jsonc.js';

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  workspaces?: string[] | { packages?: string[] };
}

export interface Workspace {
  root: string;
  pkg: PackageJson | null;
  /** Member package directories (relative to cwd). */
  members: string[];
}

/** The `packages:` list of a pnpm-workspace.yaml (a list of quoted or bare globs). */
export function pnpmPackages(yaml: string): string[] {
  const out: string[] = [];
  let inPackages = false;
  for (const raw of yaml.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '');
    if (/^packages\s*:/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    const item = /^\s+-\s*(['"]?)(.+?)\1\s*$/.exec(line);
    if (item) out.push(item[2]!);
    else if (/^\S/.test(line)) inPackages = false;
  }
  return out;
}

/** A workspace glob (`apps/*`, `packages/**`) as a regular expression over directories. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/\/+$/, '')
    .split('/')
    .map((part) =>
      part === '**'
        ? '.*'
        : part
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]'),
    )
    .join('/');
  return new RegExp(`^${body}$`);
}

export function findWorkspaces(snapshot: ProjectSnapshot): Workspace[] {
  const packageDirs = [...snapshot.files.keys()]
    .filter((f) => f === 'package.json' || f.endsWith('/package.json'))
    .map(dirname);
  const workspaces: Workspace[] = [];
  for (const root of new Set([
    ...packageDirs,
    ...[...snapshot.files.keys()].filter((f) => /(^|\/)pnpm-workspace\.yaml$/.test(f)).map(dirname),
  ])) {
    const pkgText = snapshot.files.get(join(root, 'package.json'));
    const pkg = pkgText ? (parseJsonc(pkgText) as PackageJson | null) : null;
    const yaml = snapshot.files.get(join(root, 'pnpm-workspace.yaml'));
    const globs =
      yaml !== undefined
        ? pnpmPackages(yaml)
        : Array.isArray(pkg?.workspaces)
          ? pkg.workspaces
          : (pkg?.workspaces?.packages ?? []);
    if (globs.length === 0) continue;
    const include = globs.filter((g) => !g.startsWith('!')).map(globToRegExp);
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => globToRegExp(g.slice(1)));
    const members = packageDirs.filter((dir) => {
      if (dir === root) return false;
      const rel = root === '.' ? dir : dir.startsWith(root + '/') ? dir.slice(root.length + 1) : null;
      return rel !== null && include.some((r) => r.test(rel)) && !exclude.some((r) => r.test(rel));
    });
    workspaces.push({ root, pkg, members });
  }
  return workspaces;
}
