// Atomic writes (SPEC 7): a temp file beside the target, renamed over it, keeping its mode.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import type { Change, FileError } from '../transforms/model/types.js';

export function writeChanges(changes: Change[]): FileError[] {
  const errors: FileError[] = [];
  for (const change of changes) {
    const target = path.resolve(change.file);
    try {
      if (change.after === null) {
        rmSync(target, { force: true });
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      let mode: number | null = null;
      try {
        mode = statSync(target).mode & 0o7777;
      } catch {
        /* a new file */
      }
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.actionshift-${process.pid}.tmp`);
      writeFileSync(temp, change.after, 'utf8');
      if (mode !== null) chmodSync(temp, mode);
      renameSync(temp, target);
    } catch (error) {
      errors.push({ file: change.file, message: `could not write: ${(error as Error).message}` });
    }
  }
  return errors;
}
