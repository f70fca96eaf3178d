// The text `npm run corpus` prints: one row per repository, a TOTAL row, then what went wrong.
import type { Comparison, Finding } from './compare.js';
import type { TypecheckResult } from './typecheck.js';

export interface RepoResult {
  repo: string;
  commit: string;
  /** ok: compared; absent: no mirror (or no such commit in it); failed: the tool's output did not parse. */
  status: 'ok' | 'absent' | 'failed';
  note?: string;
  comparison?: Comparison;
  typecheck?: TypecheckResult;
}

const HEAD = ['repo', 'commit', 'judged', 'human moves', 'moved', 'wrong moves', 'wrong stays', 'stayed by reason', 'report errors'];

function reasons(counts: Record<string, number>): string {
  return Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)).map(([r, n]) => `${r} ${n}`).join(', ') || '-';
}

function row(r: RepoResult): string[] {
  const c = r.comparison;
  if (!c) return [r.repo, r.commit.slice(0, 7), r.status === 'absent' ? 'absent' : 'FAILED', '', '', '', '', '', r.status === 'failed' ? '1' : ''];
  return [r.repo, r.commit.slice(0, 7), `${c.judged}`, `${c.humanMoves}`, `${c.moved}`, `${c.wrongMoves.length}`, `${c.wrongStays.length}`, reasons(c.keptByReason), `${c.errors.length}`];
}

function totalRow(results: RepoResult[]): string[] {
  const done = results.map((r) => r.comparison).filter((c): c is Comparison => c !== undefined);
  const sum = (f: (c: Comparison) => number) => done.reduce((n, c) => n + f(c), 0);
  const kept: Record<string, number> = {};
  for (const c of done) for (const [r, n] of Object.entries(c.keptByReason)) kept[r] = (kept[r] ?? 0) + n;
  const humanMoves = sum((c) => c.humanMoves);
  const moved = sum((c) => c.moved);
  const pct = humanMoves ? ` (${((100 * moved) / humanMoves).toFixed(1)}%)` : '';
  const failed = results.filter((r) => r.status === 'failed').length;
  return [`TOTAL (${done.length} of ${results.length} repos)`, '', `${sum((c) => c.judged)}`, `${humanMoves}`, `${moved}${pct}`,
    `${sum((c) => c.wrongMoves.length)}`, `${sum((c) => c.wrongStays.length)}`, reasons(kept), `${sum((c) => c.errors.length) + failed}`];
}

function table(rows: string[][]): string {
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((cell, i) => (i >= 2 && i <= 6 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function where(f: Finding): string {
  return `${f.site.file}:${f.site.line} ${f.site.method} ${f.site.url}`;
}

function toolSaid(f: Finding): string {
  if (!f.tool) return 'not reported by the tool';
  return `${f.tool.status}${f.tool.reason ? ` ${f.tool.reason}` : ''}${f.tool.message ? `: ${f.tool.message}` : ''}`;
}

export function render(results: RepoResult[]): string {
  const out = [table([HEAD, ...results.map(row), totalRow(results)])];
  for (const r of results) {
    const c = r.comparison;
    const lines: string[] = [];
    if (r.note && r.status !== 'absent') lines.push(`  ${r.status}: ${r.note}`);
    if (c) {
      for (const f of c.wrongStays) lines.push(`  wrong stay  ${where(f)}\n              ${toolSaid(f)}`);
      for (const f of c.wrongMoves) lines.push(`  wrong move  ${where(f)} (human: ${f.site.reason})\n              ${toolSaid(f)}`);
      for (const f of c.keptOtherReason) lines.push(`  kept, other reason  ${where(f)}: human ${f.site.reason}, tool ${f.tool?.reason ?? '-'}`);
      for (const e of c.errors) lines.push(`  report error  ${e.file}: ${e.message}`);
      if (c.unjudged.length) lines.push(`  unjudged: ${c.unjudged.length} call site(s) the tool reported that no verdict lists (${c.unjudged.map((s) => `${s.file}:${s.line}`).join(', ')})`);
    }
    const t = r.typecheck;
    if (t?.status === 'skipped') lines.push(`  typecheck skipped: ${t.why}`);
    if (t?.status === 'checked') {
      lines.push(`  typecheck (${t.install}): ${t.before} errors before, ${t.migrated} call sites migrated, ${t.after} errors after (${t.after - t.before >= 0 ? '+' : ''}${t.after - t.before}), ${t.added.length} new${t.applyErrors ? `, ${t.applyErrors} apply errors` : ''}`);
      for (const e of t.added) lines.push(`    + ${e}`);
    }
    if (lines.length) out.push(`\n${r.repo}\n${lines.join('\n')}`);
  }
  return out.join('\n');
}
