// parseForPrint fills token texts itself instead of letting recast slice each one through its
// Lines: the tokens (which recast reads to find parentheses and place comments) must be the same.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as recast from 'recast';
import { parse as babelParse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { parseForPrint } from '../transforms/ast/parse.js';

const FIXTURES = path.resolve(__dirname, '../__testfixtures__');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === '.next' ? [] : sources(full);
    return /\.(tsx?|jsx?)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

type Token = { value: unknown; start: number; end: number };
const tokensOf = (ast: unknown) => ((ast as { tokens: Token[] }).tokens ?? []).map((t) => [t.start, t.end, t.value]);

/** recast.parse left to fill token values itself. */
function recastAlone(file: string, text: string): unknown {
  const plugins = /\.ts$/.test(file) ? ['typescript'] : /\.tsx$/.test(file) ? ['typescript', 'jsx'] : ['jsx'];
  return recast.parse(text, {
    parser: { parse: (s: string) => babelParse(s, { sourceType: 'module', allowReturnOutsideFunction: true, allowImportExportEverywhere: true, tokens: true, plugins: [...plugins, 'decorators-legacy', 'importAttributes', 'explicitResourceManagement'] as never }) },
  });
}

describe('parseForPrint', () => {
  const files = sources(FIXTURES);
  it('has sources', () => expect(files.length).toBeGreaterThan(100));

  it('gives every token the text recast would give it', () => {
    let numbers = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const ours = tokensOf(parseForPrint(file, text));
      expect(ours, path.relative(FIXTURES, file)).toEqual(tokensOf(recastAlone(file, text)));
      numbers += ours.filter(([, , v]) => typeof v === 'string' && /^\d/.test(v)).length;
    }
    // Punctuation and numbers are the tokens recast fills; both must have been met.
    expect(numbers).toBeGreaterThan(0);
  });

  it('leaves tokens to recast in a file with tabs or CRLF', () => {
    for (const text of ["const a = [1,\t2];\n", 'const a = [1,\r\n  2];\r\n']) expect(tokensOf(parseForPrint('m.ts', text))).toEqual(tokensOf(recastAlone('m.ts', text)));
  });
});
