// The CLI's view of its process, injectable so tests can run `main` in-process.
import type { Prompter } from './prompts.js';

export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** A terminal's height, which summaries fit into. */
  rows?: number;
}

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutStream;
  stderr: OutStream;
  stdinIsTTY: boolean;
  /** Scripted answers for interactive review (tests); the terminal's inquirer prompts otherwise. */
  prompter?: Prompter;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
  };
}

/** Colours only when wanted, not vetoed by NO_COLOR, and the stream is a terminal (or FORCE_COLOR). */
export function wantsColor(flag: boolean, io: Io, stream: OutStream): boolean {
  if (!flag || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return stream.isTTY === true;
}
