// Finds the files below the given paths. node_modules, VCS and framework caches are never entered,
// build output is skipped at package roots, .gitignore files (above and below the roots) are
// honoured, and a directory reached twice (symlink loop or alias) is walked once.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { relativeToCwd, toPosix, withSep } from './paths.js';

// Required, not imported: see cli/main.ts.
const ignore = createRequire(import.meta.url)('ignore') as typeof import('ignore');
const NEVER = new Set(['node_modules', '.git', '.next', '.turbo', '.vercel', '.yarn', '.pnpm-store']);
/** Build output: only skipped beside a package.json, since `app/api/build/route.ts` is a real route. */
const BUILD_OUTPUT = new Set(['dist', 'out', 'build', 'coverage']);

export interface DiscoverOptions {
  cwd: string;
  /** Extra gitignore-style patterns, relative to cwd (`--ignore`). */
  ignore?: string[];
}

interface Rules {
  base: string;
  ig: Ignore;
}

function loadRules(dir: string): Rules | null {
  let text: string;
  try {
    text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return null;
  }
  return { base: dir, ig: ignore().add(text) };
}

/** `full` relative to `base` when inside it, by slicing: the walk builds every path from its parent's. */
function below(base: string, full: string): string | null {
  const prefix = withSep(base);
  return full.startsWith(prefix) && full.length > prefix.length ? toPosix(full.slice(prefix.length)) : null;
}

/** git's precedence: the deepest .gitignore with a matching rule (ignore or `!` negation) wins. */
function isIgnored(full: string, isDir: boolean, rules: Rules[]): boolean {
  let ignored = false;
  for (const r of rules) {
    const rel = below(r.base, full);
    if (rel === null) continue;
    const t = r.ig.test(isDir ? `${rel}/` : rel);
    if (t.ignored) ignored = true;
    else if (t.unignored) ignored = false;
  }
  return ignored;
}

/** The .gitignore rules of the folders above `dir` inside its git work tree (none outside git). */
function rulesAbove(dir: string): Rules[] {
  const chain: string[] = [];
  let current = path.dirname(dir);
  for (;;) {
    chain.unshift(current);
    if (existsSync(path.join(current, '.git'))) break; // a directory, or a file in worktrees/submodules
    const parent = path.dirname(current);
    if (parent === current) return [];
    current = parent;
  }
  return chain.map(loadRules).filter((r): r is Rules => r !== null);
}

/** Posix paths, relative to `options.cwd`, of every file under `roots` (sorted, no duplicates). */
export function discoverFiles(roots: string[], options: DiscoverOptions): string[] {
  const found = new Set<string>();
  const seenDirs = new Set<string>();
  const extra = options.ignore && options.ignore.length > 0 ? { base: path.resolve(options.cwd), ig: ignore().add(options.ignore) } : null;

  // `real`: the directory's real path, for walking each directory once. Below a real directory an
  // entry that is not a link is real too, so only links need realpath.
  const visit = (dir: string, real: string, inherited: Rules[]): void => {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const own = entries.some((e) => e.name === '.gitignore') ? loadRules(dir) : null;
    const rules = own ? [...inherited, own] : inherited;
    const packageRoot = entries.some((e) => e.name === 'package.json' && !e.isDirectory());
    const prefix = withSep(dir);
    const ruled = extra ? [...rules, extra] : rules;
    for (const entry of entries) {
      const full = prefix + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let childReal = isDir ? path.join(real, entry.name) : '';
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
          if (isDir) childReal = realpathSync(full);
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir && (NEVER.has(entry.name) || (packageRoot && BUILD_OUTPUT.has(entry.name)))) continue;
      if (!isDir && !isFile) continue;
      if (ruled.length > 0 && isIgnored(full, isDir, ruled)) continue;
      if (isDir) visit(full, childReal, rules);
      else found.add(full);
    }
  };

  for (const root of roots) {
    const abs = path.resolve(options.cwd, root);
    if (statSync(abs).isDirectory()) visit(abs, realpathSync(abs), rulesAbove(abs));
    else found.add(abs); // named explicitly: read even if ignored
  }
  const cwd = path.resolve(options.cwd);
  return [...found].map((abs) => below(cwd, abs) ?? relativeToCwd(cwd, abs)).sort();
}
