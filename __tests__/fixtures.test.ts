// Every case under __testfixtures__/<command> (__testfixtures__/README.md). A case that writes:
// input -> input + output/ - deleted.json byte for byte, output/ holding only what changed, the
// expected sites, a second run that changes nothing, every changed file re-parsing, and the
// report's diffs applying with real `git apply`. A scan case: the sites it reports, and no change.
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
import { expectedTree, readBytes, readDeleted, readTree, treeDifferences, writeTree } from './helpers/tree.js';
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

/** The verdict keys a site has that its expected entry leaves out; a scan case pins every verdict. */
function unpinned(actual: Site[], expected: Array<Record<string, unknown>>): string[] {
  return actual.flatMap((site, i) =>
    (['kind', 'file', 'line', 'status', 'reason', 'warnings'] as const)
      .filter((k) => site[k] !== undefined && !(k in (expected[i] ?? {})))
      .map((k) => `${site.file}:${site.line} ${k}`),
  );
}

for (const command of FIXTURE_COMMANDS)
  describe(`${command} fixtures`, () => {
    const root = join(import.meta.dirname, '..', '__testfixtures__', command);
    const cases = existsSync(root)
      ? readdirSync(root)
          .filter((c) => existsSync(join(root, c, 'input')))
          .sort()
      : [];
    it('has cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });

    for (const name of cases) {
      describe(name, () => {
        const dir = join(root, name);
        const input = readTree(join(dir, 'input'));
        const result = runFixtureCommand(command, input, dir);
        const output = applyChanges(input, result.changes);
        const expectedSites = () =>
          JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<Record<string, unknown>>;

        it('reports the expected sites', () => {
          expect(pickLike(result.sites, expectedSites())).toEqual(expectedSites());
          expect(result.errors).toEqual([]);
        });

        if (command === 'scan') {
          // Scan writes nothing, so the write checks below would pass whatever it did; what it
          // does is its report, and every verdict in it must be pinned.
          it('pins every verdict and changes nothing', () => {
            expect(unpinned(result.sites, expectedSites())).toEqual([]);
            expect(result.changes.map((c) => `${c.kind} ${c.file}`)).toEqual([]);
            expect(
              existsSync(join(dir, 'output')) || existsSync(join(dir, 'deleted.json')),
              'a scan case has no output/ or deleted.json',
            ).toBe(false);
          });
          return;
        }

        it('writes the expected tree byte for byte', () => {
          const expected = expectedTree(dir);
          const differences = treeDifferences(output, expected);
          // On a mismatch, show the first differing file as text for a readable diff.
          const first = differences.find((d) => d.startsWith('differs '))?.slice('differs '.length);
          if (first) expect(output.get(first), first).toBe(expected.get(first)!.toString('utf8'));
          expect(differences).toEqual([]);
        });

        it('keeps only created and modified files in output/, and deletions in deleted.json', () => {
          const inputBytes = readBytes(join(dir, 'input'));
          const overlay = existsSync(join(dir, 'output')) ? readBytes(join(dir, 'output')) : new Map<string, Buffer>();
          // A copy of its input file would hide nothing, but costs every reviewer a read.
          expect(
            [...overlay]
              .filter(([file, bytes]) => inputBytes.get(file)?.equals(bytes))
              .map(([file]) => `copy of input ${file}`),
          ).toEqual([]);
          const deleted = readDeleted(dir);
          expect(
            deleted
              .filter((file) => !inputBytes.has(file) || overlay.has(file))
              .map((file) => `not an input deletion ${file}`),
          ).toEqual([]);
          expect(existsSync(join(dir, 'deleted.json')) && deleted.length === 0, 'an empty deleted.json').toBe(false);
        });

        it('changes nothing on a second run', () => {
          const again = runFixtureCommand(command, output, dir);
          expect(again.changes.map((c) => `${c.kind} ${c.file}`)).toEqual([]);
          expect(again.errors).toEqual([]);
        });

        it('leaves every changed file parseable', () => {
          for (const change of result.changes) {
            if (change.after !== null && isSourceFile(change.file))
              expect(() => parseForPrint(change.file, change.after!), change.file).not.toThrow();
          }
        });

        it('produces a report whose diffs `git apply` turns input into output', () => {
          const report = buildReport(command, '.', result, { applied: false, ms: 0, filesScanned: input.size });
          const work = join(scratch, command, name);
          writeTree(work, readBytes(join(dir, 'input')));
          execFileSync('git', ['init', '-q'], { cwd: work });
          const patch = report.changes.map((c) => c.diff).join('');
          if (patch)
            execFileSync('git', ['apply', '--whitespace=nowarn', '-'], {
              cwd: work,
              input: patch,
              stdio: ['pipe', 'pipe', 'pipe'],
            });
          const applied = readTree(work);
          for (const file of [...applied.keys()]) if (file.startsWith('.git/')) applied.delete(file);
          expect(treeDifferences(applied, expectedTree(dir))).toEqual([]);
        });
      });
    }
  });
