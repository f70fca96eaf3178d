// The text `npm run corpus` prints: one row per repository, a TOTAL row, then what went wrong.
import type { Comparison, Finding } from './compare.js';
import type { ActionComparison, HandlerFinding, RouteComparison } from './compare-handlers.js';
import type { VerdictAction, VerdictRoute } from './manifest.js';
import type { TypecheckResult } from './typecheck.js';

export interface RepoResult {
  repo: string;
  commit: string;
  /** ok: compared; absent: no mirror (or no such commit in it); failed: the tool's output did not parse. */
  status: 'ok' | 'absent' | 'failed';
  note?: string;
  comparison?: Comparison;
  /** Route handlers: scan's verdicts against the human's. */
  routes?: RouteComparison;
  /** Actions: to-route's verdicts against the human's. */
  actions?: ActionComparison;
  typecheck?: TypecheckResult;
}

const HEAD = [
  'repo',
  'commit',
  'judged',
  'human moves',
  'moved',
  'wrong moves',
  'wrong stays',
  'routes',
  'stay ok',
  'stay bad code',
  'route wrong moves',
  'route wrong stays',
  'actions',
  'routed',
  'wrong routes',
  'wrong skips',
  'report errors',
  'stayed by reason',
];
/** Columns 2 up to this one hold numbers (right-aligned). */
const LAST_NUMBER = HEAD.length - 2;

function reasons(counts: Record<string, number>): string {
  return (
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([r, n]) => `${r} ${n}`)
      .join(', ') || '-'
  );
}

function routeCells(c: RouteComparison | undefined): string[] {
  if (!c) return ['', '', '', '', ''];
  return [
    `${c.judged}`,
    `${c.staysRightCode}`,
    `${c.staysWrongCode.length}`,
    `${c.wrongMoves.length}`,
    `${c.wrongStays.length}`,
  ];
}

function actionCells(c: ActionComparison | undefined): string[] {
  if (!c) return ['', '', '', ''];
  return [`${c.judged}`, `${c.routed}`, `${c.wrongRoutes.length}`, `${c.wrongSkips.length}`];
}

function row(r: RepoResult): string[] {
  const c = r.comparison;
  if (!c)
    return [
      r.repo,
      r.commit.slice(0, 7),
      r.status === 'absent' ? 'absent' : 'FAILED',
      '',
      '',
      '',
      '',
      ...routeCells(undefined),
      ...actionCells(undefined),
      r.status === 'failed' ? '1' : '',
      '',
    ];
  return [
    r.repo,
    r.commit.slice(0, 7),
    `${c.judged}`,
    `${c.humanMoves}`,
    `${c.moved}`,
    `${c.wrongMoves.length}`,
    `${c.wrongStays.length}`,
    ...routeCells(r.routes),
    ...actionCells(r.actions),
    `${c.errors.length}`,
    reasons(c.keptByReason),
  ];
}

function totalRow(results: RepoResult[]): string[] {
  const done = results.map((r) => r.comparison).filter((c): c is Comparison => c !== undefined);
  const sum = (f: (c: Comparison) => number) => done.reduce((n, c) => n + f(c), 0);
  const routes = results.map((r) => r.routes).filter((c): c is RouteComparison => c !== undefined);
  const sumRoutes = (f: (c: RouteComparison) => number) => routes.reduce((n, c) => n + f(c), 0);
  const actions = results.map((r) => r.actions).filter((c): c is ActionComparison => c !== undefined);
  const sumActions = (f: (c: ActionComparison) => number) => actions.reduce((n, c) => n + f(c), 0);
  const kept: Record<string, number> = {};
  for (const c of done) for (const [r, n] of Object.entries(c.keptByReason)) kept[r] = (kept[r] ?? 0) + n;
  const humanMoves = sum((c) => c.humanMoves);
  const moved = sum((c) => c.moved);
  const pct = humanMoves ? ` (${((100 * moved) / humanMoves).toFixed(1)}%)` : '';
  const stays = sumRoutes((c) => c.humanStays);
  const staysRight = sumRoutes((c) => c.staysRightCode);
  const humanRoutes = sumActions((c) => c.humanRoutes);
  const routed = sumActions((c) => c.routed);
  const share = (n: number, of: number) => (of ? `${n} of ${of}` : `${n}`);
  const failed = results.filter((r) => r.status === 'failed').length;
  return [
    `TOTAL (${done.length} of ${results.length} repos)`,
    '',
    `${sum((c) => c.judged)}`,
    `${humanMoves}`,
    `${moved}${pct}`,
    `${sum((c) => c.wrongMoves.length)}`,
    `${sum((c) => c.wrongStays.length)}`,
    `${sumRoutes((c) => c.judged)}`,
    share(staysRight, stays),
    `${sumRoutes((c) => c.staysWrongCode.length)}`,
    `${sumRoutes((c) => c.wrongMoves.length)}`,
    `${sumRoutes((c) => c.wrongStays.length)}`,
    `${sumActions((c) => c.judged)}`,
    share(routed, humanRoutes),
    `${sumActions((c) => c.wrongRoutes.length)}`,
    `${sumActions((c) => c.wrongSkips.length)}`,
    `${sum((c) => c.errors.length) + failed}`,
    reasons(kept),
  ];
}

function table(rows: string[][]): string {
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i >= 2 && i <= LAST_NUMBER ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function where(f: Finding): string {
  return `${f.site.file}:${f.site.line} ${f.site.method} ${f.site.url}`;
}

function toolSaid(f: Finding): string {
  if (!f.tool) return 'not reported by the tool';
  return `${f.tool.status}${f.tool.reason ? ` ${f.tool.reason}` : ''}${f.tool.message ? `: ${f.tool.message}` : ''}`;
}

function handlerSaid(f: HandlerFinding<VerdictRoute | VerdictAction>): string {
  if (!f.tool) return 'not reported by the tool';
  return `${f.tool.status}${f.tool.reason ? ` ${f.tool.reason}` : ''}${f.tool.message ? `: ${f.tool.message}` : ''}`;
}

function routeWhere(f: HandlerFinding<VerdictRoute>): string {
  return `${f.verdict.file}${f.tool ? `:${f.tool.line}` : ''} ${f.verdict.method}`;
}

function actionWhere(f: HandlerFinding<VerdictAction>): string {
  return `${f.verdict.file}${f.tool ? `:${f.tool.line}` : ''} ${f.verdict.name ?? '(inline)'}`;
}

function handlerLines(routes: RouteComparison | undefined, actions: ActionComparison | undefined): string[] {
  const lines: string[] = [];
  for (const f of routes?.wrongMoves ?? [])
    lines.push(`  route wrong move  ${routeWhere(f)} (human: ${f.verdict.reason})\n              ${handlerSaid(f)}`);
  for (const f of routes?.staysWrongCode ?? [])
    lines.push(
      `  route stay, bad code  ${routeWhere(f)}: human ${f.verdict.reason}, tool ${f.tool?.reason ?? '(not reported)'}${f.tool?.message ? ` (${f.tool.message})` : ''}`,
    );
  for (const f of routes?.wrongStays ?? [])
    lines.push(`  route wrong stay  ${routeWhere(f)}\n              ${handlerSaid(f)}`);
  if (routes?.unjudged.length)
    lines.push(
      `  unjudged routes: ${routes.unjudged.length} (${routes.unjudged.map((s) => `${s.file} ${s.method ?? '?'}`).join(', ')})`,
    );
  for (const f of actions?.wrongRoutes ?? [])
    lines.push(`  wrong route  ${actionWhere(f)} (human: ${f.verdict.reason})`);
  for (const f of actions?.skipsWrongCode ?? [])
    lines.push(
      `  action skip, bad code  ${actionWhere(f)}: human ${f.verdict.reason}, tool ${f.tool?.reason ?? '(not reported)'}${f.tool?.message ? ` (${f.tool.message})` : ''}`,
    );
  for (const f of actions?.wrongSkips ?? [])
    lines.push(`  wrong skip  ${actionWhere(f)}\n              ${handlerSaid(f)}`);
  if (actions?.unjudged.length)
    lines.push(
      `  unjudged actions: ${actions.unjudged.length} (${actions.unjudged.map((s) => (s.name ? `${s.file} ${s.name}` : `${s.file}:${s.line} (inline)`)).join(', ')})`,
    );
  return lines;
}

export function render(results: RepoResult[]): string {
  const out = [table([HEAD, ...results.map(row), totalRow(results)])];
  for (const r of results) {
    const c = r.comparison;
    const lines: string[] = [];
    if (r.note && r.status !== 'absent') lines.push(`  ${r.status}: ${r.note}`);
    if (c) {
      for (const f of c.wrongStays) lines.push(`  wrong stay  ${where(f)}\n              ${toolSaid(f)}`);
      for (const f of c.wrongMoves)
        lines.push(`  wrong move  ${where(f)} (human: ${f.site.reason})\n              ${toolSaid(f)}`);
      for (const f of c.keptOtherReason)
        lines.push(`  kept, other reason  ${where(f)}: human ${f.site.reason}, tool ${f.tool?.reason ?? '-'}`);
      for (const e of c.errors) lines.push(`  report error  ${e.file}: ${e.message}`);
      if (c.unjudged.length)
        lines.push(
          `  unjudged: ${c.unjudged.length} call site(s) the tool reported that no verdict lists (${c.unjudged.map((s) => `${s.file}:${s.line}`).join(', ')})`,
        );
    }
    lines.push(...handlerLines(r.routes, r.actions));
    const t = r.typecheck;
    if (t?.status === 'skipped') lines.push(`  typecheck skipped: ${t.why}`);
    if (t?.status === 'checked') {
      lines.push(
        `  typecheck (${t.install}): ${t.before} errors before, ${t.migrated} call sites migrated, ${t.after} errors after (${t.after - t.before >= 0 ? '+' : ''}${t.after - t.before}), ${t.added.length} new${t.applyErrors ? `, ${t.applyErrors} apply errors` : ''}`,
      );
      for (const e of t.added) lines.push(`    + ${e}`);
      for (const f of t.formatting) {
        const before = f.uncleanBefore.length
          ? `; ${f.uncleanBefore.length} rejected before the migration, left as generated (${f.uncleanBefore.join(', ')})`
          : '';
        lines.push(
          `  ${f.tool}: ${f.files} changed file(s) checked with the project's own: ${f.failing.length} fail${before}`,
        );
        for (const file of f.failing) lines.push(`    ! ${file}`);
      }
    }
    if (lines.length) out.push(`\n${r.repo}\n${lines.join('\n')}`);
  }
  return out.join('\n');
}
