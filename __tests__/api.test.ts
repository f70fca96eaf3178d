// The programmatic API (index.ts): the same report as --json, with paths relative to `cwd`.
import { describe, expect, it, afterAll } from 'vitest';
import { toAction, UsageError } from '../index.js';
import { miniApp, removeTempDirs } from './helpers/cli.js';
import { readBytes } from './helpers/tree.js';

afterAll(removeTempDirs);

describe('toAction()', () => {
  it('plans without writing and returns the SPEC 2 report', async () => {
    const dir = miniApp();
    const before = readBytes(dir);
    const report = await toAction({ cwd: dir });
    expect(report).toMatchObject({ version: 1, command: 'to-action', root: '.', apps: [{ dir: '.' }], errors: [] });
    expect(report.sites.length).toBeGreaterThan(0);
    expect(report.sites.every((s) => s.status !== 'migrated')).toBe(true);
    expect(readBytes(dir)).toEqual(before);
  });

  it('takes paths relative to cwd and option overrides', async () => {
    const dir = miniApp();
    const keep = await toAction({ cwd: dir, paths: ['.'], route: 'keep' });
    expect(keep.changes.map((c) => c.file)).not.toContain('app/api/notes/route.ts');
  });

  it('rejects a missing path with a UsageError', async () => {
    await expect(toAction({ cwd: miniApp(), paths: ['nope'] })).rejects.toBeInstanceOf(UsageError);
  });
});
