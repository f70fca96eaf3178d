// Safety rails (docs/safety.md) through the CLI: a bad file is reported and left alone while the run goes
// on; what is written keeps its mode and its missing final newline; a symlink loop ends.
import { chmodSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI_APP, miniApp, runCli, removeTempDirs } from './helpers/cli.js';
import type { Report } from '../transforms/report.js';

afterAll(removeTempDirs);

const CALL = 'app/components/add-note.tsx';
const ROUTE = 'app/api/notes/route.ts';

async function json(args: string[], cwd: string): Promise<{ code: number; report: Report }> {
  const r = await runCli([...args, '--json'], { cwd });
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

describe('bad input', () => {
  it('a source file over 2 MB is reported, never rewritten, and the rest is migrated', async () => {
    const big = `'use client';\n// ${'x'.repeat(2 * 1024 * 1024)}\nexport const go = () => fetch('/api/notes', { method: 'POST' });\n`;
    const dir = miniApp({ 'app/components/big.tsx': big });
    const { code, report } = await json(['to-action', '--yes'], dir);
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      { file: 'app/components/big.tsx', message: expect.stringMatching(/^skipped: larger than 2 MB/) },
    ]);
    expect(readFileSync(join(dir, 'app/components/big.tsx'), 'utf8')).toBe(big);
    expect(report.sites.find((s) => s.file === CALL)).toMatchObject({ status: 'migrated' });
    expect(readFileSync(join(dir, CALL), 'utf8')).not.toContain("fetch('/api/notes'");
  });

  it('a symlink loop does not hang the scan, and nothing is found twice', async () => {
    const plain = await json(['scan'], miniApp());
    const dir = miniApp();
    symlinkSync('..', join(dir, 'app/components/loop'));
    symlinkSync('.', join(dir, 'app/self'));
    const looped = await json(['scan'], dir);
    expect(looped.code).toBe(0);
    expect(looped.report.sites).toEqual(plain.report.sites);
    expect(looped.report.errors).toEqual([]);
  });
});

describe('what is written', () => {
  it("keeps each rewritten file's mode", async () => {
    const dir = miniApp();
    chmodSync(join(dir, CALL), 0o755);
    chmodSync(join(dir, ROUTE), 0o600);
    const { code, report } = await json(['to-action', '--yes', '--route', 'delegate'], dir);
    expect(code).toBe(0);
    expect(report.changes.map((c) => [c.file, c.kind])).toEqual(
      expect.arrayContaining([
        [CALL, 'modify'],
        [ROUTE, 'modify'],
      ]),
    );
    expect(statSync(join(dir, CALL)).mode & 0o777).toBe(0o755);
    expect(statSync(join(dir, ROUTE)).mode & 0o777).toBe(0o600);
  });

  it('keeps a missing final newline', async () => {
    const dir = miniApp();
    writeFileSync(join(dir, CALL), MINI_APP[CALL]!.replace(/\n$/, ''));
    writeFileSync(join(dir, ROUTE), MINI_APP[ROUTE]!.replace(/\n$/, ''));
    const { code } = await json(['to-action', '--yes', '--route', 'delegate'], dir);
    expect(code).toBe(0);
    const call = readFileSync(join(dir, CALL), 'utf8');
    expect(call).not.toContain("fetch('/api/notes'");
    expect(call.endsWith('}')).toBe(true);
    expect(readFileSync(join(dir, ROUTE), 'utf8').endsWith('}')).toBe(true);
  });
});
