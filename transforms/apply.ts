// Applies a transform's changes to an in-memory tree (tests, the programmatic API, previews).
import type { Change } from './model/types.js';

/** A new map with every change applied: creates and modifies set the text, deletes remove it. */
export function applyChanges(files: Map<string, string>, changes: Change[]): Map<string, string> {
  const out = new Map(files);
  for (const change of changes) {
    if (change.kind === 'delete' || change.after === null) out.delete(change.file);
    else out.set(change.file, change.after);
  }
  return out;
}
