// Parsing by extension (SPEC 3): `.ts` without JSX so `<T>x` assertions parse, JSX elsewhere.
// `parseForAnalysis` is @babel/parser alone; `parseForPrint` goes through recast so that
// untouched code prints back byte for byte.
import type { ParserPlugin } from '@babel/parser';
import { parse as babelParse } from './babel.js';
import * as recast from 'recast';
import type { File } from '@babel/types';
import { restoreJsxWhitespace } from './jsx-whitespace.js';
import { withUnchangedShared } from './unchanged.js';
import { recastParse } from './recast-parse.js';

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

export function parseForAnalysis(file: string, text: string): File {
  return babelParse(text, babelOptions(file, false)) as unknown as File;
}

/**
 * Texts already seen to parse, per parser configuration: a run's output passes several gates
 * (the caller, the action module, the last check before it is returned), and each would parse
 * the same text again.
 */
export type ParseMemo = Map<string, Set<string>>;

/** Throws as parseForAnalysis does when `text` does not parse; remembers the texts that do. */
export function checkParses(file: string, text: string, memo?: ParseMemo): void {
  const kind = plugins(file).join();
  if (memo?.get(text)?.has(kind)) return;
  parseForAnalysis(file, text);
  if (memo) memo.set(text, (memo.get(text) ?? new Set()).add(kind));
}

/** The tree of a text a rewrite wrote, which must parse; remembered as checked for later gates. */
export function parseChecked(file: string, text: string, memo: ParseMemo): File {
  const ast = parseForAnalysis(file, text);
  const kind = plugins(file).join();
  memo.set(text, (memo.get(text) ?? new Set()).add(kind));
  return ast;
}

export function parseForPrint(file: string, text: string): File {
  return recastParse(text, (source: string) => babelParse(source, babelOptions(file, true))) as File;
}

export interface PrintStyle {
  quote: 'single' | 'double';
  eol: '\n' | '\r\n';
  indent: string;
}

function recastOptions(style?: PrintStyle): recast.Options {
  if (!style) return {};
  return { quote: style.quote, lineTerminator: style.eol, tabWidth: style.indent === '\t' ? 2 : style.indent.length, useTabs: style.indent === '\t' };
}

/** Prints a tree or a node, reusing the original text of everything not changed. */
export function print(node: unknown, style?: PrintStyle): string {
  const code = withUnchangedShared(node, () => recast.print(node as recast.types.ASTNode, recastOptions(style)).code);
  const original = (node as { type?: string; loc?: { lines?: { toString(): string } } }).type === 'File' ? (node as { loc?: { lines?: { toString(): string } } }).loc?.lines?.toString() : undefined;
  return original === undefined ? code : restoreJsxWhitespace(original, restoreDirectiveSpacing(original, code), (node as { original?: import('@babel/types').Node }).original);
}

const DIRECTIVES = /^(\uFEFF?(?:\s*(['"])use (?:client|server)\2;?)+)(;?)(\r?\n)*/;

/**
 * When recast reprints a program it doubles the semicolon of a leading directive and drops
 * the blank line after it; put both back as they were.
 */
function restoreDirectiveSpacing(original: string, printed: string): string {
  const before = DIRECTIVES.exec(original);
  const after = DIRECTIVES.exec(printed);
  if (!before || !after) return printed;
  return before[0] + printed.slice(after[0].length);
}

/** The error message of a parse failure, with its position. */
export function parseErrorMessage(error: unknown): string {
  const e = error as { message?: string; loc?: { line: number; column: number } };
  return `could not parse: ${(e.message ?? String(error)).replace(/\s*\(\d+:\d+\)$/, '')}${e.loc ? ` (line ${e.loc.line}, column ${e.loc.column + 1})` : ''}`;
}
