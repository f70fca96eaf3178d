// Monorepos (docs/README.md): apps found through pnpm-workspace.yaml and npm/yarn `workspaces`, a file
// that does not parse in one app, `--app` narrowing, tsconfig `extends`, output grouped by app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI_APP, runCli, tempDir, removeTempDirs } from './helpers/cli.js';
import { readBytes, writeTree } from './helpers/tree.js';
import type { Report } from '../transforms/report.js';

afterAll(removeTempDirs);

const BROKEN = "'use client';\nexport function Broken() {\n  fetch('/api/notes', { method: 'POST' }\n}\n";
const NEXT = { next: '15.1.0', react: '19.0.0', 'react-dom': '19.0.0' };
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** MINI_APP's files under `dir`, without its package.json and tsconfig. */
function appFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(MINI_APP)
      .filter(([file]) => file.startsWith('app/'))
      .map(([file, text]) => [`${dir}/${file}`, text]),
  );
}

/**
 * Two apps and a UI library. pnpm: each app depends on next itself. npm/yarn: next is hoisted to
 * the root and `apps/web` lists no next of its own. Both: the apps' tsconfig extends a root
 * tsconfig.base.json whose `paths` (Nx style, baseUrl at the root) give `@web/*` and `@admin/*`.
 */
function workspace(kind: 'pnpm' | 'npm'): string {
  const dir = tempDir(`${kind}-`);
  const files: Record<string, string> = {
    'tsconfig.base.json': json({
      compilerOptions: {
        strict: true,
        baseUrl: '.',
        paths: { '@web/*': ['apps/web/*'], '@admin/*': ['apps/admin/*'] },
      },
    }),
    'apps/web/tsconfig.json': json({ extends: '../../tsconfig.base.json', include: ['**/*.ts', '**/*.tsx'] }),
    'apps/admin/tsconfig.json': json({ extends: '../../tsconfig.base.json' }),
    'apps/admin/package.json': json({ name: 'admin', private: true, dependencies: NEXT }),
    'packages/ui/package.json': json({ name: 'ui', private: true, dependencies: { react: '19.0.0' } }),
    'packages/ui/button.tsx':
      "export function Button() {\n  return <button onClick={() => fetch('/api/notes', { method: 'POST' })}>x</button>;\n}\n",
    'apps/admin/app/components/broken.tsx': BROKEN,
    // Never entered: installed packages and build output.
    'node_modules/lib/index.tsx': "'use client';\nexport const go = () => fetch('/api/notes', { method: 'POST' });\n",
    'apps/web/.next/server/chunk.js': "fetch('/api/notes', { method: 'POST' });\n",
    ...appFiles('apps/web'),
    ...appFiles('apps/admin'),
  };
  if (kind === 'pnpm') {
    files['package.json'] = json({ name: 'root', private: true, devDependencies: { typescript: '5.9.3' } });
    files['pnpm-workspace.yaml'] = "packages:\n  - 'apps/*'\n  - 'packages/*'\n";
    files['apps/web/package.json'] = json({ name: 'web', private: true, dependencies: NEXT });
  } else {
    files['package.json'] = json({
      name: 'root',
      private: true,
      workspaces: ['apps/*', 'packages/*'],
      dependencies: NEXT,
    });
    files['apps/web/package.json'] = json({ name: 'web', private: true, dependencies: { zod: '3.0.0' } });
  }
  writeTree(dir, files);
  return dir;
}

describe.each(['pnpm', 'npm'] as const)('a %s workspace with two apps', (kind) => {
  it('finds both apps (not the root or the library), reports the file that does not parse, and moves the rest', async () => {
    const dir = workspace(kind);
    const r = await runCli(['to-action', '--dry', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.apps.map((a) => [a.dir, a.next])).toEqual([
      ['apps/admin', '15.1.0'],
      ['apps/web', '15.1.0'],
    ]);
    expect(report.errors).toEqual([
      { file: 'apps/admin/app/components/broken.tsx', message: expect.stringContaining('could not parse') },
    ]);
    const calls = report.sites.filter((s) => s.kind === 'fetch-call');
    expect(calls.map((s) => [s.file, s.status])).toEqual([
      ['apps/admin/app/components/add-note.tsx', 'planned'],
      ['apps/web/app/components/add-note.tsx', 'planned'],
    ]);
    // The call sites import their action through the alias the root config gives each app.
    const diffOf = (file: string) => report.changes.find((c) => c.file === file)?.diff ?? '';
    expect(diffOf('apps/web/app/components/add-note.tsx')).toMatch(/^\+import \{ \w+ \} from '@web\/app\//m);
    expect(diffOf('apps/admin/app/components/add-note.tsx')).toMatch(/^\+import \{ \w+ \} from '@admin\/app\//m);
    expect(
      report.changes.every((c) => c.file.startsWith('apps/web/app/') || c.file.startsWith('apps/admin/app/')),
    ).toBe(true);
  });

  it('groups the summary by app', async () => {
    const dir = workspace(kind);
    const r = await runCli(['to-action', '--dry'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    const summary = r.stderr.slice(r.stderr.indexOf('call site(s)'));
    const admin = summary.indexOf('\n  apps/admin (Next 15.1.0, app router)\n');
    const web = summary.indexOf('\n  apps/web (Next 15.1.0, app router)\n');
    expect(admin).toBeGreaterThan(0);
    expect(web).toBeGreaterThan(admin);
    expect(summary.slice(admin, web)).toContain('    moves apps/admin/app/components/add-note.tsx');
    expect(summary.slice(admin, web)).toContain('    error apps/admin/app/components/broken.tsx');
    expect(summary.slice(web)).toContain('    moves apps/web/app/components/add-note.tsx');
    expect(summary.slice(web)).not.toContain('apps/admin/');
  });

  it('--app narrows the run to one app and leaves the other byte for byte', async () => {
    const dir = workspace(kind);
    const admin = () => new Map([...readBytes(dir)].filter(([f]) => f.startsWith('apps/admin/')));
    const before = admin();
    const r = await runCli(['to-action', '--yes', '--json', '--app', 'apps/web'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.apps.map((a) => a.dir)).toEqual(['apps/web']);
    expect(report.errors).toEqual([]);
    expect(report.sites.filter((s) => s.kind === 'fetch-call').map((s) => [s.file, s.status])).toEqual([
      ['apps/web/app/components/add-note.tsx', 'migrated'],
    ]);
    expect(admin()).toEqual(before);
    expect(readFileSync(join(dir, 'apps/web/app/components/add-note.tsx'), 'utf8')).toMatch(/from '@web\/app\//);
  });

  it('--app refuses a folder that is not a Next.js app', async () => {
    const dir = workspace(kind);
    const r = await runCli(['scan', '--app', 'packages/ui'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--app packages/ui: not a Next.js app');
  });
});

describe('--shard K/N', () => {
  it('splits the apps into disjoint runs whose reports concatenate to the whole run', async () => {
    const dir = workspace('pnpm');
    const report = async (...args: string[]) => {
      const r = await runCli(['to-action', '--dry', '--json', ...args], { cwd: dir });
      return { ...r, report: JSON.parse(r.stdout) as Report };
    };
    const whole = await report();
    const first = await report('--shard', '1/2');
    const second = await report('--shard', '2/2');
    expect(first.report.apps.map((a) => a.dir)).toEqual(['apps/admin']);
    expect(second.report.apps.map((a) => a.dir)).toEqual(['apps/web']);
    expect(first.stderr).toContain('shard 1/2 takes 1 of 2 app(s): apps/admin.');
    const byFile = <T extends { file: string }>(list: T[]) =>
      [...list].sort((a, b) => a.file.localeCompare(b.file) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(byFile([...first.report.sites, ...second.report.sites])).toEqual(byFile(whole.report.sites));
    expect(byFile([...first.report.changes, ...second.report.changes])).toEqual(byFile(whole.report.changes));
    expect(byFile([...first.report.errors, ...second.report.errors])).toEqual(byFile(whole.report.errors));
  });

  it('names ten apps of a shard and counts the rest', async () => {
    const dir = tempDir('many-apps-');
    const apps = Array.from({ length: 24 }, (_, i) => `apps/a${String(i).padStart(2, '0')}`);
    writeTree(
      dir,
      Object.fromEntries(
        apps.flatMap((app) => [
          [`${app}/package.json`, json({ dependencies: NEXT })],
          [`${app}/app/page.tsx`, 'export default function Page() {\n  return null;\n}\n'],
        ]),
      ),
    );
    const r = await runCli(['to-action', '--dry', '--json', '--shard', '1/2'], { cwd: dir });
    const mine = apps.filter((_, i) => i % 2 === 0);
    expect(r.stderr).toContain(`shard 1/2 takes 12 of 24 app(s): ${mine.slice(0, 10).join(', ')} and 2 more.`);
    expect((JSON.parse(r.stdout) as Report).apps.map((a) => a.dir)).toEqual(mine);
  });
});
