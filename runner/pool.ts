// A small worker-thread pool for reading and transforming large trees (bench/README.md): a fixed set of
// workers running runner/parse-worker, a FIFO queue, one task per worker at a time. Small enough
// that a dependency (piscina, tinypool) would be larger than it.
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import type { ParseTask, TaskResult, WorkerReply } from './parse-worker.js';

/** Below this many files a run stays on one thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_FILES = 2000;
/**
 * Each worker loads babel and recast and warms up its JIT again (about a second of CPU); on two
 * cores that cost more than it saved in the bench (README, Performance), so by default workers
 * start from four CPUs up.
 */
export const PARALLEL_MIN_CPUS = 4;

/** Workers to use: an explicit `--jobs` wins (1 = none); by default one per CPU for a large tree. */
export function workerCount(jobs: number | undefined, files: number): number {
  if (jobs !== undefined) return jobs > 1 ? jobs : 0;
  const cpus = os.availableParallelism();
  return cpus >= PARALLEL_MIN_CPUS && files >= PARALLEL_MIN_FILES ? cpus : 0;
}

interface Pending {
  task: ParseTask;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
}

/**
 * The worker entry next to this module: parse-worker.js in dist/, parse-worker.ts under tsx or
 * vitest, where the worker needs tsx's loader to run TypeScript.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./parse-worker.js', import.meta.url), eval: false };
  // Node 20 workers ignore `--import` in execArgv, so register tsx from a bootstrap instead.
  const api = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./parse-worker.ts', import.meta.url).href;
  return {
    entry: `import(${JSON.stringify(api)}).then((t) => { t.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
  };
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private failure: Error | null = null;

  /** `preload`: the command whose transform the workers load while they read. */
  constructor(size: number, preload: string | null) {
    const { entry, eval: evaluate } = workerEntry();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData: { preload }, eval: evaluate });
      const slot: Slot = { worker, current: null };
      worker.on('message', (reply: WorkerReply) => {
        const done = slot.current!;
        slot.current = null;
        if (reply.ok) done.resolve(reply.result as never);
        else done.reject(new Error(reply.error));
        this.next();
      });
      // A worker that dies takes the pool with it; the caller falls back to one thread.
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  run<K extends ParseTask['kind']>(task: Extract<ParseTask, { kind: K }>): Promise<TaskResult<K>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<TaskResult<K>>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: never) => void, reject });
      this.next();
    });
  }

  private next(): void {
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) continue;
      slot.current = this.queue.shift()!;
      slot.worker.postMessage(slot.current.task);
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const slot of this.slots) slot.current?.reject(error);
    for (const p of this.queue.splice(0)) p.reject(error);
  }

  async close(): Promise<void> {
    this.failure ??= new Error('pool closed');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
