// The programmatic API (index.ts): the same report as --json, with paths relative to `cwd`.
import { describe, expect, it, afterAll } from 'vitest';
import { scan, toAction, toRoute, UsageError, type Report } from '../index.js';
import { miniApp, removeTempDirs, runCli } from './helpers/cli.js';
import { readBytes } from './helpers/tree.js';

afterAll(removeTempDirs);

describe('toAction()', () => {
  it('plans without writing and returns the report of docs/report.md', async () => {
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

  it('names the call a skipped handler answers with, as the route spells it', async () => {
    const dir = miniApp({
      'app/api/aliased/route.ts':
        "import { NextResponse as Res } from 'next/server';\n\nexport async function POST() {\n  return Res.json({ ok: true });\n}\n",
      'app/components/aliased.tsx':
        "'use client';\nexport async function go() {\n  const res = await fetch('/api/aliased', { method: 'POST' });\n  return res.json();\n}\n",
    });
    const report = await toAction({ cwd: dir });
    const site = report.sites.find((s) => s.file === 'app/components/aliased.tsx');
    expect(site).toMatchObject({
      status: 'skipped',
      reason: 'unsupported-handler',
      message: 'answers with the result of `Res.json()`',
    });
  });

  it('rejects a missing path with a UsageError', async () => {
    await expect(toAction({ cwd: miniApp(), paths: ['nope'] })).rejects.toBeInstanceOf(UsageError);
  });
});

/** A report without its timing, which differs between two runs. */
const timeless = (r: Report) => ({ ...r, summary: { ...r.summary, ms: 0 } });
const RENAME =
  "'use server';\n\nexport async function renameNote(id: string, title: string) {\n  return { id, title };\n}\n";

describe('the API returns what --json prints', () => {
  it('scan()', async () => {
    const dir = miniApp({ 'app/actions/rename.ts': RENAME });
    const cli = JSON.parse((await runCli(['scan', '--json'], { cwd: dir })).stdout) as Report;
    const api = await scan({ cwd: dir });
    expect(timeless(api)).toEqual(timeless(cli));
    expect(api.sites.map((s) => s.kind).sort()).toEqual(['action', 'fetch-call', 'route']);
  });

  it('toRoute()', async () => {
    const dir = miniApp({ 'app/actions/rename.ts': RENAME });
    const cli = JSON.parse(
      (await runCli(['to-route', '--json', '--cors', 'https://a.example'], { cwd: dir })).stdout,
    ) as Report;
    const api = await toRoute({ cwd: dir, cors: 'https://a.example' });
    expect(timeless(api)).toEqual(timeless(cli));
    expect(api.changes.map((c) => c.file)).toEqual(['app/api/rename-note/route.ts']);
  });

  it('scan() narrows with apps and rejects a folder that is no app', async () => {
    const dir = miniApp();
    await expect(scan({ cwd: dir, apps: ['app'] })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('write: true', () => {
  it('toAction() writes the same tree as --yes and reports migrated sites', async () => {
    const viaApi = miniApp();
    const viaCli = miniApp();
    const report = await toAction({ cwd: viaApi, write: true });
    expect(report.summary.migrated).toBeGreaterThan(0);
    expect(report.sites.some((s) => s.status === 'planned')).toBe(false);
    expect((await runCli(['to-action', '--yes'], { cwd: viaCli })).code).toBe(0);
    expect(readBytes(viaApi)).toEqual(readBytes(viaCli));
  });

  it('toRoute() writes the routes', async () => {
    const dir = miniApp({ 'app/actions/rename.ts': RENAME });
    const report = await toRoute({ cwd: dir, write: true });
    expect(report.sites.find((s) => s.name === 'renameNote')).toMatchObject({ status: 'migrated' });
    expect(readBytes(dir).get('app/api/rename-note/route.ts')?.toString()).toContain('await renameNote(id, title)');
  });
});
