// The `bin` tier's setup (vitest.config.ts): builds dist/ once before its suites, which start the
// real binary (bin, the tmux session) and would otherwise race each other rebuilding it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync('npm', ['run', 'build'], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
}
