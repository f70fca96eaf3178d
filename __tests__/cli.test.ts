// The built CLI end to end on temporary copies: exit codes, --json, --dry, --yes, bad input,
// and the migrated example app type-checking with the real next/react types.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree } from './helpers/tree.js';

const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli', 'main.js');
// Outside the repo (whose .gitignore would hide the copies); tsc gets a node_modules link.
const scratch = mkdtempSync(join(tmpdir(), 'actionshift-cli-'));

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function copyExample(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(repo, 'examples', 'acme-notes'), dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'ignore' });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('actionshift to-action', () => {
  it('refuses a missing path with exit 2', () => {
    const r = run(['to-action', 'nope', '--dry'], scratch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('path not found: nope');
  });

  it('refuses a tree with no Next.js app with exit 2', () => {
    const dir = join(scratch, 'empty');
    cpSync(join(repo, 'examples', 'acme-notes', 'lib'), dir, { recursive: true });
    const r = run(['to-action', '.', '--dry'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Next.js app found');
  });

  it('refuses to prompt without a terminal and without --dry or --yes', () => {
    const r = run(['to-action', '.'], copyExample('no-tty'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dry');
  });

  it('--dry prints the diff and writes nothing', () => {
    const dir = copyExample('dry');
    const before = readTree(dir);
    const r = run(['to-action', '.', '--dry'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+++ b/app/actions/notes.ts');
    expect(r.stdout).toContain('+export async function createNote(');
    expect(readTree(dir)).toEqual(before);
  });

  it('--json prints only the SPEC 2 report', () => {
    const r = run(['to-action', '.', '--json'], copyExample('json'));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, command: 'to-action', root: '.', apps: [{ dir: '.', router: 'app', next: '16.4.6', react: '19.3.1' }] });
    expect(report.sites.filter((s: { kind: string }) => s.kind === 'fetch-call').map((s: { status: string }) => s.status)).toEqual(['planned', 'planned', 'planned', 'planned']);
    expect(report.changes.map((c: { file: string; kind: string }) => `${c.kind} ${c.file}`)).toContain('create app/actions/notes.ts');
    expect(report.summary).toMatchObject({ sites: report.sites.length, errors: 0 });
  });

  it('a file that does not parse is reported and left alone while the rest migrates (exit 1)', () => {
    const dir = copyExample('broken');
    const broken = "'use client';\nexport function Broken() {\n  fetch('/api/notes', { method: 'POST' }\n}\n";
    writeFileSync(join(dir, 'app', 'components', 'broken.tsx'), broken);
    const r = run(['to-action', '.', '--yes', '--json', '--force'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([{ file: 'app/components/broken.tsx', message: expect.stringContaining('could not parse') }]);
    expect(readFileSync(join(dir, 'app', 'components', 'broken.tsx'), 'utf8')).toBe(broken);
    expect(existsSync(join(dir, 'app', 'actions', 'notes.ts'))).toBe(true);
  });

  it('--yes migrates the example app, which then type-checks, and a second run changes nothing', () => {
    const dir = copyExample('apply');
    const r = run(['to-action', '.', '--yes', '--force'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'app', 'components', 'contact-form.tsx'), 'utf8')).toContain('useActionState(handleSubmit');
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    const tsc = spawnSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const again = run(['to-action', '.', '--json'], dir);
    expect(JSON.parse(again.stdout).changes).toEqual([]);
  });
});
