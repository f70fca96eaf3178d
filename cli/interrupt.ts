// Ctrl-C and `kill` while writing (docs/safety.md): instead of dying between two files, the run
// notes the signal, lets the write finish or undo itself, and exits as the shell expects.
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface SignalCatcher {
  /** The first signal received since `catchSignals()`, if any. */
  caught(): NodeJS.Signals | null;
  /** Back to Node's default: the next signal ends the process. */
  release(): void;
}

export function catchSignals(): SignalCatcher {
  let first: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    first ??= signal;
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    caught: () => first,
    release: () => {
      for (const s of SIGNALS) process.off(s, onSignal);
    },
  };
}

/** 128 + the signal's number, as shells report a process the signal ended: 130, 143. */
export const exitCodeFor = (signal: NodeJS.Signals): number => 128 + (constants.signals[signal] ?? 0);

/**
 * Tests only: `ACTIONSHIFT_TEST_PAUSE_WRITE=stage:N` (or `rename:N`) stops the write for a second
 * after its N-th staged (or renamed) file, saying so on stderr, so a test can send a signal at a
 * known point. Unset, it does nothing. The pause blocks the thread as the renames do: a signal
 * sent meanwhile is handled at the write's next turn of the event loop, as it would be without it.
 */
export function testPause(
  env: Record<string, string | undefined>,
  stderr: { write(text: string): unknown },
): ((phase: 'stage' | 'rename', count: number) => void) | undefined {
  const match = /^(stage|rename):(\d+)$/.exec(env.ACTIONSHIFT_TEST_PAUSE_WRITE ?? '');
  if (!match) return undefined;
  const [, phase, at] = match;
  return (p, count) => {
    if (p !== phase || count !== Number(at)) return;
    stderr.write(`actionshift: test pause after ${p} ${count}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  };
}
