// `--patch FILE`: every change, creates and deletes included, as one patch that real `git apply`
// turns into exactly what `--yes` writes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitInit, miniApp, runCli, tempDir, removeTempDirs } from './helpers/cli.js';
import { readBytes } from './helpers/tree.js';

afterAll(removeTempDirs);

const withoutGit = (tree: Map<string, Buffer>) => new Map([...tree].filter(([file]) => !file.startsWith('.git/')));
const RENAME =
  "'use server';\n\nexport async function renameNote(id: string, title: string) {\n  return { id, title };\n}\n";

/** Runs `args --patch` on one copy and `args --yes` on another; returns the patch and both trees. */
async function patchAgainstYes(args: string[], extra: Record<string, string> = {}) {
  const viaPatch = miniApp(extra);
  const viaYes = miniApp(extra);
  gitInit(viaPatch);
  gitInit(viaYes);
  const patchFile = join(tempDir('patch-'), 'migration.diff');
  const dry = await runCli([...args, '--dry', '--patch', patchFile], { cwd: viaPatch });
  expect(dry.code, dry.stderr).toBe(0);
  const patch = readFileSync(patchFile, 'utf8');
  // Nothing is written by the run itself.
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: viaPatch, encoding: 'utf8' })).toBe('');
  execFileSync('git', ['apply', '--whitespace=error-all', patchFile], { cwd: viaPatch });
  const yes = await runCli([...args, '--yes'], { cwd: viaYes });
  expect(yes.code, yes.stderr).toBe(0);
  return { patch, patched: withoutGit(readBytes(viaPatch)), written: withoutGit(readBytes(viaYes)) };
}

describe('--patch', () => {
  it('to-action --route remove: the action module is created, the route deleted, and git apply gives the --yes tree', async () => {
    const { patch, patched, written } = await patchAgainstYes(['to-action', '--route', 'remove']);
    expect(patch).toMatch(
      /^diff --git a\/app\/actions\/\S+ b\/app\/actions\/\S+\nnew file mode 100644\n--- \/dev\/null$/m,
    );
    expect(patch).toMatch(
      /^diff --git a\/app\/api\/notes\/route\.ts b\/app\/api\/notes\/route\.ts\ndeleted file mode 100644\n/m,
    );
    expect(patch).toContain('diff --git a/app/components/add-note.tsx b/app/components/add-note.tsx\n--- a/');
    expect(written.has('app/api/notes/route.ts')).toBe(false);
    expect(patched).toEqual(written);
  });

  it('to-route: the new route files apply the same way', async () => {
    const { patch, patched, written } = await patchAgainstYes(['to-route'], { 'app/actions/rename.ts': RENAME });
    expect(patch).toContain('new file mode 100644\n--- /dev/null\n+++ b/app/api/rename-note/route.ts');
    expect(written.has('app/api/rename-note/route.ts')).toBe(true);
    expect(patched).toEqual(written);
  });

  it('is written alongside --yes too, and is empty when nothing changes', async () => {
    const dir = miniApp();
    const patchFile = join(tempDir('patch-'), 'p.diff');
    const first = await runCli(['to-action', '--yes', '--patch', patchFile], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(patchFile, 'utf8')).toMatch(/^diff --git /);
    const again = await runCli(['to-action', '--yes', '--patch', patchFile], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(patchFile, 'utf8')).toBe('');
  });
});
