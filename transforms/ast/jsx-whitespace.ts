// Recast reprints a whole JSX element when a multi-line opening tag holds a changed attribute
// (an inline `onClick={async () => {...}}` we rewrote), and its printer trims the element's text
// children (github.com/benjamn/recast/issues/886). The text renders the same, but the diff is
// noise; this puts the original whitespace back where only whitespace differs.
import { parse } from '@babel/parser';
import type { JSXText, Node } from '@babel/types';
import { walk } from './walk.js';

function jsxTexts(code: string): JSXText[] | null {
  let ast: Node;
  try {
    ast = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: false }) as unknown as Node;
  } catch {
    return null;
  }
  const out: JSXText[] = [];
  walk(ast, (p) => void (p.node.type === 'JSXText' && out.push(p.node)));
  return out;
}

export function restoreJsxWhitespace(original: string, printed: string): string {
  if (original === printed || !/<[A-Za-z]/.test(original)) return printed;
  const before = jsxTexts(original);
  const after = jsxTexts(printed);
  // Only when the texts pair up one to one; otherwise leave recast's output as it is.
  if (!before || !after || before.length !== after.length) return printed;
  let out = printed;
  for (let i = after.length - 1; i >= 0; i--) {
    const a = after[i]!;
    const b = before[i]!;
    const aRaw = printed.slice(a.start!, a.end!);
    const bRaw = original.slice(b.start!, b.end!);
    if (aRaw !== bRaw && aRaw.trim() === bRaw.trim() && aRaw.trim() !== '') out = out.slice(0, a.start!) + bRaw + out.slice(a.end!);
  }
  return out;
}
