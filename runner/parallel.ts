// The large-tree path of a run (bench/README.md): files read in chunks by worker threads, to-action run
// per group of apps in workers and merged. Both give exactly what the one-thread path gives.
import type { WorkerPool } from './pool.js';
import { joinChunks, type ReadResult } from './read.js';
import type { ProjectSnapshot, ToActionOptions, TransformResult } from '../transforms/model/types.js';

/** Small enough to balance the workers, large enough that messages cost little. */
const CHUNK_FILES = 250;

export async function readInPool(
  pool: WorkerPool,
  files: string[],
  cwd: string,
  onProgress?: (done: number, total: number, apps: number) => void,
): Promise<ReadResult> {
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_FILES) chunks.push(files.slice(i, i + CHUNK_FILES));
  let done = 0;
  let apps = 0;
  const read = await Promise.all(
    chunks.map((chunk) =>
      pool.run({ kind: 'read', files: chunk, cwd }).then((r) => {
        done += chunk.length;
        apps += r.apps;
        onProgress?.(done, files.length, apps);
        return r;
      }),
    ),
  );
  return joinChunks(read);
}

export async function toActionInPool(
  pool: WorkerPool,
  snapshot: ProjectSnapshot,
  options: ToActionOptions,
): Promise<TransformResult> {
  const [{ findApps }, { partitionApps, shardSnapshot, mergeResults }] = await Promise.all([
    import('../transforms/model/project.js'),
    import('../transforms/model/shards.js'),
  ]);
  const apps = findApps(snapshot);
  const groups = partitionApps(snapshot, apps, pool.size);
  if (groups.length <= 1) {
    // One app: this thread finds the call sites once (every shard needs them all, to know which
    // files belong together), then each worker finishes the components that fall to it.
    if (options.shard || pool.size < 2) return pool.run({ kind: 'to-action', snapshot, options });
    const { analyseCallers } = await import('../transforms/to-action/index.js');
    const analysis = analyseCallers(snapshot, options);
    const shards = Array.from({ length: pool.size }, (_, i) => ({ index: i + 1, count: pool.size }));
    return mergeResults(
      await Promise.all(
        shards.map((shard) => pool.run({ kind: 'to-action', snapshot, options: { ...options, shard }, analysis })),
      ),
    );
  }
  const results = await Promise.all(
    groups.map((dirs) => pool.run({ kind: 'to-action', snapshot: shardSnapshot(snapshot, apps, dirs), options })),
  );
  return mergeResults(results);
}
