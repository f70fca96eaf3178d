// `--verify`: each touched app's own TypeScript (`tsc --noEmit -p <app>`) before and after the
// write; only errors the migration added are reported, so an app that already had type errors
// can still be verified.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appOf } from '../transforms/model/project.js';
import { relativeToCwd } from './paths.js';
import type { Change, FileError } from '../transforms/model/types.js';

export interface TypeError {
  /** Relative to the run's cwd, with `/`. */
  file: string;
  line: number;
  code: string;
  message: string;
}

export type Check = { kind: 'checked'; errors: TypeError[] } | { kind: 'skipped'; why: string };

/** The app's own compiler, found as Node finds its packages (hoisted workspaces included). */
function findTsc(appAbs: string): string | null {
  try {
    return createRequire(path.join(appAbs, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

const LOCATED = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/;
const UNLOCATED = /^error (TS\d+): (.*)$/;

export function parseTscOutput(output: string, appAbs: string, cwd: string): TypeError[] {
  const errors: TypeError[] = [];
  const rel = (file: string) => relativeToCwd(cwd, path.resolve(appAbs, file));
  for (const line of output.split(/\r?\n/)) {
    const located = LOCATED.exec(line);
    const unlocated = located ? null : UNLOCATED.exec(line);
    if (located)
      errors.push({ file: rel(located[1]!), line: Number(located[2]), code: located[3]!, message: located[4]! });
    else if (unlocated)
      errors.push({ file: rel('tsconfig.json'), line: 0, code: unlocated[1]!, message: unlocated[2]! });
    // A message continued on indented lines (type elaborations) belongs to the error above it.
    else if (/^\s+\S/.test(line) && errors.length > 0) errors[errors.length - 1]!.message += ' ' + line.trim();
  }
  return errors;
}

export function typeCheck(appDir: string, cwd: string): Check {
  const abs = path.resolve(cwd, appDir);
  if (!existsSync(path.join(abs, 'tsconfig.json'))) return { kind: 'skipped', why: 'no tsconfig.json' };
  const tsc = findTsc(abs);
  if (!tsc)
    return { kind: 'skipped', why: 'TypeScript is not installed for this app (npm install --save-dev typescript)' };
  // --incremental false: no .tsbuildinfo is left behind in the user's tree.
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '--incremental', 'false', '-p', abs], {
    cwd: abs,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) return { kind: 'skipped', why: `tsc did not run: ${r.error.message}` };
  const errors = parseTscOutput(r.stdout, abs, cwd);
  // Exit 1 or 2 with errors listed is a normal answer; anything else is tsc failing.
  if (r.status !== 0 && errors.length === 0)
    return { kind: 'skipped', why: `tsc exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}` };
  return { kind: 'checked', errors };
}

/** Errors after that were not there before. Lines move when code is rewritten, so an error is the same when its file, code and message are. */
export function addedErrors(before: TypeError[], after: TypeError[]): TypeError[] {
  const key = (e: TypeError) => `${e.file}\0${e.code}\0${e.message}`;
  const seen = new Map<string, number>();
  for (const e of before) seen.set(key(e), (seen.get(key(e)) ?? 0) + 1);
  return after.filter((e) => {
    const n = seen.get(key(e)) ?? 0;
    if (n > 0) seen.set(key(e), n - 1);
    return n === 0;
  });
}

/** The apps holding a changed file; the deepest app wins in a nested layout. */
export function touchedApps(appDirs: string[], changes: Pick<Change, 'file'>[]): string[] {
  const apps = appDirs.map((dir) => ({ dir }));
  const touched = new Set<string>();
  for (const { file } of changes) {
    const owner = appOf(apps, file);
    if (owner) touched.add(owner.dir);
  }
  return [...touched].sort();
}

export interface VerifyOutcome {
  /** Added type errors as report errors. */
  errors: FileError[];
  /** One line per app, for people. */
  lines: string[];
}

/** Type-checks `apps` now; `after()` checks again and compares. */
export function verifyBaseline(apps: string[], cwd: string): { after(): VerifyOutcome } {
  const before = new Map(apps.map((app) => [app, typeCheck(app, cwd)] as const));
  return {
    after() {
      const errors: FileError[] = [];
      const lines: string[] = [];
      for (const [app, first] of before) {
        const label = app === '.' ? 'the app' : app;
        if (first.kind === 'skipped') {
          lines.push(`verify: ${label} not type-checked: ${first.why}.`);
          continue;
        }
        const second = typeCheck(app, cwd);
        if (second.kind === 'skipped') {
          lines.push(`verify: ${label} not type-checked after writing: ${second.why}.`);
          continue;
        }
        const added = addedErrors(first.errors, second.errors);
        const counts = `${first.errors.length} before, ${second.errors.length} after`;
        if (added.length === 0) lines.push(`verify: ${label}: tsc --noEmit found no new type errors (${counts}).`);
        else
          lines.push(
            `verify: ${label}: the migration added ${added.length} type error(s) (${counts}); see the errors below.`,
          );
        for (const e of added)
          errors.push({
            file: e.file,
            message: `type error added by the migration, line ${e.line}: ${e.code} ${e.message}`,
          });
      }
      return { errors, lines };
    },
  };
}
