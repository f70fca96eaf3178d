// The bench's babel floor must do exactly the work it claims (parse every caller and route once,
// nothing else), or the bound it gives the sparse targets would be wrong.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTree } from '../bench/generate.js';
import { removeTempDirs, tempDir } from './helpers/cli.js';

const floor = join(import.meta.dirname, '..', 'bench', 'babel-floor.mjs');

afterAll(removeTempDirs);

const run = (dir: string) => spawnSync(process.execPath, [floor, dir], { encoding: 'utf8' });

describe('bench/babel-floor.mjs', () => {
  it('parses the planted callers and routes of a generated tree, and no other file', () => {
    const dir = tempDir('actionshift-floor-');
    const manifest = generateTree({ apps: 2, files: 300, callEvery: 10, seed: 11 }, dir);
    const callers = new Set(manifest.calls.map((c) => c.file)).size;
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`parsed ${callers + manifest.routes.length}\n`);
    expect(callers).toBeGreaterThan(0);
  });

  it('fails on a caller that does not parse instead of timing less work', () => {
    const dir = tempDir('actionshift-floor-');
    const manifest = generateTree({ apps: 1, files: 50, callEvery: 10, seed: 12 }, dir);
    writeFileSync(join(dir, manifest.apps[0]!, 'broken.tsx'), "export const B = () => fetch('/api/y', {\n");
    const r = run(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/SyntaxError/);
  });
});
