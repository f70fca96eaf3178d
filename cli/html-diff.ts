// One file's unified diff (as `unifiedDiff` in transforms/report.ts writes it) read back into rows
// with old and new line numbers, for the HTML report's diff tables.

export type DiffRow =
  | { kind: 'hunk'; text: string }
  | { kind: 'context'; oldLine: number; newLine: number; text: string }
  | { kind: 'add'; newLine: number; text: string }
  | { kind: 'del'; oldLine: number; text: string }
  /** git's "\ No newline at end of file", about the line before it. */
  | { kind: 'no-newline'; text: string };

export interface DiffRows {
  rows: DiffRow[];
  added: number;
  removed: number;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * The file headers (`diff --git`, mode, `---`, `+++`) are left out: the report names the file and
 * its kind itself. A hunk is read for as many lines as its header counts, so a removed line that
 * reads `-- x` (shown as `--- x`) is not taken for a header.
 */
export function diffRows(diff: string): DiffRows {
  const rows: DiffRow[] = [];
  let added = 0;
  let removed = 0;
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  const lines = diff.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    if (line.startsWith('\\')) {
      rows.push({ kind: 'no-newline', text: line });
      continue;
    }
    if (oldLeft <= 0 && newLeft <= 0) {
      const m = HUNK.exec(line);
      if (m) {
        oldLine = Number(m[1]);
        oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        newLine = Number(m[3]);
        newLeft = m[4] === undefined ? 1 : Number(m[4]);
        rows.push({ kind: 'hunk', text: line });
      }
      continue;
    }
    const text = line.slice(1);
    if (line.startsWith('+')) {
      rows.push({ kind: 'add', newLine: newLine++, text });
      newLeft--;
      added++;
    } else if (line.startsWith('-')) {
      rows.push({ kind: 'del', oldLine: oldLine++, text });
      oldLeft--;
      removed++;
    } else {
      rows.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, text });
      oldLeft--;
      newLeft--;
    }
  }
  return { rows, added, removed };
}
