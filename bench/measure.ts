// Runs one command and measures it: wall time (spawn to exit), peak RSS of the whole process tree
// (the sum over every descendant, polled from /proc), and the largest single process's peak RSS
// as the kernel counted it (GNU time's %M, i.e. wait4's ru_maxrss: exact, but a max, not a sum),
// and the CPU time of the command and the children it waited for (GNU time's %U + %S).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measurement {
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Peak of the summed RSS of every process under the command (KiB), polled; null without /proc. */
  treeRssKb: number | null;
  /** GNU time's %M: the peak RSS of the largest single process (KiB); null without /usr/bin/time. */
  maxProcRssKb: number | null;
  /** max(treeRssKb, maxProcRssKb): polling can miss a short peak that %M saw. */
  peakRssKb: number | null;
  /**
   * User + system CPU time (ms), every thread counted: against the wall time it shows how many
   * cores a run kept busy (V8's compiler and GC threads included). Null without /usr/bin/time.
   */
  cpuMs: number | null;
  samples: number;
}

export interface MeasureOptions {
  cwd: string;
  /** stdout goes here (a file path) or nowhere ('/dev/null'). */
  stdout: string;
  stderr: string;
  env?: NodeJS.ProcessEnv;
}

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (): boolean => {
  if (!existsSync(GNU_TIME)) return false;
  try {
    // BusyBox time has no -f/-o; GNU time does.
    return readFileSync(GNU_TIME).includes('Command exited with non-zero status');
  } catch {
    return false;
  }
};
const hasProc = existsSync('/proc/self/statm');
const PAGE_KB = 4; // x86_64 and arm64 Linux default; statm counts pages

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) for (const c of text.split(/\s+/)) out.push(Number(c));
    } catch {
      /* the task ended */
    }
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(fields[1]) * PAGE_KB;
  } catch {
    return 0;
  }
}

/** Summed RSS of `pid`'s descendants (not `pid` itself when `skipSelf`, e.g. the time wrapper). */
function treeRss(pid: number, skipSelf: boolean): number {
  let total = skipSelf ? 0 : rssKb(pid);
  const queue = childrenOf(pid);
  while (queue.length > 0) {
    const p = queue.shift()!;
    total += rssKb(p);
    queue.push(...childrenOf(p));
  }
  return total;
}

let runCounter = 0;

export function measure(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const gnu = hasGnuTime();
  const timeFile = path.join(os.tmpdir(), `actionshift-bench-time-${process.pid}-${runCounter++}.txt`);
  const [cmd, argv] = gnu ? [GNU_TIME, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args]] : [command, args];
  const out = openSync(options.stdout, 'w');
  const err = openSync(options.stderr, 'w');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', out, err], env: options.env ?? process.env });
    let peak = 0;
    let samples = 0;
    let timer: NodeJS.Timeout | null = null;
    const sample = () => {
      if (child.pid === undefined) return;
      const kb = treeRss(child.pid, gnu);
      samples++;
      if (kb > peak) peak = kb;
    };
    // Fine polling first (short runs), coarser later so the poller itself costs little CPU.
    const schedule = () => {
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      timer = setTimeout(
        () => {
          sample();
          schedule();
        },
        elapsedMs < 2000 ? 5 : 25,
      );
    };
    if (hasProc) schedule();
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      closeSync(out);
      closeSync(err);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (timer) clearTimeout(timer);
      closeSync(out);
      closeSync(err);
      let maxProcRssKb: number | null = null;
      let cpuMs: number | null = null;
      if (gnu) {
        try {
          // The last line: "Command exited with non-zero status N" may precede it.
          const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
          const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last);
          if (m) {
            maxProcRssKb = Number(m[2]);
            cpuMs = (Number(m[3]) + Number(m[4])) * 1000;
          }
        } catch {
          /* no numbers: the command could not start */
        }
        rmSync(timeFile, { force: true });
      }
      const treeRssKb = hasProc ? peak : null;
      const peakRssKb =
        treeRssKb === null && maxProcRssKb === null ? null : Math.max(treeRssKb ?? 0, maxProcRssKb ?? 0);
      resolve({ ms, code, signal, treeRssKb, maxProcRssKb, peakRssKb, cpuMs, samples });
    });
  });
}
