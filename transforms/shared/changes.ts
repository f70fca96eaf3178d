// The last gate before a change is returned (docs/safety.md): it must differ and it must parse.
import type { Change, FileError } from '../model/types.js';
import { checkParses, parseErrorMessage, type ParseMemo } from '../ast/parse.js';

export function finishChanges(changes: Change[], errors: FileError[], memo?: ParseMemo): Change[] {
  const out: Change[] = [];
  for (const change of changes) {
    // A CRLF file stays CRLF, including the lines we generated.
    if (
      change.before !== null &&
      change.after !== null &&
      change.before.includes('\r\n') &&
      !/(^|[^\r])\n/.test(change.before)
    )
      change.after = change.after.replace(/\r?\n/g, '\r\n');
    if (change.before === change.after) continue;
    if (change.after !== null) {
      try {
        checkParses(change.file, change.after, memo);
      } catch (error) {
        errors.push({
          file: change.file,
          message: `internal error: the rewritten file would not parse (${parseErrorMessage(error)}); left unchanged`,
        });
        continue;
      }
    }
    out.push(change);
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
