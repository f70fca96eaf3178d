// The programmatic API (docs/report.md): `import { scan, toAction, toRoute } from 'actionshift'` returns
// the same report as `--json`. It plans only, unless `write: true` asks it to apply the changes as
// `--yes` does (atomic writes, modes kept); checking the git tree is then the caller's business.
import { planScan, planToAction, planToRoute, type Plan } from './cli/run.js';
import type { Report } from './transforms/report.js';
import type { ToActionOptions, ToRouteOptions } from './transforms/model/types.js';
import { DEFAULT_TO_ACTION_OPTIONS } from './transforms/to-action/index.js';
import { DEFAULT_TO_ROUTE_OPTIONS } from './transforms/to-route/index.js';

export type { Report, ReportChange, ReportSummary } from './transforms/report.js';
export type * from './transforms/model/types.js';
export { UsageError } from './cli/run.js';

export interface RunApiOptions {
  /** Monorepo root, app, folder or file paths, relative to `cwd` (default `['.']`). */
  paths?: string[];
  /** The directory report paths are relative to (default `process.cwd()`). */
  cwd?: string;
  /** Only these app directories of a monorepo (`--app`). */
  apps?: string[];
  /** Extra gitignore-style patterns to skip, relative to `cwd`. */
  ignore?: string[];
  /** Worker threads for parsing (`--jobs`). */
  jobs?: number;
}

export interface WriteOption {
  /** Apply the changes (like `--yes`); the report then says `migrated`. Default false. */
  write?: boolean;
}

export type ToActionApiOptions = RunApiOptions & WriteOption & Partial<ToActionOptions>;
export type ToRouteApiOptions = RunApiOptions & WriteOption & Partial<ToRouteOptions>;
export type ScanApiOptions = RunApiOptions & { includeGet?: boolean };

/** Plans (or with `write`, applies) a to-action migration; throws UsageError for a bad path or --app. */
export async function toAction(options: ToActionApiOptions = {}): Promise<Report> {
  const { write = false, ...rest } = options;
  const run = runOptions(rest);
  const plan = await planToAction({ ...DEFAULT_TO_ACTION_OPTIONS, ...stripUndefined(rest), ...run });
  return finish(plan, write, run.cwd);
}

/** Plans (or with `write`, applies) routes for exported actions. */
export async function toRoute(options: ToRouteApiOptions = {}): Promise<Report> {
  const { write = false, ...rest } = options;
  const run = runOptions(rest);
  const plan = await planToRoute({ ...DEFAULT_TO_ROUTE_OPTIONS, ...stripUndefined({ callers: rest.callers, cors: rest.cors }), ...run });
  return finish(plan, write, run.cwd);
}

/** What can move, what must stay, and why; never writes. */
export async function scan(options: ScanApiOptions = {}): Promise<Report> {
  const plan = await planScan({ ...runOptions(options), includeGet: Boolean(options.includeGet) });
  return plan.report(false);
}

function runOptions(o: RunApiOptions) {
  return { paths: o.paths ?? ['.'], cwd: o.cwd ?? process.cwd(), ignore: o.ignore ?? [], apps: o.apps, jobs: o.jobs };
}

async function finish(plan: Plan, write: boolean, cwd: string): Promise<Report> {
  if (!write) return plan.report(false);
  const { writeChanges } = await import('./cli/write.js');
  const { written, errors } = await writeChanges(plan.result.changes, cwd);
  return plan.report(errors.length === 0 ? true : new Set(written), errors);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
