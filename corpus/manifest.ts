// The corpus files (corpus/README.md): manifest.json lists the repositories, verdicts/<owner>+<name>.json
// holds, per client call site, route handler and action, what a careful human migration decides.
// Read and checked here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ManifestEntry {
  repo: string;
  commit: string;
  /** The Next.js app folder, relative to the repository root ('.' usually). */
  app: string;
  patterns: string[];
  judgedBy: string;
}

export interface VerdictSite {
  /** Relative to the repository root. */
  file: string;
  /** 1-based line where the call expression (`axios.post(`, `fetch(`) starts. */
  line: number;
  method: string;
  url: string;
  target: string | null;
  verdict: 'move' | 'stay';
  /** A reason code (docs/reasons.md, or a code of the corpus's own such as `socket-emit`) when the verdict is stay. */
  reason?: string;
  note: string;
}

/** One exported method of a route handler (an App Router `route.ts`, a `pages/api` module), as `scan` judges it. */
export interface VerdictRoute {
  /** The route file, relative to the repository root. */
  file: string;
  /** The HTTP method the verdict is about (a Pages Router handler has one verdict per method it answers). */
  method: string;
  verdict: 'move' | 'stay';
  /** The reason code a stay must carry (docs/reasons.md). */
  reason?: string;
  /** Further codes that are as true as `reason` for this handler; rare, and each explained in the note. */
  alsoAccept?: string[];
  note: string;
}

/** One exported server action, as `to-route` judges it: expose it as a route, or skip it. */
export interface VerdictAction {
  /** The `'use server'` module, relative to the repository root. */
  file: string;
  /** The exported name; an inline action (no name of its own) is told by `line` instead. */
  name?: string;
  /** 1-based line where an inline action's function starts. */
  line?: number;
  verdict: 'route' | 'skip';
  reason?: string;
  alsoAccept?: string[];
  note: string;
}

export interface Verdicts {
  repo: string;
  commit: string;
  sites: VerdictSite[];
  routes: VerdictRoute[];
  actions: VerdictAction[];
}

export function verdictsFile(corpusDir: string, repo: string): string {
  return path.join(corpusDir, 'verdicts', `${repo.replace('/', '+')}.json`);
}

export function loadManifest(corpusDir: string): ManifestEntry[] {
  const list: unknown = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8'));
  if (!Array.isArray(list)) throw new Error('corpus/manifest.json must be a JSON array');
  return list.map((entry, i) => {
    const e = entry as Partial<ManifestEntry>;
    if (typeof e.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(e.repo))
      throw new Error(`manifest[${i}]: repo must be owner/name`);
    if (typeof e.commit !== 'string' || !/^[0-9a-f]{40}$/.test(e.commit))
      throw new Error(`manifest[${i}] (${e.repo}): commit must be 40 hex digits`);
    return {
      repo: e.repo,
      commit: e.commit,
      app: e.app ?? '.',
      patterns: e.patterns ?? [],
      judgedBy: e.judgedBy ?? '',
    };
  });
}

/** The verdicts of one repository, or null when none were written; throws on a malformed file. */
export function loadVerdicts(corpusDir: string, entry: ManifestEntry): Verdicts | null {
  const file = verdictsFile(corpusDir, entry.repo);
  if (!existsSync(file)) return null;
  const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<Verdicts>;
  const where = path.relative(corpusDir, file);
  if (v.repo !== entry.repo) throw new Error(`${where}: repo ${v.repo} is not ${entry.repo}`);
  if (v.commit !== entry.commit)
    throw new Error(`${where}: commit ${v.commit} differs from the manifest's ${entry.commit}`);
  const sites = v.sites ?? [];
  const routes = v.routes ?? [];
  const actions = v.actions ?? [];
  for (const s of sites) {
    if (typeof s.file !== 'string' || !Number.isInteger(s.line) || s.line < 1)
      throw new Error(`${where}: a site needs file and a 1-based line`);
    if (s.verdict !== 'move' && s.verdict !== 'stay')
      throw new Error(`${where}: ${s.file}:${s.line} verdict must be move or stay`);
    if (s.verdict === 'stay' && !s.reason) throw new Error(`${where}: ${s.file}:${s.line} stays without a reason`);
  }
  const seen = new Set<string>();
  const once = (key: string) => {
    if (seen.has(key)) throw new Error(`${where}: ${key} is judged twice`);
    seen.add(key);
  };
  for (const r of routes) {
    if (typeof r.file !== 'string' || typeof r.method !== 'string')
      throw new Error(`${where}: a route needs file and method`);
    once(`route ${r.file} ${r.method}`);
    if (r.verdict !== 'move' && r.verdict !== 'stay')
      throw new Error(`${where}: route ${r.file} ${r.method} verdict must be move or stay`);
    if (r.verdict === 'stay' && !r.reason)
      throw new Error(`${where}: route ${r.file} ${r.method} stays without a reason`);
  }
  for (const a of actions) {
    const id = `${a.file} ${a.name ?? `line ${a.line}`}`;
    if (typeof a.file !== 'string' || (typeof a.name !== 'string' && !Number.isInteger(a.line)))
      throw new Error(`${where}: an action needs file and name (or line)`);
    once(`action ${id}`);
    if (a.verdict !== 'route' && a.verdict !== 'skip')
      throw new Error(`${where}: action ${id} verdict must be route or skip`);
    if (a.verdict === 'skip' && !a.reason) throw new Error(`${where}: action ${id} is skipped without a reason`);
  }
  return { repo: v.repo, commit: v.commit, sites, routes, actions };
}
