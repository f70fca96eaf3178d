// Splitting a to-action run by app, so worker threads can each take some apps (bench/README.md). A call
// site only ever resolves to a route of its own app and an action module lives in that app, so
// each app's sites and changes depend only on its own files, the config files and the import
// summaries; the merged shards equal the whole run.
import type { App, ProjectSnapshot, TransformResult } from './types.js';
import { appOf } from './project.js';
import { isConfigFile } from './snapshot.js';
import { isSourceFile } from './paths.js';

/**
 * At most `n` groups of app directories, balanced by how many kept source files they hold
 * (a rough measure of parsing work). Deterministic: apps in order, ties to the first group.
 */
export function partitionApps(snapshot: ProjectSnapshot, apps: App[], n: number): string[][] {
  const work = new Map<string, number>(apps.map((a) => [a.dir, 0]));
  for (const file of snapshot.files.keys()) {
    if (!isSourceFile(file)) continue;
    const app = appOf(apps, file);
    if (app) work.set(app.dir, work.get(app.dir)! + 1);
  }
  const groups = Array.from({ length: Math.max(1, Math.min(n, apps.length)) }, () => ({
    dirs: [] as string[],
    load: 0,
  }));
  // Largest first onto the least loaded group: the classic greedy bound (within 4/3 of best).
  const ordered = [...apps].sort((a, b) => work.get(b.dir)! - work.get(a.dir)! || a.dir.localeCompare(b.dir));
  for (const app of ordered) {
    const target = groups.reduce((best, g) => (g.load < best.load ? g : best), groups[0]!);
    target.dirs.push(app.dir);
    target.load += work.get(app.dir)!;
  }
  return groups.filter((g) => g.dirs.length > 0).map((g) => g.dirs.sort());
}

/**
 * The snapshot one shard sees: every summary and config file, files outside any app, and the
 * texts of its own apps' files. Other apps' texts are left out so their call sites are not seen.
 */
export function shardSnapshot(snapshot: ProjectSnapshot, apps: App[], dirs: readonly string[]): ProjectSnapshot {
  const mine = new Set(dirs);
  const files = new Map<string, string>();
  for (const [file, text] of snapshot.files) {
    const app = isConfigFile(file) ? null : appOf(apps, file);
    if (app === null || mine.has(app.dir)) files.set(file, text);
  }
  return { files, summaries: snapshot.summaries };
}

/** Sites by file, line and kind, as every transform orders them; errors by file (stable). */
export function mergeResults(results: TransformResult[]): TransformResult {
  if (results.length === 1) return results[0]!;
  const sites = results
    .flatMap((r) => r.sites)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind));
  const changes = results.flatMap((r) => r.changes).sort((a, b) => a.file.localeCompare(b.file));
  return {
    apps: results[0]!.apps,
    sites,
    changes,
    errors: sortErrors(results.flatMap((r) => r.errors)),
    filesParsed: results.reduce((n, r) => n + r.filesParsed, 0),
  };
}

/** Errors in file order (stable), so a run split over workers reports them as a whole run does. */
export const sortErrors = <T extends { file: string }>(errors: T[]): T[] =>
  [...errors].sort((a, b) => a.file.localeCompare(b.file));
