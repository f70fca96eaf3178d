// The shared dependency folders the e2e apps build against, installed once and reused by every app
// (and by later runs, keyed by the lockfile's hash). Each is a plain npm project: package.json,
// package-lock.json and node_modules, with the app copies placed below it, so Node, TypeScript and
// Turbopack (which compiles nothing outside the folder of the nearest lockfile) all resolve
// `next`, `react` and the types from there.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface DepsSet {
  /** e.g. `next16`, `next14` */
  name: string;
  dir: string;
  nextVersion: string;
  reactVersion: string;
  nextBin: string;
  tscJs: string;
}

export const repo = join(import.meta.dirname, '..');
export const cacheRoot = process.env.ACTIONSHIFT_E2E_CACHE ?? join(homedir(), '.cache', 'actionshift-e2e');

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);

function describeSet(name: string, dir: string): DepsSet {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    name,
    dir,
    nextVersion: version('next'),
    reactVersion: version('react'),
    nextBin: join(dir, 'node_modules', '.bin', 'next'),
    tscJs: join(dir, 'node_modules', 'typescript', 'bin', 'tsc'),
  };
}

/** Removes the other hashes of the same set, so the cache holds one copy per set. */
function pruneSiblings(name: string, keep: string): void {
  if (!existsSync(cacheRoot)) return;
  for (const entry of readdirSync(cacheRoot)) {
    if (entry.startsWith(`${name}-`) && entry !== keep)
      rmSync(join(cacheRoot, entry), { recursive: true, force: true });
  }
}

/**
 * Next 16 / React 19: the repository's own devDependencies (next, react, react-dom, zod, typescript,
 * @types/*), copied from its node_modules. A symlink would not do: Turbopack refuses a
 * node_modules that points outside its root.
 */
function prepareRepoSet(log: (line: string) => void): DepsSet {
  const lock = join(repo, 'package-lock.json');
  const key = `next16-${hashOf(lock)}`;
  const dir = join(cacheRoot, key);
  if (!existsSync(join(dir, '.ready'))) {
    if (!existsSync(join(repo, 'node_modules', 'next', 'package.json')))
      throw new Error('the repository has no node_modules/next: run `npm ci` first');
    log(`deps next16: copying the repository's node_modules to ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(repo, 'package.json'), join(dir, 'package.json'));
    cpSync(lock, join(dir, 'package-lock.json'));
    // -H: a node_modules that is itself a link (a git worktree sharing one) is copied as a folder.
    const cp = spawnSync('cp', ['-a', '-H', join(repo, 'node_modules'), join(dir, 'node_modules')], {
      encoding: 'utf8',
    });
    if (cp.status !== 0) throw new Error(`copying node_modules failed: ${cp.stderr}`);
    writeFileSync(join(dir, '.ready'), new Date().toISOString());
    pruneSiblings('next16', key);
  }
  return describeSet('next16', dir);
}

/** A committed e2e/deps/<name> project (package.json + package-lock.json), installed with `npm ci`. */
function prepareLockedSet(name: string, log: (line: string) => void): DepsSet {
  const source = join(repo, 'e2e', 'deps', name);
  const key = `${name}-${hashOf(join(source, 'package-lock.json'))}`;
  const dir = join(cacheRoot, key);
  if (!existsSync(join(dir, '.ready'))) {
    log(`deps ${name}: npm ci in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(source, 'package.json'), join(dir, 'package.json'));
    cpSync(join(source, 'package-lock.json'), join(dir, 'package-lock.json'));
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      encoding: 'utf8',
      env: process.env,
    });
    if (npm.status !== 0) throw new Error(`npm ci for ${name} failed:\n${npm.stdout}\n${npm.stderr}`);
    writeFileSync(join(dir, '.ready'), new Date().toISOString());
    pruneSiblings(name, key);
  }
  return describeSet(name, dir);
}

const prepared = new Map<string, DepsSet>();

/** The dependency set for an app, by the major version of `next` it declares. */
export function depsFor(nextRange: string, log: (line: string) => void): DepsSet {
  const major = Number(/\d+/.exec(nextRange)?.[0]);
  const name = major === 14 ? 'next14' : major === 16 ? 'next16' : null;
  if (!name) throw new Error(`no e2e dependency set for next ${nextRange} (have 14 and 16)`);
  let set = prepared.get(name);
  if (!set) {
    set = name === 'next16' ? prepareRepoSet(log) : prepareLockedSet(name, log);
    prepared.set(name, set);
  }
  return set;
}
