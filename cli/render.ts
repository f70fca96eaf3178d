// Human output: coloured diffs and a summary of what moves, what stays and why.
import { createRequire } from 'node:module';
import type { Report } from '../transforms/report.js';
import { groupByApp } from '../transforms/model/project.js';

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

export function renderSummary(report: Report, c: Colors, applied: boolean): string {
  if (report.command === 'to-route') return renderRouteSummary(report, c, applied);
  const lines: string[] = [];
  const calls = report.sites.filter((s) => s.kind === 'fetch-call');
  const moving = calls.filter((s) => s.status !== 'skipped');
  const stays = report.sites.filter((s) => s.status === 'skipped');
  const routes = new Set(calls.map((s) => s.target).filter(Boolean));
  const migrated = moving.filter((s) => s.status === 'migrated').length;
  const outcome = applied ? `${migrated} migrated${migrated < moving.length ? `, ${moving.length - migrated} not written` : ''}` : `${moving.length} can move`;
  lines.push(
    c.bold(`${calls.length} call site(s) to ${routes.size} route(s) in ${report.apps.length} app(s): ${outcome}, ${stays.length} stay${report.errors.length ? `, ${report.errors.length} error(s)` : ''}`),
  );
  const entries: Entry[] = [];
  for (const s of report.sites) {
    if (s.kind === 'route' && s.status !== 'skipped')
      entries.push([s.file, `${c.cyan('route')} ${s.file}:${s.line} ${s.method ?? ''} -> ${s.name}() in ${s.target}${s.message && (!applied || s.status === 'migrated') ? c.dim(` (${s.message})`) : ''}${notWritten(s, applied, c)}`]);
  }
  for (const s of moving) {
    const warn = s.warnings?.length ? c.yellow(` [warning: ${s.warnings.join(', ')}]`) : '';
    const verb = !applied ? c.green('moves') : s.status === 'migrated' ? c.green('moved') : c.yellow('not written');
    entries.push([s.file, `${verb} ${s.file}:${s.line} ${s.method ?? ''} ${s.target ?? ''} -> ${s.name}()${warn}`]);
  }
  for (const s of stays) entries.push([s.file, `${c.yellow('stays')} ${s.file}:${s.line} ${c.dim(s.reason ?? '')} ${s.message ?? ''}`.trimEnd()]);
  for (const e of report.errors) entries.push([e.file, `${c.red('error')} ${e.file}: ${e.message}`]);
  return [...lines, ...byApp(report, entries, c)].join('\n');
}

/** After a partial review: a planned route whose action module was not written. */
function notWritten(s: Report['sites'][number], applied: boolean, c: Colors): string {
  return applied && s.status !== 'migrated' ? c.yellow(' (not written)') : '';
}

/** to-route: which actions get a route, which stay actions only, and why. */
function renderRouteSummary(report: Report, c: Colors, applied: boolean): string {
  const actions = report.sites.filter((s) => s.kind === 'action');
  const exposed = actions.filter((s) => s.status !== 'skipped');
  const done = exposed.filter((s) => s.status === 'migrated').length;
  const outcome = applied ? `${done} exposed${done < exposed.length ? `, ${exposed.length - done} not written` : ''}` : `${exposed.length} can be exposed`;
  const lines = [c.bold(`${actions.length} action(s) in ${report.apps.length} app(s): ${outcome}, ${actions.length - exposed.length} stay${report.errors.length ? `, ${report.errors.length} error(s)` : ''}`)];
  const entries: Entry[] = [];
  for (const s of exposed) {
    const warn = s.warnings?.length ? c.yellow(` [warning: ${s.warnings.join(', ')}]`) : '';
    const verb = !applied ? c.green('exposes') : s.status === 'migrated' ? c.green('exposed') : c.yellow('not written');
    entries.push([s.file, `${verb} ${s.file}:${s.line} ${s.name}() -> POST ${s.target}${warn}`]);
  }
  for (const s of actions) if (s.status === 'skipped') entries.push([s.file, `${c.yellow('stays')} ${s.file}:${s.line} ${c.dim(s.reason ?? '')} ${s.message ?? ''}`.trimEnd()]);
  for (const e of report.errors) entries.push([e.file, `${c.red('error')} ${e.file}: ${e.message}`]);
  return [...lines, ...byApp(report, entries, c)].join('\n');
}

/** A summary line and the file it is about. */
type Entry = [file: string, line: string];

/** One app: its lines as they are. Several (a monorepo): each app's lines under its folder. */
function byApp(report: Report, entries: Entry[], c: Colors): string[] {
  if (report.apps.length <= 1) return entries.map(([, line]) => `  ${line}`);
  const out: string[] = [];
  for (const [app, group] of groupByApp(report.apps, entries, ([file]) => file)) {
    if (!app && group.length === 0) continue;
    const about = app ? ` (Next ${app.next ?? '?'}, ${app.router} router)` : '';
    out.push(`  ${c.bold(app ? app.dir : 'outside any app')}${about}${group.length === 0 ? c.dim(': nothing to do') : ''}`);
    for (const [, line] of group) out.push(`    ${line}`);
  }
  return out;
}
