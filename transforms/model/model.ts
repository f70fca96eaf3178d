// The project model a run reads (docs/README.md), built once and handed to every transform the run makes:
// scan runs to-action and to-route inside it, and each built its own apps, routes and import graph.
import type { Project, ProjectSnapshot } from './types.js';
import { buildProject } from './project.js';
import { ImportGraph } from './import-graph.js';

export class ProjectModel {
  readonly project: Project;
  private importGraph: ImportGraph | null = null;

  constructor(readonly snapshot: ProjectSnapshot) {
    this.project = buildProject(snapshot);
  }

  /** Built when first asked for: a run with no call site to judge never needs it. */
  get graph(): ImportGraph {
    return (this.importGraph ??= new ImportGraph(this.snapshot, this.project.apps));
  }
}
