// The worker thread of runner/pool.ts: reads a chunk of files (text, cheap filter, import summary)
// or runs to-action over one shard of the apps. Answers each message with one reply.
import { parentPort, workerData } from 'node:worker_threads';
import { readChunk, type ReadChunk } from './read.js';
import type { ProjectSnapshot, ToActionOptions, TransformResult } from '../transforms/model/types.js';
import type { CallerAnalysis } from '../transforms/to-action/index.js';

export type ParseTask =
  | { kind: 'read'; files: string[]; cwd: string }
  | { kind: 'to-action'; snapshot: ProjectSnapshot; options: ToActionOptions; analysis?: CallerAnalysis };

export type TaskResult<K extends ParseTask['kind']> = K extends 'read' ? ReadChunk : TransformResult;

export type WorkerReply = { ok: true; result: ReadChunk | TransformResult } | { ok: false; error: string };

// Started at once, so loading babel and recast overlaps the reading tasks.
const toActionModule =
  (workerData as { preload: string | null }).preload === 'to-action'
    ? import('../transforms/to-action/index.js')
    : null;

async function handle(task: ParseTask): Promise<ReadChunk | TransformResult> {
  if (task.kind === 'read') return readChunk(task.files, task.cwd, { deferImports: false });
  const { toAction } = await (toActionModule ?? import('../transforms/to-action/index.js'));
  return toAction(task.snapshot, task.options, { analysis: task.analysis });
}

parentPort!.on('message', (task: ParseTask) => {
  handle(task).then(
    (result) => parentPort!.postMessage({ ok: true, result } satisfies WorkerReply),
    (error: unknown) =>
      parentPort!.postMessage({ ok: false, error: (error as Error).stack ?? String(error) } satisfies WorkerReply),
  );
});
