// Recast reprints a whole JSX element when a multi-line opening tag holds a changed attribute
// (an inline `onClick={async () => {...}}` we rewrote), and its printer trims the element's text
// children (github.com/benjamn/recast/issues/886). The text renders the same, but the diff is
// noise; this puts the original whitespace back where only whitespace differs.
import { parse } from './babel.js';
import type { JSXText, Node } from '@babel/types';
import { visitNodes } from './walk.js';

function jsxTexts(code: string): JSXText[] | null {
  let ast: Node;
  try {
    ast = parse(code, {
      sourceType: 'module',
      plugins: ['typescript', 'jsx'],
      errorRecovery: false,
    }) as unknown as Node;
  } catch {
    return null;
  }
  return textsOf(ast);
}

function textsOf(ast: Node): JSXText[] {
  const out: JSXText[] = [];
  visitNodes(ast, (node) => void (node.type === 'JSXText' && out.push(node)));
  return out;
}

/** Whether each text the original had (whitespace aside) is still in the printed code as it was. */
function textsKept(before: JSXText[], original: string, printed: string): boolean {
  const wanted = new Map<string, number>();
  for (const b of before) {
    const raw = original.slice(b.start!, b.end!);
    if (raw.trim() !== '') wanted.set(raw, (wanted.get(raw) ?? 0) + 1);
  }
  for (const [raw, n] of wanted) {
    let found = 0;
    for (let at = printed.indexOf(raw); at !== -1 && found < n; at = printed.indexOf(raw, at + raw.length)) found++;
    if (found < n) return false;
  }
  return true;
}

/**
 * `originalAst`: the tree @babel/parser made of `original` (recast keeps it as `.original`), so
 * the original is not parsed again. The printed code is parsed only when some text changed.
 */
export function restoreJsxWhitespace(original: string, printed: string, originalAst?: Node): string {
  if (original === printed || !/<[A-Za-z]/.test(original)) return printed;
  // Recast parses tab-expanded text; its positions match the original only without tabs.
  const given = originalAst && !original.includes('\t') ? textsOf(originalAst) : null;
  const aligned = given?.every(
    (b) => original.slice(b.start!, b.end!) === ((b.extra?.raw as string | undefined) ?? b.value),
  );
  const before = aligned ? given : jsxTexts(original);
  if (!before || textsKept(before, original, printed)) return printed;
  const after = jsxTexts(printed);
  // Only when the texts pair up one to one; otherwise leave recast's output as it is.
  if (!after || before.length !== after.length) return printed;
  let out = printed;
  for (let i = after.length - 1; i >= 0; i--) {
    const a = after[i]!;
    const b = before[i]!;
    const aRaw = printed.slice(a.start!, a.end!);
    const bRaw = original.slice(b.start!, b.end!);
    if (aRaw !== bRaw && aRaw.trim() === bRaw.trim() && aRaw.trim() !== '')
      out = out.slice(0, a.start!) + bRaw + out.slice(a.end!);
  }
  return out;
}
