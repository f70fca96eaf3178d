// Human output: coloured diffs and a summary of what moves, what stays and why.
import { createRequire } from 'node:module';
import type { Report } from '../transforms/report.js';
import { groupByApp } from '../transforms/model/project.js';
import type { OutStream } from './io.js';

// Required, not imported: see cli/main.ts.
const pc = createRequire(import.meta.url)('picocolors') as typeof import('picocolors');

export type Colors = ReturnType<typeof pc.createColors>;

export function colorsFor(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** Colours a unified diff line by line; with colours off it is the diff unchanged (git apply-able). */
export function renderDiff(diff: string, c: Colors): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('diff --git') || line.startsWith('+++ ') || line.startsWith('--- ')) return c.bold(line);
      if (line.startsWith('@@')) return c.cyan(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      return line;
    })
    .join('\n');
}

const SCREENFUL = 40;
const MIN_LINES = 10;

/**
 * How many site lines a summary shows before "+N more (--verbose)": the terminal's height less
 * room for the lines around them, or a fixed screenful when the output is not a terminal.
 */
export function summaryLimit(verbose: boolean | undefined, stream: OutStream): number {
  if (verbose) return Infinity;
  const rows = stream.isTTY ? stream.rows : undefined;
  return rows && rows > 0 ? Math.max(MIN_LINES, rows - 8) : SCREENFUL;
}

/** What a reader scanning the list needs first: what failed, then what stays and why, then what moves. */
export const Rank = { error: 0, stays: 1, moves: 2 } as const;

/** The first `limit` items by rank (stable within a rank), and how many did not fit. */
export function firstByRank<T>(items: T[], rank: (item: T) => number, limit: number): { shown: T[]; hidden: number } {
  const sorted = items.map((item, i) => ({ item, i, r: rank(item) })).sort((a, b) => a.r - b.r || a.i - b.i);
  return { shown: sorted.slice(0, limit).map((x) => x.item), hidden: Math.max(0, sorted.length - limit) };
}

export function moreLine(hidden: number, c: Colors): string[] {
  return hidden > 0 ? [c.dim(`  +${hidden} more (--verbose)`)] : [];
}

/** `limit`: site lines shown at most (see summaryLimit); the rest are counted in one line. */
/** The summary's first line, the same in the terminal and on the --html page. */
export function summaryHeadline(report: Report, applied: boolean): string {
  const errors = report.errors.length ? `, ${report.errors.length} error(s)` : '';
  if (report.command === 'to-route') {
    const actions = report.sites.filter((s) => s.kind === 'action');
    const exposed = actions.filter((s) => s.status !== 'skipped');
    const done = exposed.filter((s) => s.status === 'migrated').length;
    const outcome = applied
      ? `${done} exposed${done < exposed.length ? `, ${exposed.length - done} not written` : ''}`
      : `${exposed.length} can be exposed`;
    return `${actions.length} action(s) in ${report.apps.length} app(s): ${outcome}, ${actions.length - exposed.length} stay${errors}`;
  }
  const calls = report.sites.filter((s) => s.kind === 'fetch-call');
  const moving = calls.filter((s) => s.status !== 'skipped');
  const stays = report.sites.filter((s) => s.status === 'skipped');
  const routes = new Set(calls.map((s) => s.target).filter(Boolean));
  const migrated = moving.filter((s) => s.status === 'migrated').length;
  const outcome = applied
    ? `${migrated} migrated${migrated < moving.length ? `, ${moving.length - migrated} not written` : ''}`
    : `${moving.length} can move`;
  return `${calls.length} call site(s) to ${routes.size} route(s) in ${report.apps.length} app(s): ${outcome}, ${stays.length} stay${errors}`;
}

export function renderSummary(report: Report, c: Colors, applied: boolean, limit = Infinity): string {
  if (report.command === 'to-route') return renderRouteSummary(report, c, applied, limit);
  const lines = [c.bold(summaryHeadline(report, applied))];
  const calls = report.sites.filter((s) => s.kind === 'fetch-call');
  const moving = calls.filter((s) => s.status !== 'skipped');
  const stays = report.sites.filter((s) => s.status === 'skipped');
  const entries: Entry[] = [];
  for (const e of report.errors) entries.push([e.file, `${c.red('error')} ${e.file}: ${e.message}`, Rank.error]);
  for (const s of stays)
    entries.push([
      s.file,
      `${c.yellow('stays')} ${s.file}:${s.line} ${c.dim(s.reason ?? '')} ${s.message ?? ''}`.trimEnd(),
      Rank.stays,
    ]);
  for (const s of report.sites) {
    if (s.kind === 'route' && s.status !== 'skipped')
      entries.push([
        s.file,
        `${c.cyan('route')} ${s.file}:${s.line} ${s.method ?? ''} -> ${s.name}() in ${s.target}${s.message && (!applied || s.status === 'migrated') ? c.dim(` (${s.message})`) : ''}${notWritten(s, applied, c)}`,
        Rank.moves,
      ]);
  }
  for (const s of moving) {
    const warn = s.warnings?.length ? c.yellow(` [warning: ${s.warnings.join(', ')}]`) : '';
    const verb = !applied ? c.green('moves') : s.status === 'migrated' ? c.green('moved') : c.yellow('not written');
    entries.push([
      s.file,
      `${verb} ${s.file}:${s.line} ${s.method ?? ''} ${s.target ?? ''} -> ${s.name}()${warn}`,
      Rank.moves,
    ]);
  }
  return [...lines, ...capped(report, entries, c, limit)].join('\n');
}

/** After a partial review: a planned route whose action module was not written. */
function notWritten(s: Report['sites'][number], applied: boolean, c: Colors): string {
  return applied && s.status !== 'migrated' ? c.yellow(' (not written)') : '';
}

/** to-route: which actions get a route, which stay actions only, and why. */
function renderRouteSummary(report: Report, c: Colors, applied: boolean, limit: number): string {
  const actions = report.sites.filter((s) => s.kind === 'action');
  const exposed = actions.filter((s) => s.status !== 'skipped');
  const lines = [c.bold(summaryHeadline(report, applied))];
  const entries: Entry[] = [];
  for (const e of report.errors) entries.push([e.file, `${c.red('error')} ${e.file}: ${e.message}`, Rank.error]);
  for (const s of actions)
    if (s.status === 'skipped')
      entries.push([
        s.file,
        `${c.yellow('stays')} ${s.file}:${s.line} ${c.dim(s.reason ?? '')} ${s.message ?? ''}`.trimEnd(),
        Rank.stays,
      ]);
  for (const s of exposed) {
    const warn = s.warnings?.length ? c.yellow(` [warning: ${s.warnings.join(', ')}]`) : '';
    const verb = !applied ? c.green('exposes') : s.status === 'migrated' ? c.green('exposed') : c.yellow('not written');
    entries.push([s.file, `${verb} ${s.file}:${s.line} ${s.name}() -> POST ${s.target}${warn}`, Rank.moves]);
  }
  return [...lines, ...capped(report, entries, c, limit)].join('\n');
}

/** A summary line, the file it is about, and its rank (see Rank). */
type Entry = [file: string, line: string, rank: number];

/** The entries that fit, by app, then how many did not. */
function capped(report: Report, entries: Entry[], c: Colors, limit: number): string[] {
  const { shown, hidden } = firstByRank(entries, ([, , rank]) => rank, limit);
  return [...byApp(report, entries, new Set(shown), c), ...moreLine(hidden, c)];
}

/**
 * One app: its lines in rank order. Several (a monorepo): each app's lines under its folder; an app
 * whose lines all fell past the limit gets its heading only.
 */
function byApp(report: Report, entries: Entry[], shown: ReadonlySet<Entry>, c: Colors): string[] {
  // Entries come in rank order already; groupByApp keeps it.
  const ranked = (group: Entry[]) => group.filter((e) => shown.has(e));
  if (report.apps.length <= 1) return ranked(entries).map(([, line]) => `  ${line}`);
  const out: string[] = [];
  for (const [app, group] of groupByApp(report.apps, entries, ([file]) => file)) {
    if (!app && group.length === 0) continue;
    const about = app ? ` (Next ${app.next ?? '?'}, ${app.router} router)` : '';
    out.push(
      `  ${c.bold(app ? app.dir : 'outside any app')}${about}${group.length === 0 ? c.dim(': nothing to do') : ''}`,
    );
    for (const [, line] of ranked(group)) out.push(`    ${line}`);
  }
  return out;
}
