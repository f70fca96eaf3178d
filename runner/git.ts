// The dirty-tree check (docs/safety.md), as @next/codemod does it: refuse to mix our edits with
// uncommitted ones, so `git diff` shows exactly what the migration did.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isBelow, realPathOf } from './paths.js';

export type GitState = { kind: 'clean' } | { kind: 'dirty'; files: string[] } | { kind: 'no-git' };

/** Uncommitted (staged, unstaged or untracked) files under `paths`, relative to the repository top. */
export function gitState(paths: string[], cwd: string): GitState {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git(['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return { kind: 'no-git' };
  } catch {
    return { kind: 'no-git' }; // not a repository, or git is not installed
  }
  // git refuses a pathspec through a symlink ("beyond a symbolic link") or out of the tree: ask
  // about real paths, and leave out those outside (the run reports them and writes none).
  const top = git(['rev-parse', '--show-toplevel']).trim();
  const specs = paths.map((p) => realPathOf(path.resolve(cwd, p))).filter((real) => isBelow(real, top));
  if (specs.length === 0) return { kind: 'clean' };
  // -z: no quoting of unusual names; a rename entry is followed by its old name, skipped here.
  // Literal pathspecs: `app/api/[id]/route.ts` is a path, not a glob.
  const out = git(['--literal-pathspecs', 'status', '--porcelain', '-z', '--', ...specs]);
  const entries = out.split('\0');
  const files: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    files.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') i++;
  }
  return files.length > 0 ? { kind: 'dirty', files } : { kind: 'clean' };
}

/** The git work tree `dir` lies in (a folder holding `.git`, a file in worktrees and submodules), found by walking up. */
export function workTreeRoot(dir: string): string | null {
  for (let current = path.resolve(dir); ;) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
