// Where a module's directives and top import declarations end, read without parsing: new import
// lines go there, and parsing a whole rewritten file again only to find that place was a tenth of
// a run. The usual shapes only; anything else returns null and the caller parses.

export interface Header {
  /** End of the last import declaration (after its semicolon, if any), as @babel/parser's `end`. */
  lastImportEnd: number | null;
  /** End of the last directive (`'use client';`). */
  lastDirectiveEnd: number | null;
}

/** Skips white space and comments; -1 for an unterminated comment. */
function skipTrivia(code: string, i: number): number {
  for (;;) {
    while (i < code.length && /\s/.test(code[i]!)) i++;
    if (code.startsWith('//', i)) {
      const nl = code.indexOf('\n', i);
      i = nl === -1 ? code.length : nl + 1;
    } else if (code.startsWith('/*', i)) {
      const close = code.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 2;
    } else return i;
  }
}

/** Index just past the string literal starting at `i`; -1 when it does not end on its line. */
function stringEnd(code: string, i: number): number {
  const quote = code[i];
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') j++;
    else if (c === quote) return j + 1;
    else if (c === '\n' || c === '\r') return -1;
  }
  return -1;
}

/** Past spaces and tabs on the same line. */
function skipBlanks(code: string, i: number): number {
  while (code[i] === ' ' || code[i] === '\t') i++;
  return i;
}

/** The end of the import declaration starting at `i`, or -1 when its shape is not the usual one. */
function importEnd(code: string, i: number): number {
  let depth = 0;
  let j = i + 'import'.length;
  for (;;) {
    j = skipTrivia(code, j);
    if (j < 0 || j >= code.length) return -1;
    const c = code[j]!;
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if ((c === "'" || c === '"') && depth === 0) break;
    else if (c === '=' || c === ';' || c === '(' || c === '`') return -1; // `import x = require()`, odd shapes
    if (c === "'" || c === '"') {
      j = stringEnd(code, j);
      if (j < 0) return -1;
    } else j++;
  }
  let end = stringEnd(code, j);
  if (end < 0) return -1;
  // Import attributes: `with { type: 'json' }` (or the older `assert`).
  const after = skipBlanks(code, end);
  const attributes = /^(with|assert)\s*\{/.exec(code.slice(after, after + 12));
  if (attributes) {
    const close = code.indexOf('}', after);
    if (close === -1) return -1;
    end = close + 1;
  }
  const next = skipBlanks(code, end);
  return code[next] === ';' ? next + 1 : end;
}

export function scanHeader(code: string): Header | null {
  let i = code.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lastImportEnd: number | null = null;
  let lastDirectiveEnd: number | null = null;
  let inDirectives = true;
  for (;;) {
    i = skipTrivia(code, i);
    if (i < 0) return null;
    if (i >= code.length) break;
    const c = code[i]!;
    if (inDirectives && (c === "'" || c === '"')) {
      const end = stringEnd(code, i);
      if (end < 0) return null;
      const j = skipBlanks(code, end);
      if (code[j] === ';') {
        lastDirectiveEnd = i = j + 1;
        continue;
      }
      // Without a semicolon the statement may go on (`'a'\n+ b`): only a plain next statement will do.
      const k = skipTrivia(code, j);
      if (k < 0 || !(k >= code.length || /[A-Za-z_$'"@{]/.test(code[k]!)) || (code[j] !== '\n' && code[j] !== '\r'))
        return null;
      lastDirectiveEnd = end;
      i = j;
      continue;
    }
    inDirectives = false;
    if (code.startsWith('import', i) && /[\s{*'"]/.test(code[i + 6] ?? '')) {
      const end = importEnd(code, i);
      if (end < 0) return null;
      lastImportEnd = i = end;
      continue;
    }
    break;
  }
  // An import further down (rare, but allowed) would be the last one: let the caller parse.
  if (/^[ \t]*import[\s{*'"]/m.test(code.slice(i))) return null;
  return { lastImportEnd, lastDirectiveEnd };
}
