// Symlinks against a real disk: a link that leaves the repository is neither read nor written
// through (docs/safety.md), and a link inside it is read once, under its real path.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitInit, MINI_APP, runCli, tempDir, removeTempDirs } from './helpers/cli.js';
import { writeTree } from './helpers/tree.js';

afterAll(removeTempDirs);

const CALLER = MINI_APP['app/components/add-note.tsx']!;
const { 'app/components/add-note.tsx': _caller, ...APP_WITHOUT_CALLER } = MINI_APP;

/** A repository (git or not) beside a folder outside it; the app is `repo`. */
function layout(git: boolean, build: (repo: string, outside: string) => void): { repo: string; outside: string } {
  const base = tempDir();
  const repo = join(base, 'repo');
  const outside = join(base, 'elsewhere');
  mkdirSync(outside, { recursive: true });
  writeTree(repo, APP_WITHOUT_CALLER);
  build(repo, outside);
  if (git) gitInit(repo);
  return { repo, outside };
}

/** Every file under `dir`, with its text. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => lstatSync(join(dir, f)).isFile())
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

describe('a symlink leading out of the repository', () => {
  for (const git of [true, false]) {
    it(`leaves a linked component outside untouched and reports it (${git ? 'git' : 'no git'})`, async () => {
      const { repo, outside } = layout(git, (repo, outside) => {
        writeFileSync(join(outside, 'add-note.tsx'), CALLER);
        mkdirSync(join(repo, 'app/components'), { recursive: true });
        symlinkSync(join(outside, 'add-note.tsx'), join(repo, 'app/components/add-note.tsx'));
      });
      const route = readFileSync(join(repo, 'app/api/notes/route.ts'), 'utf8');
      const r = await runCli(['to-action', '--yes', '--json'], { cwd: repo });
      expect(readFileSync(join(outside, 'add-note.tsx'), 'utf8')).toBe(CALLER);
      expect(lstatSync(join(repo, 'app/components/add-note.tsx')).isSymbolicLink()).toBe(true);
      // --route remove would have to count the unseen caller: the route stays as it was.
      expect(readFileSync(join(repo, 'app/api/notes/route.ts'), 'utf8')).toBe(route);
      expect(existsSync(join(repo, 'app/actions'))).toBe(false);
      const report = JSON.parse(r.stdout) as { errors: Array<{ file: string; message: string }> };
      expect(report.errors).toEqual([
        {
          file: 'app/components/add-note.tsx',
          message: `symlink to ${realpathSync(join(outside, 'add-note.tsx'))}, outside the repository: left untouched`,
        },
      ]);
      expect(r.code).toBe(1);
    });
  }

  it('counts a linked caller outside as naming the URL: --route remove keeps the route', async () => {
    const { repo, outside } = layout(true, (repo, outside) => {
      writeFileSync(join(outside, 'add-note.tsx'), CALLER);
      writeTree(repo, { 'app/components/add-note.tsx': CALLER.replace('add-note', 'add-note-2') });
      symlinkSync(join(outside, 'add-note.tsx'), join(repo, 'app/components/linked-note.tsx'));
    });
    const r = await runCli(['to-action', '--yes', '--route', 'remove'], { cwd: repo });
    expect(r.stderr).toContain('app/components/linked-note.tsx: symlink to');
    expect(readFileSync(join(outside, 'add-note.tsx'), 'utf8')).toBe(CALLER);
    // The caller inside moved; the route stays for the one outside.
    expect(readFileSync(join(repo, 'app/components/add-note.tsx'), 'utf8')).not.toContain('fetch(');
    expect(existsSync(join(repo, 'app/api/notes/route.ts'))).toBe(true);
  });

  for (const git of [true, false]) {
    it(`writes nothing when the actions folder links out, and says why (${git ? 'git' : 'no git'})`, async () => {
      const { repo, outside } = layout(git, (repo, outside) => {
        writeTree(repo, { 'app/components/add-note.tsx': CALLER });
        mkdirSync(join(outside, 'actions'));
        symlinkSync(join(outside, 'actions'), join(repo, 'app/actions'));
      });
      const before = contents(repo);
      const r = await runCli(['to-action', '--yes'], { cwd: repo });
      expect(readdirSync(join(outside, 'actions'))).toEqual([]);
      // No caller left importing a module that was not written.
      expect(contents(repo)).toEqual(before);
      expect(r.stderr).toContain(
        `app/actions/notes.ts: not written: app/actions is a symlink to ${realpathSync(join(outside, 'actions'))}, outside the repository`,
      );
      expect(r.code).toBe(1);
      // A dry run says the same before anything is tried.
      const dry = await runCli(['to-action', '--dry'], { cwd: repo });
      expect(dry.stderr).toContain('app/actions/notes.ts: not written: app/actions is a symlink to');
      expect(dry.code).toBe(1);
    });
  }

  it('refuses a run whose own path is a link out of the repository', async () => {
    const { repo, outside } = layout(true, (repo, outside) => {
      writeFileSync(join(outside, 'add-note.tsx'), CALLER);
      mkdirSync(join(repo, 'app/components'), { recursive: true });
      symlinkSync(join(outside, 'add-note.tsx'), join(repo, 'app/components/add-note.tsx'));
    });
    const r = await runCli(['to-action', '--yes', 'app/components/add-note.tsx'], { cwd: repo });
    expect(readFileSync(join(outside, 'add-note.tsx'), 'utf8')).toBe(CALLER);
    expect(r.stderr).toContain('app/components/add-note.tsx: symlink to');
  });
});

describe('a symlink inside the repository', () => {
  it('migrates a caller reached through a linked file once, at its real path, keeping the link', async () => {
    const { repo } = layout(true, (repo) => {
      writeTree(repo, { 'shared/add-note.tsx': CALLER });
      mkdirSync(join(repo, 'app/components'), { recursive: true });
      symlinkSync('../../shared/add-note.tsx', join(repo, 'app/components/add-note.tsx'));
    });
    const r = await runCli(['to-action', '--yes', '--json'], { cwd: repo });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      sites: Array<{ file: string; kind: string; status: string }>;
      errors: unknown[];
    };
    expect(report.errors).toEqual([]);
    expect(report.sites.filter((s) => s.kind === 'fetch-call').map((s) => [s.file, s.status])).toEqual([
      ['shared/add-note.tsx', 'migrated'],
    ]);
    expect(lstatSync(join(repo, 'app/components/add-note.tsx')).isSymbolicLink()).toBe(true);
    const caller = readFileSync(join(repo, 'shared/add-note.tsx'), 'utf8');
    expect(caller).not.toContain('fetch(');
    // The import is written for where the file really is.
    expect(caller).toMatch(/from '(\.\.\/app\/actions\/notes|@\/app\/actions\/notes)'/);
    expect(existsSync(join(repo, 'app/actions/notes.ts'))).toBe(true);
  });

  it('migrates callers in a linked folder once, under the real folder', async () => {
    const { repo } = layout(true, (repo) => {
      writeTree(repo, { 'shared/ui/add-note.tsx': CALLER });
      symlinkSync('../shared/ui', join(repo, 'app/ui'));
    });
    const r = await runCli(['to-action', '--yes', '--json'], { cwd: repo });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { sites: Array<{ file: string; kind: string; status: string }> };
    expect(report.sites.filter((s) => s.kind === 'fetch-call').map((s) => [s.file, s.status])).toEqual([
      ['shared/ui/add-note.tsx', 'migrated'],
    ]);
    expect(readFileSync(join(repo, 'shared/ui/add-note.tsx'), 'utf8')).not.toContain('fetch(');
    expect(lstatSync(join(repo, 'app/ui')).isSymbolicLink()).toBe(true);
  });

  it('writes a new action module through an actions folder linked inside the repository', async () => {
    const { repo } = layout(true, (repo) => {
      writeTree(repo, { 'app/components/add-note.tsx': CALLER, 'server/actions/.keep': '' });
      symlinkSync('../server/actions', join(repo, 'app/actions'));
    });
    const r = await runCli(['to-action', '--yes'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(readFileSync(join(repo, 'server/actions/notes.ts'), 'utf8')).toContain("'use server'");
    expect(readFileSync(join(repo, 'app/components/add-note.tsx'), 'utf8')).not.toContain('fetch(');
  });
});

describe('the dirty check', () => {
  it('sees uncommitted edits in the real file behind a link inside the repository', async () => {
    const base = tempDir();
    const web = join(base, 'web');
    writeTree(web, APP_WITHOUT_CALLER);
    writeTree(base, { 'shared/add-note.tsx': CALLER });
    mkdirSync(join(web, 'app/components'), { recursive: true });
    symlinkSync('../../../shared/add-note.tsx', join(web, 'app/components/add-note.tsx'));
    gitInit(base);
    const edited = CALLER.replace("'hello'", "'edited'");
    writeFileSync(join(base, 'shared/add-note.tsx'), edited);
    const r = await runCli(['to-action', '--yes'], { cwd: web });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('uncommitted changes');
    expect(r.stderr).toContain('shared/add-note.tsx');
    expect(readFileSync(join(base, 'shared/add-note.tsx'), 'utf8')).toBe(edited);
  });
});
