#!/usr/bin/env node
// The `actionshift` command line. `main(argv, io)` runs in-process for tests; the binary calls it
// when this file is the entry point. Commands load their code on demand so --help stays fast.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { processIo, type Io } from './io.js';
import type { Command } from 'commander';
import type { Shard } from '../runner/shard.js';
import type { ApplyFlags } from './apply-command.js';
import type { ToActionOptions, ToRouteOptions } from '../transforms/model/types.js';

// Required, not imported: Node's ES module loader takes much longer over a CommonJS
// package's files (commander, ignore, picocolors and diff).
const {
  Command: CommandClass,
  InvalidArgumentError,
  Option,
} = createRequire(import.meta.url)('commander') as typeof import('commander');

/** The package version; package.json is one level up from source and two from dist/cli. */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'actionshift' && pkg.version) return pkg.version;
    } catch {
      /* try the next */
    }
  }
  return 'unknown';
}

const collect = (value: string, previous: string[]) => [...previous, value];
const shardOption = () =>
  new Option(
    '--shard <K/N>',
    'only the K-th of N slices of the apps (of their files when there are fewer apps), for a CI matrix',
  ).argParser((v): Shard => {
    const [index, count] = v.split('/').map(Number) as [number, number];
    if (!/^\d+\/\d+$/.test(v) || index < 1 || index > count)
      throw new InvalidArgumentError('K/N with 1 <= K <= N, e.g. 2/4');
    return { index, count };
  });
const jobsOption = () =>
  new Option('--jobs <n>', 'worker threads for parsing (default: CPU count; 1 = none)').argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number >= 1');
    return n;
  });

/** The modes of a command that can write (README.md, Usage): preview, apply, report, patch. */
const withModes = (command: Command): Command =>
  command
    .addOption(new Option('--dry', 'print the diffs; write nothing').conflicts('yes'))
    .option('--yes', 'apply without prompting')
    .option('--json', 'print only the JSON report on stdout')
    .option('--patch <file>', 'also write every change as one unified diff')
    .option(
      '--html <file>',
      'also write a review page: one self-contained HTML file with what moves, what stays and why, and every change as a diff',
    );

/** What every command takes after its own flags; `writes` adds the flags that only matter when writing. */
function withRunOptions(command: Command, writes: boolean): Command {
  command
    .option('--app <dir>', 'only this app of a monorepo (repeatable)', collect, [])
    .option('--ignore <glob>', 'skip files (repeatable)', collect, [])
    .addOption(jobsOption())
    .addOption(shardOption());
  if (writes)
    command
      .option(
        '--verify',
        'after writing, type-check each touched app with its own tsc; the errors the migration added are reported and the written files rolled back (unless --force)',
      )
      .option(
        '--force',
        'run on a git tree with uncommitted changes; with --verify, keep written files despite added type errors',
      )
      .option(
        '--no-format',
        "leave the changed files as generated (by default, the project's own ESLint --fix and Prettier format the files created, and the modified files they accepted before)",
      );
  return command
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('--quiet', 'print only errors')
    .addOption(
      new Option('--verbose', 'list every site in the summary (it stops at a screenful otherwise)').conflicts('quiet'),
    );
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const program = new CommandClass('actionshift')
    .description('Move Next.js server logic between API routes and Server Actions')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const toAction = program
    .command('to-action')
    .description("turn fetch('/api/...') call sites and their route handlers into 'use server' actions")
    .argument('[paths...]', 'monorepo root, app, folder or file (default: .)');
  withModes(toAction)
    .addOption(
      new Option('--route <mode>', 'what happens to a migrated route')
        .choices(['delegate', 'remove', 'keep'])
        .default('delegate'),
    )
    .addOption(
      new Option('--form <mode>', 'rewire forms to <form action> or only replace the call')
        .choices(['action', 'call-only'])
        .default('action'),
    )
    .option('--include-get', 'also migrate GET call sites')
    .option('--include-uploads', 'also migrate call sites that upload files (actions take 1 MB bodies by default)');
  withRunOptions(toAction, true)
    .addHelpText(
      'after',
      '\nExamples:\n  actionshift to-action examples/acme-notes --dry\n  actionshift to-action apps/web --yes --route remove\n  actionshift to-action . --json > report.json',
    )
    .action(async (paths: string[], flags: ApplyFlags & ToActionOptions) => {
      const { applyCommand } = await import('./apply-command.js');
      code = await applyCommand('to-action', paths, flags, io);
    });

  const toRoute = program
    .command('to-route')
    .description("expose exported 'use server' actions as app/api/<name>/route.ts handlers")
    .argument('[paths...]', 'monorepo root, app, folder or file (default: .)');
  withModes(toRoute)
    .option('--cors <origin>', 'answer OPTIONS and send Access-Control-* headers for this origin')
    .addOption(
      new Option('--callers <mode>', 'leave internal callers on the action, or rewrite them to fetch the new route')
        .choices(['keep', 'fetch'])
        .default('keep'),
    );
  withRunOptions(toRoute, true)
    .addHelpText(
      'after',
      '\nExamples:\n  actionshift to-route apps/web --dry\n  actionshift to-route . --yes --cors https://partner.example.com',
    )
    .action(async (paths: string[], flags: ApplyFlags & Partial<ToRouteOptions>) => {
      const { applyCommand } = await import('./apply-command.js');
      code = await applyCommand('to-route', paths, flags, io);
    });

  const scan = program
    .command('scan')
    .description('what can move, what must stay, and why (writes nothing)')
    .argument('[paths...]', 'monorepo root, app, folder or file (default: .)')
    .option('--json', 'print only the JSON report on stdout')
    .option('--markdown', 'print the tables as Markdown, ready for a pull request')
    .option('--include-get', 'judge GET handlers as movable too');
  withRunOptions(scan, false)
    .addHelpText(
      'after',
      '\nExamples:\n  actionshift scan examples/acme-notes\n  actionshift scan . --markdown > MIGRATION.md',
    )
    .action(async (paths: string[], flags: import('./scan.js').ScanFlags) => {
      const { scanCommand } = await import('./scan.js');
      code = await scanCommand(paths, flags, io);
    });

  // `--json` promises a report on stdout, usage and internal errors included.
  const reportFailure = async (message: string) => {
    if (!argv.includes('--json')) return;
    const { commandOf, failureReport } = await import('./failure-report.js');
    const command = commandOf(argv);
    if (command) io.stdout.write(failureReport(command, message));
  };
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (e.code?.startsWith('commander.')) {
      // bad flag, bad value, conflicting flags, unknown or missing command
      await reportFailure(`usage: ${(e.message ?? '').replace(/^error: /, '')}`);
      return 2;
    }
    // Loaded only now: run.js brings in reading and the project model, which --help never needs.
    const { UsageError } = await import('../runner/run.js');
    if (error instanceof UsageError) {
      io.stderr.write(`actionshift: ${error.message}\n`);
      await reportFailure(`usage: ${error.message}`);
      return 2;
    }
    await reportFailure(`internal error: ${(error as Error).message ?? String(error)}`);
    throw error;
  }
  return code;
}

/** True when node was started on this file (directly or through npm's bin symlink). */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * A reader that stops early (`actionshift scan --json | head`) closes the pipe. That is not the
 * run's failure: what it still prints is dropped, and the run, with any writes to the project it
 * was making, finishes with its own exit code, instead of dying on an unhandled EPIPE.
 */
function dropOutputOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

if (isEntryPoint()) {
  dropOutputOnClosedPipe(process.stdout);
  dropOutputOnClosedPipe(process.stderr);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`actionshift: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
