// Planning a command from the terminal, the same for the commands that write and for scan:
// --shard and --app narrow the run, and reading (and formatting) show on stderr.
import type { Io } from './io.js';
import { readingProgress } from './progress.js';
import { planRun, type CommandName, type Options } from '../runner/commands.js';
import type { Plan, RunBase } from '../runner/run.js';
import { shardedRun, type Shard } from '../runner/shard.js';

/** The flags every command takes that shape its run (README.md, Flags). */
export interface RunFlags {
  app: string[];
  ignore: string[];
  jobs?: number;
  shard?: Shard;
  quiet?: boolean;
}

export async function planFromTerminal<C extends CommandName>(
  command: C,
  roots: string[],
  flags: RunFlags & Partial<Options[C]>,
  io: Io,
  formatting: Pick<RunBase, 'format' | 'onFormat'> = {},
): Promise<Plan> {
  const info = (text: string) => void (flags.quiet || io.stderr.write(`${text}\n`));
  const { apps, within } = shardedRun(flags.shard, flags.app, roots, io.cwd, flags.ignore, info);
  const progress = readingProgress(io.stderr, !flags.quiet);
  const { onFormat } = formatting;
  const plan = await planRun(command, flags, {
    paths: roots,
    cwd: io.cwd,
    ignore: flags.ignore,
    apps,
    jobs: flags.jobs,
    shard: within,
    format: formatting.format,
    onProgress: (done, total, found) => progress.update(done, total, found),
    // The line it says goes below the reading progress, not over it.
    ...(onFormat && {
      onFormat: (tool: string) => {
        progress.done();
        onFormat(tool);
      },
    }),
  });
  progress.done();
  return plan;
}

/** What a run that found no app says (exit 2). */
export const noAppFound = (roots: string[]): string =>
  `no Next.js app found under ${roots.join(', ')} (looked for a package.json that depends on next).`;
