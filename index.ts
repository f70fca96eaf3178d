// The programmatic API: the same report as `--json` (SPEC 2), for scripts doing bulk upgrades.
import { runToAction } from './cli/run.js';
import type { Report } from './transforms/report.js';
import type { ToActionOptions } from './transforms/model/types.js';
import { DEFAULT_TO_ACTION_OPTIONS } from './transforms/to-action/index.js';

export type { Report } from './transforms/report.js';
export type * from './transforms/model/types.js';

/** Plans a to-action migration over `paths` (relative to the current directory); writes nothing. */
export async function toAction(paths: string[] = ['.'], options: Partial<ToActionOptions> & { ignore?: string[] } = {}): Promise<Report> {
  const { report } = await runToAction({ ...DEFAULT_TO_ACTION_OPTIONS, ...options, paths, ignore: options.ignore ?? [] });
  return report;
}
