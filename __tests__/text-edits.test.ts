// Text edits at parsed offsets: what the caller rewrite splices instead of printing with recast.
// The fixtures pin whole rewrites; these pin the edge cases of the splicing itself.
import { describe, expect, it } from 'vitest';
import type { File, Node, Statement } from '@babel/types';
import { parseForAnalysis } from '../transforms/ast/parse.js';
import { moveText, templateLines, TextEdits } from '../transforms/ast/text-edits.js';
import { findAll } from '../transforms/ast/walk.js';
import { findOrphans, PendingImports, removeOrphansText } from '../transforms/shared/imports.js';
import { detectStyle } from '../transforms/ast/nodes.js';

const parse = (text: string): File => parseForAnalysis('a.tsx', text);
const statement = (ast: File, i: number): Statement => ast.program.body[i]!;

describe('TextEdits', () => {
  it('applies edits in source order whatever order they were made in; insertions at one place keep theirs', () => {
    const e = new TextEdits('abcdef');
    e.replace(4, 5, 'E');
    e.insert(1, '1');
    e.insert(1, '2');
    e.replace(1, 2, 'B');
    expect(e.apply()).toBe('a12BcdEf');
  });

  it('throws on crossing edits, and on an edit inside text another edit drops', () => {
    const crossing = new TextEdits('abcdef');
    crossing.replace(1, 3, 'x');
    crossing.replace(2, 4, 'y');
    expect(() => crossing.apply()).toThrow(/overlapping/);
    const dropped = new TextEdits('abcdef');
    dropped.replace(1, 5, 'x');
    dropped.replace(2, 3, 'y');
    expect(() => dropped.apply()).toThrow(/inside text another edit replaces/);
  });

  it('applies an edit inside a moved stretch where the outer edit puts it, reindented', () => {
    const source = ['    outer(', '      inner(', '        1,', '      ),', '    );', ''].join('\n');
    const ast = parse(source);
    const [outer, inner] = findAll(ast, 'CallExpression').map((p) => p.node);
    const e = new TextEdits(source);
    e.replaceNode(outer!, ['wrapped(', moveText(inner!, '    '), ')']);
    e.replaceNode(inner!.callee, 'renamed');
    expect(e.apply()).toBe(['    wrapped(renamed(', '      1,', '    ));', ''].join('\n'));
  });

  it('moves a multi-line node to a new indentation but leaves the lines inside a template literal, and blank lines, as they are', () => {
    const source = [
      '      call({',
      '        a: 1,',
      '',
      '        b: 2,',
      '      });',
      '      call({',
      '        c: `x',
      '  y`,',
      '      });',
      '',
    ].join('\n');
    const ast = parse(source);
    const [plain, template] = findAll(ast, 'ObjectExpression').map((p) => p.node);
    const e = new TextEdits(source, templateLines(ast));
    e.replace(0, source.length, [moveText(plain!, '  '), '\n', moveText(template!, '  ')]);
    expect(e.apply()).toBe(['{', '    a: 1,', '', '    b: 2,', '  }', '{', '    c: `x', '  y`,', '  }'].join('\n'));
  });

  it('lets an edit that drops its text drop the edits inside it, and moves whole lines out of a block', () => {
    const source = 'if (x) {\n  try {\n    a();\n    b();\n  } finally {\n    c();\n  }\n}\n';
    const ast = parse(source);
    const [a, , c] = findAll(ast, 'ExpressionStatement').map((p) => p.node);
    const e = new TextEdits(source);
    e.removeStatement(c!);
    e.replaceNode(a!, 'first();');
    const firstLine = source.indexOf('    a();');
    e.replace(
      source.indexOf('  try'),
      source.indexOf('}\n}') + 2,
      { start: firstLine, end: source.indexOf('  } finally'), indent: '  ', lines: true },
      true,
    );
    expect(e.apply()).toBe('if (x) {\n  first();\n  b();\n}\n');
  });

  it('says which stretches of the source the output keeps: outside every edit, or copied by an edit, even from text another edit removes', () => {
    const source = 'const r = json(count(x));\nf(a, g(b, c), d);\nreturn r;\n';
    const ast = parse(source);
    const call = (name: string) =>
      findAll(ast, 'CallExpression').find((p) => (p.node.callee as Node & { name: string }).name === name)!.node;
    const ids = new Map(findAll(ast, 'Identifier').map((p) => [p.node.name, p.node]));
    const e = new TextEdits(source);
    // `const r = json(...)` goes and `return r` returns what json() got: `count` and `x` stay.
    e.removeStatement(statement(ast, 0));
    e.replaceNode(
      (statement(ast, 2) as Statement & { argument: Node }).argument,
      moveText(call('json').arguments[0]!, ''),
    );
    e.replaceNode(call('f'), ['h(', moveText(call('g'), ''), ')']);
    e.replaceNode(call('g').arguments[1]!, 'y');
    const kept = e.keptRanges({ start: 0, end: source.length, indent: '' });
    const inOutput = (name: string) => kept.some(([a, b]) => a <= ids.get(name)!.start! && ids.get(name)!.end! <= b);
    expect(['json', 'count', 'x', 'f', 'a', 'g', 'b', 'c', 'd'].filter(inOutput)).toEqual(['count', 'x', 'g', 'b']);
    expect(e.apply()).toBe('h(g(b, y));\nreturn count(x);\n');
  });

  describe('removeStatement', () => {
    /** The source without its i-th top-level statement. */
    const without = (source: string, i: number): string => {
      const e = new TextEdits(source);
      e.removeStatement(statement(parse(source), i));
      return e.apply();
    };

    it('takes its whole line and its leading comments', () => {
      expect(without('a();\n// why b\nb();\nc();\n', 1)).toBe('a();\nc();\n');
    });

    it('leaves one blank line where it stood between two', () => {
      expect(without('a();\n\nconst B = 1;\n\nc();\n', 1)).toBe('a();\n\nc();\n');
    });

    it('takes neighbours as one, and leaves no blank line just inside a brace', () => {
      const source = 'function f() {\n  const a = 1;\n  const b = 2;\n\n  go();\n\n  const c = 3;\n}\n';
      const ast = parse(source);
      const body = (statement(ast, 0) as Statement & { body: { body: Statement[] } }).body.body;
      const e = new TextEdits(source);
      e.removeStatements([body[1]!, body[0]!, body[3]!]);
      expect(e.apply()).toBe('function f() {\n  go();\n}\n');
    });

    it('takes only itself from a line it shares', () => {
      expect(without('a(); b(); c();\n', 1)).toBe('a(); c();\n');
    });
  });
});

describe('imports as text edits', () => {
  const addTo = (source: string, from: string, imported: string, local = imported): string => {
    const ast = parse(source);
    const e = new TextEdits(source);
    const imports = new PendingImports(ast, e);
    imports.add(from, imported, local);
    return imports.apply(e.apply(), 'a.tsx', detectStyle(source));
  };

  it('adds a specifier to an import of the same module as it is laid out', () => {
    expect(addTo("import { a } from './m';\nx();\n", './m', 'b')).toBe("import { a, b } from './m';\nx();\n");
    expect(addTo("import {\n  a,\n} from './m';\nx();\n", './m', 'b', 'c')).toBe(
      "import {\n  a,\n  b as c,\n} from './m';\nx();\n",
    );
    expect(addTo("import A from './m';\nx();\n", './m', 'b')).toBe("import A, { b } from './m';\nx();\n");
    expect(addTo("import {\n  a, b,\n} from './m';\nx();\n", './m', 'c')).toBe(
      "import {\n  a, b,\n  c,\n} from './m';\nx();\n",
    );
  });

  it('adds a line of its own next to a side-effect or namespace import', () => {
    expect(addTo("import './m';\nx();\n", './m', 'b')).toBe("import './m';\nimport { b } from './m';\nx();\n");
    expect(addTo("import * as M from './m';\nx();\n", './m', 'b')).toBe(
      "import * as M from './m';\nimport { b } from './m';\nx();\n",
    );
  });

  // What the module used before the change: the removal takes only what it orphaned.
  const orphansRemoved = (after: string): string => {
    const used = new Set(['A', 'b', 'c', 'T', 'helper']);
    const e = new TextEdits(after);
    removeOrphansText(e, findOrphans(parse(after), used));
    return e.apply();
  };

  it('drops the specifiers a change orphaned and keeps the rest, braces and default as needed', () => {
    expect(orphansRemoved("import A, { b, c } from './m';\nuse(A, c);\n")).toBe(
      "import A, { c } from './m';\nuse(A, c);\n",
    );
    expect(orphansRemoved("import A, { b, c } from './m';\nuse(A);\n")).toBe("import A from './m';\nuse(A);\n");
    expect(orphansRemoved("import A, { b } from './m';\nuse(b);\n")).toBe("import { b } from './m';\nuse(b);\n");
    expect(orphansRemoved("import type { T, c } from './m';\nlet x: T;\n")).toBe(
      "import type { T } from './m';\nlet x: T;\n",
    );
  });

  it('drops a whole import and a helper nothing uses any more, and leaves what the author left unused', () => {
    const text =
      "import { b } from './m';\nimport { unused } from './n';\n\nfunction helper() {}\n\nexport const x = 1;\n";
    expect(orphansRemoved(text)).toBe("import { unused } from './n';\n\nexport const x = 1;\n");
  });
});
