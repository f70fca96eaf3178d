// The dirty-tree check (SPEC 7), as @next/codemod does it: refuse to mix our edits with
// uncommitted ones, so `git diff` shows exactly what the migration did.
import { execFileSync } from 'node:child_process';

export type GitState = { kind: 'clean' } | { kind: 'dirty'; files: string[] } | { kind: 'no-git' };

/** Uncommitted (staged, unstaged or untracked) files under `paths`, relative to the repository top. */
export function gitState(paths: string[], cwd: string): GitState {
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git(['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return { kind: 'no-git' };
  } catch {
    return { kind: 'no-git' }; // not a repository, or git is not installed
  }
  // -z: no quoting of unusual names; a rename entry is followed by its old name, skipped here.
  // Literal pathspecs: `app/api/[id]/route.ts` is a path, not a glob.
  const out = git(['--literal-pathspecs', 'status', '--porcelain', '-z', '--', ...paths]);
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
