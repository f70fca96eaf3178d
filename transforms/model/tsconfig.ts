// Path aliases from an app's tsconfig.json / jsconfig.json, following relative `extends` (a
// monorepo's shared tsconfig.base.json) as TypeScript does: `baseUrl` is relative to the file that
// sets it, `paths` to `baseUrl` or else to the file that sets `paths`.
import type { PathAlias, ProjectSnapshot } from './types.js';
import { dirname, join } from './paths.js';
import { parseJsonc } from './jsonc.js';

interface Config {
  extends?: string | string[];
  compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> };
}

interface Resolved {
  baseUrl: string | null;
  paths: { map: Record<string, string[]>; dir: string } | null;
}

function load(snapshot: ProjectSnapshot, file: string, seen: Set<string>): Resolved {
  const resolved: Resolved = { baseUrl: null, paths: null };
  const text = snapshot.files.get(file);
  if (text === undefined || seen.has(file)) return resolved;
  seen.add(file);
  const config = parseJsonc(text) as Config | null;
  const dir = dirname(file);
  // Package extends (`@tsconfig/next`) live in node_modules, which is never read.
  for (const base of [config?.extends ?? []].flat().filter((e) => e.startsWith('.'))) {
    const target = join(dir, base);
    const parent = load(snapshot, snapshot.files.has(target) ? target : `${target}.json`, seen);
    resolved.baseUrl = parent.baseUrl ?? resolved.baseUrl;
    resolved.paths = parent.paths ?? resolved.paths;
  }
  const options = config?.compilerOptions;
  if (options?.baseUrl !== undefined) resolved.baseUrl = join(dir, options.baseUrl);
  if (options?.paths) resolved.paths = { map: options.paths, dir };
  return resolved;
}

export function readAliases(snapshot: ProjectSnapshot, dir: string): PathAlias[] {
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = join(dir, name);
    if (!snapshot.files.has(file)) continue;
    const { baseUrl, paths } = load(snapshot, file, new Set());
    if (!paths) return [];
    const base = baseUrl ?? paths.dir;
    return Object.entries(paths.map).map(([key, targets]) => {
      const wildcard = key.endsWith('*');
      return {
        prefix: wildcard ? key.slice(0, -1) : key,
        wildcard,
        // Wildcard targets are directories (`./src/*` -> `src`); exact ones are files.
        targets: targets.map((t) => join(base, wildcard ? t.replace(/\/?\*$/, '') || '.' : t)),
      };
    });
  }
  return [];
}
