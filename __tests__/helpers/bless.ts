// Writes a fixture's output/ (only what changed), deleted.json and report.json from its input/ with
// the current transform, for a person to review before committing: `npm run fixture:bless --
// <case>` (a to-action case) or `npm run fixture:bless -- to-route/<case>`. Tests never call it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFixtureCommand, type FixtureCommand } from './commands.js';
import { applyChanges } from '../../transforms/apply.js';
import { readTree, writeExpected } from './tree.js';

for (const arg of process.argv.slice(2)) {
  const [command, name] = arg.includes('/')
    ? (arg.split('/') as [FixtureCommand, string])
    : (['to-action', arg] as const);
  const dir = join(import.meta.dirname, '..', '..', '__testfixtures__', command, name);
  const input = readTree(join(dir, 'input'));
  const result = runFixtureCommand(command, input, dir);
  const output = applyChanges(input, result.changes);
  writeExpected(dir, input, output);
  const sites = result.sites.map((s) => ({
    kind: s.kind,
    file: s.file,
    line: s.line,
    status: s.status,
    ...(s.reason ? { reason: s.reason } : {}),
    ...(s.warnings ? { warnings: s.warnings } : {}),
    ...(s.name ? { name: s.name } : {}),
    ...(s.method ? { method: s.method } : {}),
  }));
  writeFileSync(join(dir, 'report.json'), JSON.stringify(sites, null, 2) + '\n');
  console.log(`${arg}: ${result.changes.length} change(s), ${sites.length} site(s), ${result.errors.length} error(s)`);
  for (const e of result.errors) console.log(`  error ${e.file}: ${e.message}`);
}
