// Loads a folder into memory with its bytes preserved (CRLF, BOM, no final newline) and
// compares trees byte for byte.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { snapshotFrom } from '../../transforms/model/snapshot.js';
import type { ProjectSnapshot } from '../../transforms/model/types.js';

export { applyChanges } from '../../transforms/apply.js';

/** Every file under `root` as raw bytes, keyed by posix path relative to `root`. */
export function readBytes(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(root);
  return files;
}

/** Every file under `root` as text; Buffer#toString keeps a BOM, unlike TextDecoder's default. */
export function readTree(root: string): Map<string, string> {
  return new Map([...readBytes(root)].map(([file, bytes]) => [file, bytes.toString('utf8')]));
}

export function writeTree(root: string, files: Map<string, string | Buffer> | Record<string, string | Buffer>): void {
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [file, content] of entries) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
}

export function snapshotOf(tree: Map<string, string>): ProjectSnapshot {
  return snapshotFrom(tree);
}

/** Files whose bytes differ, are missing or are extra in `actual` against `expected`. */
export function treeDifferences(actual: Map<string, string>, expected: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [file, bytes] of expected) {
    const text = actual.get(file);
    if (text === undefined) out.push(`missing ${file}`);
    else if (!Buffer.from(text, 'utf8').equals(bytes)) out.push(`differs ${file}`);
  }
  for (const file of actual.keys()) if (!expected.has(file)) out.push(`unexpected ${file}`);
  return out;
}
