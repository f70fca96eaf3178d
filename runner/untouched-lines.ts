// Formatting a modified file must leave the lines the migration did not touch as they were
// (docs/formatting.md): a reviewer's diff shows the migration, not a reformat.
import { createRequire } from 'node:module';

// Required, as transforms/report.ts requires jsdiff: the CommonJS build loads faster.
const { diffLines } = createRequire(import.meta.url)('diff/lib/diff/line.js') as typeof import('diff/lib/diff/line.js');

/** How often each line of `before` is kept, unchanged, in `after`. */
function keptLines(before: string, after: string): Map<string, number> {
  const kept = new Map<string, number>();
  for (const part of diffLines(before, after)) {
    if (part.added || part.removed) continue;
    const lines = part.value.split('\n');
    if (lines.at(-1) === '') lines.pop();
    for (const line of lines) kept.set(line, (kept.get(line) ?? 0) + 1);
  }
  return kept;
}

/**
 * True when every line the raw rewrite kept from `before` is kept by the formatted rewrite too.
 * Counted by text, not position, so that equal lines (`}`) matched at another place by the diff
 * do not count as changed.
 */
export function keepsUntouchedLines(before: string, raw: string, formatted: string): boolean {
  const byRaw = keptLines(before, raw);
  const byFormatted = keptLines(before, formatted);
  for (const [line, count] of byRaw) if ((byFormatted.get(line) ?? 0) < count) return false;
  return true;
}
