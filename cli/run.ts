// One run of a command over paths: discover, read once, transform, report. No writes here,
// so --dry, --json, --yes and the programmatic API are all views of the same result.
import { existsSync } from 'node:fs';
import { discoverFiles } from './discover.js';
import { readFiles } from './read.js';
import { buildReport, type Report } from '../transforms/report.js';
import type { Change, ToActionOptions } from '../transforms/model/types.js';

export interface RunOptions extends ToActionOptions {
  paths: string[];
  ignore: string[];
}

export class UsageError extends Error {}

export interface RunResult {
  report: Report;
  changes: Change[];
}

export async function runToAction(options: RunOptions, onProgress?: (done: number, total: number) => void): Promise<RunResult> {
  const started = performance.now();
  for (const p of options.paths) if (!existsSync(p)) throw new UsageError(`path not found: ${p}`);
  const files = discoverFiles(options.paths, options.ignore);
  const { snapshot, errors, filesScanned } = readFiles(files, onProgress);
  const { toAction } = await import('../transforms/to-action/index.js');
  const result = toAction(snapshot, options);
  const report = buildReport('to-action', '.', result, { applied: false, ms: Math.round(performance.now() - started), filesScanned, errors });
  return { report, changes: result.changes };
}
