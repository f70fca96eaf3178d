// Every case under __testfixtures__/to-action: input -> output byte for byte, the expected
// sites, a second run that changes nothing, and every output file parsing again (SPEC 9).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAction, DEFAULT_TO_ACTION_OPTIONS } from '../transforms/to-action/index.js';
import { parseForAnalysis } from '../transforms/ast/parse.js';
import { isSourceFile } from '../transforms/model/paths.js';
import type { Site, ToActionOptions } from '../transforms/model/types.js';
import { applyChanges, readTree, snapshotOf } from './helpers/tree.js';

const root = join(import.meta.dirname, '..', '__testfixtures__', 'to-action');
const cases = readdirSync(root).filter((c) => existsSync(join(root, c, 'input'))).sort();

function optionsOf(dir: string): ToActionOptions {
  const file = join(dir, 'options.json');
  return existsSync(file) ? { ...DEFAULT_TO_ACTION_OPTIONS, ...JSON.parse(readFileSync(file, 'utf8')) } : DEFAULT_TO_ACTION_OPTIONS;
}

describe('to-action fixtures', () => {
  it('has the cases the issue asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1);
  });

  for (const name of cases) {
    describe(name, () => {
      const dir = join(root, name);
      const options = optionsOf(dir);
      const input = readTree(join(dir, 'input'));
      const result = toAction(snapshotOf(input), options);
      const output = applyChanges(input, result.changes);

      it('writes the expected tree byte for byte', () => {
        const expected = readTree(join(dir, 'output'));
        expect([...output.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [file, text] of expected) expect(output.get(file), file).toBe(text);
      });

      it('reports the expected sites', () => {
        const expected = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<Partial<Site>>;
        const actual = result.sites.map((s) => {
          const picked: Partial<Site> = { kind: s.kind, file: s.file, line: s.line, status: s.status };
          if (s.reason) picked.reason = s.reason;
          if (s.warnings) picked.warnings = s.warnings;
          if (s.name) picked.name = s.name;
          if (s.method) picked.method = s.method;
          return picked;
        });
        expect(actual).toEqual(expected);
        expect(result.errors).toEqual([]);
      });

      it('changes nothing on a second run', () => {
        const again = toAction(snapshotOf(output), options);
        expect(again.changes.map((c) => c.file)).toEqual([]);
      });

      it('leaves every output source file parseable', () => {
        for (const [file, text] of output) if (isSourceFile(file)) expect(() => parseForAnalysis(file, text), file).not.toThrow();
      });
    });
  }
});
