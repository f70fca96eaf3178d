// The bench's "babel floor": the least any Node tool built on @babel/parser does for to-action's
// job. It lists the tree, reads every file, keeps those whose text has `fetch(` and every route
// file, and parses each once, cold, with the TypeScript and JSX plugins. No analysis, no rewrite,
// no second parse, no report: what it takes bounds what actionshift can take on this machine.
// Prints `parsed N` for the bench's check.
// Its file tests and plugin choice are its own, not actionshift's (transforms/ast/parse.ts,
// model/paths.ts): loading those modules through dist made it about 30 ms slower on sparse, and a
// floor must not time our modules' loading.
//
//   node bench/babel-floor.mjs [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Required, as actionshift does: imported from ESM, Node would scan it for export names first.
const { parse } = createRequire(import.meta.url)('@babel/parser');

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const ROUTE = /^route\.(ts|js)$/;

function list(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) list(file, out);
    else if (SOURCE.test(entry.name)) out.push(file);
  }
  return out;
}

const plugins = (file) =>
  /\.(ts|mts|cts)$/.test(file) ? ['typescript'] : /\.tsx$/.test(file) ? ['typescript', 'jsx'] : ['jsx'];

let parsed = 0;
for (const file of list(path.resolve(process.argv[2] ?? '.'), [])) {
  const bytes = readFileSync(file);
  // The cheap test on the bytes, before any decoding.
  if (!ROUTE.test(path.basename(file)) && bytes.indexOf('fetch(') < 0) continue;
  parse(bytes.toString('utf8'), { sourceType: 'module', plugins: plugins(file) });
  parsed++;
}
process.stdout.write(`parsed ${parsed}\n`);
