// The pure transforms behind each fixture folder (`__testfixtures__/<command>/<case>`), taken from
// the command registry (runner/commands.ts) with the defaults a case's options.json overrides.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TransformResult } from '../../transforms/model/types.js';
import { snapshotFrom } from '../../transforms/model/snapshot.js';
import { COMMAND_NAMES, COMMANDS, type CommandCode, type CommandName } from '../../runner/commands.js';

export type FixtureCommand = CommandName;
export const FIXTURE_COMMANDS: readonly FixtureCommand[] = COMMAND_NAMES;

// Loaded once, here, so a case runs synchronously.
const CODE = Object.fromEntries(
  await Promise.all(COMMAND_NAMES.map(async (c) => [c, await COMMANDS[c].load()] as const)),
) as Record<CommandName, CommandCode<object>>;

/** Runs a case's command over its tree, snapshotted as the CLI does it: with the context files the command reads besides the cheap filter's (runner/commands.ts). */
export function runFixtureCommand(
  command: FixtureCommand,
  tree: Map<string, string>,
  caseDir: string,
): TransformResult {
  const code = CODE[command];
  const snapshot = snapshotFrom(tree, (snap) =>
    code.readsAlso(snap, (file) => tree.get(file) ?? null).map(([file]) => file),
  );
  const file = join(caseDir, 'options.json');
  const overrides = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
  return code.transform(snapshot, { ...COMMANDS[command].defaults, ...overrides });
}
