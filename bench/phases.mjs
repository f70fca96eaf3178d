// Times the phases of `to-action` in one process, calling the built modules (dist/) the way
// runner/run.ts chains them: load, discover, read, snapshot (cheap test, directives), transform, report.
// Prints one JSON object. Used by bench/profile.ts; `node bench/phases.mjs <tree>` alone works too.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(repo, 'dist', p)).href;
const tree = path.resolve(process.argv[2] ?? '.');

const phases = [];
let last = performance.now();
const mark = (name, extra = {}) => {
  const now = performance.now();
  phases.push({ name, ms: now - last, rssMb: process.memoryUsage().rss / 2 ** 20, ...extra });
  last = performance.now();
};

const [{ discoverFiles }, { readRuns, isReadable }, { resolveScope }, { SnapshotBuilder }] = await Promise.all([
  import(dist('runner/discover.js')),
  import(dist('runner/read.js')),
  import(dist('runner/scope.js')),
  import(dist('transforms/model/snapshot.js')),
]);
mark('load CLI modules');
const [{ toAction, DEFAULT_TO_ACTION_OPTIONS }, { buildReport }] = await Promise.all([
  import(dist('transforms/to-action/index.js')),
  import(dist('transforms/report.js')),
]);
mark('load transform modules (babel, recast, ...)');

const scope = resolveScope(['.'], tree);
const files = discoverFiles(scope.roots, { cwd: tree, ignore: [] });
mark('discover', { files: files.length });

const runs = [];
let bytes = 0;
let read = 0;
readRuns(files.filter(isReadable), tree + path.sep, {
  run: (run, ranges) => {
    runs.push([run, ranges]);
    bytes += run.length;
    read += ranges.length;
  },
  error: () => {},
});
mark('read (open, read, check UTF-8, into blocks of a MiB)', { files: read, mb: bytes / 1e6 });

const builder = new SnapshotBuilder();
for (const [run, ranges] of runs) builder.addUtf8Run(run, run.toString('latin1'), ranges);
mark('snapshot: cheap test on the bytes, directives, decode what may matter, hold the rest', {
  kept: builder.snapshot.files.size,
});

const result = toAction(builder.snapshot, DEFAULT_TO_ACTION_OPTIONS);
mark('transform: toAction (parse, analyse, build actions, rewrite, diff)', {
  sites: result.sites.length,
  changes: result.changes.length,
});

const report = buildReport('to-action', '.', result, { applied: false, filesScanned: read, ms: 0, errors: [] });
const json = JSON.stringify(report, null, 2);
mark('report + JSON.stringify', { jsonMb: json.length / 1e6 });

process.stdout.write(JSON.stringify({ tree, summary: report.summary, phases }) + '\n');
