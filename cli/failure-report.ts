// The JSON report of a run that ended before it had one (a usage error, an internal error): with
// `--json`, stdout always holds a report, so a script reads `errors` instead of parsing nothing.
import { buildReport, type Report } from '../transforms/report.js';

type Command = Report['command'];

const COMMANDS: readonly string[] = ['to-action', 'to-route', 'scan'];

/** The command named in argv, for a report written before commander ran it. */
export function commandOf(argv: string[]): Command | null {
  const named = argv.find((a) => !a.startsWith('-'));
  return named && COMMANDS.includes(named) ? (named as Command) : null;
}

export function failureReport(command: Command, message: string): string {
  const report = buildReport(command, '.', { apps: [], sites: [], changes: [], errors: [{ file: '', message }], filesParsed: 0 }, { applied: false, ms: 0, filesScanned: 0 });
  return JSON.stringify(report, null, 2) + '\n';
}
