// The pure transforms behind each fixture folder (`__testfixtures__/<command>/<case>`), with the
// defaults a case's options.json overrides.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAction, DEFAULT_TO_ACTION_OPTIONS } from '../../transforms/to-action/index.js';
import { toRoute, DEFAULT_TO_ROUTE_OPTIONS } from '../../transforms/to-route/index.js';
import { scan } from '../../transforms/scan/index.js';
import type { TransformResult } from '../../transforms/model/types.js';
import { snapshotFrom } from '../../transforms/model/snapshot.js';
import { findApps } from '../../transforms/model/project.js';
import { routeContextFiles } from '../../transforms/to-route/form-state.js';
import { moduleStateTexts } from '../../transforms/to-action/module-state.js';

export type FixtureCommand = 'to-action' | 'to-route' | 'scan';
export const FIXTURE_COMMANDS: FixtureCommand[] = ['to-action', 'to-route', 'scan'];

/** Runs a case's command over its tree, snapshotted as the CLI does it (to-route also reads action importers and what actions import; to-action and scan, modules that may hold state). */
export function runFixtureCommand(command: FixtureCommand, tree: Map<string, string>, caseDir: string): TransformResult {
  const snapshot = command === 'to-route' ? snapshotFrom(tree, (snap) => routeContextFiles(snap, findApps(snap))) : snapshotFrom(tree, (snap) => moduleStateTexts(snap, (file) => tree.get(file) ?? null).map(([file]) => file));
  const file = join(caseDir, 'options.json');
  const overrides = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
  if (command === 'to-route') return toRoute(snapshot, { ...DEFAULT_TO_ROUTE_OPTIONS, ...overrides });
  if (command === 'scan') return scan(snapshot, { includeGet: false, ...overrides });
  return toAction(snapshot, { ...DEFAULT_TO_ACTION_OPTIONS, ...overrides });
}
