// Parsing by extension (SPEC 3): `.ts` without JSX so `<T>x` assertions parse, JSX elsewhere.
// @babel/parser alone: to-action rewrites by text edits at its offsets; what prints with recast
// (to-route's callers) is in print.ts, so a run that does not print never loads recast.
import type { ParserPlugin } from '@babel/parser';
import { parse as babelParse } from './babel.js';
import type { File } from '@babel/types';

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

/** The error message of a parse failure, with its position. */
export function parseErrorMessage(error: unknown): string {
  const e = error as { message?: string; loc?: { line: number; column: number } };
  return `could not parse: ${(e.message ?? String(error)).replace(/\s*\(\d+:\d+\)$/, '')}${e.loc ? ` (line ${e.loc.line}, column ${e.loc.column + 1})` : ''}`;
}
