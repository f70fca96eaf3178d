// Runs the built CLI (dist/cli/main.js; `npm run build` first) in a repository copy, with the
// copy's root as the current directory so report paths read like the verdicts' paths. CORPUS_CLI
// names another build, so that a rebuild of dist/ during a long run cannot mix two versions.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = process.env.CORPUS_CLI
  ? path.resolve(process.env.CORPUS_CLI)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli/main.js');

export interface ReportSite {
  kind: string;
  file: string;
  line: number;
  method?: string;
  /** Actions (`kind: 'action'`): the exported function's name. */
  name?: string;
  target?: string;
  status: 'planned' | 'migrated' | 'skipped';
  reason?: string;
  message?: string;
  warnings?: string[];
}

export interface Report {
  sites: ReportSite[];
  errors: { file: string; message: string }[];
  changes?: { file: string; kind: 'create' | 'modify' | 'delete' }[];
}

export function cliBuilt(): boolean {
  return existsSync(CLI);
}

/** `to-action <app> --json`, dry unless `write`; a run whose output does not parse throws. */
export function runToAction(root: string, app: string, write = false): Report {
  return runCli(root, ['to-action', app, '--json', ...(write ? ['--yes', '--force'] : ['--dry'])]);
}

/** `scan <app> --json`: one `route` site per exported handler method, and every action. */
export function runScan(root: string, app: string): Report {
  return runCli(root, ['scan', app, '--json']);
}

/** `to-route <app> --dry --json`: one `action` site per exported action, planned or skipped. */
export function runToRoute(root: string, app: string): Report {
  return runCli(root, ['to-route', app, '--dry', '--json']);
}

function runCli(root: string, args: string[]): Report {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  try {
    const report = JSON.parse(run.stdout) as Report;
    if (!Array.isArray(report.sites) || !Array.isArray(report.errors)) throw new Error('no sites/errors arrays');
    return report;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const stderr = run.stderr.trim().split('\n').slice(-3).join(' | ');
    throw new Error(
      `${args[0]} exited ${run.status ?? run.signal}; its output did not parse (${why})${stderr ? `: ${stderr}` : ''}`,
    );
  }
}
