// Loads a fixture folder into memory (bytes preserved: CRLF, BOM) and compares trees.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { snapshotFrom } from '../../transforms/model/snapshot.js';
import type { Change, ProjectSnapshot } from '../../transforms/model/types.js';

export function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return files;
}

export function snapshotOf(tree: Map<string, string>): ProjectSnapshot {
  return snapshotFrom(tree);
}

export function applyChanges(tree: Map<string, string>, changes: Change[]): Map<string, string> {
  const out = new Map(tree);
  for (const c of changes) {
    if (c.after === null) out.delete(c.file);
    else out.set(c.file, c.after);
  }
  return out;
}
