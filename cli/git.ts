// The dirty-tree check (SPEC 7), as @next/codemod does it: refuse to mix our edits with yours.
import { execFileSync } from 'node:child_process';

export type GitState = { kind: 'clean' } | { kind: 'dirty'; files: string[] } | { kind: 'no-git' };

export function gitState(paths: string[]): GitState {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return { kind: 'no-git' };
  }
  const out = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const files = out.split('\n').filter(Boolean).map((l) => l.slice(3));
  return files.length > 0 ? { kind: 'dirty', files } : { kind: 'clean' };
}
