// Finds the files below the given paths. node_modules, VCS and framework caches are never entered,
// build output is skipped at package roots, .gitignore files (above and below the roots) are
// honoured, and a directory reached twice (symlink loop or alias) is walked once. Links are
// followed last, so a file reached both directly and through a link is found by its real path,
// and a link that leads out of the repository is not followed but returned (docs/safety.md).
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { Containment, type Escape } from './containment.js';
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
  /** Where the run may read (default: the repository around cwd and the given roots). */
  containment?: Containment;
}

export interface Discovery {
  /** Posix paths relative to cwd, sorted, each file once. */
  files: string[];
  /** Links (files or folders) not followed because they lead out of the repository. */
  outside: Escape[];
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
  return discover(roots, options).files;
}

export function discover(roots: string[], options: DiscoverOptions): Discovery {
  const found = new Set<string>();
  // Each directory walked, by real path, with the path it was walked under: a linked file is
  // already found when its real folder was walked and holds it.
  const seenDirs = new Map<string, string>();
  /** Real paths of files found through a link or named as a root. */
  const linkedFiles = new Set<string>();
  const foundReal = (real: string): boolean => {
    const dir = seenDirs.get(path.dirname(real));
    return (dir !== undefined && found.has(withSep(dir) + path.basename(real))) || linkedFiles.has(real);
  };
  const dirLinks: Array<{ full: string; rules: Rules[] }> = [];
  const fileLinks: string[] = [];
  const outside: Escape[] = [];
  const containment = options.containment ?? new Containment(options.cwd, roots);
  const extra =
    options.ignore && options.ignore.length > 0
      ? { base: path.resolve(options.cwd), ig: ignore().add(options.ignore) }
      : null;

  // `real`: the directory's real path, for walking each directory once. Below a real directory an
  // entry that is not a link is real too, so only links need realpath.
  const visit = (dir: string, real: string, inherited: Rules[]): void => {
    if (seenDirs.has(real)) return;
    seenDirs.set(real, dir);
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
    const realPrefix = withSep(real);
    const ruled = extra ? [...rules, extra] : rules;
    for (const entry of entries) {
      const full = prefix + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const target = statSync(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir && (NEVER.has(entry.name) || (packageRoot && BUILD_OUTPUT.has(entry.name)))) continue;
      if (!isDir && !isFile) continue;
      if (ruled.length > 0 && isIgnored(full, isDir, ruled)) continue;
      if (link) {
        if (isDir) dirLinks.push({ full, rules });
        else fileLinks.push(full);
      } else if (isDir) visit(full, realPrefix + entry.name, rules);
      else found.add(full);
    }
  };
  /** The real path of a link that stays inside the repository; null (and noted) for one that leaves it. */
  const follow = (full: string): string | null => {
    const escape = containment.escape(full);
    if (escape) {
      outside.push(escape);
      return null;
    }
    try {
      return realpathSync(full);
    } catch {
      return null;
    }
  };

  for (const root of roots) {
    const abs = path.resolve(options.cwd, root);
    const real = follow(abs);
    if (real === null) continue;
    if (statSync(abs).isDirectory()) visit(abs, real, rulesAbove(abs));
    else {
      found.add(abs); // named explicitly: read even if ignored
      linkedFiles.add(real);
    }
  }
  // Folders first (a folder link may reach more links), then files: whatever is reachable
  // without a link has been found by then.
  for (let i = 0; i < dirLinks.length; i++) {
    const { full, rules } = dirLinks[i]!;
    const real = follow(full);
    if (real !== null) visit(full, real, rules);
  }
  for (const full of fileLinks) {
    const real = follow(full);
    if (real === null || foundReal(real)) continue;
    linkedFiles.add(real);
    found.add(full);
  }
  const cwd = path.resolve(options.cwd);
  return { files: [...found].map((abs) => below(cwd, abs) ?? relativeToCwd(cwd, abs)).sort(), outside };
}
