// `--verify`: the app's own tsc before and after writing; only errors the migration added count.
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI_APP, miniApp, runCli, removeTempDirs } from './helpers/cli.js';
import type { Report } from '../transforms/report.js';

afterAll(removeTempDirs);

const repo = join(import.meta.dirname, '..');
const example = join(repo, 'examples', 'acme-notes');
const CALL = 'app/components/add-note.tsx';

/** Every file of a tree and its text, node_modules left out. */
function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && !file.includes('node_modules')) out[file.slice(dir.length + 1)] = readFileSync(file, 'utf8');
  }
  return out;
}

/** The mini app with the example's Next.js tsconfig and the repo's node_modules (typescript, next, react types). */
function typedApp(extra: Record<string, string> = {}): string {
  const dir = miniApp({
    'tsconfig.json': readFileSync(join(example, 'tsconfig.json'), 'utf8'),
    'next-env.d.ts': readFileSync(join(example, 'next-env.d.ts'), 'utf8'),
    ...extra,
  });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('--verify', () => {
  it('says when the migration added no type errors', async () => {
    const dir = typedApp();
    const r = await runCli(['to-action', '--yes', '--verify'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('verify: the app: tsc --noEmit found no new type errors (0 before, 0 after).');
  });

  it('reports only the errors the migration added, not the ones already there', async () => {
    // The route answers { id, title }; the caller reads a field the JSON never had. Through fetch
    // that was `any`; through the typed action it is an error the person must look at.
    const call = MINI_APP[CALL]!.replace('console.log(note.id);', 'console.log(note.id, note.author.name);');
    const dir = typedApp({ [CALL]: call, 'lib/old.ts': "export const count: number = 'many';\n" });
    const r = await runCli(['to-action', '--yes', '--verify', '--force', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.errors).toEqual([
      {
        file: CALL,
        message: expect.stringMatching(
          /^type error added by the migration, line \d+: TS2339 Property 'author' does not exist/,
        ),
      },
    ]);
    expect(report.sites.filter((s) => s.kind === 'fetch-call').map((s) => s.status)).toEqual(['migrated']);
    expect(r.stderr).toContain('verify: the app: the migration added 1 type error(s) (1 before, 2 after)');
  });

  it('rolls the written files back when the migration added type errors, unless --force', async () => {
    const call = MINI_APP[CALL]!.replace('console.log(note.id);', 'console.log(note.id, note.author.name);');
    const dir = typedApp({ [CALL]: call });
    const before = snapshotTree(dir);
    const r = await runCli(['to-action', '--yes', '--verify', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /verify: rolled back the \d+ written file\(s\) because of the added type errors; pass --force to keep them/,
    );
    expect(snapshotTree(dir)).toEqual(before);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^type error added by the migration, line \d+: TS2339 Property 'author' does not exist/),
    ]);
    expect(report.sites.filter((s) => s.kind === 'fetch-call').map((s) => s.status)).not.toContain('migrated');
  });

  it('checks the routes to-route writes too', async () => {
    const action =
      "'use server';\n\nexport async function renameNote(id: string, title: string) {\n  return { id, title };\n}\n";
    const dir = typedApp({ 'app/actions/rename.ts': action });
    const r = await runCli(['to-route', '--yes', '--verify'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'app/api/rename-note/route.ts'), 'utf8')).toContain('await renameNote(id, title)');
    expect(r.stderr).toContain('verify: the app: tsc --noEmit found no new type errors (0 before, 0 after).');
  });

  it('notes an app without TypeScript installed and still writes', async () => {
    const dir = miniApp();
    const r = await runCli(['to-action', '--yes', '--verify'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'verify: the app not type-checked: TypeScript is not installed for this app (npm install --save-dev typescript).',
    );
    expect(readFileSync(join(dir, CALL), 'utf8')).not.toContain("fetch('/api/notes'");
  });

  it('is refused with --dry, since nothing is written to check', async () => {
    const r = await runCli(['to-action', '--dry', '--verify'], { cwd: miniApp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--verify type-checks what was written');
  });
});
