// The fast print (unchanged subtrees shared with their originals for one recast.print) must
// print exactly what recast prints on its own, for edits of every kind the transforms make,
// and must leave the tree as it was, so an edit after a print still shows in the next one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as recast from 'recast';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureSources } from './helpers/sources.js';
import type { Node } from '@babel/types';
import { parseForPrint } from '../transforms/ast/print.js';
import { withUnchangedShared } from '../transforms/ast/unchanged.js';
import { findAll, replaceAt, walk, type Path } from '../transforms/ast/walk.js';

const files = fixtureSources().filter((f) => f.includes(`${path.sep}input${path.sep}`));
const plain = (ast: unknown) => recast.print(ast as recast.types.ASTNode).code;
const fast = (ast: unknown) => withUnchangedShared(ast, () => plain(ast));
const ident = (name: string) => ({ type: 'Identifier', name }) as Node;

/** Edits of the kinds the transforms make: a renamed identifier, a replaced expression, a removed and an added statement. */
function edit(ast: Node, round: number): number {
  let edits = 0;
  const ids = findAll(ast, 'Identifier');
  const id = ids[(round * 7) % Math.max(ids.length, 1)];
  if (id) {
    id.node.name = `${id.node.name}Renamed`;
    edits++;
  }
  const strings = findAll(ast, 'StringLiteral');
  const str = strings[(round * 5) % Math.max(strings.length, 1)];
  if (str && str.parent?.node.type !== 'ImportDeclaration' && str.parent?.node.type !== 'ExportNamedDeclaration') {
    replaceAt(str, { type: 'CallExpression', callee: ident('changed'), arguments: [] } as Node);
    edits++;
  }
  const blocks: Path[] = [];
  walk(
    ast,
    (p) => void (p.node.type === 'BlockStatement' && (p.node as { body: Node[] }).body.length > 1 && blocks.push(p)),
  );
  const block = blocks[round % Math.max(blocks.length, 1)];
  if (block) {
    const body = (block.node as { body: Node[] }).body;
    body.splice(round % body.length, 1);
    body.push({
      type: 'ExpressionStatement',
      expression: { type: 'CallExpression', callee: ident('added'), arguments: [] },
    } as Node);
    edits++;
  }
  return edits;
}

describe('print with unchanged subtrees shared', () => {
  it('finds fixture sources to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s: same text as recast alone', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (let round = 0; round < 3; round++) {
      const ast = parseForPrint(file, text);
      // Untouched, recast gives the text back (with its own line ends).
      expect(fast(ast)).toBe(text.replace(/\r\n/g, '\n'));
      expect(edit(ast as unknown as Node, round)).toBeGreaterThan(0);
      const expected = plain(ast);
      expect(fast(ast)).toBe(expected);
      // The originals were put back: recast alone still sees every edit.
      expect(plain(ast)).toBe(expected);
    }
  });

  it('shows an edit made after a print, deep inside a part that was unchanged then', () => {
    const text =
      "export function a() {\n  const x = { deep: { value: 'one' } };\n  return x;\n}\n\nexport const b = 2;\n";
    const ast = parseForPrint('m.ts', text) as unknown as Node;
    const b = findAll(ast, 'NumericLiteral')[0]!;
    replaceAt(b, { type: 'NumericLiteral', value: 3 } as Node);
    expect(fast(ast)).toBe(text.replace('= 2', '= 3'));
    findAll(ast, 'StringLiteral')[0]!.node.value = 'two';
    expect(fast(ast)).toBe(text.replace('= 2', '= 3').replace("'one'", '"two"'));
  });
});
