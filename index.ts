// The programmatic API (SPEC 2): `import { toAction } from 'actionshift'` returns the same report
// as `--json`. It plans only; nothing is written.
import { planToAction } from './cli/run.js';
import type { Report } from './transforms/report.js';
import type { ToActionOptions } from './transforms/model/types.js';
import { DEFAULT_TO_ACTION_OPTIONS } from './transforms/to-action/index.js';

export type { Report, ReportChange, ReportSummary } from './transforms/report.js';
export type * from './transforms/model/types.js';
export { UsageError } from './cli/run.js';

export interface ToActionApiOptions extends Partial<ToActionOptions> {
  /** Monorepo root, app, folder or file paths, relative to `cwd` (default `['.']`). */
  paths?: string[];
  /** The directory report paths are relative to (default `process.cwd()`). */
  cwd?: string;
  /** Extra gitignore-style patterns to skip, relative to `cwd`. */
  ignore?: string[];
}

/** Plans a to-action migration; throws UsageError for a missing path. */
export async function toAction(options: ToActionApiOptions = {}): Promise<Report> {
  const { paths = ['.'], cwd = process.cwd(), ignore = [], ...rest } = options;
  const plan = await planToAction({ ...DEFAULT_TO_ACTION_OPTIONS, ...stripUndefined(rest), paths, cwd, ignore });
  return plan.report(false);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
