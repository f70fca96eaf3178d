// `--typecheck`: install the copy's dependencies (npm only, scripts off), type-check the app, apply
// the migration, type-check again, and name the errors the migration added.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runToAction } from './tool.js';

const OWN_TSC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/tsc');
const INSTALL_MS = 15 * 60_000;
const TSC_MS = 10 * 60_000;

export type TypecheckResult =
  | { status: 'skipped'; why: string }
  | {
      status: 'checked';
      install: string;
      before: number;
      after: number;
      added: string[];
      migrated: number;
      applyErrors: number;
      formatting: FormattingCheck[];
    };

/**
 * The changed files checked with the project's own tools (docs/formatting.md): per tool, the
 * modified files it rejected before the migration (left as generated) and the changed files it
 * rejects after, which should be none.
 */
export interface FormattingCheck {
  tool: 'prettier' | 'eslint --fix';
  files: number;
  uncleanBefore: string[];
  failing: string[];
}

function run(cmd: string, args: string[], cwd: string, timeout: number) {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: '1' },
  });
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-2).join(' | ').slice(0, 300);
}

/** npm ci with a package-lock, npm install with no lockfile at all; yarn- and pnpm-only repos are skipped. */
function install(root: string): { ok: true; how: string } | { ok: false; why: string } {
  const has = (f: string) => existsSync(path.join(root, f));
  let how: string;
  if (has('package-lock.json') || has('npm-shrinkwrap.json')) how = 'ci';
  else if (has('yarn.lock') || has('pnpm-lock.yaml') || has('bun.lockb'))
    return { ok: false, why: 'yarn/pnpm/bun lockfile only' };
  else how = 'install';
  const result = run('npm', [how, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], root, INSTALL_MS);
  if (result.status !== 0) return { ok: false, why: `npm ${how} failed: ${tail(result.stderr || result.stdout)}` };
  return { ok: true, how: `npm ${how}` };
}

/** `tsc --noEmit -p <app>` error lines, positions dropped so that shifted lines still compare equal. */
function tscErrors(root: string, app: string): string[] {
  const local = [path.join(root, app, 'node_modules/.bin/tsc'), path.join(root, 'node_modules/.bin/tsc')].find(
    existsSync,
  );
  const result = run(local ?? OWN_TSC, ['--noEmit', '--pretty', 'false', '-p', app], root, TSC_MS);
  return `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => /error TS\d+:/.test(line))
    .map((line) => line.replace(/\(\d+,\d+\): error/, ': error'));
}

/**
 * Lines of `after` whose message is left once each line of `before` has cancelled one equal message.
 * Files are ignored too: handler code that moves into an action module takes its errors along (with
 * install scripts off, e.g. a Prisma client that was never generated), and such an error is not new.
 */
function added(before: string[], after: string[]): string[] {
  const message = (line: string) => line.slice(line.indexOf('error TS'));
  const left = new Map<string, number>();
  for (const line of before) left.set(message(line), (left.get(message(line)) ?? 0) + 1);
  return after.filter((line) => {
    const n = left.get(message(line)) ?? 0;
    if (n > 0) left.set(message(line), n - 1);
    return n === 0;
  });
}

/** A tool's check over files: of those given (relative to root), the ones it would change; null when it cannot run. */
type Checker = (files: string[]) => string[] | null;

const binOf = (root: string, app: string, name: string) =>
  [path.join(root, app, 'node_modules/.bin', name), path.join(root, 'node_modules/.bin', name)].find(existsSync);

/** The project's Prettier, when it is installed and finds a config: `--list-different`. */
function prettierChecker(root: string, app: string, probe: string): Checker | null {
  const bin = binOf(root, app, 'prettier');
  if (!bin) return null;
  const config = run(bin, ['--find-config-path', probe], root, TSC_MS);
  if (config.status !== 0 || config.stdout.trim() === '') return null;
  return (files) => {
    if (files.length === 0) return [];
    const result = run(bin, ['--list-different', '--ignore-unknown', ...files], root, TSC_MS);
    if (result.status === 2) return null;
    return result.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  };
}

/** The project's ESLint, run from the app as `eslint .` would be: `--fix-dry-run`, files whose fix has an output. */
function eslintChecker(root: string, app: string): Checker | null {
  const bin = binOf(root, app, 'eslint');
  if (!bin) return null;
  return (files) => {
    if (files.length === 0) return [];
    const absolute = files.map((f) => path.join(root, f));
    const result = run(bin, ['--fix-dry-run', '--format', 'json', ...absolute], path.join(root, app), TSC_MS);
    // 2: no config, a config that does not load, or a crash.
    if (result.status !== 0 && result.status !== 1) return null;
    try {
      const results = JSON.parse(result.stdout) as Array<{ filePath: string; output?: string }>;
      return results.filter((r) => r.output !== undefined).map((r) => path.relative(root, r.filePath));
    } catch {
      return null;
    }
  };
}

export function typecheck(root: string, app: string): TypecheckResult {
  const installed = install(root);
  if (!installed.ok) return { status: 'skipped', why: installed.why };
  const typeErrors = tscErrors(root, app);
  // What the migration will change, and which of those files the project's tools reject already.
  const changes = (runToAction(root, app).changes ?? []).filter((c) => c.kind !== 'delete');
  const planned = changes.map((c) => c.file);
  const modified = changes.filter((c) => c.kind === 'modify').map((c) => c.file);
  const tools: Array<[FormattingCheck['tool'], Checker | null]> =
    planned.length === 0
      ? []
      : [
          ['eslint --fix', eslintChecker(root, app)],
          ['prettier', prettierChecker(root, app, planned[0]!)],
        ];
  const before = new Map(tools.map(([tool, check]) => [tool, check?.(modified) ?? null]));
  const applied = runToAction(root, app, true);
  const after = tscErrors(root, app);
  const formatting: FormattingCheck[] = tools.flatMap(([tool, check]) => {
    const uncleanBefore = before.get(tool);
    if (!check || !uncleanBefore) return [];
    const failing = check(planned.filter((f) => !uncleanBefore.includes(f)));
    return failing ? [{ tool, files: planned.length, uncleanBefore, failing }] : [];
  });
  return {
    status: 'checked',
    install: installed.how,
    before: typeErrors.length,
    after: after.length,
    added: added(typeErrors, after),
    migrated: applied.sites.filter((s) => s.kind === 'fetch-call' && s.status === 'migrated').length,
    applyErrors: applied.errors.length,
    formatting,
  };
}
