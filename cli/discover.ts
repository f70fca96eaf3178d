// Finds the files below the given paths: node_modules, build output and .gitignore'd paths are
// never entered, and a directory reached twice (a symlink loop) is read once.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

const NEVER = new Set(['node_modules', '.git', '.next', '.turbo', '.vercel', 'dist', 'out', 'build', 'coverage']);

interface Rules {
  base: string;
  ig: Ignore;
}

function loadRules(dir: string): Rules | null {
  try {
    const text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
    return { base: dir, ig: ignore().add(text) };
  } catch {
    return null;
  }
}

function ignored(full: string, isDir: boolean, rules: Rules[]): boolean {
  for (const r of rules) {
    const rel = path.relative(r.base, full).split(path.sep).join('/');
    if (rel && !rel.startsWith('..') && r.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** Absolute paths of every file under `roots`, sorted. */
export function discoverFiles(roots: string[], extraIgnores: string[] = []): string[] {
  const out = new Set<string>();
  const seenDirs = new Set<string>();
  const extra = extraIgnores.length > 0 ? ignore().add(extraIgnores) : null;
  const cwd = process.cwd();
  const visit = (dir: string, rules: Rules[]) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const own = loadRules(dir);
    const active = own ? [...rules, own] : rules;
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      let stat;
      try {
        stat = statSync(full);
      } catch {
        continue;
      }
      const isDir = stat.isDirectory();
      if (isDir && NEVER.has(entry)) continue;
      if (ignored(full, isDir, active)) continue;
      const rel = path.relative(cwd, full).split(path.sep).join('/');
      if (extra && !rel.startsWith('..') && extra.ignores(isDir ? `${rel}/` : rel)) continue;
      if (isDir) visit(full, active);
      else if (stat.isFile()) out.add(full);
    }
  };
  for (const root of roots) {
    const abs = path.resolve(root);
    if (statSync(abs).isDirectory()) visit(abs, gitignoresAbove(abs));
    else out.add(abs);
  }
  return [...out].sort();
}

/** .gitignore files of the folders above a root, up to the repository top. */
function gitignoresAbove(dir: string): Rules[] {
  const rules: Rules[] = [];
  let current = path.dirname(dir);
  while (true) {
    const r = loadRules(current);
    if (r) rules.unshift(r);
    try {
      if (statSync(path.join(current, '.git')).isDirectory()) break;
    } catch {
      /* not the top yet */
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return rules;
}
