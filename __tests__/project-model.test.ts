// The project model's lookups that runs make per file: they must answer as their plain
// definitions do, whatever the shape of the monorepo.
import { describe, expect, it } from 'vitest';
import { appOf } from '../transforms/model/project.js';
import { isInside } from '../transforms/model/paths.js';

/** The definition: of the apps containing the file, the one with the longest folder. */
function deepestApp<T extends { dir: string }>(apps: readonly T[], file: string): T | null {
  let best: T | null = null;
  for (const app of apps) if (isInside(file, app.dir) && (!best || app.dir.length > best.dir.length)) best = app;
  return best;
}

/** A small deterministic generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('appOf', () => {
  const dirs = ['.', 'apps', 'apps/web', 'apps/web/app', 'apps/webshop', 'apps/admin', 'packages/ui', 'apps/web/nested/app2', '../outside'];
  const segments = ['apps', 'web', 'webshop', 'admin', 'app', 'nested', 'app2', 'packages', 'ui', 'page.tsx', 'x.ts', '..', 'outside'];

  it('answers as the deepest containing app on random files and app sets', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const apps = dirs.filter(() => next() < 0.5).map((dir) => ({ dir }));
      for (let i = 0; i < 20; i++) {
        const depth = 1 + Math.floor(next() * 5);
        const file = Array.from({ length: depth }, () => segments[Math.floor(next() * segments.length)]).join('/');
        expect(appOf(apps, file), `${file} among ${apps.map((a) => a.dir).join(', ')}`).toBe(deepestApp(apps, file));
      }
    }
  });

  it('sees apps added to a list it has already looked through', () => {
    const apps = [{ dir: 'apps/web' }];
    expect(appOf(apps, 'apps/admin/page.tsx')).toBeNull();
    apps.push({ dir: 'apps/admin' });
    expect(appOf(apps, 'apps/admin/page.tsx')).toBe(apps[1]);
  });

  it('keeps files outside the working directory out of the root app', () => {
    const root = { dir: '.' };
    expect(appOf([root], 'app/page.tsx')).toBe(root);
    expect(appOf([root], '../other/app/page.tsx')).toBeNull();
  });
});
