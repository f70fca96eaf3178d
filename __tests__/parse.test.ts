// A `.ts` text that reads alike with JSX on is parsed with the `.tsx` grammar (one parser warms
// up instead of two): the tree must be the very tree the `.ts` grammar gives, and the texts
// where the grammars differ must be told apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@babel/parser';
import { fixtureSources } from './helpers/sources.js';
import {
  babelOptions,
  checkParses,
  parseErrorMessage,
  parseForAnalysis,
  parseOutput,
  readsAlikeWithJsx,
} from '../transforms/ast/parse.js';

const tree = (text: string, file: string): string => {
  try {
    return JSON.stringify(parse(text, babelOptions(file, false)));
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

describe('readsAlikeWithJsx', () => {
  it('holds only where the .ts and .tsx grammars give the same tree, over every fixture source read as .ts', () => {
    let alike = 0;
    for (const file of fixtureSources()) {
      const text = readFileSync(file, 'utf8');
      if (!readsAlikeWithJsx(text)) continue;
      alike++;
      expect(tree(text, 'x.tsx'), file).toBe(tree(text, 'x.ts'));
    }
    expect(alike).toBeGreaterThan(100);
  });

  it('says no wherever a < can start an expression, and yes to comparisons and type arguments', () => {
    // Where the grammars read a text differently: JSX on fails, or (the last) gives another tree.
    const differ = [
      'const x = <T>y;',
      'function f() { return <T>y; }',
      'export default <T>y;',
      'const a = [<T>y];',
      'f(<T>y);',
      'const b = c ? <T>d : e;',
      'const s = `${<T>y}`;',
      'const x = <T>y</T>;',
    ];
    for (const text of differ) {
      expect(tree(text, 'x.tsx'), text).not.toBe(tree(text, 'x.ts'));
      expect(readsAlikeWithJsx(text), text).toBe(false);
    }
    expect(tree('const x = <T>y</T>;', 'x.tsx')).not.toMatch(/^error/);
    // Read alike by babel today, but a < there starts an expression: no all the same.
    for (const text of ['const f = <T>(x: T) => x;', 'const f = async <T>(x: T) => x;', 'const n = a << 2;', '// <b>'])
      expect(readsAlikeWithJsx(text), text).toBe(false);
    const same = [
      'export async function POST(req: Request): Promise<Response> { return Response.json(await req.json()); }',
      'const m = new Map<string, number[]>();',
      'if (a < b && items[0] < 1 && (c) < d) f<T>(x);',
      'type A<T> = Record<string, T>; interface B<T extends A<string>> { x: Array<T> }',
      'class C<T> { get<U>(u: U): T | U { return u; } }',
    ];
    for (const text of same) {
      expect(readsAlikeWithJsx(text), text).toBe(true);
      expect(tree(text, 'x.tsx'), text).toBe(tree(text, 'x.ts'));
    }
  });
});

describe('parseForAnalysis of a .ts file', () => {
  it('gives the .ts grammar tree, and its error in its own words when the text does not parse', () => {
    const ok = 'export const f = <T,>(x: T): T => x;\nexport const g = (x: unknown) => <string>x;\n';
    expect(JSON.stringify(parseForAnalysis('route.ts', ok))).toBe(tree(ok, 'x.ts'));
    const broken = 'export async function POST(req: Request): Promise<Response> {\n  return Response.json(;\n}\n';
    expect(readsAlikeWithJsx(broken)).toBe(true);
    let own = '';
    try {
      parse(broken, babelOptions('route.ts', false));
    } catch (error) {
      own = parseErrorMessage(error);
    }
    expect(own).toMatch(/^could not parse: /);
    expect(() => parseForAnalysis('route.ts', broken)).toThrow();
    try {
      parseForAnalysis('route.ts', broken);
    } catch (error) {
      expect(parseErrorMessage(error)).toBe(own);
    }
  });
});

describe('parseOutput, the gate every rewritten file passes', () => {
  const messageOf = (file: string, text: string) => {
    try {
      parseOutput(file, text);
      return null;
    } catch (error) {
      return parseErrorMessage(error);
    }
  };

  it('rejects a value import that a top-level value declaration binds again, in TypeScript as in JavaScript', () => {
    const clash = "import { saveNote } from '../actions/save-note';\nconst \\u0073aveNote = 'draft';\n";
    // babel's TypeScript grammar lets the clash through; its JavaScript grammar does not.
    expect(() => parseForAnalysis('editor.tsx', clash)).not.toThrow();
    expect(() => parseForAnalysis('editor.jsx', clash)).toThrow(/already been declared/);
    expect(messageOf('editor.tsx', clash)).toBe(
      "could not parse: Identifier 'saveNote' has already been declared (imported and declared) (line 2, column 1)",
    );
    expect(() => checkParses('route.ts', "import save from './save';\nexport async function save() {}\n")).toThrow(
      /'save' has already been declared/,
    );
    expect(messageOf('route.ts', "import * as db from './db';\nexport class db {}\n")).toMatch(/'db' has already/);
    expect(messageOf('route.ts', "import { Role } from './roles';\nenum Role { Admin }\n")).toMatch(
      /'Role' has already/,
    );
    expect(messageOf('route.ts', "import { a } from './a';\nconst { b, c: [a] } = x;\n")).toMatch(/'a' has already/);
    expect(messageOf('route.ts', "import { x } from './x';\ndeclare const x: number;\n")).toMatch(/'x' has already/);
  });

  it('lets through type-only imports, re-exports and names bound again only inside a function', () => {
    const fine = [
      "import type { Note } from './types';\nconst Note = 1;\n",
      "import { type Note } from './types';\nfunction Note() {}\n",
      "import { x } from './x';\nexport { x };\nexport default x;\n",
      "import { x } from './x';\nconst y = x;\nfunction z(x: number) { return x; }\n",
    ];
    for (const text of fine) expect(messageOf('mod.ts', text), text).toBeNull();
  });
});
