// Writes a fixture's output/ and report.json from its input/ with the current transform, for a
// person to review before committing: `npm run fixture:bless -- <case>`. Tests never call it.
import { mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toAction, DEFAULT_TO_ACTION_OPTIONS } from '../../transforms/to-action/index.js';
import { applyChanges } from '../../transforms/apply.js';
import { readTree, snapshotOf } from './tree.js';

for (const name of process.argv.slice(2)) {
  const dir = join(import.meta.dirname, '..', '..', '__testfixtures__', 'to-action', name);
  const optionsFile = join(dir, 'options.json');
  const options = existsSync(optionsFile) ? { ...DEFAULT_TO_ACTION_OPTIONS, ...JSON.parse(readFileSync(optionsFile, 'utf8')) } : DEFAULT_TO_ACTION_OPTIONS;
  const input = readTree(join(dir, 'input'));
  const result = toAction(snapshotOf(input), options);
  const output = applyChanges(input, result.changes);
  rmSync(join(dir, 'output'), { recursive: true, force: true });
  for (const [file, text] of output) {
    mkdirSync(dirname(join(dir, 'output', file)), { recursive: true });
    writeFileSync(join(dir, 'output', file), text);
  }
  const sites = result.sites.map((s) => ({ kind: s.kind, file: s.file, line: s.line, status: s.status, ...(s.reason ? { reason: s.reason } : {}), ...(s.warnings ? { warnings: s.warnings } : {}), ...(s.name ? { name: s.name } : {}), ...(s.method ? { method: s.method } : {}) }));
  writeFileSync(join(dir, 'report.json'), JSON.stringify(sites, null, 2) + '\n');
  console.log(`${name}: ${result.changes.length} change(s), ${sites.length} site(s), ${result.errors.length} error(s)`);
  for (const e of result.errors) console.log(`  error ${e.file}: ${e.message}`);
}
