// `--shard K/N` (SPEC 1): a CI matrix splits a monorepo by app. The apps are found from the file
// list and the config files alone (no source is read), sorted, and shard K takes every N-th one,
// so the N runs are disjoint and their reports merge by concatenating `sites` and `changes`.
import path from 'node:path';
import { discoverFiles } from './discover.js';
import { readText } from './read.js';
import { findApps } from '../transforms/model/project.js';
import { isConfigFile } from '../transforms/model/snapshot.js';
import { isSourceFile } from '../transforms/model/paths.js';
import type { ProjectSnapshot } from '../transforms/model/types.js';
import { ancestorConfigs } from './scope.js';
import { buildReport, type Report } from '../transforms/report.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

const EMPTY_SUMMARY = { directive: null, specifiers: [], names: {} };

/** The app folders (relative to cwd) below `roots` that belong to this shard, and how many there are in all. */
export function shardApps(shard: Shard, roots: string[], cwd: string, ignore: string[]): { apps: string[]; total: number } {
  const files = [...discoverFiles(roots, { cwd, ignore }), ...ancestorConfigs(roots, cwd)];
  // Enough of a snapshot to find apps: config texts, and source paths (for app/ and pages/ folders).
  const probe: ProjectSnapshot = { files: new Map(), summaries: new Map() };
  for (const file of files) {
    if (isConfigFile(file)) {
      const r = readText(path.resolve(cwd, file));
      if ('text' in r) probe.files.set(file, r.text);
    } else if (isSourceFile(file)) probe.summaries.set(file, EMPTY_SUMMARY);
  }
  const all = findApps(probe).map((a) => a.dir);
  return { apps: all.filter((_, i) => i % shard.count === shard.index - 1), total: all.length };
}

/** The report of a shard with no app: nothing found, nothing to merge. */
export function emptyReport(command: Report['command']): Report {
  return buildReport(command, '.', { apps: [], sites: [], changes: [], errors: [], filesParsed: 0 }, { applied: false, ms: 0, filesScanned: 0 });
}

export function shardNote(shard: Shard, found: { apps: string[]; total: number }): string {
  const which = found.apps.length > 0 ? `: ${found.apps.join(', ')}` : '; nothing to do';
  return `shard ${shard.index}/${shard.count} takes ${found.apps.length} of ${found.total} app(s)${which}.`;
}
