// --jobs must not change the report (bench/README.md): a generated monorepo migrated by the built binary
// on one thread and split over two workers (reading in chunks, to-action per group of apps)
// gives the same JSON but for the timing. Speed itself is measured by `npm run bench`, not here.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTree } from '../bench/generate.js';
import { removeTempDirs, tempDir } from './helpers/cli.js';

const bin = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

afterAll(removeTempDirs);

function report(
  cwd: string,
  jobs: number,
): { code: number | null; report: Record<string, unknown> & { summary: Record<string, number> } } {
  // A pool that fails falls back to one thread with a note; here the workers must do the work.
  const r = spawnSync(process.execPath, [bin, 'to-action', '.', '--dry', '--json', '--jobs', String(jobs)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const parsed = JSON.parse(r.stdout) as Record<string, unknown> & { summary: Record<string, number> };
  delete parsed.summary.ms;
  expect(r.stderr).not.toMatch(/worker threads failed/);
  return { code: r.status, report: parsed };
}

describe('--jobs', () => {
  it('gives the same report with --jobs 1 and --jobs 2 on a generated monorepo', () => {
    const dir = tempDir('actionshift-jobs-');
    const manifest = generateTree({ apps: 4, files: 800, callEvery: 20, seed: 7 }, dir);
    // Unparseable callers in two apps, so errors come from both workers and must merge in order.
    writeFileSync(
      join(dir, 'apps/web/components/broken.tsx'),
      "'use client';\nexport function Broken() {\n  fetch('/api/x', { method: 'POST' }\n}\n",
    );
    writeFileSync(
      join(dir, 'apps/admin/components/broken.tsx'),
      "'use client';\nexport const B = () => fetch('/api/y', {\n",
    );

    const one = report(dir, 1);
    const two = report(dir, 2);
    expect(one.code).toBe(1); // the two unparseable files
    expect(two.code).toBe(1);
    expect(one.report.summary.sites).toBe(manifest.expectedSites);
    expect((one.report.errors as unknown[]).length).toBe(2);
    expect(two.report).toEqual(one.report);
    expect(JSON.stringify(two.report)).toBe(JSON.stringify(one.report));
  });

  it('gives the same report when one app is split over the workers by component', () => {
    const dir = tempDir('actionshift-jobs-one-');
    const manifest = generateTree({ apps: 1, files: 200, callEvery: 2, seed: 11 }, dir);
    writeFileSync(
      join(dir, 'apps/web/components/broken.tsx'),
      "'use client';\nexport function Broken() {\n  fetch('/api/x', { method: 'POST' }\n}\n",
    );
    const one = report(dir, 1);
    const two = report(dir, 2);
    expect(one.code).toBe(1);
    expect(one.report.summary.sites).toBe(manifest.expectedSites);
    expect(JSON.stringify(two.report)).toBe(JSON.stringify(one.report));
  });
});
