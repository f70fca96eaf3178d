// recast.print compares the whole edited tree with the original, node by node through ast-types'
// generic field lists, even where nothing changed: on a 100-line component that comparison costs
// more than parsing it. This finds the unchanged subtrees with a plain walk and, for the length of
// one print, points their originals' children at the copies, so recast's comparison meets the same
// object on both sides and stops at once. The output is what recast would print anyway: it skips
// identical objects exactly as it skips subtrees it has compared equal.

import { originalOf } from './recast-parse.js';

type AnyNode = Record<string, unknown> & { original?: unknown };
/** [object, key, value]: how to put an original back. */
type Undo = Array<[Record<string, unknown>, string, unknown]>;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Whether a recast copy still matches its original; collapses it when it does. A node inserted twice is settled twice, to the same answer. */
function settle(node: AnyNode, undo: Undo): boolean {
  const original = originalOf(node);
  const orig = isObject(original) ? (original as AnyNode) : null;
  const keys = Object.keys(node);
  let same = orig !== null && Object.keys(orig).length === keys.length;
  // Every child is visited even after a difference: unchanged subtrees further down still settle.
  for (const k of keys) {
    if (k === 'loc') continue;
    const value = node[k];
    const before = same ? orig![k] : undefined;
    if (!isObject(value)) {
      if (value !== before) same = false;
      continue;
    }
    // Already shared (a File's tokens): recast stops there too.
    if (value === before) continue;
    if (Array.isArray(value)) {
      let kept = same && Array.isArray(before) && before.length === value.length;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (!isObject(item)) {
          if (kept && item !== (before as unknown[])[i]) kept = false;
          continue;
        }
        const itemSame = settle(item as AnyNode, undo);
        if (kept && !(itemSame && originalOf(item) === (before as unknown[])[i])) kept = false;
      }
      if (!kept) same = false;
      continue;
    }
    const childSame = settle(value as AnyNode, undo);
    if (same && !(childSame && originalOf(value) === before)) same = false;
  }
  if (same)
    for (const k of keys) {
      const value = node[k];
      if (k !== 'loc' && isObject(value) && orig![k] !== value) {
        undo.push([orig!, k, orig![k]]);
        orig![k] = value;
      }
    }
  return same;
}

/**
 * Runs `print` with the unchanged parts of `root` (a recast tree, edited) shared with its
 * original, then puts the original back: a later edit of a shared node must stay visible.
 */
export function withUnchangedShared<T>(root: unknown, print: () => T): T {
  const undo: Undo = [];
  if (isObject(root)) settle(root as AnyNode, undo);
  try {
    return print();
  } finally {
    for (let i = undo.length - 1; i >= 0; i--) {
      const [obj, key, value] = undo[i]!;
      obj[key] = value;
    }
  }
}
