// transforms/ast/recast-parse.ts re-implements recast.parse with a faster copy. Recast prints
// from what parse hands it (the copy, its `.original` links, each loc's tokens, indent and
// lines, the comments it attached), so the two trees must be the same in all of that.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as recast from 'recast';
import { parse as babelParse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureSources } from './helpers/sources.js';
import { originalOf, PORTED_RECAST, recastParse } from '../transforms/ast/recast-parse.js';
import { babelOptions } from '../transforms/ast/parse.js';

/** The babel parse parseForPrint hands recast, for the file's extension. */
const babel = (file: string) => (source: string) => babelParse(source, babelOptions(file, true));

type Pos = { line: number; column: number; token?: number };
const pos = (p: Pos | undefined) => (p ? `${p.line}:${p.column}#${p.token ?? '-'}` : 'none');

/**
 * Everything recast reads of a parsed tree, as text: keys and values, shared objects by number,
 * each loc's positions, token indexes and indent, and each copy's original (by its own dump).
 */
function dump(root: unknown): string {
  const ids = new Map<object, number>();
  const out: string[] = [];
  const visit = (value: unknown, depth: number, viaOriginal: boolean): void => {
    const pad = ' '.repeat(depth);
    if (value === null || typeof value !== 'object')
      return void out.push(`${pad}${JSON.stringify(value) ?? String(value)}`);
    if (ids.has(value)) return void out.push(`${pad}@${ids.get(value)}`);
    ids.set(value, ids.size);
    if (Array.isArray(value)) {
      out.push(`${pad}[${value.length}]`);
      value.forEach((v) => visit(v, depth + 1, viaOriginal));
      return;
    }
    const node = value as Record<string, unknown> & {
      loc?: { start: Pos; end: Pos; indent?: number; lines?: unknown; tokens?: unknown[] } | null;
      original?: unknown;
    };
    out.push(`${pad}{${Object.keys(node).join(',')}}`);
    for (const key of Object.keys(node)) {
      if (key === 'loc') {
        const loc = node.loc;
        out.push(
          `${pad} loc ${loc ? `${pos(loc.start)} ${pos(loc.end)} indent ${loc.indent} lines ${loc.lines ? 'y' : 'n'} tokens ${loc.tokens?.length ?? '-'}` : String(loc)}`,
        );
      } else if (key === 'tokens')
        out.push(`${pad} tokens ${(node.tokens as Array<{ value: unknown }>).map((t) => String(t.value)).join(' ')}`);
      else {
        out.push(`${pad} ${key}:`);
        visit(node[key], depth + 2, viaOriginal);
      }
    }
    if (!viaOriginal && 'original' in node) {
      out.push(`${pad} original:`);
      visit(node.original, depth + 2, true);
    }
  };
  visit(root, 0, false);
  return out.join('\n');
}

/** The dumps around their first difference, so a failure says where the trees part. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, j) => line !== y[j]);
  return i < 0 && x.length === y.length
    ? ''
    : `line ${i}:\n${x.slice(Math.max(0, i - 8), i + 3).join('\n')}\n--- recast ---\n${y.slice(Math.max(0, i - 8), i + 3).join('\n')}`;
}

describe('recastParse', () => {
  const files = fixtureSources();
  it('has sources', () => expect(files.length).toBeGreaterThan(100));

  it('follows the recast installed (otherwise it hands over to recast.parse)', () => {
    const installed = JSON.parse(
      readFileSync(new URL('../node_modules/recast/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe(PORTED_RECAST);
  });

  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s: the tree recast.parse gives', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const ours = recastParse(text, babel(file));
    const theirs = recast.parse(text, { parser: { parse: babel(file) } });
    expect(firstDifference(dump(ours), dump(theirs))).toBe('');
    expect(recast.print(ours).code).toBe(recast.print(theirs).code);
  });

  it.each([
    ['tabs', 'function f() {\n\tconst a = `x ${1}\ty`;\n\treturn a;\n}\n'],
    [
      'CRLF and comments',
      '// lead\r\nexport const a = 1; // trail\r\n/* block */\r\nexport default class A { @dec m() {} }\r\n',
    ],
    ['for loop heads and templates', 'for (let i = 0; i < 2; i++) { console.log(`${i}:${`${i}`}`); }\n'],
    ['shorthand and exports', 'const a = 1;\nconst o = { a, b: 2 };\nexport { a, o as b };\nexport * from "./x";\n'],
  ])('%s: the tree recast.parse gives', (_, text) => {
    const ours = recastParse(text, babel('m.ts'));
    const theirs = recast.parse(text, { parser: { parse: babel('m.ts') } });
    expect(firstDifference(dump(ours), dump(theirs))).toBe('');
  });

  it("keeps `original` out of a copy's keys and its node class in the copy's prototypes", () => {
    const ours = recastParse('const o = { a: (1) };\n', babel('m.ts'));
    const theirs = recast.parse('const o = { a: (1) };\n', { parser: { parse: babel('m.ts') } });
    const decl = ours.program.body[0];
    expect(Object.keys(decl)).toEqual(Object.keys(theirs.program.body[0]));
    expect(decl.original).toBe(ours.original.program.body[0]);
    expect(decl).toBeInstanceOf(decl.original.constructor);
    // `extra` objects are plain objects in babel's tree and copies of them in recast's.
    const extra = decl.declarations[0].init.properties[0].value.extra;
    expect(extra.original).toBe(decl.original.declarations[0].init.properties[0].value.extra);
    expect(Object.keys(extra)).toEqual(Object.keys(extra.original));
    // A spread of a copy is a new node to recast, whatever it carried along.
    const spread = { ...decl };
    expect(spread.original).toBeUndefined();
    expect(originalOf(spread)).toBeUndefined();
    expect(originalOf(decl)).toBe(decl.original);
    // Recast forces a reprint by setting `original` to null.
    decl.original = null;
    expect(decl.original).toBeNull();
    expect(originalOf(decl)).toBeNull();
  });
});
