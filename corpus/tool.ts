// Runs the built CLI (dist/cli/main.js; `npm run build` first) in a repository copy, with the
// copy's root as the current directory so report paths read like the verdicts' paths.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli/main.js');

export interface ReportSite {
  kind: string;
  file: string;
  line: number;
  method?: string;
  target?: string;
  status: 'planned' | 'migrated' | 'skipped';
  reason?: string;
  message?: string;
  warnings?: string[];
}

export interface Report {
  sites: ReportSite[];
  errors: { file: string; message: string }[];
}

export function cliBuilt(): boolean {
  return existsSync(CLI);
}

/** `to-action <app> --json`, dry unless `write`; a run whose output does not parse throws. */
export function runToAction(root: string, app: string, write = false): Report {
  const args = [CLI, 'to-action', app, '--json', ...(write ? ['--yes', '--force'] : ['--dry'])];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  try {
    const report = JSON.parse(run.stdout) as Report;
    if (!Array.isArray(report.sites) || !Array.isArray(report.errors)) throw new Error('no sites/errors arrays');
    return report;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const stderr = run.stderr.trim().split('\n').slice(-3).join(' | ');
    throw new Error(`to-action exited ${run.status ?? run.signal}; its output did not parse (${why})${stderr ? `: ${stderr}` : ''}`);
  }
}
