// The CLI in-process (main with injected io and cwd) on small temp projects: exit codes,
// modes, --json purity, --dry writing nothing, the git check, errors that leave files alone.
// To extend: build a tree with miniApp({...extra files}) and assert on runCli's code/stdout/stderr.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { gitInit, MINI_APP, miniApp, runCli, tempDir, removeTempDirs } from './helpers/cli.js';
import { readBytes, readTree, writeTree } from './helpers/tree.js';
import type { Report } from '../transforms/report.js';

afterAll(removeTempDirs);

const ANSI = /\u001b\[/;
const BROKEN = "'use client';\nexport function Broken() {\n  fetch('/api/notes', { method: 'POST' }\n}\n";

describe('usage and environment errors (exit 2)', () => {
  it('refuses a missing path', async () => {
    const r = await runCli(['to-action', 'nope', '--dry'], { cwd: miniApp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('path not found: nope');
  });

  it('refuses --dry with --yes, naming both, and writes nothing', async () => {
    const dir = miniApp();
    const r = await runCli(['to-action', '--dry', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--dry.*--yes/);
    expect(readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8')).toBe(
      MINI_APP['app/components/add-note.tsx'],
    );
  });

  it('refuses --patch into a folder that does not exist, before reading anything', async () => {
    const r = await runCli(['to-action', '--dry', '--patch', 'missing/run.patch'], { cwd: miniApp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--patch missing/run.patch: the folder missing does not exist');
  });

  it('with --json still prints a report, its error saying what was wrong', async () => {
    for (const argv of [
      ['to-action', 'nope', '--json'],
      ['scan', '--json', '--jobs', 'zero'],
      ['to-action', '--json', '--dry', '--yes'],
    ]) {
      const r = await runCli(argv, { cwd: miniApp() });
      expect(r.code, argv.join(' ')).toBe(2);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.command).toBe(argv[0]);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]!.message).toMatch(/^usage: /);
      expect(report.summary.errors).toBe(1);
    }
  });

  it('refuses a tree with no Next.js app', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'package.json': '{ "name": "plain", "dependencies": { "react": "19.0.0" } }\n',
      'src/a.ts': "fetch('/api/x');\n",
    });
    const r = await runCli(['to-action', '--dry'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Next.js app found');
    expect(r.stdout).toBe('');
  });

  it('refuses interactive mode without a terminal, pointing at --dry and --yes', async () => {
    const dir = miniApp();
    const r = await runCli(['to-action'], { cwd: dir, tty: false });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/interactive review needs a terminal.*--dry.*--yes/);
    expect(readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8')).toBe(
      MINI_APP['app/components/add-note.tsx'],
    );
  });

  it('rejects bad flag values and unknown flags', async () => {
    const cwd = miniApp();
    for (const args of [['--route', 'sideways'], ['--form', 'both'], ['--frobnicate']]) {
      const r = await runCli(['to-action', '--dry', ...args], { cwd });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toBe('');
    }
    expect((await runCli(['explode'], { cwd })).code).toBe(2);
  });

  it('scan prints a table, Markdown or the JSON report, and writes nothing', async () => {
    const dir = miniApp({ 'app/actions/admin.ts': "'use server';\n\nexport async function purge() {}\n" });
    const before = readTree(dir);
    const human = await runCli(['scan', '.', '--no-color'], { cwd: dir });
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/route\s+POST app\/api\/notes\/route\.ts\s+can become an action/);
    expect(human.stdout).toContain('Nothing was written.');
    const md = await runCli(['scan', '.', '--markdown'], { cwd: dir });
    expect(md.stdout).toContain('| kind | what | where | verdict | notes |');
    expect(md.stdout).toContain('| action | `purge()` |');
    const json = await runCli(['scan', '.', '--json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as Report;
    expect(report.command).toBe('scan');
    expect(report.changes).toEqual([]);
    expect(report.sites.find((s) => s.name === 'purge')?.warnings).toEqual(['exposed-without-caller']);
    expect(readTree(dir)).toEqual(before);
  });

  it('to-route --yes writes a route for an exported action and --json reports it', async () => {
    const action =
      "'use server';\n\nexport async function renameNote(id: string, title: string) {\n  return { id, title };\n}\n";
    const dir = miniApp({ 'app/actions/rename.ts': action });
    const json = await runCli(['to-route', '.', '--json'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.command).toBe('to-route');
    expect(report.sites.filter((s) => s.kind === 'action')).toMatchObject([
      {
        name: 'renameNote',
        status: 'planned',
        target: 'app/api/rename-note/route.ts',
        warnings: ['unvalidated-input'],
      },
    ]);
    const r = await runCli(['to-route', '.', '--yes', '--force'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'app/api/rename-note/route.ts'), 'utf8')).toContain(
      'const result = await renameNote(id, title);',
    );
    const again = await runCli(['to-route', '.', '--json'], { cwd: dir });
    expect((JSON.parse(again.stdout) as Report).sites.find((s) => s.name === 'renameNote')).toMatchObject({
      status: 'skipped',
      reason: 'route-exists',
    });
  });

  it('prints help and version with exit 0', async () => {
    const cwd = tempDir();
    expect((await runCli(['--help'], { cwd })).code).toBe(0);
    const v = await runCli(['--version'], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('--json', () => {
  it('prints only the JSON report on stdout and writes nothing', async () => {
    const dir = miniApp();
    const before = readBytes(dir);
    const r = await runCli(['to-action', '.', '--json'], { cwd: dir, tty: true });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(Object.keys(report)).toEqual([
      'version',
      'command',
      'root',
      'apps',
      'sites',
      'changes',
      'errors',
      'summary',
    ]);
    expect(report).toMatchObject({
      version: 1,
      command: 'to-action',
      root: '.',
      apps: [{ dir: '.', router: 'app', next: '15.1.0', react: '19.0.0' }],
      errors: [],
    });
    expect(r.stdout).not.toMatch(ANSI);
    expect(report.sites.every((s) => s.status !== 'migrated')).toBe(true);
    expect(report.summary).toMatchObject({ sites: report.sites.length, migrated: 0, errors: 0 });
    expect(report.summary.filesScanned).toBeGreaterThanOrEqual(4);
    for (const change of report.changes) expect(change.diff).toMatch(/^diff --git a\//);
    expect(readBytes(dir)).toEqual(before);
  });

  it('progress goes to a terminal stderr only, and ends cleared; stdout stays the bare report', async () => {
    const dir = miniApp();
    const tty = await runCli(['to-action', '--json'], { cwd: dir, tty: true });
    expect(tty.code, tty.stderr).toBe(0);
    expect(() => JSON.parse(tty.stdout)).not.toThrow();
    const files = (JSON.parse(tty.stdout) as Report).summary.filesScanned;
    expect(tty.stderr).toMatch(new RegExp(`Reading files ${files}/\\d+ · 1 Next\\.js app\\(s\\) found`));
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    const piped = await runCli(['to-action', '--json'], { cwd: dir });
    expect(piped.stderr).not.toContain('Reading files');
    const quiet = await runCli(['scan', '--quiet'], { cwd: dir, tty: true });
    expect(quiet.stderr).toBe('');
  });

  it('with --yes writes and reports planned sites as migrated', async () => {
    const dir = miniApp();
    const r = await runCli(['to-action', '--yes', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.sites.some((s) => s.status === 'planned')).toBe(false);
    expect(report.summary.migrated).toBe(report.sites.filter((s) => s.status === 'migrated').length);
    for (const change of report.changes) expect(existsSync(join(dir, change.file))).toBe(change.kind !== 'delete');
    const again = JSON.parse((await runCli(['to-action', '--json'], { cwd: dir })).stdout) as Report;
    expect(again.changes).toEqual([]);
  });
});

describe('--dry', () => {
  it('prints the diffs and a summary, writes nothing, and its stdout is a patch git applies', async () => {
    const dir = miniApp();
    const before = readBytes(dir);
    const dry = await runCli(['to-action', '--dry'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(dry.code, dry.stderr).toBe(0);
    expect(readBytes(dir)).toEqual(before);
    expect(dry.stderr).toMatch(/call site\(s\) to \d+ route\(s\) in 1 app\(s\)/);
    expect(dry.stderr).toContain('Nothing written (--dry)');
    if (dry.stdout === '') return; // nothing to migrate yet

    // The same patch applied by git must give what --yes writes.
    const viaGit = miniApp();
    execFileSync('git', ['init', '-q'], { cwd: viaGit });
    execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: viaGit, input: dry.stdout });
    const applied = await runCli(['to-action', '--yes'], { cwd: dir });
    expect(applied.code, applied.stderr).toBe(0);
    const withoutGit = (m: Map<string, Buffer>) => new Map([...m].filter(([f]) => !f.startsWith('.git/')));
    expect(withoutGit(readBytes(viaGit))).toEqual(readBytes(dir));
  });

  it('lists skipped sites with their reason', async () => {
    const dir = miniApp({
      'app/components/remote.tsx':
        "'use client';\nexport async function load() {\n  const res = await fetch('https://example.com/api/x', { method: 'POST' });\n  return res.json();\n}\n",
    });
    const r = await runCli(['to-action', '--dry'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/stays app\/components\/remote\.tsx:3 external-url/);
  });

  it('colours the diff only for a terminal, never with --no-color or NO_COLOR', async () => {
    const dir = miniApp();
    const tty = await runCli(['to-action', '--dry'], { cwd: dir, tty: true });
    if (tty.stdout !== '') expect(tty.stdout).toMatch(ANSI);
    expect((await runCli(['to-action', '--dry', '--no-color'], { cwd: dir, tty: true })).stdout).not.toMatch(ANSI);
    expect((await runCli(['to-action', '--dry'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(
      ANSI,
    );
    expect((await runCli(['to-action', '--dry'], { cwd: dir, tty: false })).stdout).not.toMatch(ANSI);
  });

  it('--quiet prints nothing on stderr when all went well', async () => {
    const r = await runCli(['to-action', '--dry', '--quiet'], { cwd: miniApp() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('paths inside an app', () => {
  const other =
    "'use client';\nexport async function other() {\n  const res = await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ title: 'o' }) });\n  return (await res.json()).id;\n}\n";

  it('reads the whole app but moves only call sites under the given paths', async () => {
    const dir = miniApp({ 'app/other/other.ts': other });
    const r = await runCli(['to-action', 'app/components/add-note.tsx', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.apps.map((a) => a.dir)).toEqual(['.']);
    expect(report.sites.filter((s) => s.kind === 'fetch-call').map((s) => s.file)).toEqual([
      'app/components/add-note.tsx',
    ]);
    expect(report.changes.map((c) => c.file)).not.toContain('app/other/other.ts');
    expect(r.stderr).toContain('only call sites there move');
  });

  it('--route remove keeps a route that a file it could not parse or read still names', async () => {
    // Over the 2 MB reading limit, and naming the route in its text.
    const large = `export const notes = '/api/notes';\n${'// padding\n'.repeat(200_000)}`;
    for (const [file, text, reason] of [
      ['app/components/broken.tsx', BROKEN, 'could not parse'],
      ['app/components/huge.ts', large, 'too large'],
    ] as const) {
      const dir = miniApp({ [file]: text });
      const r = await runCli(['to-action', '--route', 'remove', '--yes', '--json'], { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.errors.map((e) => e.file)).toEqual([file]);
      expect(existsSync(join(dir, 'app/api/notes/route.ts')), reason).toBe(true);
      expect(report.sites.find((s) => s.kind === 'route')?.message).toBe(
        `route delegated instead of removed: ${file} still names its URL`,
      );
      expect(readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8')).not.toBe(
        MINI_APP['app/components/add-note.tsx'],
      );
    }
  });

  it('never removes a route it cannot see every caller of', async () => {
    const dir = miniApp({ 'app/other/other.ts': other });
    const r = await runCli(['to-action', 'app/components', '--route', 'remove', '--yes'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('delegated instead');
    expect(existsSync(join(dir, 'app/api/notes/route.ts'))).toBe(true);
    expect(readFileSync(join(dir, 'app/other/other.ts'), 'utf8')).toBe(other);
  });
});

describe('--yes', () => {
  it('keeps CRLF and a BOM in a rewritten file, and warns outside git', async () => {
    const crlf =
      "\uFEFF'use client';\r\n\r\nexport function Quick() {\r\n  async function go() {\r\n    const res = await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ title: 'q' }) });\r\n    const note = await res.json();\r\n    return note.id;\r\n  }\r\n  return <button onClick={go}>go</button>;\r\n}\r\n";
    const dir = miniApp({ 'app/components/quick.tsx': crlf });
    const r = await runCli(['to-action', '--yes'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('not inside a git work tree');
    const after = readFileSync(join(dir, 'app/components/quick.tsx'), 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('a file that does not parse is reported (exit 1) and left intact while the rest is processed', async () => {
    const dir = miniApp({ 'app/components/broken.tsx': BROKEN });
    const r = await runCli(['to-action', '--yes', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.errors).toEqual([
      { file: 'app/components/broken.tsx', message: expect.stringContaining('could not parse') },
    ]);
    expect(report.summary.errors).toBe(1);
    expect(readFileSync(join(dir, 'app/components/broken.tsx'), 'utf8')).toBe(BROKEN);
  });

  it('reports binary and non-UTF-8 sources (exit 1) and still runs', async () => {
    const dir = miniApp({
      'app/bin.ts': Buffer.from([0x61, 0x00, 0x62]),
      'app/latin1.ts': Buffer.from([0x2f, 0x2f, 0xe9, 0x0a]),
    });
    const r = await runCli(['to-action', '--dry', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.errors.map((e) => e.file).sort()).toEqual(['app/bin.ts', 'app/latin1.ts']);
    expect(report.apps).toHaveLength(1);
  });
});

describe('the git check', () => {
  it('refuses --yes on a dirty tree, naming the files, and writes nothing', async () => {
    const dir = miniApp();
    gitInit(dir);
    writeFileSync(
      join(dir, 'app/api/notes/route.ts'),
      readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8') + '// wip\n',
    );
    writeFileSync(join(dir, 'untracked.ts'), 'export {};\n');
    const before = readBytes(dir);
    const r = await runCli(['to-action', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('uncommitted changes');
    expect(r.stderr).toContain('app/api/notes/route.ts');
    expect(r.stderr).toContain('untracked.ts');
    expect(readBytes(dir)).toEqual(before);
  });

  it('looks at the given paths and the files it would write, not the rest of the tree', async () => {
    const dir = miniApp({ 'notes.md': 'draft\n' });
    gitInit(dir);
    writeFileSync(join(dir, 'notes.md'), 'draft 2\n');
    const r = await runCli(['to-action', 'app', '--yes'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);

    // A file to be written outside the given paths, with glob characters in its name.
    const route =
      "import { NextResponse } from 'next/server';\n\nexport async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  return NextResponse.json({ id });\n}\n";
    const caller =
      "'use client';\nexport async function remove(id: string) {\n  const res = await fetch(`/api/items/${id}`, { method: 'DELETE' });\n  return (await res.json()).id;\n}\n";
    const bracketed = miniApp({ 'app/api/items/[id]/route.ts': route, 'app/components/remove.ts': caller });
    gitInit(bracketed);
    writeFileSync(join(bracketed, 'app/api/items/[id]/route.ts'), route + '// wip\n');
    const bracket = await runCli(['to-action', 'app/components', '--yes'], { cwd: bracketed });
    expect(bracket.code).toBe(2);
    expect(bracket.stderr).toContain('app/api/items/[id]/route.ts');

    const narrow = miniApp();
    gitInit(narrow);
    writeFileSync(
      join(narrow, 'app/api/notes/route.ts'),
      readFileSync(join(narrow, 'app/api/notes/route.ts'), 'utf8') + '// wip\n',
    );
    const refused = await runCli(['to-action', 'app/components', '--yes'], { cwd: narrow });
    if (refused.stderr.includes('Nothing to change')) return; // the transform planned nothing
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('app/api/notes/route.ts');
  });

  it('lets --dry, --json and --force run on a dirty tree', async () => {
    const dir = miniApp();
    gitInit(dir);
    writeFileSync(join(dir, 'app/extra.ts'), 'export {};\n');
    expect((await runCli(['to-action', '--dry'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['to-action', '--json'], { cwd: dir })).code).toBe(0);
    const forced = await runCli(['to-action', '--yes', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).not.toContain('not inside a git work tree');
  });
});
