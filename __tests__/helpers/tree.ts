// Loads a folder into memory with its bytes preserved (CRLF, BOM, no final newline) and
// compares trees byte for byte.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** A fixture case's deleted.json: the input paths the command deletes (none when the file is absent). */
export function readDeleted(caseDir: string): string[] {
  const file = join(caseDir, 'deleted.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

/**
 * A fixture case's tree after the command (__testfixtures__/README.md): input/, overlaid by
 * output/ (only the files created or modified), minus the paths in deleted.json.
 */
export function expectedTree(caseDir: string): Map<string, Buffer> {
  const tree = readBytes(join(caseDir, 'input'));
  // A case that changes nothing has no output/ (git keeps no empty folder).
  if (existsSync(join(caseDir, 'output')))
    for (const [file, bytes] of readBytes(join(caseDir, 'output'))) tree.set(file, bytes);
  for (const file of readDeleted(caseDir)) tree.delete(file);
  return tree;
}

/** Writes a case's output/ and deleted.json, the format expectedTree reads, from the tree before and after. */
export function writeExpected(
  caseDir: string,
  input: Map<string, string>,
  output: Map<string, string>,
): { written: number; deleted: number } {
  rmSync(join(caseDir, 'output'), { recursive: true, force: true });
  rmSync(join(caseDir, 'deleted.json'), { force: true });
  const changed = new Map([...output].filter(([file, text]) => input.get(file) !== text));
  writeTree(join(caseDir, 'output'), changed);
  const deleted = [...input.keys()].filter((file) => !output.has(file)).sort();
  if (deleted.length) writeFileSync(join(caseDir, 'deleted.json'), JSON.stringify(deleted, null, 2) + '\n');
  return { written: changed.size, deleted: deleted.length };
}
