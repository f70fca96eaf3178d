// Parsing by extension (docs/README.md): `.ts` without JSX so `<T>x` assertions parse, JSX elsewhere
// (a `.ts` text that reads alike either way is parsed with JSX on, for speed).
// @babel/parser alone: to-action rewrites by text edits at its offsets; what prints with recast
// (to-route's callers) is in print.ts, so a run that does not print never loads recast.
import type { ParserPlugin } from '@babel/parser';
import { parse as babelParse } from './babel.js';
import type { File } from '@babel/types';
import { declarationOf, declaredNames } from './nodes.js';

function plugins(file: string): ParserPlugin[] {
  const common: ParserPlugin[] = ['decorators-legacy', 'importAttributes', 'explicitResourceManagement'];
  if (/\.(ts|mts|cts)$/.test(file)) return ['typescript', ...common];
  if (/\.tsx$/.test(file)) return ['typescript', 'jsx', ...common];
  return ['jsx', ...common];
}

export function babelOptions(file: string, tokens: boolean) {
  return {
    sourceType: 'module' as const,
    allowReturnOutsideFunction: true,
    allowImportExportEverywhere: true,
    errorRecovery: false,
    tokens,
    plugins: plugins(file),
  };
}

const TS_ONLY = /\.(ts|mts|cts)$/;
const TSX_PLUGINS = plugins('.tsx');
/** Words after which a `<` starts an expression (`return <T>x`), though a word ends before it. */
const EXPRESSION_KEYWORDS = new Set([
  'return',
  'async',
  'default',
  'typeof',
  'void',
  'yield',
  'await',
  'in',
  'of',
  'case',
  'delete',
  'throw',
  'new',
  'else',
  'do',
  'extends',
  'instanceof',
  'as',
  'satisfies',
  'keyof',
]);
const WORD_CHAR = /[\w$]/;

/**
 * Whether `.ts` text reads the same with JSX on. The grammars differ only where a `<` starts an
 * expression: a type assertion `<T>x`, a generic arrow `<T>(x) => x`, JSX. Every `<` here
 * follows a name, `)` or `]` (a comparison, type arguments), so none does. Conservative: a `<`
 * after anything else says no, even in a comment or a string.
 */
export function readsAlikeWithJsx(text: string): boolean {
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j--;
    if (j < 0) return false;
    const c = text[j]!;
    if (c === ')' || c === ']') continue;
    if (!WORD_CHAR.test(c)) return false;
    let k = j;
    while (k > 0 && WORD_CHAR.test(text[k - 1]!)) k--;
    if (EXPRESSION_KEYWORDS.has(text.slice(k, j + 1))) return false;
  }
  return true;
}

export function parseForAnalysis(file: string, text: string): File {
  const own = babelOptions(file, false);
  // One parser to warm up instead of two: V8 compiles babel's code per plugin set, and the few
  // small `.ts` routes and action modules of a run cost as much again cold (bench/HISTORY.md).
  if (TS_ONLY.test(file) && readsAlikeWithJsx(text)) {
    try {
      return babelParse(text, { ...own, plugins: TSX_PLUGINS }) as unknown as File;
    } catch {
      // Reported in the words of the file's own grammar, below.
    }
  }
  return babelParse(text, own) as unknown as File;
}

/**
 * Texts already seen to parse, per parser configuration: a run's output passes several gates
 * (the caller, the action module, the last check before it is returned), and each would parse
 * the same text again.
 */
export type ParseMemo = Map<string, Set<string>>;

/**
 * The tree of a text a rewrite wrote, which must parse, and must not import a name it also
 * declares at the top level. The JavaScript grammar rejects that; babel's TypeScript grammar
 * lets it pass, since TypeScript merges some declarations, though tsc rejects a value import
 * next to a value declaration (TS2440). The safety gate would miss a clash in a `.ts` file.
 */
export function parseOutput(file: string, text: string): File {
  const ast = parseForAnalysis(file, text);
  const clash = importClash(ast);
  if (clash)
    throw Object.assign(
      new SyntaxError(`Identifier '${clash.name}' has already been declared (imported and declared)`),
      { loc: clash.loc },
    );
  return ast;
}

/** Declarations that bind a value (not a type), which a value import of the same name clashes with. */
const VALUE_DECLARATIONS = new Set([
  'VariableDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
  'TSEnumDeclaration',
]);

/** A value import's local name that a top-level value declaration binds again. */
function importClash(ast: File): { name: string; loc?: { line: number; column: number } } | null {
  const imported = new Set<string>();
  for (const stmt of ast.program.body)
    if (stmt.type === 'ImportDeclaration' && stmt.importKind !== 'type' && stmt.importKind !== 'typeof')
      for (const s of stmt.specifiers)
        if (!(s.type === 'ImportSpecifier' && (s.importKind === 'type' || s.importKind === 'typeof')))
          imported.add(s.local.name);
  if (imported.size === 0) return null;
  for (const stmt of ast.program.body) {
    const decl = declarationOf(stmt);
    if (!decl || !VALUE_DECLARATIONS.has(decl.type)) continue;
    const name = declaredNames(stmt).find((n) => imported.has(n));
    if (name !== undefined) return { name, loc: decl.loc?.start };
  }
  return null;
}

/** Throws as parseOutput does when `text` is not a sound output; remembers the texts that are. */
export function checkParses(file: string, text: string, memo?: ParseMemo): void {
  const kind = plugins(file).join();
  if (memo?.get(text)?.has(kind)) return;
  parseOutput(file, text);
  if (memo) memo.set(text, (memo.get(text) ?? new Set()).add(kind));
}

/** parseOutput's tree, remembered as checked for later gates. */
export function parseChecked(file: string, text: string, memo: ParseMemo): File {
  const ast = parseOutput(file, text);
  const kind = plugins(file).join();
  memo.set(text, (memo.get(text) ?? new Set()).add(kind));
  return ast;
}

/** The error message of a parse failure, with its position. */
export function parseErrorMessage(error: unknown): string {
  const e = error as { message?: string; loc?: { line: number; column: number } };
  return `could not parse: ${(e.message ?? String(error)).replace(/\s*\(\d+:\d+\)$/, '')}${e.loc ? ` (line ${e.loc.line}, column ${e.loc.column + 1})` : ''}`;
}
