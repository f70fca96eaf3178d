// Parsing for printing and printing with recast, which reprints untouched code byte for byte:
// to-route's caller rewrite edits a recast tree. Kept apart from parse.ts so that a run that
// only rewrites text (to-action, scan) never loads recast.
import * as recast from 'recast';
import type { File } from '@babel/types';
import { parse as babelParse } from './babel.js';
import { babelOptions } from './parse.js';
import { restoreJsxWhitespace } from './jsx-whitespace.js';
import { withUnchangedShared } from './unchanged.js';
import { recastParse } from './recast-parse.js';

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
  return {
    quote: style.quote,
    lineTerminator: style.eol,
    tabWidth: style.indent === '\t' ? 2 : style.indent.length,
    useTabs: style.indent === '\t',
  };
}

/** Prints a tree or a node, reusing the original text of everything not changed. */
export function print(node: unknown, style?: PrintStyle): string {
  const code = withUnchangedShared(node, () => recast.print(node as recast.types.ASTNode, recastOptions(style)).code);
  const original =
    (node as { type?: string; loc?: { lines?: { toString(): string } } }).type === 'File'
      ? (node as { loc?: { lines?: { toString(): string } } }).loc?.lines?.toString()
      : undefined;
  return original === undefined
    ? code
    : restoreJsxWhitespace(
        original,
        restoreDirectiveSpacing(original, code),
        (node as { original?: import('@babel/types').Node }).original,
      );
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
