// Holds `scan`'s route sites and `to-route`'s action sites against the human verdicts on route
// handlers and actions. A route verdict is matched by file and method, an action verdict by file and
// exported name (an inline action, which has none, by file and line).
import type { VerdictAction, VerdictRoute } from './manifest.js';
import type { Report, ReportSite } from './tool.js';

export interface HandlerFinding<V> {
  verdict: V;
  /** The report's site, or null when the tool did not report the handler at all. */
  tool: ReportSite | null;
}

export interface RouteComparison {
  judged: number;
  humanMoves: number;
  /** Human moves that scan reports as movable. */
  moved: number;
  humanStays: number;
  /** Human stays that scan keeps with the human's code (or one the verdict also accepts). */
  staysRightCode: number;
  /** Human stays that scan keeps with another code, or does not report. */
  staysWrongCode: HandlerFinding<VerdictRoute>[];
  /** Routes that must stay, reported as movable. */
  wrongMoves: HandlerFinding<VerdictRoute>[];
  /** Routes a human moves, reported as staying (or not reported). */
  wrongStays: HandlerFinding<VerdictRoute>[];
  /** Route sites the tool reported that no verdict lists. */
  unjudged: ReportSite[];
}

export interface ActionComparison {
  judged: number;
  humanRoutes: number;
  /** Human routes that to-route plans. */
  routed: number;
  humanSkips: number;
  /** Human skips that to-route skips with the human's code (or one the verdict also accepts). */
  skipsRightCode: number;
  skipsWrongCode: HandlerFinding<VerdictAction>[];
  /** Actions that must not become a route, planned as one. */
  wrongRoutes: HandlerFinding<VerdictAction>[];
  /** Actions a human exposes, skipped (or not reported). */
  wrongSkips: HandlerFinding<VerdictAction>[];
  unjudged: ReportSite[];
}

const moves = (tool: ReportSite | null) => tool !== null && tool.status !== 'skipped';

function rightCode(tool: ReportSite | null, verdict: { reason?: string; alsoAccept?: string[] }): boolean {
  if (!tool?.reason) return false;
  return tool.reason === verdict.reason || (verdict.alsoAccept ?? []).includes(tool.reason);
}

const routeKey = (file: string, method: string | undefined) => `${file} ${(method ?? '').toUpperCase()}`;

export function compareRoutes(verdicts: VerdictRoute[], report: Report): RouteComparison {
  const routes = report.sites.filter((s) => s.kind === 'route');
  const byKey = new Map(routes.map((s) => [routeKey(s.file, s.method), s]));
  const judgedKeys = new Set(verdicts.map((v) => routeKey(v.file, v.method)));
  const result: RouteComparison = {
    judged: verdicts.length,
    humanMoves: 0,
    moved: 0,
    humanStays: 0,
    staysRightCode: 0,
    staysWrongCode: [],
    wrongMoves: [],
    wrongStays: [],
    unjudged: routes.filter((s) => !judgedKeys.has(routeKey(s.file, s.method))),
  };
  for (const verdict of verdicts) {
    const tool = byKey.get(routeKey(verdict.file, verdict.method)) ?? null;
    if (verdict.verdict === 'move') {
      result.humanMoves++;
      if (moves(tool)) result.moved++;
      else result.wrongStays.push({ verdict, tool });
      continue;
    }
    result.humanStays++;
    if (moves(tool)) result.wrongMoves.push({ verdict, tool });
    else if (rightCode(tool, verdict)) result.staysRightCode++;
    else result.staysWrongCode.push({ verdict, tool });
  }
  return result;
}

const actionKey = (a: { file: string; name?: string; line?: number }) => `${a.file} ${a.name ?? `line ${a.line}`}`;

export function compareActions(verdicts: VerdictAction[], report: Report): ActionComparison {
  const actions = report.sites.filter((s) => s.kind === 'action');
  const byKey = new Map(actions.map((s) => [actionKey(s), s]));
  const judgedKeys = new Set(verdicts.map(actionKey));
  const result: ActionComparison = {
    judged: verdicts.length,
    humanRoutes: 0,
    routed: 0,
    humanSkips: 0,
    skipsRightCode: 0,
    skipsWrongCode: [],
    wrongRoutes: [],
    wrongSkips: [],
    unjudged: actions.filter((s) => !judgedKeys.has(actionKey(s))),
  };
  for (const verdict of verdicts) {
    const tool = byKey.get(actionKey(verdict)) ?? null;
    if (verdict.verdict === 'route') {
      result.humanRoutes++;
      if (moves(tool)) result.routed++;
      else result.wrongSkips.push({ verdict, tool });
      continue;
    }
    result.humanSkips++;
    if (moves(tool)) result.wrongRoutes.push({ verdict, tool });
    else if (rightCode(tool, verdict)) result.skipsRightCode++;
    else result.skipsWrongCode.push({ verdict, tool });
  }
  return result;
}
