// `npm run corpus` (corpus/README.md): runs `to-action --dry --json`, `scan --json` and
// `to-route --dry --json` over a local mirror of every repository in corpus/manifest.json and holds
// the reports against the human verdicts on call sites, route handlers and actions.
// Repositories without a mirror print "absent" and do not fail the run, so CI without mirrors passes.
//
//   npm run corpus [-- --repo owner/name|name] [--json] [--typecheck] [--keep]
//
// CORPUS_MIRRORS names the mirrors folder (default /work/.mirror; layouts in mirror.ts). The tool is
// the built CLI: run `npm run build` first.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compare } from './compare.js';
import { compareActions, compareRoutes } from './compare-handlers.js';
import { loadManifest, loadVerdicts, type ManifestEntry } from './manifest.js';
import { DEFAULT_MIRRORS, extract, findGitDir, hasCommit } from './mirror.js';
import { render, type RepoResult } from './report.js';
import { cliBuilt, runScan, runToAction, runToRoute, type Report } from './tool.js';
import { typecheck } from './typecheck.js';

const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: {
    repo: { type: 'string' },
    json: { type: 'boolean', default: false },
    typecheck: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

function selected(entry: ManifestEntry): boolean {
  const want = args.repo?.toLowerCase();
  if (!want) return true;
  const repo = entry.repo.toLowerCase();
  return repo === want || repo.split('/')[1] === want;
}

function runOne(entry: ManifestEntry, mirrors: string): RepoResult {
  const base = { repo: entry.repo, commit: entry.commit };
  const verdicts = loadVerdicts(CORPUS_DIR, entry);
  const gitDir = findGitDir(mirrors, entry.repo);
  if (!gitDir) return { ...base, status: 'absent', note: `no mirror under ${mirrors}` };
  if (!hasCommit(gitDir, entry.commit))
    return { ...base, status: 'absent', note: `mirror ${gitDir} lacks commit ${entry.commit}` };
  if (!cliBuilt()) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
  let root: string | null = null;
  try {
    root = extract(gitDir, entry.commit, entry.repo);
    const report = runToAction(root, entry.app);
    const scan = runScan(root, entry.app);
    const toRoute = runToRoute(root, entry.app);
    const comparison = compare(verdicts?.sites ?? [], report);
    comparison.errors = mergeErrors(report, scan, toRoute);
    const result: RepoResult = {
      ...base,
      status: 'ok',
      comparison,
      routes: compareRoutes(verdicts?.routes ?? [], scan),
      actions: compareActions(verdicts?.actions ?? [], toRoute),
    };
    if (!verdicts) result.note = 'no verdicts file yet: every reported site is unjudged';
    if (args.typecheck) result.typecheck = typecheck(root, entry.app);
    return result;
  } catch (error) {
    return { ...base, status: 'failed', note: error instanceof Error ? error.message : String(error) };
  } finally {
    if (root && args.keep) process.stderr.write(`kept ${entry.repo} at ${root}\n`);
    else if (root) rmSync(root, { recursive: true, force: true });
  }
}

/** The errors of the three runs, each file and message once (the runs share their parse errors). */
function mergeErrors(...reports: Report[]): Report['errors'] {
  const seen = new Map<string, Report['errors'][number]>();
  for (const e of reports.flatMap((r) => r.errors)) seen.set(`${e.file}\0${e.message}`, e);
  return [...seen.values()];
}

function main(): void {
  const mirrors = process.env.CORPUS_MIRRORS || DEFAULT_MIRRORS;
  const entries = loadManifest(CORPUS_DIR).filter(selected);
  if (args.repo && entries.length === 0) throw new Error(`no manifest entry matches --repo ${args.repo}`);
  const results: RepoResult[] = [];
  for (const entry of entries) {
    if (!args.json) process.stderr.write(`${entry.repo} ...\n`);
    results.push(runOne(entry, mirrors));
  }
  process.stdout.write(args.json ? `${JSON.stringify(results, null, 2)}\n` : `${render(results)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`corpus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
