// The terminal flow of the commands that write (to-action, to-route): choose the mode, check the
// git tree, plan, then show and/or write.
// Exit codes (README.md, Usage): 0 done, 1 some file failed, 2 usage or environment error.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Io } from './io.js';
import { wantsColor } from './io.js';
import { checkPaths, UsageError, type Plan } from '../runner/run.js';
import type { Options } from '../runner/commands.js';
import { colorsFor, renderDiff, renderSummary, summaryLimit } from './render.js';
import { gitState } from '../runner/git.js';
import { undoChanges, writeChanges, type WriteResult } from '../runner/write.js';
import { cleanLeftovers, describeLeftovers, journalPath } from '../runner/journal.js';
import { catchSignals, exitCodeFor, testPause } from './interrupt.js';
import { touchedApps, verifyBaseline } from '../runner/verify.js';
import { noAppFound, planFromTerminal, type RunFlags } from './plan-run.js';
import { review, type ReviewResult } from './review.js';
import { reviewedReport } from './reviewed-report.js';
import type { HtmlReportOptions } from './html-report.js';
import { Cancelled, inquirerPrompter } from './prompts.js';
import { unifiedPatch, type Report } from '../transforms/report.js';
import type { Change, FileError, RouteMode } from '../transforms/model/types.js';

/** The flags every command that writes takes (README.md, Usage); each command's own options come with them. */
export interface ApplyFlags extends RunFlags {
  dry?: boolean;
  yes?: boolean;
  json?: boolean;
  patch?: string;
  /** `--html FILE`: the review page (cli/html-report.ts). */
  html?: string;
  /** to-action's --route: also what interactive review offers first for each route. */
  route?: RouteMode;
  verify?: boolean;
  force?: boolean;
  /** false with `--no-format`: the project's ESLint and Prettier are not run on the changes. */
  format?: boolean;
  color: boolean;
  /** Every site in the summary, not a screenful. */
  verbose?: boolean;
}

/** `report`: --json alone, nothing written. `interactive`: no mode flag (README.md, Usage). */
export type Mode = 'dry' | 'apply' | 'report' | 'interactive';

export function chooseMode(flags: Pick<ApplyFlags, 'dry' | 'yes' | 'json'>): Mode {
  if (flags.dry) return 'dry';
  if (flags.yes) return 'apply';
  if (flags.json) return 'report';
  return 'interactive';
}

/** The commands that write. */
export type WritingCommand = 'to-action' | 'to-route';

export async function applyCommand<C extends WritingCommand>(
  command: C,
  paths: string[],
  flags: ApplyFlags & Partial<Options[C]>,
  io: Io,
): Promise<number> {
  const c = colorsFor(wantsColor(flags.color, io, io.stderr));
  const info = (text: string) => {
    if (!flags.quiet) io.stderr.write(text + '\n');
  };
  const usage = (text: string) => {
    io.stderr.write(`actionshift: ${text}\n`);
    return 2;
  };
  const roots = paths.length > 0 ? paths : ['.'];
  checkPaths(roots, io.cwd);
  // Found out before the run, not as a failed write after it.
  for (const [flag, file] of [
    ['--patch', flags.patch],
    ['--html', flags.html],
  ] as const)
    if (file && !existsSync(path.dirname(path.resolve(io.cwd, file))))
      throw new UsageError(`${flag} ${file}: the folder ${path.dirname(file)} does not exist`);

  const mode = chooseMode(flags);
  if (flags.verify && mode !== 'apply' && mode !== 'interactive')
    return usage(
      '--verify type-checks what was written: use it with --yes or in interactive review, not with --dry or --json alone.',
    );
  if (mode === 'interactive' && (!io.stdinIsTTY || io.stdout.isTTY !== true))
    return usage(
      'interactive review needs a terminal on stdin and stdout. Use --dry to preview the changes, --yes to apply them, or --json for the report.',
    );

  // A killed run's half-written tree is put back before it is checked or planned (docs/safety.md).
  const journal = journalPath(path.resolve(io.cwd, roots[0]!));
  if (mode === 'apply' || mode === 'interactive') {
    const left = cleanLeftovers(
      journal,
      roots.map((r) => path.resolve(io.cwd, r)),
    );
    if (left.kind === 'busy')
      throw new UsageError(
        `another actionshift run (process ${left.pid}) is writing here; wait for it to end, or delete ${left.journal} if none is running.`,
      );
    const line = describeLeftovers(left);
    if (line) io.stderr.write(c.yellow(`actionshift: ${line}`) + '\n');
    if (left.kind === 'cleaned' && left.failed.length > 0)
      throw new UsageError('the files above could not be put back; restore them (e.g. `git checkout`) and run again.');
  } else if (existsSync(journal)) {
    info(
      `actionshift: note: a previous run was killed while writing; a run with --yes (or interactive review) restores its files first.`,
    );
  }

  const plan = await planFromTerminal(command, roots, flags, io, {
    format: flags.format,
    // Loading a project's ESLint config can take seconds: say what the wait is.
    onFormat: (tool) => info(`actionshift: formatting the changes with ${tool}…`),
  });
  for (const note of plan.notes) info(`actionshift: note: ${note}`);
  if (plan.result.apps.length === 0) return usage(noAppFound(roots));
  if ((mode === 'apply' || mode === 'interactive') && !flags.force) {
    // The given paths, and every file we would write even if it lies outside them.
    const git = gitState([...roots, ...plan.result.changes.map((ch) => ch.file)], io.cwd);
    if (git.kind === 'dirty') {
      const shown = git.files
        .slice(0, 20)
        .map((f) => `  ${f}`)
        .join('\n');
      const more = git.files.length > 20 ? `\n  … and ${git.files.length - 20} more` : '';
      return usage(
        `the git tree has uncommitted changes; commit or stash them first, or pass --force:\n${shown}${more}`,
      );
    }
    if (git.kind === 'no-git')
      io.stderr.write(
        c.yellow('actionshift: warning: not inside a git work tree, so there is no easy undo of what is written.') +
          '\n',
      );
  }

  if (mode === 'interactive') return interactive(plan, flags, io, journal);

  if (flags.patch) writeFileSync(path.resolve(io.cwd, flags.patch), unifiedPatch(plan.result.changes), 'utf8');

  const { report, written, interrupted } =
    mode === 'apply'
      ? await applyAndReport(plan, plan.result.changes, flags, io, journal)
      : { report: plan.report(false), written: null, interrupted: null };
  if (interrupted) return reportInterrupt(interrupted, report, flags, io);
  await writeHtml(flags, io, report, written === null ? { mode: 'dry' } : { mode: 'applied', written });
  if (flags.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    if (mode === 'dry') {
      const out = colorsFor(wantsColor(flags.color, io, io.stdout));
      for (const change of report.changes) io.stdout.write(renderDiff(change.diff, out));
    }
    showSummary(report, written === null ? null : { written, intended: report.changes.length }, flags, io);
  }
  return report.errors.length > 0 ? 1 : 0;
}

/** Review, then write what was accepted (docs/review.md). Ctrl-C during a prompt writes nothing. */
async function interactive(first: Plan, flags: ApplyFlags, io: Io, journal: string): Promise<number> {
  const command = first.report(false).command === 'to-route' ? 'to-route' : 'to-action';
  const colors = {
    out: colorsFor(wantsColor(flags.color, io, io.stdout)),
    info: colorsFor(wantsColor(flags.color, io, io.stderr)),
  };
  let result: ReviewResult;
  try {
    result = await review(first, {
      command,
      prompter: io.prompter ?? inquirerPrompter(),
      out: io.stdout,
      info: io.stderr,
      colors,
      defaultRoute: flags.route ?? 'delegate',
      summaryLimit: summaryLimit(flags.verbose, io.stderr),
    });
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    io.stderr.write('\nCancelled; nothing was written.\n');
    // 128 + SIGINT, as shells report a run stopped by Ctrl-C: a script must not take it for done.
    return 130;
  }
  const { plan, accepted, quit } = result;
  if (accepted.length === 0) {
    await writeHtml(flags, io, plan.report(false), { mode: 'dry' });
    io.stderr.write(`${quit ? 'Quit' : 'Nothing accepted'}; nothing was written.\n`);
    return plan.result.errors.length + plan.readErrors.length > 0 ? 1 : 0;
  }
  if (flags.patch) writeFileSync(path.resolve(io.cwd, flags.patch), unifiedPatch(accepted), 'utf8');
  const { written, errors, interrupted } = await writeVerified(plan, accepted, flags, io, journal);
  // Told as written: a route whose change was declined or never reached is not "removed".
  const report = reviewedReport(plan.report(new Set(written), errors), result);
  if (interrupted) return reportInterrupt(interrupted, report, flags, io);
  await writeHtml(flags, io, report, { mode: 'reviewed', written });
  showSummary(report, { written, intended: accepted.length }, flags, io);
  return report.errors.length > 0 ? 1 : 0;
}

type Interrupted = NonNullable<WriteResult['interrupted']>;

/** `--html FILE`: the review page of the report as it stands after the run (docs/html-report.md). */
async function writeHtml(
  flags: Pick<ApplyFlags, 'html' | 'quiet'>,
  io: Io,
  report: Report,
  options: Omit<HtmlReportOptions, 'generatedAt'>,
): Promise<void> {
  if (!flags.html) return;
  // Loaded only for --html: every other run starts without it.
  const { renderHtmlReport } = await import('./html-report.js');
  const file = path.resolve(io.cwd, flags.html);
  writeFileSync(file, renderHtmlReport(report, { ...options, generatedAt: new Date().toISOString() }), 'utf8');
  if (!flags.quiet) io.stderr.write(`actionshift: review page written to ${flags.html}\n`);
}

/** Writes the chosen changes; the report says migrated only when every write succeeded. */
export async function applyAndReport(
  plan: Plan,
  changes: Change[],
  flags: Pick<ApplyFlags, 'verify' | 'quiet' | 'force'>,
  io: Io,
  journal: string,
): Promise<{ report: Report; written: string[]; interrupted: Interrupted | null }> {
  const { written, errors, writeErrors, rolledBack, interrupted } = await writeVerified(
    plan,
    changes,
    flags,
    io,
    journal,
  );
  const applied = interrupted ? interrupted.completed : writeErrors === 0 && !rolledBack;
  return { report: plan.report(applied, errors), written, interrupted };
}

/** A signal stopped the write: one line on stderr, the report with --json, and 128 + the signal. */
function reportInterrupt({ signal, completed }: Interrupted, report: Report, flags: ApplyFlags, io: Io): number {
  const message = completed
    ? `interrupted (${signal}) after writing: the migration is complete`
    : `interrupted (${signal}): nothing was written`;
  if (flags.json)
    io.stdout.write(
      JSON.stringify(completed ? report : { ...report, errors: [...report.errors, { file: '', message }] }, null, 2) +
        '\n',
    );
  io.stderr.write(`actionshift: ${message}\n`);
  return exitCodeFor(signal);
}

/**
 * Writes, with `--verify` type-checking the touched apps before and after; added type errors join
 * the write errors, and the written files are rolled back unless `--force` keeps them.
 */
async function writeVerified(
  plan: Plan,
  changes: Change[],
  flags: Pick<ApplyFlags, 'verify' | 'quiet' | 'force'>,
  io: Io,
  journal: string,
): Promise<{
  written: string[];
  errors: FileError[];
  writeErrors: number;
  rolledBack: boolean;
  interrupted: Interrupted | null;
}> {
  const baseline = flags.verify
    ? verifyBaseline(
        touchedApps(
          plan.result.apps.map((a) => a.dir),
          changes,
        ),
        io.cwd,
      )
    : null;
  // Caught only while writing: before, a signal ends a run that has written nothing.
  const signals = catchSignals();
  let result: WriteResult;
  try {
    result = await writeChanges(changes, io.cwd, {
      journal,
      stopRequested: signals.caught,
      afterStep: testPause(io.env, io.stderr),
    });
  } finally {
    signals.release();
  }
  const { written, errors, interrupted } = result;
  if (!baseline || interrupted) return { written, errors, writeErrors: errors.length, rolledBack: false, interrupted };
  const outcome = baseline.after();
  if (!flags.quiet) for (const line of outcome.lines) io.stderr.write(line + '\n');
  if (outcome.errors.length === 0 || flags.force || written.length === 0)
    return {
      written,
      errors: [...errors, ...outcome.errors],
      writeErrors: errors.length,
      rolledBack: false,
      interrupted: null,
    };
  // Code that no longer type-checks fails `next build`: leave the tree as it was.
  const undone = undoChanges(changes, written, io.cwd);
  if (!flags.quiet)
    io.stderr.write(
      `verify: rolled back the ${written.length} written file(s) because of the added type errors; pass --force to keep them.\n`,
    );
  return {
    written: [],
    errors: [...errors, ...outcome.errors, ...undone],
    writeErrors: errors.length,
    rolledBack: true,
    interrupted: null,
  };
}

/** `writes` is null when nothing was meant to be written (--dry, --json alone). */
function showSummary(
  report: Report,
  writes: { written: string[]; intended: number } | null,
  flags: ApplyFlags,
  io: Io,
): void {
  const c = colorsFor(wantsColor(flags.color, io, io.stderr));
  if (flags.quiet) {
    for (const e of report.errors) io.stderr.write(`${c.red('error')} ${e.file}: ${e.message}\n`);
    return;
  }
  io.stderr.write(
    renderSummary(report, c, writes !== null && writes.written.length > 0, summaryLimit(flags.verbose, io.stderr)) +
      '\n',
  );
  const n = report.changes.length;
  if (n === 0) io.stderr.write('Nothing to change.\n');
  else if (writes === null)
    io.stderr.write(`Nothing written${flags.dry ? ' (--dry)' : ''}; ${n} file(s) would change. Apply with --yes.\n`);
  else if (writes.written.length === writes.intended)
    io.stderr.write(
      `Wrote ${writes.intended} file(s)${writes.intended < n ? ` of ${n} planned` : ''}. Next: review with \`git diff\`, then run your type-check and tests.\n`,
    );
  else
    io.stderr.write(
      c.red(`Wrote ${writes.written.length} of ${writes.intended} file(s); see the errors above.`) + '\n',
    );
}
