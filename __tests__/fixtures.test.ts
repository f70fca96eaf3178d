// Every case under __testfixtures__/<command> (__testfixtures__/README.md): input -> output byte for byte, the
// expected sites, a second run that changes nothing, every changed file re-parsing, and the
// report's diffs applying with real `git apply`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseForPrint } from '../transforms/ast/print.js';
import { isSourceFile } from '../transforms/model/paths.js';
import { applyChanges } from '../transforms/apply.js';
import { buildReport } from '../transforms/report.js';
import type { Site } from '../transforms/model/types.js';
import { readBytes, readTree, treeDifferences, writeTree } from './helpers/tree.js';
import { FIXTURE_COMMANDS, runFixtureCommand } from './helpers/commands.js';

const scratch = mkdtempSync(join(tmpdir(), 'actionshift-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The actual sites reduced to the keys each expected entry names, so fixtures state what matters. */
function pickLike(actual: Site[], expected: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  return actual.map((site, i) => {
    const keys = Object.keys(expected[i] ?? { kind: 0, file: 0, line: 0, status: 0, reason: 0 });
    return Object.fromEntries(keys.filter((k) => k in site).map((k) => [k, site[k as keyof Site]]));
  });
}

for (const command of FIXTURE_COMMANDS) describe(`${command} fixtures`, () => {
  const root = join(import.meta.dirname, '..', '__testfixtures__', command);
  const cases = existsSync(root) ? readdirSync(root).filter((c) => existsSync(join(root, c, 'input'))).sort() : [];
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const name of cases) {
    describe(name, () => {
      const dir = join(root, name);
      const input = readTree(join(dir, 'input'));
      const result = runFixtureCommand(command, input, dir);
      const output = applyChanges(input, result.changes);

      it('writes the expected tree byte for byte', () => {
        const expected = readBytes(join(dir, 'output'));
        const differences = treeDifferences(output, expected);
        // On a mismatch, show the first differing file as text for a readable diff.
        const first = differences.find((d) => d.startsWith('differs '))?.slice('differs '.length);
        if (first) expect(output.get(first), first).toBe(expected.get(first)!.toString('utf8'));
        expect(differences).toEqual([]);
      });

      it('reports the expected sites', () => {
        const expected = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<Record<string, unknown>>;
        expect(pickLike(result.sites, expected)).toEqual(expected);
        expect(result.errors).toEqual([]);
      });

      it('changes nothing on a second run', () => {
        const again = runFixtureCommand(command, output, dir);
        expect(again.changes.map((c) => `${c.kind} ${c.file}`)).toEqual([]);
        expect(again.errors).toEqual([]);
      });

      it('leaves every changed file parseable', () => {
        for (const change of result.changes) {
          if (change.after !== null && isSourceFile(change.file)) expect(() => parseForPrint(change.file, change.after!), change.file).not.toThrow();
        }
      });

      it('produces a report whose diffs `git apply` turns input into output', () => {
        const report = buildReport(command, '.', result, { applied: false, ms: 0, filesScanned: input.size });
        const work = join(scratch, command, name);
        writeTree(work, readBytes(join(dir, 'input')));
        execFileSync('git', ['init', '-q'], { cwd: work });
        const patch = report.changes.map((c) => c.diff).join('');
        if (patch) execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: work, input: patch, stdio: ['pipe', 'pipe', 'pipe'] });
        const applied = readTree(work);
        for (const file of [...applied.keys()]) if (file.startsWith('.git/')) applied.delete(file);
        expect(treeDifferences(applied, readBytes(join(dir, 'output')))).toEqual([]);
      });
    });
  }
});
