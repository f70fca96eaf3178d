// One run of a command, shared by the CLI and the programmatic API (index.ts): discover, read
// once, transform, report. Nothing here writes, so --dry, --json, --yes and the API are all
// views of the same plan; the CLI decides what to show and write.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { discover } from './discover.js';
import { Containment, leftUntouched, outsideRepository } from './containment.js';
import { isReadable, readFiles, readText } from './read.js';
import { workerCount, WorkerPool } from './pool.js';
import { ancestorConfigs, narrowSnapshot, resolveScope } from './scope.js';
import { relativeToCwd } from './paths.js';
import type { ProjectFormatter } from './format.js';
import { buildReport, type Report } from '../transforms/report.js';
import { FileComponents, shardOf, type ShardSpec } from '../transforms/model/components.js';
import { sortErrors } from '../transforms/model/shards.js';
import type {
  FileError,
  ProjectSnapshot,
  RouteMode,
  ToActionOptions,
  TransformResult,
} from '../transforms/model/types.js';

/** A usage or environment problem (exit 2), as opposed to a file that failed (exit 1). */
export class UsageError extends Error {}

/** What every command's run takes: where to look and how to read. */
export interface RunBase {
  paths: string[];
  cwd: string;
  /** `--app`: only these app directories (relative to cwd). */
  apps?: string[];
  /** `--jobs`: worker threads for parsing (undefined: decided from the tree and the CPUs). */
  jobs?: number;
  /** `--shard` inside the apps (see transforms/model/components.ts). */
  shard?: ShardSpec;
  /** Extra gitignore-style patterns relative to cwd. */
  ignore: string[];
  /** Format created and clean modified files with the project's ESLint --fix and Prettier (default true; `--no-format`). */
  format?: boolean;
  onProgress?: (done: number, total: number, apps: number) => void;
  /** Told when the project's ESLint or Prettier is found and about to run on the changes. */
  onFormat?: (tool: string) => void;
}

/** What interactive review chose: units left out, and per route file a --route choice. */
export interface Selection {
  exclude: string[];
  routeModes: Record<string, RouteMode>;
}

export interface Plan {
  result: TransformResult;
  /** The same run on the same files, with a review's choices (nothing is read again). */
  rerun(selection: Selection): Promise<Plan>;
  /** Files that could not be read (reported, not fatal). */
  readErrors: FileError[];
  filesScanned: number;
  /** Things the user should know about how the run was shaped (printed on stderr by the CLI). */
  notes: string[];
  /** The JSON report (docs/report.md); `applied` (all, or the files written) turns planned sites into migrated ones. */
  report(applied: boolean | ReadonlySet<string>, extraErrors?: FileError[]): Report;
}

export function checkPaths(paths: string[], cwd: string): void {
  for (const p of paths) if (!existsSync(path.resolve(cwd, p))) throw new UsageError(`path not found: ${p}`);
}

/** What the shared run needs of a command; runner/commands.ts gives it for each. */
export interface CommandRun {
  name: Report['command'];
  /** Files read before the snapshot narrows to the given paths, and kept after it, with their texts. */
  readBeforeScope?(snapshot: ProjectSnapshot, read: (file: string) => string | null): Promise<Array<[string, string]>>;
  /** What stays in scope when paths inside an app are given (for the note). */
  inScope: string;
  /** Shards inside its transform, before the costly rewrites (to-action), instead of by its result. */
  shardsItself?: boolean;
  transform(
    snapshot: ProjectSnapshot,
    only: string[] | null,
    selection: Selection | null,
    pool: WorkerPool | null,
    unreadable: string[],
  ): Promise<{ result: TransformResult; notes: string[] }>;
}

/** A file's text relative to `cwd`, or null when it cannot be read (the first pass reported it). */
export const textReader =
  (cwd: string) =>
  (file: string): string | null => {
    const read = readText(path.resolve(cwd, file));
    return 'text' in read ? read.text : null;
  };

/** `--app DIR`: the run narrows to these apps, each of which must lie inside a given path. */
function appRoots(apps: string[], paths: string[], cwd: string): string[] {
  checkPaths(apps, cwd);
  for (const app of apps) {
    const abs = path.resolve(cwd, app);
    const inside = paths.some((p) => {
      const rel = path.relative(path.resolve(cwd, p), abs);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    });
    if (!inside) throw new UsageError(`--app ${app} is not inside ${paths.join(', ')}`);
  }
  return apps;
}

/** Falls back to this thread when the workers fail, saying so: the report is the same, only slower. */
function oneThreadAfter<T>(fallback: () => T | Promise<T>): (error: unknown) => Promise<T> {
  return async (error) => {
    process.stderr.write(
      `actionshift: note: worker threads failed (${(error as Error).message.split('\n')[0]}); continuing on one thread\n`,
    );
    return fallback();
  };
}

/** The pure step: a snapshot through to-action. Imported lazily so `--help` stays fast. */
export async function toActionOnSnapshot(
  snapshot: ProjectSnapshot,
  options: ToActionOptions,
  pool: WorkerPool | null = null,
): Promise<TransformResult> {
  const pure: ToActionOptions = {
    route: options.route,
    form: options.form,
    includeGet: options.includeGet,
    includeUploads: options.includeUploads,
    unreadable: options.unreadable,
    exclude: options.exclude,
    routeModes: options.routeModes,
    shard: options.shard,
  };
  const inProcess = async () => (await import('../transforms/to-action/index.js')).toAction(snapshot, pure);
  // Workers take groups of apps; a pool that fails falls back to this thread.
  const result = pool
    ? await (await import('./parallel.js')).toActionInPool(pool, snapshot, pure).catch(oneThreadAfter(inProcess))
    : await inProcess();
  // Errors in file order whichever way the run was split (--jobs must not change the report).
  return { ...result, errors: sortErrors(result.errors) };
}

/** Discover, read once, scope, transform: the shape every command's run shares. */
export async function planCommand(command: CommandRun, options: RunBase): Promise<Plan> {
  const started = performance.now();
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  checkPaths(paths, options.cwd);
  const roots = options.apps && options.apps.length > 0 ? appRoots(options.apps, paths, options.cwd) : paths;
  const scope = resolveScope(roots, options.cwd);
  // Links out of the repository are neither read nor written: reported once, like unreadable files.
  const containment = new Containment(options.cwd, scope.roots);
  const discovered = discover(scope.roots, { cwd: options.cwd, ignore: options.ignore, containment });
  const ancestors = ancestorConfigs(scope.roots, options.cwd).filter((file) => {
    const escape = containment.escape(path.resolve(options.cwd, file));
    if (escape) discovered.outside.push(escape);
    return escape === null;
  });
  const files = [...new Set([...discovered.files, ...ancestors])].sort();
  const outside = [
    ...new Map(discovered.outside.map((e) => [e.link, { file: e.link, message: leftUntouched(e) }])).values(),
  ];
  // Large trees are read (and to-action run) by worker threads; the pool lives for the first plan.
  const workers = workerCount(options.jobs, files.filter(isReadable).length);
  const pool = workers > 0 ? new WorkerPool(workers, command.name) : null;
  try {
    const readInOneThread = () => readFiles(files, options.cwd, options.onProgress);
    const read = pool
      ? await (
          await import('./parallel.js')
        )
          .readInPool(pool, files, options.cwd, options.onProgress)
          .catch(oneThreadAfter(readInOneThread))
      : readInOneThread();
    return await planRead(
      command,
      options,
      started,
      scope,
      { ...read, errors: sortErrors([...outside, ...read.errors]) },
      pool,
      containment,
    );
  } finally {
    await pool?.close();
  }
}

async function planRead(
  command: CommandRun,
  options: Pick<RunBase, 'cwd' | 'apps' | 'shard' | 'format' | 'onFormat'>,
  started: number,
  scope: { only: string[] | null },
  read: ReturnType<typeof readFiles>,
  pool: WorkerPool | null,
  containment: Containment,
): Promise<Plan> {
  const { snapshot, filesScanned } = read;
  const shard = options.shard;
  // Every shard read every file: a file that could not be read is reported by one of them.
  const readErrors = shard ? read.errors.filter((e) => shardOf(e.file, shard.count) === shard.index) : read.errors;
  const notes: string[] = [];
  // Found before narrowing and kept after it: the cheap filter passed over these, so they hold no call site.
  const stateTexts = command.readBeforeScope ? await command.readBeforeScope(snapshot, textReader(options.cwd)) : [];
  if (scope.only) {
    narrowSnapshot(snapshot, scope.only);
    notes.push(`reading the whole app around ${scope.only.join(', ')} for context; only ${command.inScope}.`);
  }
  for (const [file, text] of stateTexts) snapshot.files.set(file, text);
  // `--app` as given, and as the report names apps.
  const appDirs = new Map((options.apps ?? []).map((app) => [app, relativeToCwd(options.cwd, app)]));
  // One per run: a review's re-plans format with what the first plan resolved.
  let formatter: ProjectFormatter | undefined;
  const planWith = async (selection: Selection | null, withPool: WorkerPool | null = null): Promise<Plan> => {
    // Files no shard could read may name a route's URL: --route remove counts them all.
    const { result, notes: more } = await command.transform(
      snapshot,
      scope.only ?? null,
      selection,
      withPool,
      read.errors.map((e) => e.file),
    );
    // to-action shards inside the transform, before the costly rewrites; the others by their result.
    if (shard && !command.shardsItself) keepShard(result, shard);
    // Formatted before anything shows, patches or writes them, so every view is of the same text.
    if (options.format !== false && result.changes.length > 0) {
      const { formatChanges, ProjectFormatter } = await import('./format.js');
      formatter ??= new ProjectFormatter(options.onFormat);
      const formatted = await formatChanges(result.changes, options.cwd, formatter);
      result.changes = formatted.changes;
      more.push(...formatted.notes);
    }
    for (const [app, dir] of appDirs) {
      if (!result.apps.some((a) => a.dir === dir))
        throw new UsageError(
          `--app ${app}: not a Next.js app (no package.json there that depends on next, or a workspace member with an app/ or pages/ folder).`,
        );
    }
    if (appDirs.size > 0) {
      // Workspace roots and sibling apps read for context are not part of the run.
      const chosen = new Set(appDirs.values());
      result.apps = result.apps.filter((a) => chosen.has(a.dir));
    }
    // A file the run would create through a link out of the repository: said now, and the write
    // (runner/write.ts) refuses the whole run, so no caller is left importing a module not written.
    const blocked = outsideRepository(result.changes, options.cwd, containment);
    result.errors = sortErrors([
      ...result.errors,
      ...blocked.map((e) => ({ ...e, message: `${e.message}; nothing of this run is written until it is fixed` })),
    ]);
    const isBlocked = new Set(blocked.map((e) => e.file));
    return {
      result,
      readErrors,
      filesScanned,
      notes: [...notes, ...more],
      rerun: (selection) => planWith(selection),
      report: (applied, extraErrors = []) =>
        buildReport(command.name, '.', result, {
          applied,
          filesScanned,
          ms: Math.round(performance.now() - started),
          errors: [...readErrors, ...extraErrors.filter((e) => !isBlocked.has(e.file))],
        }),
    };
  };
  return planWith(null, pool);
}

/** Keeps the sites, changes and errors of the components that fall to `shard`. */
function keepShard(result: TransformResult, shard: ShardSpec): void {
  const components = new FileComponents();
  components.addResult(result.sites, result.changes);
  const mine = (file: string) => components.inShard(file, shard);
  result.sites = result.sites.filter((s) => mine(s.file));
  result.changes = result.changes.filter((c) => mine(c.file));
  result.errors = result.errors.filter((e) => mine(e.file));
}
