// Reads every discovered file once into the snapshot; what cannot be read safely is reported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SnapshotBuilder } from '../transforms/model/snapshot.js';
import { isSourceFile } from '../transforms/model/paths.js';
import type { FileError, ProjectSnapshot } from '../transforms/model/types.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface ReadResult {
  snapshot: ProjectSnapshot;
  errors: FileError[];
  filesScanned: number;
}

const TEXT_NAMES = /(^|\/)(package\.json|tsconfig\.json|jsconfig\.json|next\.config\.[cm]?[jt]s|pnpm-workspace\.yaml|\.gitignore)$/;

export function readFiles(absolute: string[], onProgress?: (done: number, total: number) => void): ReadResult {
  const builder = new SnapshotBuilder();
  const errors: FileError[] = [];
  let scanned = 0;
  absolute.forEach((abs, i) => {
    const file = path.relative(process.cwd(), abs).split(path.sep).join('/');
    if (!isSourceFile(file) && !TEXT_NAMES.test(file)) return;
    scanned++;
    try {
      const bytes = readFileSync(abs);
      if (bytes.length > MAX_FILE_BYTES) errors.push({ file, message: `skipped: larger than 2 MB (${bytes.length} bytes)` });
      else if (bytes.includes(0)) errors.push({ file, message: 'skipped: binary file' });
      else builder.add(file, decoder.decode(bytes));
    } catch (error) {
      const e = error as { code?: string; message?: string };
      errors.push({ file, message: e.code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'skipped: not UTF-8' : `could not read: ${e.message ?? String(error)}` });
    }
    onProgress?.(i + 1, absolute.length);
  });
  return { snapshot: builder.snapshot, errors, filesScanned: scanned };
}
