// recast.parse, with its tree copy made faster. Recast prints by comparing the edited tree with
// the one parsed, so it hands out a copy; its copier checks each value through ast-types, asks
// a Map about every node and runs its location fixes on every node, and that copy cost three
// times the babel parse itself. This follows recast 0.23's parser.js step by step (the same
// tree: `__tests__/recast-parse.test.ts` compares the two on every fixture source), with the
// checks made plain and the location fixes run only on the node types they fix.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// recast's internals are untyped: `any` below stands for its nodes, lines and positions.
/* eslint-disable @typescript-eslint/no-explicit-any */
const { normalize } = require('recast/lib/options') as {
  normalize: (o: object) => { tabWidth: number; tokens: boolean };
};
const { fromString } = require('recast/lib/lines') as { fromString: (s: string, o: object) => any };
const { attach } = require('recast/lib/comments') as { attach: (comments: any[], ast: any, lines: any) => void };
const util = require('recast/lib/util') as {
  fixFaultyLocations: (node: any, lines: any) => void;
  getTrueLoc: (node: any, lines: any) => { start: any; end: any };
};

/** Types fixFaultyLocations changes (with nodes holding decorators or a declaration). */
const FIXED_TYPES = new Set([
  'File',
  'ForStatement',
  'TemplateLiteral',
  'ObjectTypeProperty',
  'MethodDefinition',
  'Property',
]);
const COMMENT_TYPES = new Set(['CommentLine', 'CommentBlock', 'Line', 'Block']);
/**
 * Where a copy keeps its original. Recast reads `copy.original` and must not see it among the
 * copy's keys (it compares nodes key by key); a property defined non-enumerable on every copy
 * took a third of the copy's time, so `original` is an accessor on the copies' prototype over a
 * symbol-keyed slot, which `Object.keys` leaves out as well.
 */
const ORIGINAL = Symbol('original');
const copyPrototypes = new Map<object | null, object>();
const isCopyPrototype = new Set<object>();

/**
 * `node.original` without the accessor's call. Only a copy's slot counts: a spread of a copy
 * (`{ ...node }`) takes the slot along but not the accessor, and recast sees no original there.
 */
export function originalOf(node: object): unknown {
  return isCopyPrototype.has(Object.getPrototypeOf(node) as object)
    ? (node as { [ORIGINAL]?: unknown })[ORIGINAL]
    : (node as { original?: unknown }).original;
}

/** The prototype of copies of nodes with prototype `proto`: `proto` plus the `original` accessor. */
function copyPrototype(proto: object | null): object {
  let made = copyPrototypes.get(proto);
  if (!made) {
    made = Object.create(proto, {
      original: {
        get(this: { [ORIGINAL]?: unknown }) {
          return this[ORIGINAL];
        },
        set(this: { [ORIGINAL]?: unknown }, value: unknown) {
          this[ORIGINAL] = value;
        },
        enumerable: false,
        configurable: false,
      },
    }) as object;
    copyPrototypes.set(proto, made);
    isCopyPrototype.add(made);
  }
  return made;
}

type Pos = { line: number; column: number; token?: number };
type Token = { loc: { start: Pos; end: Pos }; value?: unknown; start: number; end: number };

const before = (a: Pos, b: Pos): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);

/** The recast whose parser.js this follows; with any other, recast's own parse is used. */
export const PORTED_RECAST = '0.23.21';
const installed = (require('recast/package.json') as { version: string }).version;

/** recast.parse(source, { parser: { parse } }) for a babel-style parser that returns a File. */
export function recastParse(source: string, parse: (source: string) => any): any {
  if (installed !== PORTED_RECAST)
    return (require('recast') as { parse: (s: string, o: object) => any }).parse(source, { parser: { parse } });
  const options = normalize({});
  const lines = fromString(source, options);
  const sourceWithoutTabs: string = lines.toString({
    tabWidth: options.tabWidth,
    reuseWhitespace: false,
    useTabs: false,
  });
  const ast = parse(sourceWithoutTabs);
  const tokens: Token[] = ast.tokens;
  delete ast.tokens;
  // Recast slices each token's text out of its lines, normalizing its options once per token (a
  // tenth of a parse); without tabs or CRs the parsed text's own slice is the same.
  const plain = !/[\t\r]/.test(sourceWithoutTabs);
  for (const token of tokens)
    if (typeof token.value !== 'string')
      token.value = plain
        ? sourceWithoutTabs.slice(token.start, token.end)
        : lines.sliceString(token.loc.start, token.loc.end);
  let comments: any[] = [];
  if (Array.isArray(ast.comments)) {
    comments = ast.comments;
    delete ast.comments;
  }
  if (ast.loc) util.fixFaultyLocations(ast, lines);
  else ast.loc = { start: lines.firstPos(), end: lines.lastPos() };
  ast.loc.lines = lines;
  ast.loc.indent = 0;
  if (ast.type !== 'File') throw new Error(`recastParse expects a File, got ${ast.type}`);
  const program = ast.program;
  if (options.tokens) ast.tokens = tokens;
  const trueProgramLoc = util.getTrueLoc({ type: program.type, loc: program.loc, body: [], comments }, lines);
  program.loc.start = trueProgramLoc.start;
  program.loc.end = trueProgramLoc.end;
  attach(comments, program.body.length ? ast.program : ast, lines);
  return new TreeCopier(lines, tokens).copy(ast);
}

class TreeCopier {
  private startTokenIndex = 0;
  private endTokenIndex: number;
  private indent = 0;
  /** Comments and their arrays are what babel shares between nodes; recast's copy keeps them shared. */
  private readonly seen = new Map<object, object>();

  constructor(
    private readonly lines: any,
    private readonly tokens: Token[],
  ) {
    this.endTokenIndex = tokens.length;
  }

  copy(node: any): any {
    if (typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) {
      // Babel gives a declaration and its export one array of leading comments.
      const comments = node.length > 0 && COMMENT_TYPES.has(node[0]?.type);
      if (comments) {
        const known = this.seen.get(node);
        if (known) return known;
      }
      const copy = node.slice();
      if (comments) this.seen.set(node, copy);
      for (let i = 0; i < node.length; i++) copy[i] = this.copy(node[i]);
      return copy;
    }
    const type = node.type;
    // Not a plain object (an Error in File.errors): recast leaves it as it is.
    if (typeof type !== 'string' && Object.prototype.toString.call(node) !== '[object Object]') return node;
    const shared = COMMENT_TYPES.has(type);
    if (shared) {
      const known = this.seen.get(node);
      if (known) return known;
    }
    if (
      FIXED_TYPES.has(type) ||
      node.decorators ||
      (node.declaration && typeof type === 'string' && type.startsWith('Export')) ||
      type === 'DeclareExportDeclaration'
    )
      util.fixFaultyLocations(node, this.lines);
    const copy = Object.create(copyPrototype(Object.getPrototypeOf(node)));
    copy[ORIGINAL] = node;
    if (shared) this.seen.set(node, copy);
    const loc = node.loc;
    const oldIndent = this.indent;
    let newIndent = oldIndent;
    if (loc) {
      if (shared || this.lines.isPrecededOnlyByWhitespace(loc.start)) newIndent = this.indent = loc.start.column;
      loc.lines = this.lines;
      loc.tokens = this.tokens;
      loc.indent = newIndent;
      this.findTokenRange(loc);
    }
    const oldStart = this.startTokenIndex;
    const oldEnd = this.endTokenIndex;
    for (const key of Object.keys(node)) {
      if (key === 'loc') copy.loc = loc;
      else if (key === 'tokens' && type === 'File') copy.tokens = node.tokens;
      else copy[key] = this.copy(node[key]);
    }
    this.indent = oldIndent;
    this.startTokenIndex = oldStart;
    this.endTokenIndex = oldEnd;
    return copy;
  }

  /** recast's own: the node's first token and the first token after it, found from the parent's. */
  private findTokenRange(loc: { start: Pos; end: Pos }): void {
    const tokens = this.tokens;
    while (this.startTokenIndex > 0 && before(loc.start, tokens[this.startTokenIndex]!.loc.start))
      --this.startTokenIndex;
    while (this.endTokenIndex < tokens.length && !before(loc.end, tokens[this.endTokenIndex]!.loc.end))
      ++this.endTokenIndex;
    while (this.startTokenIndex < this.endTokenIndex && before(tokens[this.startTokenIndex]!.loc.start, loc.start))
      ++this.startTokenIndex;
    loc.start.token = this.startTokenIndex;
    while (this.endTokenIndex > this.startTokenIndex && before(loc.end, tokens[this.endTokenIndex - 1]!.loc.end))
      --this.endTokenIndex;
    loc.end.token = this.endTokenIndex;
  }
}
