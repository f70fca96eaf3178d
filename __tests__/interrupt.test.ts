// All-or-nothing writes under real signals: the built binary migrates a few hundred routes in a
// child process, the test sends it SIGINT, SIGTERM or SIGKILL mid-write, and the tree must end up
// as it was or fully migrated, with no temp file left; a run after a SIGKILL cleans up first.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_APP, gitInit, removeTempDirs, tempDir } from './helpers/cli.js';
import { writeTree } from './helpers/tree.js';
import { writeChanges } from '../runner/write.js';
import { cleanLeftovers, describeLeftovers, journalPath } from '../runner/journal.js';
import type { Report } from '../transforms/report.js';

const bin = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const ROUTES = 300;

afterAll(removeTempDirs);

/** An app with ROUTES routes, each posted to by its own client component: about 900 files to write. */
function generatedApp(): Record<string, string> {
  const files: Record<string, string> = {
    'package.json': MINI_APP['package.json']!,
    'tsconfig.json': MINI_APP['tsconfig.json']!,
  };
  for (let i = 0; i < ROUTES; i++) {
    files[`app/api/item-${i}/route.ts`] = MINI_APP['app/api/notes/route.ts']!;
    files[`app/components/add-item-${i}.tsx`] = MINI_APP['app/components/add-note.tsx']!.replace(
      "'/api/notes'",
      `'/api/item-${i}'`,
    ).replace('AddNote', `AddItem${i}`);
  }
  return files;
}

interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/**
 * Runs the CLI in `dir`; `when` watches its stderr and the disk, and says which signal to send
 * once the moment has come.
 */
function runCli(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
  when?: (stderr: string) => NodeJS.Signals | null,
): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const check = () => {
      if (sent || !when) return;
      const signal = when(stderr);
      if (signal) {
        sent = true;
        child.kill(signal);
      }
    };
    const timer = setInterval(check, 1);
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      check();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, stderr, stdout });
    });
  });
}

/** Every file of the work tree (not .git) with its bytes. */
function treeOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(full);
      } else out.set(relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

const leftovers = (dir: string) =>
  [...treeOf(dir).keys()]
    .filter((f) => f.includes('.actionshift-'))
    .concat(readdirSync(join(dir, '.git')).filter((f) => f.startsWith('actionshift')));

let template: string;
let original: Map<string, string>;
let migrated: Map<string, string>;
let fresh: Report;
let firstChangeDir: string;

function copyOfApp(): string {
  const dir = tempDir('app-');
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** True once the run has staged something: a temp file beside the first file it writes. */
const staging = (dir: string) => () =>
  existsSync(join(dir, firstChangeDir)) && readdirSync(join(dir, firstChangeDir)).some((f) => f.endsWith('.tmp'));

beforeAll(() => {
  template = tempDir('template-');
  writeTree(template, generatedApp());
  gitInit(template);
  original = treeOf(template);
  const reference = copyOfApp();
  const out = execFileSync(process.execPath, [bin, 'to-action', '.', '--yes', '--json'], {
    cwd: reference,
    encoding: 'utf8',
  });
  fresh = JSON.parse(out) as Report;
  migrated = treeOf(reference);
  expect(fresh.changes.length).toBeGreaterThan(2 * ROUTES);
  firstChangeDir = fresh.changes[0]!.file.split('/').slice(0, -1).join('/');
}, 180_000);

const sameTree = (dir: string, expected: Map<string, string>) => {
  const actual = treeOf(dir);
  const differ = [...new Set([...actual.keys(), ...expected.keys()])].filter((f) => actual.get(f) !== expected.get(f));
  return differ;
};

describe('SIGINT and SIGTERM while writing', () => {
  it('SIGINT while staging: exit 130, nothing written, no temp file', async () => {
    const dir = copyOfApp();
    const r = await runCli(dir, ['to-action', '.', '--yes'], { ACTIONSHIFT_TEST_PAUSE_WRITE: 'stage:100' }, (err) =>
      err.includes('test pause') ? 'SIGINT' : null,
    );
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('actionshift: interrupted (SIGINT): nothing was written\n');
    expect(sameTree(dir, original)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('SIGTERM while renaming: exit 143, the migration is complete, no temp file', async () => {
    const dir = copyOfApp();
    const r = await runCli(dir, ['to-action', '.', '--yes'], { ACTIONSHIFT_TEST_PAUSE_WRITE: 'rename:100' }, (err) =>
      err.includes('test pause') ? 'SIGTERM' : null,
    );
    expect(r.code).toBe(143);
    expect(r.stderr).toContain('actionshift: interrupted (SIGTERM) after writing: the migration is complete\n');
    expect(sameTree(dir, migrated)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('SIGINT as soon as the first temp file appears: exit 130, the tree as before or fully migrated', async () => {
    const dir = copyOfApp();
    const isStaging = staging(dir);
    const r = await runCli(dir, ['to-action', '.', '--yes'], {}, () => (isStaging() ? 'SIGINT' : null));
    expect(r.signal).toBe(null);
    expect(r.code).toBe(130);
    const asBefore = sameTree(dir, original).length === 0;
    expect(
      asBefore || sameTree(dir, migrated).length === 0,
      `half-migrated: ${sameTree(dir, original).length} files differ`,
    ).toBe(true);
    expect(r.stderr).toContain(asBefore ? 'nothing was written' : 'the migration is complete');
    expect(leftovers(dir)).toEqual([]);
  });

  it('--json still prints the report, with the interruption among its errors', async () => {
    const dir = copyOfApp();
    const r = await runCli(
      dir,
      ['to-action', '.', '--yes', '--json'],
      { ACTIONSHIFT_TEST_PAUSE_WRITE: 'stage:1' },
      (err) => (err.includes('test pause') ? 'SIGTERM' : null),
    );
    expect(r.code).toBe(143);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.errors).toEqual([{ file: '', message: 'interrupted (SIGTERM): nothing was written' }]);
    expect(report.sites.filter((s) => s.status === 'migrated')).toEqual([]);
  });
});

describe('a run killed while writing (SIGKILL)', () => {
  /** The run after the killed one: says what it cleaned, then does exactly what a fresh run does. */
  async function expectCleanedThenFresh(dir: string, message: RegExp) {
    const r = await runCli(dir, ['to-action', '.', '--yes', '--json']);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect({ changes: report.changes, sites: report.sites, errors: report.errors }).toEqual({
      changes: fresh.changes,
      sites: fresh.sites,
      errors: fresh.errors,
    });
    expect(sameTree(dir, migrated)).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  }

  it('killed among the renames: the next run restores the renamed files, then migrates', async () => {
    const dir = copyOfApp();
    const killed = await runCli(
      dir,
      ['to-action', '.', '--yes'],
      { ACTIONSHIFT_TEST_PAUSE_WRITE: 'rename:100' },
      (err) => (err.includes('test pause') ? 'SIGKILL' : null),
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(sameTree(dir, original).length).toBeGreaterThan(0); // really half-written
    await expectCleanedThenFresh(
      dir,
      /^actionshift: a previous run was killed while writing; restored 100 file\(s\), removed \d+ temporary file\(s\)\.$/m,
    );
  });

  it('killed while staging: the next run removes the temp files, then migrates', async () => {
    const dir = copyOfApp();
    const isStaging = staging(dir);
    const killed = await runCli(dir, ['to-action', '.', '--yes'], {}, () => (isStaging() ? 'SIGKILL' : null));
    expect(killed.signal).toBe('SIGKILL');
    expect(leftovers(dir).length).toBeGreaterThan(0);
    await expectCleanedThenFresh(
      dir,
      /^actionshift: a previous run was killed while writing; restored \d+ file\(s\), removed [1-9]\d* temporary file\(s\)\.$/m,
    );
  });

  it('a temp file of ours with no journal is removed and reported', async () => {
    const dir = copyOfApp();
    writeFileSync(join(dir, 'app/api/item-7/.route.ts.actionshift-4242-21.tmp'), 'half a file');
    await expectCleanedThenFresh(
      dir,
      /^actionshift: found temporary files of a killed run; removed 1 temporary file\(s\)\.$/m,
    );
  });
});

describe('a write that fails midway', () => {
  it('puts back every file already renamed, and leaves no temp file', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.ts': 'a\n', 'gone.ts': 'gone\n', 'sub/c.ts': 'c\n' });
    const before = treeOf(dir);
    const r = await writeChanges(
      [
        { file: 'a.ts', kind: 'modify', before: 'a\n', after: 'A\n' },
        { file: 'gone.ts', kind: 'delete', before: 'gone\n', after: null },
        { file: 'new/b.ts', kind: 'create', before: null, after: 'b\n' },
        { file: 'sub/c.ts', kind: 'modify', before: 'c\n', after: 'C\n' },
      ],
      dir,
      {
        // After three renames, the last temp file goes missing: its rename fails.
        afterStep: (phase, n) => {
          if (phase === 'rename' && n === 3)
            for (const f of readdirSync(join(dir, 'sub'))) if (f.endsWith('.tmp')) rmSync(join(dir, 'sub', f));
        },
      },
    );
    expect(r.written).toEqual([]);
    expect(r.errors).toEqual([
      { file: 'sub/c.ts', message: expect.stringMatching(/^could not write: .*\(so nothing was written\)$/) },
    ]);
    expect(treeOf(dir)).toEqual(before);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });
});

describe('the journal a killed run leaves', () => {
  const journalOf = (dir: string, phase: 'renaming' | 'done', pid: number) => ({
    pid,
    phase,
    root: dir,
    entries: [
      {
        kind: 'modify' as const,
        target: join(dir, 'a.ts'),
        temp: join(dir, '.a.ts.actionshift-1-0.tmp'),
        backup: join(dir, '.a.ts.actionshift-1-0.orig'),
      },
    ],
    dirs: [],
  });

  it('killed after the last rename: the migration is kept, only the backups go', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.ts': 'new\n', '.a.ts.actionshift-1-0.orig': 'old\n' });
    // The pid of a process that has ended, as a killed run's has.
    writeFileSync(
      join(dir, '.actionshift-journal.json'),
      JSON.stringify(journalOf(dir, 'done', spawnSync('true').pid!)),
    );
    const left = cleanLeftovers(journalPath(dir), [dir]);
    expect(describeLeftovers(left)).toBe(
      'a previous run was killed after writing; its migration is complete; removed 1 temporary file(s).',
    );
    expect(treeOf(dir)).toEqual(new Map([['a.ts', 'new\n']]));
  });

  it('of a run still going (its process is alive) is left alone', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.ts': 'new\n', '.a.ts.actionshift-1-0.orig': 'old\n' });
    writeFileSync(join(dir, '.actionshift-journal.json'), JSON.stringify(journalOf(dir, 'renaming', process.ppid)));
    expect(cleanLeftovers(journalPath(dir), [dir])).toMatchObject({ kind: 'busy', pid: process.ppid });
    expect(treeOf(dir).get('a.ts')).toBe('new\n');
  });
});
