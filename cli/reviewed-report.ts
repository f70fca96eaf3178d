// The report of an interactive run, told as it was written: the plan's messages describe every
// change landing, so a route whose deletion or delegate was declined (or never reached after `q`)
// must not read "route removed", and a route answer is the person's choice, not a flag.
import type { Report } from '../transforms/report.js';
import type { RouteMode } from '../transforms/model/types.js';

export interface Reviewed {
  /** Planned changes that were not written, by file, with why. */
  left: ReadonlyMap<string, string>;
  /** Per route file, what the person answered in review. */
  routeChoices: Readonly<Record<string, RouteMode>>;
}

const KEPT_BY_CHOICE = 'route kept unchanged (your choice): its logic now lives twice';

export function reviewedReport(report: Report, reviewed: Reviewed): Report {
  const sites = report.sites.map((site) => {
    if (site.status === 'skipped') return site;
    // What decides whether a site landed: a call site's own file, a route's action module.
    const why = reviewed.left.get(site.kind === 'fetch-call' ? site.file : (site.target ?? site.file));
    if (site.status === 'planned') return why ? { ...site, message: `not written: ${why}` } : site;
    if (site.kind !== 'route') return site;
    const routeWhy = reviewed.left.get(site.file);
    // The action was written, the route file's change was not: the route answers as before.
    if (routeWhy) return { ...site, message: `route left as it was: ${routeWhy}; its logic now lives twice` };
    if (reviewed.routeChoices[site.file] === 'keep') return { ...site, message: KEPT_BY_CHOICE };
    return site;
  });
  return { ...report, sites };
}
