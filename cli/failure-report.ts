// The JSON report of a run that ended before it had one (a usage error, an internal error): with
// `--json`, stdout always holds a report, so a script reads `errors` instead of parsing nothing.
import { buildReport } from '../transforms/report.js';
import { COMMAND_NAMES, type CommandName as Command } from '../runner/commands.js';

/** The command named in argv, for a report written before commander ran it. */
export function commandOf(argv: string[]): Command | null {
  const named = argv.find((a) => !a.startsWith('-'));
  return named && (COMMAND_NAMES as readonly string[]).includes(named) ? (named as Command) : null;
}

export function failureReport(command: Command, message: string): string {
  const report = buildReport(
    command,
    '.',
    { apps: [], sites: [], changes: [], errors: [{ file: '', message }], filesParsed: 0 },
    { applied: false, ms: 0, filesScanned: 0 },
  );
  return JSON.stringify(report, null, 2) + '\n';
}
