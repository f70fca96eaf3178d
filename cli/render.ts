// Human output: coloured diffs and a summary of what moved and what stays.
import pc from 'picocolors';
import type { Report } from '../transforms/report.js';

export type Colors = ReturnType<typeof pc.createColors>;

export function colorsFor(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

export function renderDiff(diff: string, c: Colors): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('diff --git')) return c.bold(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      if (line.startsWith('@@')) return c.cyan(line);
      return line;
    })
    .join('\n');
}

export function renderSummary(report: Report, c: Colors, applied: boolean): string {
  const lines: string[] = [];
  const moved = report.sites.filter((s) => s.kind === 'fetch-call' && s.status !== 'skipped');
  const stays = report.sites.filter((s) => s.status === 'skipped');
  const routes = new Set(report.sites.filter((s) => s.kind === 'fetch-call').map((s) => s.target));
  lines.push(
    c.bold(`${report.sites.filter((s) => s.kind === 'fetch-call').length} call site(s) to ${routes.size} route(s) in ${report.apps.length} app(s): ${moved.length} ${applied ? 'migrated' : 'can move'}, ${stays.length} stay`),
  );
  for (const s of report.sites) {
    if (s.kind === 'route') lines.push(`  ${c.cyan('route')} ${s.file}:${s.line} ${s.method} -> ${s.name}() in ${s.target}${s.message ? c.dim(` (${s.message})`) : ''}`);
  }
  for (const s of moved) {
    const warn = s.warnings?.length ? c.yellow(` [warning: ${s.warnings.join(', ')}]`) : '';
    lines.push(`  ${c.green(applied ? 'moved' : 'moves')} ${s.file}:${s.line} ${s.method} ${s.target} -> ${s.name}()${warn}`);
  }
  for (const s of stays) lines.push(`  ${c.yellow('stays')} ${s.file}:${s.line} ${c.dim(s.reason ?? '')} ${s.message ?? ''}`);
  for (const e of report.errors) lines.push(`  ${c.red('error')} ${e.file}: ${e.message}`);
  return lines.join('\n');
}
