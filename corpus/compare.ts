// Holds the tool's report against the human verdicts: a verdict site and a report site are the same
// site when kind is `fetch-call` and file and line agree.
import type { VerdictSite } from './manifest.js';
import type { Report, ReportSite } from './tool.js';

export interface Finding {
  site: VerdictSite;
  /** The report's site, or null when the tool did not report the call at all. */
  tool: ReportSite | null;
}

export interface Comparison {
  judged: number;
  humanMoves: number;
  /** Human moves the tool plans (or migrated). */
  moved: number;
  wrongMoves: Finding[];
  wrongStays: Finding[];
  /** Sites both keep, counted by the tool's reason code (`(not reported)` when it did not list them). */
  keptByReason: Record<string, number>;
  /** Sites both keep where the tool's reason is not the human's. */
  keptOtherReason: Finding[];
  /** fetch-call sites the tool reported that no verdict lists. */
  unjudged: ReportSite[];
  errors: Report['errors'];
}

const NOT_REPORTED = '(not reported)';

export function compare(sites: VerdictSite[], report: Report): Comparison {
  const calls = report.sites.filter((s) => s.kind === 'fetch-call');
  const byKey = new Map(calls.map((s) => [`${s.file}:${s.line}`, s]));
  const judgedKeys = new Set(sites.map((s) => `${s.file}:${s.line}`));
  const result: Comparison = {
    judged: sites.length,
    humanMoves: 0,
    moved: 0,
    wrongMoves: [],
    wrongStays: [],
    keptByReason: {},
    keptOtherReason: [],
    unjudged: calls.filter((s) => !judgedKeys.has(`${s.file}:${s.line}`)),
    errors: report.errors,
  };
  for (const site of sites) {
    const tool = byKey.get(`${site.file}:${site.line}`) ?? null;
    const toolMoves = tool !== null && tool.status !== 'skipped';
    if (site.verdict === 'move') {
      result.humanMoves++;
      if (toolMoves) result.moved++;
      else result.wrongStays.push({ site, tool });
    } else if (toolMoves) {
      result.wrongMoves.push({ site, tool });
    } else {
      const reason = tool?.reason ?? NOT_REPORTED;
      result.keptByReason[reason] = (result.keptByReason[reason] ?? 0) + 1;
      if (tool && tool.reason !== site.reason) result.keptOtherReason.push({ site, tool });
    }
  }
  return result;
}
