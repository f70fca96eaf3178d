// to-action (SPEC 4): fetch('/api/...') call sites and their handlers -> 'use server' actions.
import type { ProjectSnapshot, ToActionOptions, TransformResult } from '../model/types.js';
import { buildProject } from '../model/project.js';

export const DEFAULT_TO_ACTION_OPTIONS: ToActionOptions = { route: 'delegate', form: 'action', includeGet: false };

export function toAction(snapshot: ProjectSnapshot, options: ToActionOptions = DEFAULT_TO_ACTION_OPTIONS): TransformResult {
  const project = buildProject(snapshot);
  return { apps: project.apps, sites: [], changes: [], errors: [], filesParsed: 0 };
}
