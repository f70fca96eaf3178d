// The built binary (dist/cli/main.js) as a user runs it: the shebang, npm's bin symlink, exit
// codes through a real process, and the example app migrated, type-checked and re-run.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './helpers/cli.js';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist', 'cli', 'main.js');
const scratch = tempDir('actionshift-bin-');

function run(file: string, args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [file, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(removeTempDirs);

describe('dist/cli/main.js', () => {
  it('starts with a node shebang and runs through a symlink as npm installs it', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const link = join(scratch, 'actionshift');
    symlinkSync(bin, link);
    const r = run(link, ['--version'], scratch);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
  });

  it("is importable by package name: import { scan, toAction, toRoute } from 'actionshift'", () => {
    const consumer = tempDir('consumer-');
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(repo, join(consumer, 'node_modules', 'actionshift'), 'dir');
    const app = join(consumer, 'app');
    cpSync(join(repo, 'examples', 'acme-notes'), app, { recursive: true });
    const script = `
      import { scan, toAction, toRoute } from 'actionshift';
      const cwd = ${JSON.stringify(app)};
      const reports = [await scan({ cwd }), await toAction({ cwd }), await toRoute({ cwd })];
      console.log(JSON.stringify(reports.map((r) => [r.command, r.version, r.sites.length > 0])));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      ['scan', 1, true],
      ['to-action', 1, true],
      ['to-route', 1, expect.any(Boolean)],
    ]);
  });

  /** An ES module resolve hook that lists every module imported, and the script that registers it. */
  const register = join(scratch, 'register.mjs');
  const hooks = join(scratch, 'list-imports.mjs');
  writeFileSync(
    hooks,
    "import { writeSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); writeSync(2, `imported ${r.url}\\n`); return r; }\n",
  );
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );

  /** The repository's modules the binary imports with `args` in `cwd` (paths from the repo root). */
  function importsOf(args: string[], cwd: string): string[] {
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, bin, ...args], {
      cwd,
      encoding: 'utf8',
    });
    const root = pathToFileURL(repo).href + '/';
    return [
      ...new Set(
        [...r.stderr.matchAll(/^imported (file:\S+)$/gm)]
          .map((m) => m[1]!)
          .filter((u) => u.startsWith(root))
          .map((u) => u.slice(root.length)),
      ),
    ].sort();
  }

  it('loads only its entry and commander for --help, --version and a bad flag', () => {
    for (const args of [['--help'], ['--version'], ['--bogus'], ['to-action', '--help']]) {
      const ours = importsOf(args, scratch);
      expect(
        ours.filter((u) => u.startsWith('dist/')),
        args.join(' '),
      ).toEqual(['dist/cli/io.js', 'dist/cli/main.js']);
      expect(
        ours.filter((u) => u.startsWith('node_modules/') && !u.startsWith('node_modules/commander/')),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('loads neither recast nor inquirer for a --dry --json run', () => {
    const dir = join(scratch, 'acme-dry');
    cpSync(join(repo, 'examples', 'acme-notes'), dir, { recursive: true });
    const ours = importsOf(['to-action', '.', '--dry', '--json'], dir);
    expect(ours).toContain('dist/transforms/to-action/index.js');
    expect(
      ours.filter(
        (u) => /node_modules\/(recast|jscodeshift|@inquirer)\//.test(u) || u === 'dist/transforms/ast/print.js',
      ),
    ).toEqual([]);
  });

  it('finishes a run whose reader closed the pipe (`| head`): files written, exit code kept, no EPIPE trace', async () => {
    const dir = join(scratch, 'acme-closed-pipe');
    cpSync(join(repo, 'examples', 'acme-notes'), dir, { recursive: true });
    const child = spawn(process.execPath, [bin, 'to-action', '.', '--yes', '--force', '--json'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    // Closed before the report is written: its write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|internal error/);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(run(bin, ['to-action', '.', '--json'], dir).stdout).changes).toEqual([]);
  });

  it('exits 2 on a missing path', () => {
    const r = run(bin, ['to-action', 'nope', '--dry'], scratch);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('path not found: nope');
  });

  it('migrates the example app with --yes; the result type-checks and a second run changes nothing', () => {
    const dir = join(scratch, 'acme-notes');
    cpSync(join(repo, 'examples', 'acme-notes'), dir, { recursive: true });
    const r = run(bin, ['to-action', '.', '--yes', '--force'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Wrote \d+ file\(s\)/);
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    const tsc = spawnSync(
      process.execPath,
      [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const again = run(bin, ['to-action', '.', '--json'], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).changes).toEqual([]);
  });

  it("knows to-action's delegates: to-route on the migrated example writes no second endpoint", () => {
    const dir = join(scratch, 'acme-notes-routes');
    cpSync(join(repo, 'examples', 'acme-notes'), dir, { recursive: true });
    expect(run(bin, ['to-action', '.', '--yes', '--force'], dir).code).toBe(0);
    const r = run(bin, ['to-route', '.', '--yes', '--force'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'app', 'api', 'create-contact'))).toBe(false);
    const again = JSON.parse(run(bin, ['to-route', '.', '--json'], dir).stdout) as {
      changes: unknown[];
      sites: Array<{ kind: string; name?: string; reason?: string; target?: string }>;
    };
    expect(again.changes).toEqual([]);
    const exists = again.sites.filter((s) => s.kind === 'action');
    expect(exists.map((s) => [s.name, s.reason, s.target])).toEqual([
      ['createContact', 'route-exists', 'app/api/contact/route.ts'],
      ['createNote', 'route-exists', 'app/api/notes/route.ts'],
      ['deleteNote', 'route-exists', 'app/api/notes/[id]/route.ts'],
      ['toggleTodo', 'route-exists', 'app/api/todos/[id]/toggle/route.ts'],
    ]);
  });
});
