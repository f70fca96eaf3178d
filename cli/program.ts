// The actionshift command line: parses flags, then hands a run to cli/run.ts and shows or
// writes its changes. Exit codes (SPEC 1): 0 done, 1 some file failed, 2 usage/environment.
import { Command, InvalidArgumentError, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { colorsFor, renderDiff, renderSummary } from './render.js';
import { runToAction, UsageError } from './run.js';
import { gitState } from './git.js';
import { writeChanges } from './write.js';

/** The package version; the file sits two levels up when built (dist/cli) and one up from source. */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../../package.json', '../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version: string };
      if (pkg.name === 'actionshift') return pkg.version;
    } catch {
      /* try the next */
    }
  }
  return 'unknown';
}
const version = packageVersion();

interface ToActionFlags {
  dry?: boolean;
  yes?: boolean;
  json?: boolean;
  patch?: string;
  route: 'delegate' | 'remove' | 'keep';
  form: 'action' | 'call-only';
  includeGet?: boolean;
  ignore: string[];
  force?: boolean;
  color: boolean;
  quiet?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function oneOf<T extends string>(values: readonly T[]) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
    return value as T;
  };
}

async function toActionCommand(paths: string[], flags: ToActionFlags): Promise<number> {
  const c = colorsFor(flags.color && !process.env.NO_COLOR && process.stderr.isTTY === true);
  const out = colorsFor(flags.color && !process.env.NO_COLOR && process.stdout.isTTY === true);
  const log = (text: string) => {
    if (!flags.quiet) process.stderr.write(text + '\n');
  };
  if (!flags.dry && !flags.yes && !flags.json) {
    log('actionshift: interactive review needs a terminal and is not built yet; pass --dry to preview or --yes to apply.');
    return 2;
  }
  const roots = paths.length > 0 ? paths : ['.'];
  const writing = Boolean(flags.yes) && !flags.dry;
  if (writing && !flags.force) {
    const git = gitState(roots);
    if (git.kind === 'dirty') {
      log(`actionshift: the git tree has uncommitted changes (${git.files.slice(0, 10).join(', ')}${git.files.length > 10 ? ', …' : ''}); commit or stash them, or pass --force.`);
      return 2;
    }
    if (git.kind === 'no-git') log(c.yellow('warning: not inside a git repository; there is no easy undo.'));
  }
  const { report, changes } = await runToAction({ paths: roots, ignore: flags.ignore, route: flags.route, form: flags.form, includeGet: Boolean(flags.includeGet) });
  if (report.apps.length === 0) {
    log(`actionshift: no Next.js app found under ${roots.join(', ')} (looked for a package.json depending on next).`);
    return 2;
  }
  if (flags.patch) writeFileSync(flags.patch, report.changes.map((ch) => ch.diff).join(''), 'utf8');
  let finalReport = report;
  if (writing) {
    const writeErrors = writeChanges(changes);
    finalReport = {
      ...report,
      sites: report.sites.map((s) => (s.status === 'planned' ? { ...s, status: 'migrated' as const } : s)),
      errors: [...report.errors, ...writeErrors],
    };
    finalReport.summary = { ...report.summary, errors: finalReport.errors.length };
  }
  if (flags.json) process.stdout.write(JSON.stringify(finalReport, null, 2) + '\n');
  else {
    if (!writing) for (const ch of report.changes) process.stdout.write(renderDiff(ch.diff, out) + '\n');
    log(renderSummary(finalReport, c, writing));
    log(writing ? `Wrote ${changes.length} file(s). Next: review with \`git diff\`, then run your type-check and tests.` : `Nothing written (${flags.dry ? '--dry' : '--json'}). Apply with --yes.`);
  }
  return finalReport.errors.length > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('actionshift')
    .description('Move Next.js server logic between API routes and Server Actions')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  program
    .command('to-action')
    .description("turn fetch('/api/...') call sites and their route handlers into 'use server' actions")
    .argument('[paths...]', 'monorepo root, app, folder or file', [])
    .option('--dry', 'print the diffs; write nothing')
    .option('--yes', 'apply without prompting')
    .option('--json', 'print the JSON report on stdout')
    .option('--patch <file>', 'also write every change as one unified diff')
    .addOption(new Option('--route <mode>', 'what happens to a migrated route').choices(['delegate', 'remove', 'keep']).default('delegate'))
    .addOption(new Option('--form <mode>', 'rewire forms to <form action> or only replace the call').choices(['action', 'call-only']).default('action'))
    .option('--include-get', 'also migrate GET call sites')
    .option('--ignore <glob>', 'skip files (repeatable)', collect, [])
    .option('--force', 'run on a git tree with uncommitted changes')
    .option('--no-color', 'no colours')
    .option('--quiet', 'only errors')
    .addHelpText('after', '\nExamples:\n  actionshift to-action examples/acme-notes --dry\n  actionshift to-action apps/web --yes --route remove\n  actionshift to-action . --json > report.json')
    .action(async (paths: string[], flags: ToActionFlags) => {
      code = await toActionCommand(paths, flags);
    });
  for (const name of ['scan', 'to-route']) {
    program
      .command(name)
      .description(`${name} (not built yet)`)
      .allowUnknownOption()
      .argument('[args...]')
      .action(() => {
        process.stderr.write(`actionshift: ${name} is not built yet.\n`);
        code = 2;
      });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`actionshift: ${error.message}\n`);
      return 2;
    }
    const e = error as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code?.startsWith('commander.')) return 2;
    throw error;
  }
  return code;
}

