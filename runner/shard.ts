// `--shard K/N` (README.md, Usage): a CI matrix splits a monorepo by app, then by file. The apps are found
// from the file list and the config files alone (no source is read), sorted, and shard K takes
// every N-th one; with fewer apps than shards, the files of the apps are split by component
// (transforms/model/components.ts). Either way the N runs never write the same file and their
// reports merge by concatenating `sites`, `changes` and `errors`.
import path from 'node:path';
import { discoverFiles } from './discover.js';
import { readText } from './read.js';
import { findApps } from '../transforms/model/project.js';
import { isConfigFile } from '../transforms/model/snapshot.js';
import { isSourceFile } from '../transforms/model/paths.js';
import type { ProjectSnapshot } from '../transforms/model/types.js';
import { ancestorConfigs } from './scope.js';
import { checkPaths } from './run.js';

export type { ShardSpec as Shard } from '../transforms/model/components.js';
import type { ShardSpec as Shard } from '../transforms/model/components.js';

const EMPTY_SUMMARY = { directive: null, specifiers: [], names: {} };

/** The app folders (relative to cwd) below `roots` that belong to this shard, and how many there are in all. */
export function shardApps(
  shard: Shard,
  roots: string[],
  cwd: string,
  ignore: string[],
): { apps: string[]; total: number } {
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

/**
 * `--app` and `--shard` as a run takes them: the apps to read, and the shard to keep inside them
 * when there are fewer apps than shards. Says what the shard covers through `note`.
 */
export function shardedRun(
  shard: Shard | undefined,
  apps: string[],
  roots: string[],
  cwd: string,
  ignore: string[],
  note: (text: string) => void,
): { apps: string[]; within?: Shard } {
  if (!shard) return { apps };
  checkPaths([...roots, ...apps], cwd);
  const plan = planShard(shard, apps, roots, cwd, ignore);
  note(`actionshift: note: ${plan.note}`);
  return { apps: plan.apps, within: plan.within ?? undefined };
}

/** A note names at most this many apps: a CI log of a large monorepo needs the count, not a wall of names. */
const NAMED_APPS = 10;
const listed = (apps: string[]) =>
  apps.length <= NAMED_APPS
    ? apps.join(', ')
    : `${apps.slice(0, NAMED_APPS).join(', ')} and ${apps.length - NAMED_APPS} more`;

export interface ShardPlan {
  /** The apps the run covers (`--app` as given when the shard splits inside the apps). */
  apps: string[];
  /** Set when there are fewer apps than shards: the transform splits the apps' files instead. */
  within: Shard | null;
  note: string;
}

/**
 * With at least as many apps as shards, shard K takes every N-th app and reads nothing else.
 * With fewer, every shard reads the apps and keeps the components of files that fall to it.
 */
export function planShard(shard: Shard, apps: string[], roots: string[], cwd: string, ignore: string[]): ShardPlan {
  const found = shardApps(shard, apps.length > 0 ? apps : roots, cwd, ignore);
  const tag = `shard ${shard.index}/${shard.count}`;
  if (found.total >= shard.count)
    return {
      apps: found.apps,
      within: null,
      note: `${tag} takes ${found.apps.length} of ${found.total} app(s): ${listed(found.apps)}.`,
    };
  return {
    apps,
    within: shard,
    note: `${tag}: fewer apps (${found.total}) than shards, so the shards split the apps' files; a caller, the routes it calls and their action modules stay in one shard.`,
  };
}
