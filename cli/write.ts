// Atomic writes (SPEC 7). Two phases: every new text goes to a temp file beside its target
// first (checking the disk still holds what was read); only if all of that worked are the temp
// files renamed over their targets and deletions done, so a failure midway writes nothing.
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Change, FileError } from '../transforms/model/types.js';

export interface WriteResult {
  /** Files created, modified or deleted. */
  written: string[];
  errors: FileError[];
}

interface Staged {
  change: Change;
  target: string;
  temp: string | null;
}

/** The file to write: a symlinked file is written through its link, not replaced by a copy. */
function resolveTarget(abs: string): string {
  try {
    return lstatSync(abs).isSymbolicLink() ? realpathSync(abs) : abs;
  } catch {
    return abs;
  }
}

function checkDisk(change: Change, target: string): string | null {
  const current = existsSync(target) ? readFileSync(target) : null;
  if (change.kind === 'create') return current === null ? null : 'already exists on disk; not overwritten';
  if (current === null) return change.kind === 'delete' ? null : 'no longer exists on disk';
  return current.equals(Buffer.from(change.before ?? '', 'utf8')) ? null : 'changed on disk since it was read; run again';
}

/** Removes directories left empty by a deletion, up to (not including) `stop`. */
function pruneEmptyDirs(dir: string, stop: string): void {
  while (dir !== stop && dir.startsWith(stop + path.sep)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty
    }
    dir = path.dirname(dir);
  }
}

export function writeChanges(changes: Change[], cwd: string): WriteResult {
  const staged: Staged[] = [];
  const createdDirs: string[] = [];
  const errors: FileError[] = [];
  changes.forEach((change, i) => {
    const target = resolveTarget(path.resolve(cwd, change.file));
    try {
      const problem = checkDisk(change, target);
      if (problem) {
        errors.push({ file: change.file, message: `not written: ${problem}` });
        return;
      }
      if (change.after === null) {
        staged.push({ change, target, temp: null });
        return;
      }
      const made = mkdirSync(path.dirname(target), { recursive: true });
      if (made) createdDirs.push(made);
      const mode = existsSync(target) ? statSync(target).mode & 0o7777 : null;
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.actionshift-${process.pid}-${i}.tmp`);
      staged.push({ change, target, temp });
      writeFileSync(temp, change.after, { encoding: 'utf8', flag: 'wx' });
      if (mode !== null) chmodSync(temp, mode);
    } catch (error) {
      errors.push({ file: change.file, message: `could not write: ${(error as Error).message}` });
    }
  });

  if (errors.length > 0) {
    for (const s of staged) if (s.temp) rmSync(s.temp, { force: true });
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    return { written: [], errors: errors.map((e) => ({ ...e, message: `${e.message} (so nothing was written)` })) };
  }

  const written: string[] = [];
  for (const s of staged) {
    try {
      if (s.temp) renameSync(s.temp, s.target);
      else {
        rmSync(s.target, { force: true });
        pruneEmptyDirs(path.dirname(s.target), path.resolve(cwd));
      }
      written.push(s.change.file);
    } catch (error) {
      if (s.temp) rmSync(s.temp, { force: true });
      errors.push({ file: s.change.file, message: `could not write: ${(error as Error).message}` });
    }
  }
  return { written, errors };
}

/**
 * Puts back what writeChanges wrote (`--verify` found type errors it added): created files go,
 * with the folders made for them; modified and deleted files get their text back.
 */
export function undoChanges(changes: Change[], written: string[], cwd: string): FileError[] {
  const errors: FileError[] = [];
  const done = new Set(written);
  for (const change of changes) {
    if (!done.has(change.file)) continue;
    const target = resolveTarget(path.resolve(cwd, change.file));
    try {
      if (change.kind === 'create') {
        rmSync(target, { force: true });
        pruneEmptyDirs(path.dirname(target), path.resolve(cwd));
      } else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, change.before ?? '', 'utf8');
      }
    } catch (error) {
      errors.push({ file: change.file, message: `could not roll back: ${(error as Error).message}` });
    }
  }
  return errors;
}
