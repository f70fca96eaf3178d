// What the second pass over callers costs on its two possible paths, cold, in one process:
//   recast: parse for printing, find the calls, replace one call node, print, re-parse the output
//           (what to-action does today);
//   splice: parse with @babel/parser alone, find the calls, splice the call's text, re-parse.
// Both read the same name sets the rewrite reads. The edit is the same stand-in call on each
// path, not the real rewrite: this measures the floor of each path, for deciding the next step.
//
//   node bench/caller-paths.mjs <tree> recast|splice     (after npm run build; a tree from
//   `npm run bench -- --only dense --keep`)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(repo, 'dist', p)).href;
const [tree, mode] = process.argv.slice(2);
if (!tree || (mode !== 'recast' && mode !== 'splice')) {
  process.stderr.write('usage: node bench/caller-paths.mjs <tree> recast|splice\n');
  process.exit(2);
}

const [{ parseForAnalysis, parseForPrint, print, checkParses }, { findFetchCalls }, { usedNames }, { boundNames }, { discoverFiles }] = await Promise.all([
  import(dist('transforms/ast/parse.js')),
  import(dist('transforms/to-action/call-sites.js')),
  import(dist('transforms/shared/imports.js')),
  import(dist('transforms/ast/nodes.js')),
  import(dist('cli/discover.js')),
]);
const callers = discoverFiles(['.'], { cwd: path.resolve(tree), ignore: [] })
  .filter((f) => f.endsWith('.tsx'))
  .map((file) => ({ file, text: readFileSync(path.join(tree, file), 'utf8') }))
  .filter((c) => c.text.includes('fetch('));

const started = performance.now();
let rewritten = 0;
for (const { file, text } of callers) {
  const ast = mode === 'splice' ? parseForAnalysis(file, text) : parseForPrint(file, text);
  const call = findFetchCalls(file, ast, '')[0]?.call;
  usedNames(ast);
  boundNames(ast);
  if (!call) continue;
  let after;
  if (mode === 'splice') after = text.slice(0, call.node.start) + 'action(formData)' + text.slice(call.node.end);
  else {
    const stand = { type: 'CallExpression', callee: { type: 'Identifier', name: 'action' }, arguments: [{ type: 'Identifier', name: 'formData' }] };
    if (call.index === null) call.parent.node[call.key] = stand;
    else call.parent.node[call.key][call.index] = stand;
    after = print(ast);
  }
  checkParses(file, after);
  rewritten++;
}
process.stdout.write(`${mode}: ${rewritten} callers in ${(performance.now() - started).toFixed(0)} ms\n`);
