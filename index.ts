// The programmatic API (docs/report.md): `import { scan, toAction, toRoute } from 'actionshift'` returns
// the same report as `--json`. It plans only, unless `write: true` asks it to apply the changes as
// `--yes` does (atomic writes, modes kept); checking the git tree is then the caller's business.
import type { Plan } from './runner/run.js';
import { COMMANDS, planRun, type CommandName, type Options } from './runner/commands.js';
import type { Report } from './transforms/report.js';
import type { ToActionOptions, ToRouteOptions } from './transforms/model/types.js';

export type { Report, ReportChange, ReportSummary } from './transforms/report.js';
export type * from './transforms/model/types.js';
export { UsageError } from './runner/run.js';

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
  /** Format the changes with the project's own ESLint --fix and Prettier, as the CLI does unless `--no-format` (default true). */
  format?: boolean;
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
  return runCommand('to-action', options);
}

/** Plans (or with `write`, applies) routes for exported actions. */
export async function toRoute(options: ToRouteApiOptions = {}): Promise<Report> {
  return runCommand('to-route', options);
}

/** What can move, what must stay, and why; never writes. */
export async function scan(options: ScanApiOptions = {}): Promise<Report> {
  return runCommand('scan', options);
}

/** Only a command that writes is given `write` (the types say so); scan never writes. */
async function runCommand<C extends CommandName>(
  command: C,
  options: RunApiOptions & WriteOption & Partial<Options[C]>,
): Promise<Report> {
  const { write = false, ...rest } = options;
  const run = runOptions(rest);
  const plan = await planRun(command, rest as Partial<Options[C]>, run);
  return finish(plan, write && COMMANDS[command].writes, run.cwd);
}

function runOptions(o: RunApiOptions) {
  return {
    paths: o.paths ?? ['.'],
    cwd: o.cwd ?? process.cwd(),
    ignore: o.ignore ?? [],
    apps: o.apps,
    jobs: o.jobs,
    format: o.format,
  };
}

async function finish(plan: Plan, write: boolean, cwd: string): Promise<Report> {
  if (!write) return plan.report(false);
  const { writeChanges } = await import('./runner/write.js');
  const { written, errors } = await writeChanges(plan.result.changes, cwd);
  return plan.report(errors.length === 0 ? true : new Set(written), errors);
}
