// Times the phases of `to-action` in one process, calling the built modules (dist/) the way
// cli/run.ts chains them: load, discover, read, summaries + cheap filter, transform, report.
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

const [{ discoverFiles }, { readText, isReadable }, { resolveScope }, { SnapshotBuilder, isCandidate }] = await Promise.all([
  import(dist('cli/discover.js')),
  import(dist('cli/read.js')),
  import(dist('cli/scope.js')),
  import(dist('transforms/model/snapshot.js')),
]);
mark('load CLI modules');
const [{ toAction, DEFAULT_TO_ACTION_OPTIONS }, { buildReport }] = await Promise.all([import(dist('transforms/to-action/index.js')), import(dist('transforms/report.js'))]);
mark('load transform modules (babel, recast, ...)');

const scope = resolveScope(['.'], tree);
const files = discoverFiles(scope.roots, { cwd: tree, ignore: [] });
mark('discover', { files: files.length });

const texts = [];
let bytes = 0;
for (const file of files) {
  if (!isReadable(file)) continue;
  const r = readText(path.resolve(tree, file));
  if ('text' in r) {
    // The reader's buffer is reused: a copy, for the snapshot to hold as the CLI's reading does.
    texts.push([file, r.text, Uint8Array.prototype.slice.call(r.bytes)]);
    bytes += r.bytes.length;
  }
}
mark('read (open, size, read, UTF-8 decode)', { files: texts.length, mb: bytes / 1e6 });

let candidates = 0;
for (const [file, text] of texts) if (isCandidate(file, text)) candidates++;
mark('cheap filter alone (isCandidate)', { kept: candidates });

const builder = new SnapshotBuilder();
for (const [file, text, utf8] of texts) builder.add(file, text, utf8);
mark('snapshot: directives, held source (imports read later, if asked) + cheap filter', { kept: builder.snapshot.files.size });

const result = toAction(builder.snapshot, DEFAULT_TO_ACTION_OPTIONS);
mark('transform: toAction (parse, analyse, build actions, rewrite, diff)', { sites: result.sites.length, changes: result.changes.length });

const report = buildReport('to-action', '.', result, { applied: false, filesScanned: texts.length, ms: 0, errors: [] });
const json = JSON.stringify(report, null, 2);
mark('report + JSON.stringify', { jsonMb: json.length / 1e6 });

process.stdout.write(JSON.stringify({ tree, summary: report.summary, phases }) + '\n');
